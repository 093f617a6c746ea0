"""The Components actor: the registry behind ``/api/components``.

It knows which parts the runtime has (interfaces, plugins, cortex engines), asks their
owners for their status, owns the development switch, and runs the runnable ones.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import trio

from synth.actors.cortex_manager import ActiveEngine, ListEngines, SetDev
from synth.actors.grillo import GrilloEntry
from synth.errors import Conflict, NotFound, SynthError, Timeout, Unavailable
from synth.runtime.actor import Actor, ActorRef
from synth.runtime.errors import AskTimeout
from synth.runtime.event_bus import EventBus
from synth.runtime.supervisor import ChildInfo
from synth.store.database import now_iso

Runner = Callable[[Mapping[str, Any]], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class Component:
    """A static description; ``actor`` names the actor whose status is the component's."""

    name: str
    category: str
    label: str
    description: str
    actor: str | None = None
    dev: bool = False
    runner: Runner | None = None
    enabled: Callable[[], bool] = field(default=lambda: True)


@dataclass(frozen=True)
class ListComponents:
    pass


@dataclass(frozen=True)
class ToggleDev:
    enabled: bool


@dataclass(frozen=True)
class RunComponent:
    name: str
    args: Mapping[str, Any]


class Components(Actor):
    name = "components"

    def __init__(
        self,
        components: list[Component],
        cortex: ActorRef,
        bus: EventBus,
        children: Callable[[], list[ChildInfo]],
    ) -> None:
        super().__init__()
        self.components = {c.name: c for c in components}
        self.cortex = cortex
        self.bus = bus
        self.children = children
        self.dev_enabled = False
        self.last_runs: dict[str, dict[str, Any]] = {}

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, ListComponents):
            return await self._list()
        if isinstance(msg, ToggleDev):
            self.dev_enabled = msg.enabled
            await self.cortex.ask(SetDev(msg.enabled))
            self.bus.publish("components", {"dev_enabled": msg.enabled})
            return {"status": "ok", "dev_enabled": self.dev_enabled}
        if isinstance(msg, RunComponent):
            return await self._run(msg.name, msg.args)
        return await super().handle(msg)

    async def _list(self) -> dict[str, Any]:
        statuses = {child.name: child.status for child in self.children()}
        categories: dict[str, list[dict[str, Any]]] = {
            "interfaces": [],
            "plugins": [],
            "cortex_engines": await self.cortex.ask(ListEngines()),
        }
        for c in self.components.values():
            enabled = c.enabled() and (not c.dev or self.dev_enabled)
            if not enabled:
                status = "disabled"
            elif c.actor is None:
                status = "running"
            else:
                status = _status_of(statuses.get(c.actor, "stopped"))
            categories[c.category].append(
                {
                    "name": c.name,
                    "label": c.label,
                    "description": c.description,
                    "enabled": enabled,
                    "dev": c.dev,
                    "status": status,
                    "runnable": c.runner is not None,
                    "needs_login": False,
                    "last_run": self.last_runs.get(c.name),
                }
            )
        return {
            "dev_enabled": self.dev_enabled,
            "active_cortex": await self.cortex.ask(ActiveEngine()),
            "categories": categories,
        }

    async def _run(self, name: str, args: Mapping[str, Any]) -> dict[str, Any]:
        component = self.components.get(name)
        if component is None:
            raise NotFound(f"unknown component {name!r}")
        if component.runner is None:
            raise Conflict(f"{name} cannot be run", "not_runnable")
        if component.dev and not self.dev_enabled:
            raise Conflict(f"{name} is a development component and they are off", "dev_disabled")
        started = trio.current_time()
        at = now_iso()
        try:
            result = await component.runner(args)
        except SynthError as exc:
            self._record(name, at, started, ok=False, detail=exc.message)
            raise
        except AskTimeout as exc:
            self._record(name, at, started, ok=False, detail=f"timed out: {exc}")
            raise Timeout(f"{name} did not finish in time: {exc}", "run_timeout") from exc
        except Exception as exc:
            # The runner's failure is the run's, not this registry's: answer it as an error
            # instead of crashing (which would also forget every ``last_run``).
            detail = f"{type(exc).__name__}: {exc}"
            self._record(name, at, started, ok=False, detail=detail)
            raise Unavailable(f"{name} failed: {detail}", "run_failed") from exc
        duration_ms = self._record(name, at, started, ok=True, detail="ok")
        return {"status": "ok", "name": name, "result": result, "duration_ms": duration_ms}

    def _record(self, name: str, at: str, started: float, *, ok: bool, detail: str) -> float:
        duration_ms = round((trio.current_time() - started) * 1000, 3)
        self.last_runs[name] = {"at": at, "ok": ok, "duration_ms": duration_ms, "detail": detail}
        self.bus.publish(
            "grillo",
            GrilloEntry(
                "component_run",
                name,
                f"{name} ran ({'ok' if ok else 'failed'}): {detail}",
                {"ok": ok, "duration_ms": duration_ms, "at_unix": time.time()},
            ),
        )
        return duration_ms


def _status_of(actor_status: str) -> str:
    if actor_status in ("running", "starting", "restarting", "stopping"):
        return "running"
    if actor_status == "failed":
        return "failed"
    return "stopped"
