"""The /ws socket with a real trio-websocket client against a running server."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio
from trio_websocket import (
    ConnectionClosed,
    WebSocketConnection,
)

from tests.fakes.upstreams import FakeUpstream, numbered_tokens, running_fake_ollama
from tests.support.servers import RunningServer, running_server, start_process
from tests.support.ws import receive_json, send_json, websocket


def ws_url(server: RunningServer) -> str:
    return server.webui.replace("http://", "ws://") + "/ws"


send = send_json
BROADCASTS = frozenset({"animation", "emotion", "components"})


async def receive(ws: WebSocketConnection) -> dict[str, Any]:
    """The next frame that is not a state broadcast (those come whenever the body moves)."""
    while True:
        frame = await receive_json(ws)
        if frame["type"] not in BROADCASTS:
            return frame


async def receive_until(
    ws: WebSocketConnection, kind: str, role: str | None = None
) -> list[dict[str, Any]]:
    """Every frame up to and including the first of ``kind`` (and ``role``)."""
    frames = []
    while True:
        frame = await receive(ws)
        frames.append(frame)
        if frame["type"] == kind and (role is None or frame.get("role") == role):
            return frames


@asynccontextmanager
async def connected(
    server: RunningServer, **hello: Any
) -> AsyncIterator[tuple[WebSocketConnection, dict[str, Any], dict[str, Any]]]:
    """A client that said hello; yields it with its session and history frames."""
    async with websocket(ws_url(server)) as ws:
        await send(ws, {"type": "hello", **hello})
        session = await receive(ws)
        history = await receive(ws)
        yield ws, session, history


def chunks_of(frames: list[dict[str, Any]]) -> str:
    return "".join(f["delta"] for f in frames if f["type"] == "chunk")


async def test_hello_gets_session_and_history_frames(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with connected(server, protocol=1) as (_, session, history):
            assert session["type"] == "session"
            assert session["session_id"] == "default"
            assert session["protocol"] == 1
            assert session["state"]["active_cortex"] == "echo"
            assert session["turn"] is None
            assert history == {"type": "history", "messages": []}


async def test_two_clients_of_one_session_both_see_a_whole_turn(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with connected(server) as (a, _, _), connected(server) as (b, _, _):
            await send(
                a, {"type": "chat", "text": "hello [happy] dear friend", "client_msg_id": "c1"}
            )
            for ws in (a, b):
                frames = await receive_until(ws, "message", "assistant")
                user = frames[0]
                assert user["type"] == "message" and user["role"] == "user"
                assert user["text"] == "hello [happy] dear friend"
                assert user["client_msg_id"] == "c1"
                assistant = frames[-1]
                assert chunks_of(frames) == assistant["text"] == "hello  dear friend"
                assert assistant["emotion"] == "happy"
                assert {f["message_id"] for f in frames if f["type"] == "chunk"} == {
                    assistant["id"]
                }
                assert assistant["seq"] == user["seq"] + 1


async def test_a_bare_text_frame_is_a_chat(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with connected(server) as (ws, _, _):
            await send(ws, {"text": "plain"})
            frames = await receive_until(ws, "message", "assistant")
            assert frames[-1]["text"] == "plain"


async def test_ping_gets_pong_and_bad_frames_get_errors_but_stay_open(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        async with connected(server) as (ws, _, _):
            await ws.send_message("not json")
            assert await receive(ws) == {
                "type": "error",
                "code": "bad_message",
                "message": "frames must be JSON objects",
            }
            await send(ws, {"type": "dance"})
            assert (await receive(ws))["code"] == "bad_message"
            await send(ws, {"type": "chat", "text": ""})
            assert (await receive(ws))["code"] == "bad_message"
            await send(ws, {"type": "ping"})
            assert await receive(ws) == {"type": "pong"}


async def test_history_is_replayed_on_connect(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with connected(server) as (ws, _, _):
            await send(ws, {"type": "chat", "text": "remember me"})
            await receive_until(ws, "message", "assistant")
        async with connected(server) as (_, _, history):
            assert [(m["role"], m["text"]) for m in history["messages"]] == [
                ("user", "remember me"),
                ("assistant", "remember me"),
            ]


async def test_sessions_are_separate(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with connected(server, session_id="one") as (a, _, _):
            async with connected(server, session_id="two") as (b, _, _):
                await send(a, {"type": "chat", "text": "only for one"})
                await receive_until(a, "message", "assistant")
                await send(b, {"type": "ping"})
                assert await receive(b) == {"type": "pong"}


async def test_wrong_token_is_closed_with_1008(data_dir: Path) -> None:
    async with running_server(data_dir, env={"SYNTH_AUTH_TOKEN": "sesame"}) as server:
        with trio.fail_after(10):
            async with websocket(ws_url(server)) as ws:
                await send(ws, {"type": "hello", "token": "wrong"})
                assert (await receive(ws))["code"] == "unauthorized"
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
                assert closed.value.reason.code == 1008
            async with connected(server, token="sesame") as (_, session, _):
                assert session["type"] == "session"


async def test_a_silent_client_is_closed_after_the_hello_timeout(data_dir: Path) -> None:
    async with running_server(data_dir, env={"SYNTH_WEB_HELLO_TIMEOUT_S": "0.3"}) as server:
        with trio.fail_after(10):
            async with websocket(ws_url(server)) as ws:
                assert (await receive(ws))["code"] == "unauthorized"
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
                assert closed.value.reason.code == 1008


async def test_an_oversized_frame_is_closed_with_1009(data_dir: Path) -> None:
    async with running_server(data_dir, env={"SYNTH_WEB_WS_MAX_FRAME_BYTES": "1024"}) as server:
        with trio.fail_after(10):
            async with connected(server) as (ws, _, _):
                await ws.send_message(json.dumps({"type": "chat", "text": "x" * 5000}))
                with pytest.raises(ConnectionClosed) as closed:
                    await ws.get_message()
                assert closed.value.reason.code == 1009


async def use_fake_engine(server: RunningServer, fake: FakeUpstream) -> None:
    async with httpx.AsyncClient(base_url=server.webui) as client:
        for key, value in (("cortex.ollama.url", fake.url), ("cortex.ollama.model", "llama3.2")):
            response = await client.post("/api/config", json={"key": key, "value": value})
            assert response.status_code == 200
        response = await client.post("/api/components/cortex", json={"name": "ollama"})
        assert response.status_code == 200


async def test_a_turn_whose_clients_left_finishes_and_is_caught_up_by_seq(
    server: RunningServer,
) -> None:
    fake = FakeUpstream(tokens=numbered_tokens(12), delay=0.05)
    async with running_fake_ollama(fake):
        await use_fake_engine(server, fake)
        with trio.fail_after(20):
            async with connected(server) as (ws, _, _):
                await send(ws, {"type": "chat", "text": "tell me"})
                user = await receive(ws)
                first_chunk = await receive(ws)
                assert first_chunk["type"] == "chunk"
            # Everyone left mid-turn; come back while it still runs.
            async with connected(server, resume_after_seq=user["seq"]) as (ws, session, history):
                assert history["messages"] == []
                turn = session["turn"]
                assert turn is not None and turn["message_id"] == first_chunk["message_id"]
                frames = await receive_until(ws, "message", "assistant")
                assistant = frames[-1]
                assert turn["text_so_far"] + chunks_of(frames) == assistant["text"]
                assert assistant["text"] == "".join(numbered_tokens(12))
            # And once more after it finished: exactly the reply, nothing repeated.
            async with connected(server, resume_after_seq=user["seq"]) as (_, session, history):
                assert session["turn"] is None
                assert [m["id"] for m in history["messages"]] == [assistant["id"]]


async def test_a_client_that_never_reads_is_dropped_while_another_gets_every_frame(
    tmp_path: Path,
) -> None:
    server = start_process(tmp_path / "data", env={"SYNTH_WEB_WS_QUEUE": "64"})
    try:
        words = [f"w{i}" for i in range(3000)]
        text = " ".join(words)
        with trio.fail_after(60):
            url = server.webui.replace("http://", "ws://") + "/ws"
            async with websocket(url, rcvbuf=2048) as slow, websocket(url) as fast:
                await send(slow, {"type": "hello"})
                await send(fast, {"type": "hello"})
                await receive(fast)
                await receive(fast)
                await send(fast, {"type": "chat", "text": text})
                frames = await receive_until(fast, "message", "assistant")
                assert chunks_of(frames) == text
                assert frames[-1]["text"] == text
                await send(fast, {"type": "ping"})
                assert await receive(fast) == {"type": "pong"}
                # The slow client was cut off: reading now ends in a close, not the whole turn.
                received = 0
                with pytest.raises(ConnectionClosed):
                    while True:
                        await slow.get_message()
                        received += 1
                assert received < len(words)
    finally:
        server.stop()
