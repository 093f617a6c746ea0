"""The animation state machine, alone and inside KaradaState, on the mock clock (no Store)."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import trio
import trio.testing

from synth.actors.config import LiveSettings
from synth.actors.karada_state import CATALOG_TTL_S as KARADA_TTL
from synth.actors.karada_state import GetAnimation, KaradaState, SetAnimation
from synth.config import load_settings
from synth.errors import BadRequest
from synth.karada.animation_state import AnimationMachine
from synth.runtime.actor import ActorRef
from synth.runtime.event_bus import EventBus, Subscription
from synth.runtime.supervisor import ChildSpec, Supervisor

TTL = 120.0
FILES = [{"name": n, "loop": True} for n in ("a", "b", "c", "d", "e", "f")]


def machine(seed: int = 7, clock: Callable[[], int] = lambda: 1000) -> AnimationMachine:
    m = AnimationMachine(random.Random(seed), clock)
    m.start(FILES, "start")
    return m


def ask(m: AnimationMachine, state: str, context_id: str | None = None, now: float = 0.0) -> bool:
    due = m.request(
        state, context_id=context_id, loop=None, source="test", session_id=None, now=now, ttl=TTL
    )
    if due:
        m.start(FILES, "test")
    return due


def test_a_context_holds_its_state_until_released() -> None:
    m = machine()
    assert ask(m, "think", "turn-1")
    assert m.state == "think"
    assert [c["context_id"] for c in m.snapshot(0)["contexts"]] == ["turn-1"]
    assert ask(m, "idle", "turn-1")
    assert m.state == "idle"
    assert m.snapshot(0)["contexts"] == []


def test_a_context_replaces_its_own_state() -> None:
    m = machine()
    ask(m, "think", "turn-1")
    assert ask(m, "write", "turn-1")
    assert m.state == "write"
    assert len(m.snapshot(0)["contexts"]) == 1


def test_the_newest_live_context_wins() -> None:
    m = machine()
    ask(m, "think", "a")
    ask(m, "talk", "b")
    assert m.state == "talk"
    assert ask(m, "write", "a")
    assert m.state == "write"  # "a" asked last, so it is the newest now
    ask(m, "idle", "a")
    assert m.state == "talk"  # back to the next newest, "b"
    ask(m, "idle", "b")
    assert m.state == "idle"


def test_a_hidden_change_starts_no_new_animation() -> None:
    m = machine()
    ask(m, "think", "a")
    ask(m, "talk", "b")
    before = m.animation_id
    assert not ask(m, "idle", "a")  # releasing a context that is not shown
    assert not ask(m, "write")  # the base is hidden behind "b"
    assert m.animation_id == before
    assert ask(m, "idle", "b")
    assert m.state == "write"  # the base set meanwhile shows once no context is left


def test_asking_again_for_the_shown_state_restarts_it() -> None:
    m = machine()
    ask(m, "think", "a")
    first = m.animation_id
    assert ask(m, "think", "a")
    assert m.animation_id > first


def test_contexts_expire_after_their_ttl() -> None:
    m = machine()
    ask(m, "think", "a", now=0)
    ask(m, "write", "b", now=10)
    assert m.next_expiry() == TTL
    assert not m.expire(TTL - 0.001)
    assert not m.expire(TTL)  # "a" goes, but "b" is newer: still write, so nothing is due
    assert m.state == "write" and [c["context_id"] for c in m.snapshot(TTL)["contexts"]] == ["b"]
    assert m.expire(TTL + 10)
    m.start(FILES, "expiry")
    assert m.state == "idle" and m.snapshot(TTL + 10)["source"] == "expiry"


def test_a_request_refreshes_its_context_ttl() -> None:
    m = machine()
    ask(m, "think", "a", now=0)
    ask(m, "think", "a", now=100)
    assert not m.expire(TTL)
    assert m.next_expiry() == 100 + TTL


def test_animation_id_grows_past_the_wall_clock() -> None:
    wall = [5000]
    m = machine(clock=lambda: wall[0])
    ids = [m.animation_id]
    for n in range(5):
        ask(m, "think" if n % 2 else "write", "a")
        ids.append(m.animation_id)
    assert ids == sorted(set(ids)) and ids[0] == 5000
    wall[0] = 1  # a clock stepping back cannot make it fall
    ask(m, "talk", "a")
    assert m.animation_id == ids[-1] + 1
    wall[0] = 99_000  # a restart later starts from the clock, above every earlier id
    assert machine(clock=lambda: wall[0]).animation_id == 99_000


def test_the_choice_among_files_follows_the_seed() -> None:
    def picks(seed: int) -> list[str]:
        m = machine(seed)
        names = []
        for _ in range(12):
            ask(m, "idle")
            assert m.descriptor is not None
            names.append(m.descriptor["name"])
        return names

    assert picks(1) == picks(1)
    assert picks(1) != picks(2)
    assert len(set(picks(3))) > 1


def test_loop_comes_from_the_request_then_the_file_then_the_type() -> None:
    m = machine()
    m.request("dance", context_id=None, loop=None, source="t", session_id=None, now=0, ttl=TTL)
    m.start([], "t")
    assert m.loop is False and m.descriptor is None  # no file, and dance is no held state
    m.request("dance", context_id=None, loop=True, source="t", session_id=None, now=0, ttl=TTL)
    m.start([{"name": "x", "loop": False}], "t")
    assert m.loop is True
    m.request("talk", context_id=None, loop=None, source="t", session_id=None, now=0, ttl=TTL)
    m.start([{"name": "x", "loop": False}], "t")
    assert m.loop is False


@dataclass
class Karada:
    ref: ActorRef
    bus: EventBus
    events: Subscription


async def inline(fn: Callable[..., Any], *args: Any) -> Any:
    """Run the actor's file-system work in the loop: no thread for the mock clock to leap."""
    return fn(*args)


