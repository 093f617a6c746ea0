"""The animation state machine: which state the avatar shows, who holds it, which file plays.

States are animation types. Requests come with or without a context:

* with a ``context_id`` and a state other than ``idle``: the context holds that state (a new
  request of the same context replaces its state) and becomes the newest; it lives for
  ``ttl`` seconds from its last request, so a vanished client cannot leave the avatar stuck;
* with a ``context_id`` and ``idle``: that context is released;
* without a context: the base state is set, shown whenever no context is live (``idle``
  until someone sets another).

The shown state is the newest live context's, else the base. A new animation (a file picked
at random among the type's, and a new ``animation_id``) starts when the shown state or its
``loop`` changes, or when a request targets what ends up shown (asking again restarts it). A
request hidden by a newer context, or a release that leaves the shown state as it was,
changes nothing.

``animation_id`` grows by at least one per animation and never falls below the wall clock
in milliseconds, so it also keeps growing across restarts (unless the clock steps back, or a
past run made more than a thousand animations a second for a long while).

Pure logic: time comes in as arguments (Trio's clock in the actor), the random choice from
an injected ``random.Random``.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from synth.karada.catalog import LOOPING_TYPES

IDLE = "idle"


def wall_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Context:
    context_id: str
    state: str
    loop: bool | None
    source: str
    session_id: str | None
    expires_at: float
    order: int


@dataclass(frozen=True)
class Target:
    """What should be shown: a state, an optional loop override, and who asked for it."""

    state: str
    loop: bool | None
    owner: str | None


class AnimationMachine:
    def __init__(self, rng: random.Random, clock_ms: Callable[[], int] = wall_ms) -> None:
        self.rng = rng
        self.clock_ms = clock_ms
        self._contexts: dict[str, Context] = {}
        self._base = Target(IDLE, None, None)
        self._order = 0
        self._shown: Target | None = None
        self.animation_id = 0
        self.descriptor: dict[str, Any] | None = None
        self.loop = True
        self.source = "start"

    @property
    def state(self) -> str:
        return self._shown.state if self._shown is not None else IDLE

    def target(self) -> Target:
        """The newest live context's state, else the base state."""
        if self._contexts:
            newest = max(self._contexts.values(), key=lambda c: c.order)
            return Target(newest.state, newest.loop, newest.context_id)
        return self._base

    def request(
        self,
        state: str,
        *,
        context_id: str | None,
        loop: bool | None,
        source: str,
        session_id: str | None,
        now: float,
        ttl: float,
    ) -> bool:
        """Apply one request; True when a new animation is due (then call ``start``)."""
        requested: str | None
        if context_id is None:
            self._base = Target(state, loop, None)
            requested = None
        elif state == IDLE:
            self._contexts.pop(context_id, None)
            return self._changed(self.target())
        else:
            self._order += 1
            self._contexts[context_id] = Context(
                context_id, state, loop, source, session_id, now + ttl, self._order
            )
            requested = context_id
        target = self.target()
        return target.owner == requested or self._changed(target)

    def expire(self, now: float) -> bool:
        """Drop the contexts whose time is up; True when a new animation is due."""
        expired = [c.context_id for c in self._contexts.values() if c.expires_at <= now]
        for context_id in expired:
            del self._contexts[context_id]
        return bool(expired) and self._changed(self.target())

    def next_expiry(self) -> float | None:
        return min((c.expires_at for c in self._contexts.values()), default=None)

    def _changed(self, target: Target) -> bool:
        shown = self._shown
        return shown is None or (shown.state, shown.loop) != (target.state, target.loop)

    def start(self, candidates: Sequence[dict[str, Any]], source: str) -> None:
        """Show the target now: pick one of ``candidates`` (the state's files) at random."""
        target = self.target()
        self._shown = target
        self.descriptor = dict(self.rng.choice(candidates)) if candidates else None
        if target.loop is not None:
            self.loop = target.loop
        elif self.descriptor is not None:
            self.loop = bool(self.descriptor.get("loop"))
        else:
            self.loop = target.state in LOOPING_TYPES
        self.animation_id = max(self.animation_id + 1, self.clock_ms())
        self.source = source

    def snapshot(self, now: float) -> dict[str, Any]:
        contexts = sorted(self._contexts.values(), key=lambda c: c.order, reverse=True)
        return {
            "state": self.state,
            "animation": self.descriptor["name"] if self.descriptor is not None else None,
            "descriptor": self.descriptor,
            "animation_id": self.animation_id,
            "loop": self.loop,
            "contexts": [
                {
                    "context_id": c.context_id,
                    "state": c.state,
                    "source": c.source,
                    "session_id": c.session_id,
                    "expires_in_s": round(max(c.expires_at - now, 0.0), 3),
                }
                for c in contexts
            ],
            "source": self.source,
        }
