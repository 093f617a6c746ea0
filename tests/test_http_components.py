"""End-to-end tests of the component routes: registry, dev switch, cortex, login, run."""

from __future__ import annotations

import socket
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from tests.support.servers import RunningServer, running_server

COMPONENT_FIELDS = {
    "name",
    "label",
    "description",
    "enabled",
    "dev",
    "status",
    "runnable",
    "needs_login",
    "last_run",
}
STATUSES = {"running", "stopped", "failed", "disabled"}


def error_code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "code"}
    assert isinstance(body["error"], str) and body["error"]
    code: str = body["code"]
    return code


def closed_port() -> int:
    """A loopback port where nothing listens (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


async def components(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.get("/api/components")
    assert response.status_code == 200
    body: dict[str, Any] = response.json()
    return body


def component(listing: dict[str, Any], category: str, name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(c for c in listing["categories"][category] if c["name"] == name)
    return found


async def config_value(client: httpx.AsyncClient, key: str) -> object:
    items = (await client.get("/api/config")).json()["items"]
    return next(item["value"] for item in items if item["key"] == key)


async def test_components_lists_three_categories_with_every_field(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            listing = await components(client)
    assert listing["dev_enabled"] is False
    assert listing["active_cortex"] == "echo"
    assert set(listing["categories"]) == {"interfaces", "plugins", "cortex_engines"}
    for entries in listing["categories"].values():
        assert entries
        for entry in entries:
            assert COMPONENT_FIELDS <= set(entry), entry
            assert entry["status"] in STATUSES
            for flag in ("enabled", "dev", "runnable", "needs_login"):
                assert isinstance(entry[flag], bool)
            assert entry["last_run"] is None
    names = {c["name"] for c in listing["categories"]["interfaces"]}
    assert {"webui", "ollama_compat_server"} <= names
    engines = {c["name"] for c in listing["categories"]["cortex_engines"]}
    assert {"echo", "manual", "ollama", "openai", "lorem"} <= engines


async def test_a_dev_engine_is_disabled_while_dev_is_off(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            listing = await components(client)
    lorem = component(listing, "cortex_engines", "lorem")
    assert lorem["dev"] is True
    assert lorem["enabled"] is False
    assert lorem["status"] == "disabled"
    assert component(listing, "cortex_engines", "echo")["status"] == "running"


async def test_the_store_plugin_is_runnable_and_running(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            listing = await components(client)
    store = component(listing, "plugins", "store")
    assert store["runnable"] is True
    assert store["status"] == "running"
    assert component(listing, "plugins", "grillo")["runnable"] is False


async def test_dev_toggle_turns_dev_on_and_off(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            on = await client.post("/api/components/dev/toggle", json={"enabled": True})
            listed_on = await components(client)
            off = await client.post("/api/components/dev/toggle", json={"enabled": False})
            listed_off = await components(client)
    assert on.status_code == 200
    assert on.json() == {"status": "ok", "dev_enabled": True}
    assert listed_on["dev_enabled"] is True
    assert component(listed_on, "cortex_engines", "lorem")["status"] == "running"
    assert off.json() == {"status": "ok", "dev_enabled": False}
    assert listed_off["dev_enabled"] is False
    assert component(listed_off, "cortex_engines", "lorem")["status"] == "disabled"


@pytest.mark.parametrize(
    "body", [{}, {"enabled": None}, {"enabled": "true"}, {"enabled": 1}, {"on": True}]
)
async def test_dev_toggle_without_a_boolean_enabled_is_400(
    server: RunningServer, body: dict[str, object]
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/dev/toggle", json=body)
            listing = await components(client)
    error_code(response, 400)
    assert listing["dev_enabled"] is False


async def test_the_dev_flag_resets_on_restart(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/components/dev/toggle", json={"enabled": True})
            await client.post("/api/system/restart", json={"confirm": True})
            while True:
                if server.system.state.restarts == 1:
                    break
                await trio.sleep(0.01)
            with trio.fail_after(10):
                await server.system.ready.wait()
            listing = await components(client)
    assert listing["dev_enabled"] is False


async def test_switching_to_a_dev_engine_while_dev_is_off_is_409(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/cortex", json={"name": "lorem"})
            listing = await components(client)
    error_code(response, 409)
    assert listing["active_cortex"] == "echo"


async def test_switching_to_a_dev_engine_after_dev_on_makes_it_active(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/components/dev/toggle", json={"enabled": True})
            response = await client.post("/api/components/cortex", json={"name": "lorem"})
            listing = await components(client)
            about = (await client.get("/api/about")).json()
            persisted = await config_value(client, "cortex.active")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "active_cortex": "lorem"}
    assert listing["active_cortex"] == "lorem"
    assert about["active_cortex"] == "lorem"
    assert persisted == "lorem"


async def test_switching_the_engine_persists_across_a_new_start(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir) as first, first.client() as client:
            response = await client.post("/api/components/cortex", json={"name": "manual"})
            assert response.status_code == 200
        async with running_server(data_dir) as second, second.client() as client:
            listing = await components(client)
            persisted = await config_value(client, "cortex.active")
    assert listing["active_cortex"] == "manual"
    assert persisted == "manual"


async def test_turning_dev_off_falls_back_to_echo(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/components/dev/toggle", json={"enabled": True})
            await client.post("/api/components/cortex", json={"name": "lorem"})
            await client.post("/api/components/dev/toggle", json={"enabled": False})
            listing = await components(client)
            about = (await client.get("/api/about")).json()
    assert listing["active_cortex"] == "echo"
    assert about["active_cortex"] == "echo"


async def test_switching_to_an_unknown_engine_is_404(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/cortex", json={"name": "gpt-9"})
            persisted = await config_value(client, "cortex.active")
    assert error_code(response, 404) == "not_found"
    assert persisted == "echo"


@pytest.mark.parametrize("body", [{}, {"name": ""}, {"name": 7}, {"name": ["echo"]}])
async def test_switching_without_a_proper_name_is_400(
    server: RunningServer, body: dict[str, object]
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/cortex", json=body)
    error_code(response, 400)


async def test_login_to_echo_is_not_required(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/cortex/login", json={"name": "echo"})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"status", "detail", "url"}
    assert body["status"] == "not_required"
    assert isinstance(body["detail"], str)
    assert body["url"] is None


async def test_login_to_an_unknown_engine_is_404(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/cortex/login", json={"name": "nope"})
    assert error_code(response, 404) == "not_found"


async def test_login_to_ollama_without_an_upstream_is_502_with_a_reason(data_dir: Path) -> None:
    port = closed_port()
    env = {"SYNTH_CORTEX_OLLAMA_URL": f"http://127.0.0.1:{port}"}
    with trio.fail_after(20):
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post("/api/components/cortex/login", json={"name": "ollama"})
    assert error_code(response, 502).startswith("upstream")
    message = response.json()["error"]
    assert str(port) in message


async def test_running_store_writes_a_backup_that_sqlite_opens(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "persona.name", "value": "Ada"})
            response = await client.post("/api/components/run", json={"name": "store"})
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok" and body["name"] == "store"
    assert isinstance(body["duration_ms"], int | float) and body["duration_ms"] >= 0
    backup = Path(body["result"]["path"])
    assert await trio.Path(backup).is_file()
    assert backup.parent == server.data_dir / "backups"
    assert body["result"]["size"] == (await trio.Path(backup).stat()).st_size

    def tables(path: Path) -> set[str]:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            return {row[0] for row in rows}
        finally:
            conn.close()

    def persisted_name(path: Path) -> str:
        conn = sqlite3.connect(path)
        try:
            row = conn.execute(
                "SELECT value FROM config_values WHERE key = 'persona.name'"
            ).fetchone()
            return str(row[0])
        finally:
            conn.close()

    assert tables(backup) == tables(server.data_dir / "synth.db")
    assert "config_values" in tables(backup)
    assert persisted_name(backup) == '"Ada"'


async def test_running_store_accepts_empty_args(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/run", json={"name": "store", "args": {}})
            bad = await client.post("/api/components/run", json={"name": "store", "args": [1]})
    assert response.status_code == 200
    error_code(bad, 400)


async def test_a_run_fills_last_run(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/components/run", json={"name": "store"})
            listing = await components(client)
    last_run = component(listing, "plugins", "store")["last_run"]
    assert set(last_run) == {"at", "ok", "duration_ms", "detail"}
    assert last_run["ok"] is True
    assert isinstance(last_run["at"], str) and last_run["at"].endswith("Z")


async def test_running_an_unknown_component_is_404(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/run", json={"name": "toaster"})
    assert error_code(response, 404) == "not_found"


async def test_running_a_component_that_cannot_run_is_409_not_runnable(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/run", json={"name": "grillo"})
    assert error_code(response, 409) == "not_runnable"


async def test_a_failed_store_run_is_a_503_and_recorded(server: RunningServer) -> None:
    # A file where the backups folder should be: the backup cannot be written.
    await trio.Path(server.data_dir / "backups").write_text("in the way")
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/run", json={"name": "store"})
            listing = await components(client)
            about = (await client.get("/api/about")).json()
    assert error_code(response, 503) == "storage_error"
    assert "Traceback" not in response.text
    last_run = component(listing, "plugins", "store")["last_run"]
    assert last_run is not None and last_run["ok"] is False
    registry = next(actor for actor in about["actors"] if actor["name"] == "components")
    assert registry["restarts"] == 0
