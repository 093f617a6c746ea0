"""The cortex's upstream down, too slow, or cut mid-stream, seen from /ws and afterwards.

tests/test_ollama_engines.py covers what the Ollama listener answers while the upstream
fails; here a WebUI client gets an error frame for the failed turn, keeps its socket, and
once the upstream is healthy again the next turn works on both listeners.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import trio
from trio_websocket import WebSocketConnection

from tests.fakes.upstreams import FakeUpstream, closed_port_url, running_fake_ollama
from tests.support.engines import use_fake_ollama
from tests.support.servers import RunningServer
from tests.support.ws import receive_json, send_json, websocket

BODY = {"model": "synth", "messages": [{"role": "user", "content": "hi"}], "stream": False}
BROADCASTS = frozenset({"animation", "emotion", "components"})
FAULTS = {
    "down": "upstream_unreachable",
    "slow": "upstream_timeout",
    "cut": "upstream_stream_cut",
}


@pytest.fixture
async def fake(server: RunningServer) -> AsyncIterator[FakeUpstream]:
    """A healthy fake Ollama behind the active ollama engine, with a short timeout."""
    async with running_fake_ollama() as fake:
        await use_fake_ollama(server, fake, {"cortex.timeout_s": 1})
        yield fake


async def set_url(server: RunningServer, url: str) -> None:
    async with server.client() as webui:
        response = await webui.post("/api/config", json={"key": "cortex.ollama.url", "value": url})
        assert response.status_code == 200, response.text


async def break_upstream(server: RunningServer, fake: FakeUpstream, fault: str) -> None:
    if fault == "down":
        await set_url(server, closed_port_url())
    elif fault == "slow":
        fake.mode = "hang"
    else:
        fake.mode, fake.cut_after = "cut", 2


async def heal_upstream(server: RunningServer, fake: FakeUpstream) -> None:
    fake.mode = "tokens"
    await set_url(server, fake.url)


async def receive(ws: WebSocketConnection) -> dict[str, Any]:
    """The next frame that is not a broadcast (the avatar's cues come and go meanwhile)."""
    while (frame := await receive_json(ws))["type"] in BROADCASTS:
        pass
    return frame


async def turn_frames(ws: WebSocketConnection, text: str) -> list[dict[str, Any]]:
    """Send a chat frame; every frame of that turn up to its reply or its error."""
    await send_json(ws, {"type": "chat", "text": text})
    frames = []
    while True:
        frame = await receive(ws)
        frames.append(frame)
        if frame["type"] == "error" or (frame["type"], frame.get("role")) == (
            "message",
            "assistant",
        ):
            return frames


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_an_upstream_fault_is_an_error_frame_and_both_listeners_serve_after_it(
    server: RunningServer, fake: FakeUpstream, fault: str
) -> None:
    url = server.webui.replace("http://", "ws://") + "/ws"
    with trio.fail_after(20):
        async with (
            websocket(url) as ws,
            httpx.AsyncClient(base_url=server.ollama, timeout=10) as ollama,
        ):
            await send_json(ws, {"type": "hello"})
            assert (await receive_json(ws))["type"] == "session"
            assert (await receive_json(ws))["type"] == "history"

            await break_upstream(server, fake, fault)
            failed = await turn_frames(ws, "are you there")
            refused = await ollama.post("/api/chat", json=BODY)

            await heal_upstream(server, fake)
            await send_json(ws, {"type": "ping"})
            assert await receive(ws) == {"type": "pong"}
            healed = await turn_frames(ws, "and now")
            served = await ollama.post("/api/chat", json=BODY)

    error = failed[-1]
    assert set(error) == {"type", "code", "message", "message_id"}
    assert error["code"] == FAULTS[fault]
    assert [f["type"] for f in failed[:1]] == ["message"]  # the user's words were recorded
    if fault == "cut":
        assert "".join(f["delta"] for f in failed if f["type"] == "chunk") == "t0 t1 "
    assert refused.status_code in (502, 504)
    assert refused.json()["code"] == FAULTS[fault]
    assert healed[-1]["role"] == "assistant"
    assert healed[-1]["text"] == "t0 t1 t2 t3 t4 "
    assert served.status_code == 200
    assert json.loads(served.text)["message"]["content"] == "t0 t1 t2 t3 t4 "
