"""A crash injected into each actor while clients keep calling: the runtime keeps serving.

The fault is real and needs no hook in the product: every actor hands a message it does
not understand to ``Actor.handle``, which raises ``TypeError``, and an exception that is
not a ``Rejection`` is a crash. The supervisor restarts the actor, Grillo records both
events, and the requests running meanwhile either succeed or get a clean 503.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import trio

from synth.runtime.actor import ActorRef
from tests.support.history import until
from tests.support.servers import RunningServer, running_server
from tests.support.waiting import eventually

CHAT = {"model": "synth", "messages": [{"role": "user", "content": "still there?"}]}
ROUTES = ("/api/about", "/api/config", "/api/chat")
CLEAN = frozenset({200, 503})
"""What a request may get while an actor restarts: an answer, or "try again"."""


@dataclass(frozen=True)
class InjectedFault:
    """A message that no actor understands: handling it raises, which crashes the actor."""


@dataclass
class Load:
    """Clients calling three routes in a loop, and what each call got."""

    server: RunningServer
    statuses: Counter[tuple[str, int]] = dataclasses.field(default_factory=Counter)
    failures: list[str] = dataclasses.field(default_factory=list)
    stopping: trio.Event = dataclasses.field(default_factory=trio.Event)

    def ok(self, route: str) -> int:
        return self.statuses[(route, 200)]

    async def run(self, route: str, method: str, base: str, body: Any = None) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=10) as client:
            # Each call finishes before the loop ends: a request cancelled halfway leaves
            # httpx's body stream to the garbage collector (a ResourceWarning under Trio).
            while not self.stopping.is_set():
                try:
                    response = await client.request(method, route, json=body)
                except httpx.HTTPError as exc:  # a hang (timeout) or a dropped connection
                    self.failures.append(f"{method} {route}: {type(exc).__name__} {exc}")
                    return
                self.statuses[(route, response.status_code)] += 1
                if response.status_code not in CLEAN:
                    self.failures.append(f"{method} {route}: {response.status_code}")
                elif response.status_code == 503:
                    assert set(response.json()) == {"error", "code"}
                await trio.sleep(0.005)

    def start(self, nursery: trio.Nursery) -> None:
        nursery.start_soon(self.run, "/api/about", "GET", self.server.webui)
        nursery.start_soon(self.run, "/api/config", "GET", self.server.webui)
        nursery.start_soon(
            self.run, "/api/chat", "POST", self.server.ollama, {**CHAT, "stream": False}
        )


async def restart_counts(client: httpx.AsyncClient) -> dict[str, int]:
    response = await client.get("/api/about")
    assert response.status_code == 200, response.text
    return {a["name"]: a["restarts"] for a in response.json()["actors"] if a["status"] == "running"}


async def grillo_kinds(client: httpx.AsyncClient, name: str) -> set[str]:
    response = await client.get("/api/history/grillo", params={"limit": 500})
    if response.status_code != 200:
        return set()
    return {item["kind"] for item in response.json()["items"] if item["source"] == name}


def supervised_refs(server: RunningServer) -> dict[str, ActorRef]:
    """A ref to every child of the running supervisor, by name.

    Some children are no field of ``Actors`` (nothing in ``http`` talks to them), so the
    refs are made from the supervisor's own mailboxes: a fault must reach every actor.
    """
    supervisor = server.system.supervisor
    assert supervisor is not None
    return {child.spec.name: ActorRef(child.mailbox) for child in supervisor._children}


async def crash_under_load(server: RunningServer, name: str, ref: ActorRef) -> Load:
    """Crash one actor while the load runs; wait for its restart and for the routes to serve."""
    load = Load(server)
    async with server.client() as client, trio.open_nursery() as nursery:
        before = await restart_counts(client)
        load.start(nursery)
        await eventually(lambda: load.ok("/api/chat") >= 2 or bool(load.failures), within=10)
        await ref.tell(InjectedFault())

        async def restarted() -> bool:
            return (await restart_counts(client)).get(name) == before[name] + 1

        await until(restarted, within=10)
        # The restarted actor serves again: every route keeps answering after it.
        served = {route: load.ok(route) for route in ROUTES}
        await eventually(
            lambda: all(load.ok(r) >= n + 3 for r, n in served.items()) or bool(load.failures),
            within=10,
        )
        load.stopping.set()
        after = await restart_counts(client)
    # Only the crashed actor restarted: its crash reached no other actor.
    assert after == {**before, name: before[name] + 1}, f"crashing {name}"
    return load


async def recorded_kinds(server: RunningServer, name: str) -> set[str]:
    """Grillo's kinds for ``name`` once both supervision events are in (or after 5 s)."""
    async with server.client() as client:

        async def recorded() -> bool:
            return {"actor_crashed", "actor_restarted"} <= await grillo_kinds(client, name)

        with trio.move_on_after(5):
            await until(recorded, within=10)
        return await grillo_kinds(client, name)


async def test_every_actor_restarts_after_a_crash_while_the_runtime_keeps_serving(
    tmp_path: Path,
) -> None:
    problems: dict[str, list[str]] = {}
    names: list[str] | None = None  # known once the first runtime is up
    index = 0
    while names is None or index < len(names):
        # A fresh runtime per actor: crashes of several actors within the supervisor's
        # period would add up to its restart intensity and stop everything (by design).
        async with running_server(tmp_path / f"data{index}") as server:
            refs = supervised_refs(server)
            names = names if names is not None else sorted(refs)
            name = names[index]
            with trio.fail_after(30):
                load = await crash_under_load(server, name, refs[name])
                kinds = await recorded_kinds(server, name)
            found = list(load.failures)
            found += [
                f"grillo lacks {k}" for k in ("actor_crashed", "actor_restarted") if k not in kinds
            ]
            if found:
                problems[name] = found
        index += 1
    assert len(names) >= 12
    assert problems == {}
