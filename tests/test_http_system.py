"""End-to-end tests of the system routes: restart, about and the Grillo activity log."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest
import trio

import synth
from synth.actors.grillo import Grillo, GrilloEntry
from synth.errors import Unavailable
from synth.runtime.actor import Actor
from synth.runtime.event_bus import EventBus
from synth.runtime.supervisor import ChildSpec, Supervisor
from tests.support.servers import RunningServer, wait_ready

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
ABOUT_FIELDS = {
    "name",
    "version",
    "started_at",
    "uptime_s",
    "restarts",
    "active_sessions",
    "active_cortex",
    "system",
    "actors",
}
CORE_ACTORS = {"store", "grillo", "config", "cortex", "components"}


def error_code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "code"}
    code: str = body["code"]
    return code


async def wait_restarted(server: RunningServer, before: int) -> None:
    while True:  # ready stays set until the old incarnation begins to stop
        if server.system.state.restarts > before:
            break
        await trio.sleep(0.01)
    await wait_ready(server.system)


async def grillo_items(client: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    response = await client.get("/api/history/grillo", params=params)
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def wait_for_count(client: httpx.AsyncClient, count: int) -> list[dict[str, Any]]:
    """The newest entries, once there are at least ``count``."""
    while True:
        items = await grillo_items(client, limit=500)
        if len(items) >= count:
            return items
        await trio.sleep(0.02)


async def wait_for_kinds(client: httpx.AsyncClient, *kinds: str) -> list[dict[str, Any]]:
    """The log once every kind in ``kinds`` is in it (entries are written asynchronously)."""
    while True:
        items = await grillo_items(client, limit=500)
        if set(kinds) <= {item["kind"] for item in items}:
            return items
        await trio.sleep(0.02)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{}",
        b'{"confirm": "yes"}',
        b'{"confirm": 1}',
        b'{"confirm": false}',
        b'{"confirm": null}',
        b"[true]",
        b"true",
        b'{"confirm": tru',
    ],
)
async def test_restart_without_confirm_true_is_400_confirmation_required(
    server: RunningServer, content: bytes
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/system/restart",
                content=content,
                headers={"content-type": "application/json"},
            )
            about = (await client.get("/api/about")).json()
    assert error_code(response, 400) == "confirmation_required"
    assert about["restarts"] == 0
    assert server.system.state.restarts == 0


async def test_restart_answers_202_restarting(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/system/restart", json={"confirm": True})
            await wait_restarted(server, 0)
    assert response.status_code == 202
    assert response.json() == {"status": "restarting"}


async def test_after_a_restart_about_counts_it_and_the_same_ports_answer(
    server: RunningServer,
) -> None:
    webui, ollama = server.webui, server.ollama
    with trio.fail_after(20):
        async with server.client() as client:
            before = (await client.get("/api/about")).json()
            await client.post("/api/system/restart", json={"confirm": True})
            await wait_restarted(server, 0)
        async with httpx.AsyncClient(timeout=10) as fresh:
            after = (await fresh.get(webui + "/api/about")).json()
            ollama_root = await fresh.get(ollama + "/")
    assert after["restarts"] == before["restarts"] + 1
    assert after["started_at"] == before["started_at"]
    assert (server.webui, server.ollama) == (webui, ollama)
    assert ollama_root.status_code == 200


async def test_a_restart_does_not_wait_for_idle_keep_alive_clients(
    server: RunningServer,
) -> None:
    # The default drain is 5 s: a restart must not spend it on connections that are idle.
    with trio.fail_after(20):
        async with server.client() as idle, server.client() as client:
            assert (await idle.get("/api/about")).status_code == 200
            with trio.fail_after(3):
                await client.post("/api/system/restart", json={"confirm": True})
                await wait_restarted(server, 0)
            again = await idle.get("/api/about")
    assert again.json()["restarts"] == 1


async def test_about_has_every_field_with_sane_types(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.get("/api/about")
    assert response.status_code == 200
    about = response.json()
    assert set(about) == ABOUT_FIELDS
    assert about["name"] == "Synth"
    assert about["version"] == synth.__version__
    assert TIMESTAMP.match(about["started_at"])
    assert isinstance(about["uptime_s"], int | float) and about["uptime_s"] >= 0
    assert about["restarts"] == 0
    assert isinstance(about["active_sessions"], int) and about["active_sessions"] >= 0
    assert about["active_cortex"] == "echo"
    system = about["system"]
    assert set(system) == {"python", "platform", "machine", "cpu_count", "memory_rss_bytes"}
    assert re.match(r"^3\.\d+\.\d+", system["python"])
    assert isinstance(system["platform"], str) and system["platform"]
    assert isinstance(system["machine"], str)
    assert isinstance(system["cpu_count"], int) and system["cpu_count"] >= 1
    assert isinstance(system["memory_rss_bytes"], int) and system["memory_rss_bytes"] > 0


async def test_about_lists_the_core_actors_as_running(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            actors = (await client.get("/api/about")).json()["actors"]
    by_name = {actor["name"]: actor for actor in actors}
    assert CORE_ACTORS <= set(by_name)
    for actor in actors:
        assert set(actor) == {"name", "status", "restarts", "mailbox_size"}
        assert isinstance(actor["mailbox_size"], int) and actor["mailbox_size"] >= 0
    for name in CORE_ACTORS:
        assert by_name[name]["status"] == "running"
        assert by_name[name]["restarts"] == 0


async def test_about_uptime_grows(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            first = (await client.get("/api/about")).json()["uptime_s"]
            await trio.sleep(0.05)
            second = (await client.get("/api/about")).json()["uptime_s"]
    assert second > first


async def test_grillo_lists_config_changes_runs_and_restarts_newest_first(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "persona.name", "value": "Ada"})
            await wait_for_kinds(client, "config_changed")
            await client.post("/api/components/run", json={"name": "store"})
            await wait_for_kinds(client, "component_run")
            await client.post("/api/system/restart", json={"confirm": True})
            await wait_restarted(server, 0)
            items = await wait_for_kinds(
                client, "config_changed", "component_run", "system_restart"
            )
    for item in items:
        assert set(item) == {"id", "at", "kind", "source", "message", "data"}
        assert isinstance(item["id"], str)
        assert TIMESTAMP.match(item["at"])
        assert isinstance(item["data"], dict)
    kinds = [item["kind"] for item in items]
    assert kinds.index("system_restart") < kinds.index("component_run")
    assert kinds.index("component_run") < kinds.index("config_changed")
    changed = next(item for item in items if item["kind"] == "config_changed")
    assert changed["data"] == {"key": "persona.name", "value": "Ada"}
    ran = next(item for item in items if item["kind"] == "component_run")
    assert ran["source"] == "store" and ran["data"]["ok"] is True
    stamps = [item["at"] for item in items]
    assert stamps == sorted(stamps, reverse=True)


async def test_grillo_does_not_record_a_secret_value(server: RunningServer) -> None:
    secret = "sk-grillo-must-not-see-this"
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "cortex.openai.api_key", "value": secret})
            await wait_for_kinds(client, "config_changed")
            response = await client.get("/api/history/grillo")
    assert secret not in response.text


async def test_grillo_pages_walk_every_entry_once_with_limit_and_before(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            for index in range(7):
                await client.post("/api/config", json={"key": "persona.name", "value": f"n{index}"})
            everything = await wait_for_count(client, 7)
            walked: list[dict[str, Any]] = []
            pages = 0
            params: dict[str, Any] = {"limit": 3}
            while True:
                response = await client.get("/api/history/grillo", params=params)
                assert response.status_code == 200
                page = response.json()
                assert len(page["items"]) <= 3
                walked += page["items"]
                pages += 1
                if page["next_before"] is None:
                    break
                assert isinstance(page["next_before"], str)
                params = {"limit": 3, "before": page["next_before"]}
    ids = [item["id"] for item in walked]
    assert len(ids) == len(set(ids))
    assert ids == [item["id"] for item in everything]
    assert pages >= 3
    assert [int(i) for i in ids] == sorted((int(i) for i in ids), reverse=True)


async def test_grillo_default_page_is_newest_first(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "persona.name", "value": "first"})
            await wait_for_kinds(client, "config_changed")
            await client.post("/api/config", json={"key": "persona.name", "value": "second"})
            items = await wait_for_count(client, 2)
    values = [item["data"].get("value") for item in items if item["kind"] == "config_changed"]
    assert values[:2] == ["second", "first"]


@pytest.mark.parametrize("before", ["abc", "-1", "1.5", "1e3", "9" * 40, "\u00b2", "\u0661"])
async def test_grillo_rejects_a_bad_cursor(server: RunningServer, before: str) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.get("/api/history/grillo", params={"before": before})
    assert error_code(response, 400) == "bad_cursor"


@pytest.mark.parametrize("limit", ["0", "501", "x", "-5", "2.5", "1_0", " 5", "\u0661"])
async def test_grillo_rejects_a_limit_outside_1_to_500(server: RunningServer, limit: str) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.get("/api/history/grillo", params={"limit": limit})
    error_code(response, 400)


async def test_grillo_accepts_the_limit_bounds(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            low = await client.get("/api/history/grillo", params={"limit": "1"})
            high = await client.get("/api/history/grillo", params={"limit": "500"})
    assert low.status_code == 200 and high.status_code == 200
    assert len(low.json()["items"]) <= 1


class RefusingStore(Actor):
    """A store whose database is locked by someone else: every write is refused."""

    name = "store"

    def __init__(self, refused: list[object], enough: trio.Event) -> None:
        super().__init__()
        self.refused = refused
        self.enough = enough

    async def handle(self, msg: Any) -> Any:
        self.refused.append(msg)
        if len(self.refused) == 2:
            self.enough.set()
        raise Unavailable("the database is locked", "database_locked")


async def test_grillo_survives_a_store_that_refuses_writes() -> None:
    bus = EventBus()
    refused: list[object] = []
    enough = trio.Event()
    supervisor = Supervisor()
    store = supervisor.add(ChildSpec("store", lambda: RefusingStore(refused, enough)))
    supervisor.add(ChildSpec("grillo", lambda: Grillo(store, bus)))
    with trio.fail_after(20):
        async with trio.open_nursery() as nursery:
            await nursery.start(supervisor.run)
            bus.publish("grillo", GrilloEntry("first", "test", "refused"))
            bus.publish("grillo", GrilloEntry("second", "test", "refused too"))
            await enough.wait()
            grillo = next(c for c in supervisor.children() if c.name == "grillo")
            await supervisor.stop()
    assert len(refused) == 2
    assert grillo.status == "running"
    assert grillo.restarts == 0
