"""CortexManager: which engine thinks, switching it at run time, and streaming from it.

A turn's stream names its engine first (:class:`EngineChosen`) and keeps it to the end,
so a switch in the middle of a reply only affects the next turn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import aclosing
from dataclasses import dataclass, field
from typing import Any

from synth.actors.config import LiveSettings, SetConfig
from synth.actors.grillo import GrilloEntry
from synth.cortex.base import ChatMessage, Engine
from synth.errors import Conflict, NotFound, Unavailable
from synth.runtime.actor import Actor, ActorRef, StreamSend, send_soon
from synth.runtime.event_bus import EventBus

DEFAULT_ENGINE = "echo"


@dataclass(frozen=True)
class ListEngines:
    pass


@dataclass(frozen=True)
class ActiveEngine:
    pass


@dataclass(frozen=True)
class SwitchEngine:
    name: str


@dataclass(frozen=True)
class LoginEngine:
    name: str


@dataclass(frozen=True)
class SetDev:
    enabled: bool


@dataclass(frozen=True)
class Generate:
    """Stream a reply from ``engine`` (the active one when None): its :class:`EngineChosen`,
    then its deltas. Naming the engine in the stream spares a turn an ``ActiveEngine`` ask."""

    messages: Sequence[ChatMessage]
    options: Mapping[str, object] = field(default_factory=dict)
    engine: str | None = None


@dataclass(frozen=True)
class EngineChosen:
    """The first item of a ``Generate`` stream: the engine the reply comes from, sent
    before it is asked anything (so also when it then fails, not ready, say)."""

    name: str


class CortexManager(Actor):
    name = "cortex"

    def __init__(
        self, engines: Mapping[str, Engine], live: LiveSettings, config: ActorRef, bus: EventBus
    ) -> None:
        super().__init__()
        self.engines = engines
        self.live = live
        self.config = config
        self.bus = bus
        self.dev_enabled = False

    def active(self) -> str:
        """The configured engine, or echo while that one is unknown or a switched-off dev engine."""
        name = str(self.live.get("cortex.active"))
        engine = self.engines.get(name)
        if engine is None or (engine.dev and not self.dev_enabled):
            return DEFAULT_ENGINE
        return name

    def _engine(self, name: str) -> Engine:
        engine = self.engines.get(name)
        if engine is None:
            raise NotFound(f"unknown cortex engine {name!r}")
        return engine

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, ActiveEngine):
            return self.active()
        if isinstance(msg, ListEngines):
            return [self._describe(engine) for engine in self.engines.values()]
        if isinstance(msg, SwitchEngine):
            return await self._switch(msg.name)
        if isinstance(msg, LoginEngine):
            result = await self._engine(msg.name).login()
            return {"status": result.status, "detail": result.detail, "url": result.url}
        if isinstance(msg, SetDev):
            before = self.active()
            self.dev_enabled = msg.enabled
            if self.active() != before:
                self.bus.publish("components", {"active_cortex": self.active()})
            return self.dev_enabled
        return await super().handle(msg)

    def _describe(self, engine: Engine) -> dict[str, Any]:
        reason = engine.readiness()
        if engine.dev and not self.dev_enabled:
            status, reason = "disabled", "a development engine: switch development components on"
        else:
            status = "running" if reason is None else "stopped"
        return {
            "name": engine.name,
            "label": engine.label,
            "description": engine.description,
            "enabled": not engine.dev or self.dev_enabled,
            "dev": engine.dev,
            "status": status,
            "runnable": False,
            "needs_login": engine.needs_login,
            "last_run": None,
            "detail": reason,
            "active": engine.name == self.active(),
        }

    async def _switch(self, name: str) -> dict[str, Any]:
        engine = self._engine(name)
        if engine.dev and not self.dev_enabled:
            raise Conflict(
                f"{name} is a development engine; switch development components on first",
                "dev_disabled",
            )
        previous = self.active()
        await self.config.ask(SetConfig("cortex.active", name))
        self.bus.publish("components", {"active_cortex": name})
        self.bus.publish(
            "grillo",
            GrilloEntry(
                "engine_switched",
                "cortex",
                f"cortex engine {previous} -> {name}",
                {"from": previous, "to": name},
            ),
        )
        return {"status": "ok", "active_cortex": name}

    async def stream(self, msg: Any, send: StreamSend) -> None:
        if not isinstance(msg, Generate):
            await super().stream(msg, send)
            return
        name = msg.engine or self.active()
        engine = self._engine(name)
        await send_soon(send, EngineChosen(name))
        reason = engine.readiness()
        if reason is not None:
            raise Unavailable(f"the {name} engine is not ready: {reason}", "engine_not_ready")
        async with aclosing(engine.stream(msg.messages, msg.options)) as deltas:  # type: ignore[type-var]
            async for delta in deltas:
                await send_soon(send, delta)  # one upstream read's deltas wait together
