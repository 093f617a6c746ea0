"""End to end: a /ws client sees the body follow a chat turn, and its state on hello."""

from __future__ import annotations

from typing import Any

import trio

from tests.support.servers import RunningServer
from tests.support.ws import receive_json, send_json, websocket


def ws_url(server: RunningServer) -> str:
    return server.webui.replace("http://", "ws://") + "/ws"


async def test_the_session_frame_carries_the_animation_state(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with websocket(ws_url(server)) as ws:
            await send_json(ws, {"type": "hello"})
            session = await receive_json(ws)
    animation = session["state"]["animation"]
    assert animation["state"] == "idle" and animation["animation"] == "breathing"
    assert isinstance(animation["animation_id"], int) and animation["contexts"] == []


async def test_a_chat_turn_moves_the_body_think_write_idle_and_shows_its_emotion(
    server: RunningServer,
) -> None:
    animations: list[dict[str, Any]] = []
    emotions: list[dict[str, Any]] = []
    with trio.fail_after(10):
        async with websocket(ws_url(server)) as ws:
            await send_json(ws, {"type": "hello"})
            await receive_json(ws)  # session
            await receive_json(ws)  # history
            await send_json(ws, {"type": "chat", "text": "[happy] hello there"})
            reply: dict[str, Any] | None = None
            while (
                reply is None or not emotions or [a["state"] for a in animations][-1:] != ["idle"]
            ):
                frame = await receive_json(ws)
                if frame["type"] == "animation":
                    animations.append(frame)
                elif frame["type"] == "emotion" and frame["dominant"] == "happy":
                    emotions.append(frame)
                elif frame["type"] == "message" and frame["role"] == "assistant":
                    reply = frame
    assert [a["state"] for a in animations] == ["think", "write", "idle"]
    assert [a["descriptor"]["type"] for a in animations] == ["think", "write", "idle"]
    ids = [a["animation_id"] for a in animations]
    assert ids == sorted(set(ids))
    assert animations[0]["source"] == "webui" and animations[0]["contexts"][0]["state"] == "think"
    assert animations[-1]["contexts"] == []
    assert emotions[0]["values"]["happy"] > 0.5
    assert reply["text"].strip() == "hello there" and reply["emotion"] == "happy"
