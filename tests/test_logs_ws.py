"""The /logs WebSocket with a real trio-websocket client against a running server."""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path

import trio
from trio_websocket import (
    WebSocketConnection,
    open_websocket_url,
)

from tests.support.servers import RunningServer, running_server, wait_ready
from tests.support.waiting import eventually
from tests.support.ws import rejection

DEBUG = {"WEB_DEBUG": "1"}
TOKEN = "logs-test-token-1234"
test_log = logging.getLogger("synth.test")


def logs_url(server: RunningServer, token: str | None = None) -> str:
    url = server.webui.replace("http://", "ws://") + "/logs"
    return url if token is None else f"{url}?token={token}"


def marker(name: str) -> str:
    return f"{name}-{uuid.uuid4().hex}"


async def read_until(ws: WebSocketConnection, text: str) -> list[str]:
    """Every frame up to and including the first that contains ``text``."""
    lines = []
    while True:
        line = await ws.get_message()
        assert isinstance(line, str)
        lines.append(line)
        if text in line:
            return lines


async def test_logs_is_refused_with_403_while_debug_is_off(server: RunningServer) -> None:
    with trio.fail_after(10):
        refused = await rejection(logs_url(server))
    assert refused.status_code == 403
    assert refused.body is not None
    assert json.loads(refused.body)["code"] == "forbidden"


async def test_logs_sends_recent_lines_then_new_ones(data_dir: Path) -> None:
    before, after = marker("before"), marker("after")
    with trio.fail_after(15):
        async with running_server(data_dir, env=DEBUG) as server:
            test_log.warning("logged %s", before)
            async with open_websocket_url(logs_url(server)) as ws:
                backlog = await read_until(ws, before)
                test_log.warning("logged %s", after)
                live = await read_until(ws, after)
    assert "WARNING synth.test: logged " + before in backlog[-1]
    assert live[-1].endswith("logged " + after)


async def test_logs_keeps_its_lines_across_a_restart(data_dir: Path) -> None:
    before = marker("before-restart")
    with trio.fail_after(20):
        async with running_server(data_dir, env=DEBUG) as server:
            test_log.warning("logged %s", before)
            async with server.client() as client:
                response = await client.post("/api/system/restart", json={"confirm": True})
                assert response.status_code == 202
            await eventually(lambda: server.system.state.restarts == 1)
            await wait_ready(server.system)
            async with open_websocket_url(logs_url(server)) as ws:
                backlog = await read_until(ws, before)
    assert backlog[-1].endswith("logged " + before)


async def test_logs_needs_the_token_when_auth_is_on(data_dir: Path) -> None:
    overrides = {"auth.token": TOKEN}
    with trio.fail_after(15):
        async with running_server(data_dir, env=DEBUG, overrides=overrides) as server:
            without = (await rejection(logs_url(server))).status_code
            wrong = (await rejection(logs_url(server, "not-the-token"))).status_code
            test_log.warning("logged %s", line := marker("authorized"))
            async with open_websocket_url(logs_url(server, TOKEN)) as ws:
                backlog = await read_until(ws, line)
    assert (without, wrong) == (401, 401)
    assert backlog[-1].endswith(line)


async def test_logs_never_shows_the_auth_token(data_dir: Path) -> None:
    overrides = {"auth.token": TOKEN}
    done = marker("done")
    with trio.fail_after(15):
        async with running_server(data_dir, env=DEBUG, overrides=overrides) as server:
            test_log.warning("a careless line with %s in it", TOKEN)
            test_log.warning("logged %s", done)
            async with open_websocket_url(logs_url(server, TOKEN)) as ws:
                backlog = await read_until(ws, done)
    assert not any(TOKEN in line for line in backlog)
    assert any("a careless line with *** in it" in line for line in backlog)


async def test_a_logs_client_that_leaves_is_unsubscribed(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with running_server(data_dir, env=DEBUG) as server:
            ring = server.persona.log_ring
            test_log.warning("logged %s", line := marker("leaving"))
            async with open_websocket_url(logs_url(server)) as ws:
                await read_until(ws, line)
                assert ring.subscriber_count == 1
            await eventually(lambda: ring.subscriber_count == 0)
