"""EmotionState on the mock clock (it needs no Store), and its routes on a real server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import trio
import trio.testing

from synth.actors.config import LiveSettings
from synth.actors.emotion_state import EmotionState, GetEmotion, SetEmotion, dominant
from synth.config import load_settings
from synth.runtime.actor import ActorRef
from synth.runtime.event_bus import EventBus, Subscription
from synth.runtime.supervisor import ChildSpec, Supervisor
from tests.support.servers import RunningServer
from tests.support.ws import receive_json, send_json, websocket


@pytest.fixture
async def emotion(nursery: trio.Nursery) -> AsyncIterator[tuple[ActorRef, EventBus, LiveSettings]]:
    live = LiveSettings(load_settings(file_values={}, env={}, persisted={}))
    bus = EventBus()
    supervisor = Supervisor()
    ref = supervisor.add(ChildSpec("emotion", lambda: EmotionState(live, bus)))
    await nursery.start(supervisor.run)
    yield ref, bus, live
    await supervisor.stop()


def drain(sub: Subscription) -> list[Any]:
    events = []
    while True:
        try:
            events.append(sub._receive.receive_nowait().data)
        except trio.WouldBlock:
            return events


async def test_it_starts_neutral(emotion: tuple[ActorRef, EventBus, LiveSettings]) -> None:
    state = await emotion[0].ask(GetEmotion())
    assert state["values"]["neutral"] == 1
    assert state["dominant"] == "neutral"
    assert set(state["values"]) == {"neutral", "happy", "angry", "sad", "relaxed", "surprised"}


async def test_values_halve_every_half_life(
    emotion: tuple[ActorRef, EventBus, LiveSettings], autojump_clock: trio.testing.MockClock
) -> None:
    ref, _, live = emotion
    half_life = float(str(live.get("emotion.half_life_s")))
    state = await ref.ask(SetEmotion({"happy": 0.8}))
    assert state["values"]["happy"] == 0.8
    assert state["values"]["neutral"] == pytest.approx(0.2)
    assert state["dominant"] == "happy"
    await trio.sleep(half_life)
    state = await ref.ask(GetEmotion())
    assert state["values"]["happy"] == pytest.approx(0.4, abs=1e-3)
    assert state["values"]["neutral"] == pytest.approx(0.6, abs=1e-3)
    await trio.sleep(half_life * 10)
    state = await ref.ask(GetEmotion())
    assert state["dominant"] == "neutral"


async def test_chat_tags_set_values(emotion: tuple[ActorRef, EventBus, LiveSettings]) -> None:
    ref, bus, _ = emotion
    bus.publish("emotion_tag", {"name": "sad", "value": 0.6, "session_id": "s"})
    bus.publish("emotion_tag", {"name": "surprised", "value": None, "session_id": "s"})
    await trio.testing.wait_all_tasks_blocked()
    values = (await ref.ask(GetEmotion()))["values"]
    assert values["sad"] == pytest.approx(0.6, abs=1e-3)
    assert values["surprised"] == pytest.approx(1.0, abs=1e-3)


async def test_events_are_rate_limited_and_coalesced(
    emotion: tuple[ActorRef, EventBus, LiveSettings], autojump_clock: trio.testing.MockClock
) -> None:
    ref, bus, live = emotion
    rate = int(str(live.get("emotion.max_events_per_s")))
    with bus.subscribe(["emotion"]) as sub:
        for step in range(100):
            await ref.ask(SetEmotion({"happy": step / 100}))
            await trio.sleep(0.001)
        await trio.sleep(0.5)
        events = drain(sub)
    # 100 changes over ~0.1 s + 0.5 s of decay: at most rate events a second.
    assert 1 <= len(events) <= rate * 0.7 + 1
    assert events[-1]["values"]["happy"] < 1


def test_dominant_prefers_neutral_on_ties() -> None:
    values = {"neutral": 0.5, "happy": 0.5, "angry": 0, "sad": 0, "relaxed": 0, "surprised": 0}
    assert dominant(values) == "neutral"


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"values": {"joy": 0.5}}, "unknown_emotion"),
        ({"values": {"happy": "lots"}}, "invalid_value"),
        ({"values": {"happy": True}}, "invalid_value"),
        ({"values": {"happy": 1.5}}, "invalid_value"),
        ({"values": {"happy": -0.1}}, "invalid_value"),
        ({"values": {}}, "invalid_field"),
        ({"values": [0.5]}, "invalid_field"),
        ({}, "missing_field"),
    ],
)
async def test_bad_emotion_posts_are_400(
    server: RunningServer, body: dict[str, Any], code: str
) -> None:
    async with server.client() as client:
        response = await client.post("/api/emotion_state", json=body)
    assert response.status_code == 400
    assert response.json()["code"] == code


async def test_a_posted_emotion_reaches_websocket_clients(server: RunningServer) -> None:
    url = server.webui.replace("http://", "ws://") + "/ws"
    with trio.fail_after(10):
        async with websocket(url) as ws:
            await send_json(ws, {"type": "hello"})
            session = await receive_json(ws)
            assert session["state"]["emotion"]["dominant"] == "neutral"
            await receive_json(ws)
            async with httpx.AsyncClient(base_url=server.webui) as client:
                response = await client.post(
                    "/api/emotion_state", json={"values": {"angry": 0.9}, "source": "test"}
                )
            assert response.status_code == 200
            assert response.json()["dominant"] == "angry"
            while True:
                frame = await receive_json(ws)
                if frame["type"] == "emotion" and frame["dominant"] == "angry":
                    break
            assert frame["values"]["angry"] == pytest.approx(0.9, abs=0.01)