@pytest.fixture
async def karada(nursery: trio.Nursery, tmp_path: Path) -> AsyncIterator[Karada]:
    live = LiveSettings(load_settings(file_values={}, env={}, persisted={}))
    bus = EventBus()
    events = bus.subscribe(["animation"], buffer=64)
    supervisor = Supervisor()
    ref = supervisor.add(
        ChildSpec(
            "karada",
            lambda: KaradaState(live, bus, tmp_path, rng=random.Random(3), run_blocking=inline),
        )
    )
    await nursery.start(supervisor.run)
    assert (await events.receive()).data["source"] == "start"
    yield Karada(ref, bus, events)
    await supervisor.stop()


async def test_a_context_expires_on_the_clock(
    karada: Karada, autojump_clock: trio.testing.MockClock
) -> None:
    started = trio.current_time()
    state = await karada.ref.ask(SetAnimation("think", context_id="c1"))
    assert state["state"] == "think"
    assert (await karada.events.receive()).data["state"] == "think"
    expired = (await karada.events.receive()).data
    assert expired["state"] == "idle" and expired["source"] == "expiry"
    assert trio.current_time() - started == pytest.approx(TTL)
    assert (await karada.ref.ask(GetAnimation()))["contexts"] == []


async def test_chat_cues_hold_and_release_a_context(karada: Karada) -> None:
    for state in ("think", "write", "idle"):
        karada.bus.publish(
            "animation_cue",
            {"state": state, "context_id": "msg_1", "session_id": "s", "source": "webui"},
        )
    seen = [(await karada.events.receive()).data for _ in range(3)]
    assert [e["state"] for e in seen] == ["think", "write", "idle"]
    assert [e["source"] for e in seen] == ["webui"] * 3
    assert seen[0]["contexts"][0]["session_id"] == "s"
    ids = [e["animation_id"] for e in seen]
    assert ids == sorted(set(ids))
    assert seen[2]["contexts"] == []


async def test_every_animation_event_has_the_documented_fields(karada: Karada) -> None:
    await karada.ref.ask(SetAnimation("talk", source="tester"))
    event = (await karada.events.receive()).data
    assert set(event) == {
        "state",
        "animation",
        "descriptor",
        "animation_id",
        "loop",
        "contexts",
        "source",
    }
    assert event["state"] == "talk" and event["source"] == "tester"
    assert event["animation"] == event["descriptor"]["name"] == "nodding"


async def test_an_unknown_state_is_refused(karada: Karada) -> None:
    with pytest.raises(BadRequest) as info:
        await karada.ref.ask(SetAnimation("dance"))
    assert info.value.code == "unknown_state"


async def test_chat_cues_read_the_disk_once_until_the_files_may_have_changed(
    nursery: trio.Nursery, tmp_path: Path, autojump_clock: trio.testing.MockClock
) -> None:
    live = LiveSettings(load_settings(file_values={}, env={}, persisted={}))
    bus = EventBus()
    events = bus.subscribe(["animation"], buffer=64)
    reads: list[str] = []

    async def counting(fn: Callable[..., Any], *args: Any) -> Any:
        reads.append(getattr(fn, "__name__", "?"))
        return fn(*args)

    supervisor = Supervisor()
    supervisor.add(
        ChildSpec(
            "karada",
            lambda: KaradaState(live, bus, tmp_path, rng=random.Random(3), run_blocking=counting),
        )
    )
    await nursery.start(supervisor.run)
    await events.receive()  # the start

    async def turn(context_id: str) -> None:
        for state in ("think", "write", "idle"):
            bus.publish("animation_cue", {"state": state, "context_id": context_id})
            assert (await events.receive()).data["state"] == state

    await turn("msg_1")
    after_first = len(reads)
    await turn("msg_2")
    assert len(reads) == after_first, "a second turn read the disk again"
    await trio.sleep(KARADA_TTL + 1)  # someone may have changed the files by hand
    await turn("msg_3")
    assert len(reads) > after_first
    await supervisor.stop()
