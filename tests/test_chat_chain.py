"""ChatChain driven directly: real Store, Config and CortexManager actors on a temp database."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio
import trio.testing

from synth.actors.chat_chain import ChatChain, PromptOverride
from synth.actors.chat_turn import ChatTurn, TurnDelta, TurnDone, TurnStarted
from synth.actors.config import ConfigActor, LiveSettings
from synth.actors.cortex_manager import CortexManager
from synth.actors.store import Run, Store
from synth.config import load_settings
from synth.cortex.base import ChatMessage, Delta, Engine, LoginResult
from synth.cortex.registry import build_engines
from synth.errors import TooLarge, UpstreamError
from synth.runtime.actor import ActorRef
from synth.runtime.event_bus import EventBus
from synth.runtime.supervisor import ChildSpec, Supervisor
from tests.support.waiting import eventually


class ScriptedEngine:
    """An engine whose reply and pacing a test decides; records the prompts it saw."""

    name = "scripted"
    label = "Scripted"
    description = "test engine"
    dev = False
    needs_login = False

    def __init__(self) -> None:
        self.prompts: list[list[ChatMessage]] = []
        self.deltas: list[str] = ["Hello ", "there"]
        self.delay = 0.0
        self.fail_after_deltas: int | None = None
        self.cancelled = False

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncIterator[str]:
        self.prompts.append(list(messages))
        try:
            for index, delta in enumerate(self.deltas):
                if self.fail_after_deltas is not None and index == self.fail_after_deltas:
                    raise UpstreamError("upstream cut the stream")
                await trio.sleep(self.delay)
                yield delta
        except trio.Cancelled:
            self.cancelled = True
            raise

    async def models(self) -> list[str]:
        return []

    async def login(self) -> LoginResult:
        return LoginResult("not_required", "nothing to log into")

    def readiness(self) -> str | None:
        return None


@dataclass
class Chain:
    chat: ActorRef
    store: ActorRef
    bus: EventBus
    engine: ScriptedEngine
    live: LiveSettings
    db: Path


@pytest.fixture
async def chain(tmp_path: Path, nursery: trio.Nursery) -> AsyncIterator[Chain]:
    live = LiveSettings(load_settings(file_values={}, env={}, persisted={}))
    live.settings = live.settings.with_persisted("cortex.active", "scripted")
    bus = EventBus()
    engine = ScriptedEngine()
    async with httpx.AsyncClient() as client:
        engines: dict[str, Engine] = {**build_engines(live.get, client), "scripted": engine}
        supervisor = Supervisor()
        store = supervisor.add(ChildSpec("store", lambda: Store(tmp_path / "synth.db")))
        config = supervisor.add(
            ChildSpec("config", lambda: ConfigActor(live, store, bus, tmp_path / "files"))
        )
        cortex = supervisor.add(
            ChildSpec("cortex", lambda: CortexManager(engines, live, config, bus))
        )
        chat = supervisor.add(
            ChildSpec("chat", lambda: ChatChain(store, cortex, live, bus, tmp_path / "files"))
        )
        await nursery.start(supervisor.run)
        yield Chain(chat, store, bus, engine, live, tmp_path / "synth.db")
        await supervisor.stop()


async def run_turn(chain: Chain, turn: ChatTurn) -> list[Any]:
    items: list[Any] = []
    async with await chain.chat.ask_stream(turn) as stream:
        async for item in stream:
            items.append(item)
    return items


def rows(db: Path, sql: str, *args: object) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


async def test_a_turn_streams_deltas_and_records_both_messages(chain: Chain) -> None:
    items = await run_turn(chain, ChatTurn("s1", "webui", "hi"))
    assert isinstance(items[0], TurnStarted)
    # Deltas already waiting when one is sent go out joined with it: only the text is fixed.
    assert "".join(i.text for i in items if isinstance(i, TurnDelta)) == "Hello there"
    done = items[-1]
    assert isinstance(done, TurnDone)
    assert done.assistant["text"] == "Hello there"
    assert done.assistant["id"] == items[0].assistant_id
    recorded = rows(chain.db, "SELECT role, text, seq, status FROM messages ORDER BY seq")
    assert [tuple(r) for r in recorded] == [
        ("user", "hi", 1, "complete"),
        ("assistant", "Hello there", 2, "complete"),
    ]


async def test_eval_count_counts_the_upstream_tokens_a_delta_joins(chain: Chain) -> None:
    chain.engine.deltas = [Delta("Hello", 1), Delta(" there, you", 3), "!"]
    items = await run_turn(chain, ChatTurn("s1", "webui", "hi"))
    done = items[-1]
    assert isinstance(done, TurnDone)
    assert done.assistant["text"] == "Hello there, you!"
    assert done.eval_count == 5


async def test_deltas_an_engine_yields_at_once_reach_the_turn_together(
    chain: Chain, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def all_at_once(
        messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncIterator[str]:
        for delta in "abcdefghij":
            yield delta  # no checkpoint between: as the deltas of one upstream read

    monkeypatch.setattr(chain.engine, "stream", all_at_once)
    with trio.fail_after(10):
        items = await run_turn(chain, ChatTurn("s1", "webui", "hi"))
    texts = [i.text for i in items if isinstance(i, TurnDelta)]
    assert "".join(texts) == "abcdefghij"
    assert len(texts) <= 5
    done = items[-1]
    assert isinstance(done, TurnDone)
    assert done.eval_count == 10


async def test_emotion_tags_split_across_chunks_are_stripped_and_published(chain: Chain) -> None:
    chain.engine.deltas = ["I am [hap", "py] and [sad:0", ".6] fine"]
    with chain.bus.subscribe(["emotion_tag"]) as tags:
        items = await run_turn(chain, ChatTurn("s1", "webui", "hi"))
        published: list[dict[str, Any]] = []
        while True:
            try:
                published.append(tags._receive.receive_nowait().data)
            except trio.WouldBlock:
                break
    done = items[-1]
    assert done.assistant["text"] == "I am  and  fine"
    assert [(p["name"], p["value"], p["offset"]) for p in published] == [
        ("happy", None, 5),
        ("sad", 0.6, 10),
    ]


async def test_animation_cues_go_think_write_idle(chain: Chain) -> None:
    with chain.bus.subscribe(["animation_cue"]) as cues:
        items = await run_turn(chain, ChatTurn("s1", "webui", "hi"))
        states = []
        while True:
            try:
                states.append(cues._receive.receive_nowait().data)
            except trio.WouldBlock:
                break
    assert [s["state"] for s in states] == ["think", "write", "idle"]
    assert {s["context_id"] for s in states} == {items[0].assistant_id}


async def test_prompt_has_persona_history_and_override(chain: Chain) -> None:
    chain.live.settings = chain.live.settings.with_persisted("persona.name", "Aiko")
    await run_turn(chain, ChatTurn("s1", "webui", "first"))

    def set_meta(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE sessions SET meta = ? WHERE session_id = 's1'",
            ('{"prompt_override": "Speak like a pirate."}',),
        )

    await chain.store.ask(Run(set_meta))
    await run_turn(chain, ChatTurn("s1", "webui", "second"))
    prompt = chain.engine.prompts[-1]
    assert prompt[0].role == "system"
    assert "Aiko" in prompt[0].content
    assert "Speak like a pirate." in prompt[0].content
    assert [(m.role, m.content) for m in prompt[1:]] == [
        ("user", "first"),
        ("assistant", "Hello there"),
        ("user", "second"),
    ]
    override = await chain.chat.ask(PromptOverride("s1"))
    assert override["override"] == "Speak like a pirate."
    assert override["persona"] == "Aiko"
    assert override["hints"]


async def test_context_messages_limits_the_history(chain: Chain) -> None:
    chain.live.settings = chain.live.settings.with_persisted("chat.context_messages", 2)
    for text in ("one", "two", "three"):
        await run_turn(chain, ChatTurn("s1", "webui", text))
    prompt = chain.engine.prompts[-1]
    assert [m.content for m in prompt[1:]] == ["two", "Hello there", "three"]


async def test_a_client_context_replaces_stored_history(chain: Chain) -> None:
    await run_turn(chain, ChatTurn("s1", "webui", "stored"))
    context = (ChatMessage("user", "a"), ChatMessage("assistant", "b"), ChatMessage("user", "c"))
    await run_turn(chain, ChatTurn("s1", "ollama", "c", context=context))
    assert [m.content for m in chain.engine.prompts[-1][1:]] == ["a", "b", "c"]


async def test_a_prompt_over_the_limit_is_refused_before_anything_is_written(chain: Chain) -> None:
    chain.live.settings = chain.live.settings.with_persisted("limits.prompt_chars", 1000)
    with pytest.raises(TooLarge):
        await run_turn(chain, ChatTurn("s1", "webui", "x" * 2000))
    assert rows(chain.db, "SELECT * FROM messages") == []


# These run on the real clock: the Store works in a thread, and an autojumping MockClock
# would leap over every timeout while a thread is busy.
async def test_closing_the_stream_cancels_the_engine_and_records_interrupted(chain: Chain) -> None:
    chain.engine.delay = 0.2
    async with await chain.chat.ask_stream(ChatTurn("s1", "ollama", "hi")) as stream:
        await stream.receive()  # TurnStarted
        await stream.receive()  # first delta
    await eventually(lambda: len(rows(chain.db, "SELECT * FROM messages")) == 2)
    assert chain.engine.cancelled
    recorded = rows(chain.db, "SELECT role, text, status FROM messages ORDER BY seq")
    assert [tuple(r) for r in recorded] == [
        ("user", "hi", "complete"),
        ("assistant", "Hello ", "interrupted"),
    ]


async def test_an_upstream_failure_mid_stream_is_never_recorded_complete(chain: Chain) -> None:
    chain.engine.fail_after_deltas = 1
    with pytest.raises(UpstreamError):
        await run_turn(chain, ChatTurn("s1", "ollama", "hi"))
    statuses = rows(chain.db, "SELECT status FROM messages WHERE role = 'assistant'")
    assert [r["status"] for r in statuses] == ["interrupted"]


async def test_turns_of_one_session_run_in_order_and_sessions_run_concurrently(
    chain: Chain,
) -> None:
    chain.engine.delay = 0.1
    finished: list[str] = []

    async def turn(session: str, text: str) -> None:
        await run_turn(chain, ChatTurn(session, "webui", text))
        finished.append(text)

    with trio.fail_after(10):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(turn, "a", "a1")
            await trio.sleep(0.05)
            nursery.start_soon(turn, "a", "a2")
            nursery.start_soon(turn, "b", "b1")
    # b1 started with a2 but did not wait for session a: it overtakes a2.
    assert finished.index("a1") < finished.index("a2")
    assert finished.index("b1") < finished.index("a2")
    seqs = rows(
        chain.db, "SELECT text FROM messages WHERE session_id = 'a' AND role = 'user' ORDER BY seq"
    )
    assert [r["text"] for r in seqs] == ["a1", "a2"]
