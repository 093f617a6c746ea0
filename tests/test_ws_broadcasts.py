"""/ws broadcasts: the same frame for every client, coalescing, and the shutdown notice."""

from __future__ import annotations

import json

import pytest
import trio
from trio_websocket import ConnectionClosed, WebSocketConnection

from synth.http.ws import coalesce, encode
from synth.runtime.event_bus import Event
from tests.support.servers import RunningServer, wait_ready
from tests.support.ws import receive_json, send_json, websocket


def ws_url(server: RunningServer) -> str:
    return server.webui.replace("http://", "ws://") + "/ws"


async def greeted(ws: WebSocketConnection, session_id: str) -> None:
    await send_json(ws, {"type": "hello", "session_id": session_id})
    while (await receive_json(ws))["type"] != "history":
        pass


async def next_text_of(ws: WebSocketConnection, kind: str) -> str:
    """The raw text of the next frame of type ``kind``."""
    while True:
        text = str(await ws.get_message())
        if json.loads(text)["type"] == kind:
            return text


async def test_clients_of_different_sessions_get_the_same_animation_frame(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        async with websocket(ws_url(server)) as a, websocket(ws_url(server)) as b:
            await greeted(a, "one")
            await greeted(b, "two")
            async with server.client() as client:
                response = await client.post("/api/animation_state", json={"state": "think"})
            texts = [await next_text_of(ws, "animation") for ws in (a, b)]
    assert response.status_code == 200
    assert texts[0] == texts[1]
    frame = json.loads(texts[0])
    assert frame["state"] == "think"
    assert frame["animation_id"] == response.json()["animation_id"]


async def test_a_restart_sends_the_system_frame_then_closes_with_1012(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with websocket(ws_url(server)) as ws:
            await greeted(ws, "default")
            async with server.client() as client:
                response = await client.post("/api/system/restart", json={"confirm": True})
            assert json.loads(await next_text_of(ws, "system")) == {
                "type": "system",
                "event": "restarting",
            }
            with pytest.raises(ConnectionClosed) as closed:
                while True:
                    await ws.get_message()
        while True:  # let the restart finish before the teardown stops the server
            if server.system.state.restarts > 0:
                break
            await trio.sleep(0.01)
        await wait_ready(server.system)
    assert response.status_code == 202
    assert closed.value.reason is not None and closed.value.reason.code == 1012


def animation(animation_id: int) -> Event:
    return Event("animation", {"state": "think", "animation_id": animation_id})


def chunk(message_id: str, delta: str) -> Event:
    frame = {"type": "chunk", "message_id": message_id, "delta": delta}
    return Event("chat", {"session_id": "default", "frame": frame})


def test_waiting_animation_frames_coalesce_to_the_newest() -> None:
    pong = Event("ws.direct", {"type": "pong"})

    kept = coalesce([animation(1), pong, animation(2), animation(3)])

    assert kept == [pong, animation(3)]


def test_waiting_chunks_of_one_message_become_one_chunk() -> None:
    merged = coalesce([chunk("m1", "a"), chunk("m1", "b"), chunk("m2", "c"), chunk("m2", "d")])

    assert [json.loads(encode(event)) for event in merged] == [
        {"type": "chunk", "message_id": "m1", "delta": "ab"},
        {"type": "chunk", "message_id": "m2", "delta": "cd"},
    ]


def test_a_state_frame_is_the_topic_as_type_with_the_event_fields() -> None:
    assert json.loads(encode(animation(5))) == {
        "type": "animation",
        "state": "think",
        "animation_id": 5,
    }
