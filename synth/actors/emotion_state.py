"""EmotionState: the persona's feelings as six values in 0..1 that fade with time.

Every feeling but ``neutral`` decays towards 0 and ``neutral`` rises towards 1, each with
half-life ``emotion.half_life_s``. Decay is computed from Trio's clock when read, so no
timer has to tick for the values to be right. Changes go out as ``emotion`` events, at
most ``emotion.max_events_per_s`` a second: a burst is coalesced into its newest state.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import trio

from synth.actors.config import LiveSettings
from synth.errors import BadRequest
from synth.runtime.actor import Actor
from synth.runtime.errors import SubscriberDropped
from synth.runtime.event_bus import EventBus, Subscription
from synth.store.database import now_iso

log = logging.getLogger("synth.emotion")

EMOTIONS = ("neutral", "happy", "angry", "sad", "relaxed", "surprised")
SETTLED = 0.005
"""Below this distance from rest a value counts as settled: no more decay events."""
TAG_DEFAULT = 1.0


@dataclass(frozen=True)
class GetEmotion:
    pass


@dataclass(frozen=True)
class SetEmotion:
    values: Mapping[str, float]
    source: str = "api"


def check_values(raw: object) -> dict[str, float]:
    """The checked ``values`` object of a request, or a clear 400."""
    if not isinstance(raw, dict) or not raw:
        raise BadRequest("values must be a non-empty object of emotion: 0..1", "invalid_field")
    checked: dict[str, float] = {}
    for name, value in raw.items():
        if name not in EMOTIONS:
            raise BadRequest(
                f"unknown emotion {name!r}; known: {', '.join(EMOTIONS)}", "unknown_emotion"
            )
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise BadRequest(f"{name} must be a number", "invalid_value")
        if not 0 <= value <= 1:
            raise BadRequest(f"{name} must be within 0..1", "invalid_value")
        checked[name] = float(value)
    return checked


class EmotionState(Actor):
    name = "emotion"

    def __init__(self, live: LiveSettings, bus: EventBus) -> None:
        super().__init__()
        self.live = live
        self.bus = bus
        self._values = {name: 0.0 for name in EMOTIONS}
        self._values["neutral"] = 1.0
        self._at = trio.current_time()
        self._updated_at = now_iso()
        self._source = "start"
        self._changed = trio.Event()

    async def on_start(self) -> None:
        tags = self.bus.subscribe(["emotion_tag"], buffer=256)
        self.nursery.start_soon(self._apply_tags, tags)
        self.nursery.start_soon(self._publish_changes)

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, GetEmotion):
            return self.snapshot()
        if isinstance(msg, SetEmotion):
            self._set(msg.values, msg.source)
            return self.snapshot()
        return await super().handle(msg)

    def values(self) -> dict[str, float]:
        """The values now, decayed since the last change."""
        elapsed = trio.current_time() - self._at
        half_life = float(str(self.live.get("emotion.half_life_s")))
        keep = 0.5 ** (elapsed / half_life) if half_life > 0 else 0.0
        now = {name: value * keep for name, value in self._values.items() if name != "neutral"}
        now["neutral"] = 1 - (1 - self._values["neutral"]) * keep
        return {name: round(now[name], 4) for name in EMOTIONS}

    def snapshot(self) -> dict[str, Any]:
        values = self.values()
        return {"values": values, "dominant": dominant(values), "updated_at": self._updated_at}

    def _set(self, values: Mapping[str, float], source: str) -> None:
        current = self.values()
        current.update(values)
        if "neutral" not in values:
            # A stronger feeling leaves less room for calm.
            strongest = max(v for k, v in current.items() if k != "neutral")
            current["neutral"] = min(current["neutral"], 1 - strongest)
        self._values = current
        self._at = trio.current_time()
        self._updated_at = now_iso()
        self._source = source
        self._changed.set()

    async def _apply_tags(self, tags: Subscription) -> None:
        with tags:
            try:
                async for event in tags:
                    name = event.data.get("name")
                    if name in EMOTIONS:
                        value = event.data.get("value")
                        self._set({name: TAG_DEFAULT if value is None else value}, "chat")
            except SubscriberDropped as exc:
                log.warning("emotion tags were dropped: %s", exc)
                raise

    async def _publish_changes(self) -> None:
        """Publish changes, and the decay while it lasts, at most max_events_per_s."""
        while True:
            with trio.move_on_after(1.0 if not self._settled() else float("inf")):
                await self._changed.wait()
            self._changed = trio.Event()
            snapshot = self.snapshot()
            self.bus.publish(
                "emotion",
                {
                    "values": snapshot["values"],
                    "dominant": snapshot["dominant"],
                    "source": self._source,
                },
            )
            rate = int(str(self.live.get("emotion.max_events_per_s")))
            await trio.sleep(1 / max(rate, 1))

    def _settled(self) -> bool:
        values = self.values()
        return all(v < SETTLED for k, v in values.items() if k != "neutral")


def dominant(values: Mapping[str, float]) -> str:
    """The strongest feeling; ``neutral`` wins ties and near-silence."""
    best = max(EMOTIONS, key=lambda name: (values[name], name == "neutral"))
    return best
