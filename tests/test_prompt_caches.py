"""What a prompt needs is kept in memory by the actors that write it (the Diary its recent
notes, ChatHistory the session metas), and the prompt builder reads that memory directly, so a
turn needs no round trip to them or to the store; and a successful write is never followed by
what it replaced."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from synth.actors import chat_history, diary
from synth.actors.chat_chain import ChatChain
from synth.actors.chat_history import ChatHistory, GetSessionMeta, MergeSessionMeta, MetaMemory
from synth.actors.chat_turn import ChatTurn, TurnDone
from synth.actors.config import ConfigActor, LiveSettings
from synth.actors.cortex_manager import CortexManager
from synth.actors.diary import (
    AddEntry,
    ArchiveEntries,
    Diary,
    NotesMemory,
    RecentNotes,
    UnarchiveEntries,
)
from synth.actors.store import Run, Store
from synth.config import load_settings
from synth.cortex.base import ChatMessage, Engine
from synth.cortex.echo import EchoEngine
from synth.cortex.registry import build_engines
from synth.errors import TooLarge
from synth.runtime.actor import ActorRef
from synth.runtime.event_bus import EventBus
from synth.runtime.supervisor import ChildSpec, Supervisor
from tests.support.history import until


class RecordingEcho(EchoEngine):
    """The echo engine, keeping every prompt it was given."""

    name = "recording"

    def __init__(self) -> None:
        self.prompts: list[list[ChatMessage]] = []

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncIterator[str]:
        self.prompts.append(list(messages))
        async for word in super().stream(messages, options):
            yield word


class CountingStore:
    """The store's ref, counting what is asked of it and holding chosen reads back."""

    def __init__(self, store: ActorRef) -> None:
        self.store = store
        self.asked: list[Run[Any]] = []
        self.hold_reads: trio.Event | None = None
        self.read_done = trio.Event()

    async def ask(self, msg: Any, timeout: float | None = None) -> Any:  # noqa: ASYNC109
        self.asked.append(msg)
        result = await self.store.ask(msg, timeout)
        if isinstance(msg, Run) and not msg.write and self.hold_reads is not None:
            self.read_done.set()
            await self.hold_reads.wait()
        return result


class CountingAsks:
    """An actor's ref, counting the messages asked of it."""

    def __init__(self, ref: ActorRef) -> None:
        self.ref = ref
        self.asked: list[object] = []

    async def ask(self, msg: Any, timeout: float | None = None) -> Any:  # noqa: ASYNC109
        self.asked.append(msg)
        return await self.ref.ask(msg, timeout)


class Crash:
    """A message no actor understands: handling it crashes the actor, which restarts."""


@dataclass
class Actors:
    bus: EventBus
    store: ActorRef
    counting: CountingStore
    diary: ActorRef
    history: ActorRef
    chat: ActorRef
    engine: RecordingEcho
    notes: NotesMemory
    metas: MetaMemory
    asked_of_diary: list[object]
    asked_of_history: list[object]


@pytest.fixture
async def actors(tmp_path: Path, nursery: trio.Nursery) -> AsyncIterator[Actors]:
    live = LiveSettings(load_settings(file_values={}, env={}, persisted={}))
    live.settings = live.settings.with_persisted("cortex.active", "recording")
    bus = EventBus()
    engine = RecordingEcho()
    files = tmp_path / "files"
    async with httpx.AsyncClient() as client:
        engines: dict[str, Engine] = {**build_engines(live.get, client), "recording": engine}
        supervisor = Supervisor()
        store = supervisor.add(ChildSpec("store", lambda: Store(tmp_path / "synth.db")))
        counting = CountingStore(store)
        config = supervisor.add(ChildSpec("config", lambda: ConfigActor(live, store, bus, files)))
        cortex = supervisor.add(
            ChildSpec("cortex", lambda: CortexManager(engines, live, config, bus))
        )
        memory = NotesMemory(), MetaMemory()
        notes = supervisor.add(ChildSpec("diary", lambda: Diary(counting, bus, live, memory[0])))  # type: ignore[arg-type]
        history = supervisor.add(
            ChildSpec("history", lambda: ChatHistory(counting, bus, memory[1]))  # type: ignore[arg-type]
        )
        diary_asks, history_asks = CountingAsks(notes), CountingAsks(history)
        chat = supervisor.add(
            ChildSpec(
                "chat",
                lambda: ChatChain(
                    counting,  # type: ignore[arg-type]
                    cortex,
                    live,
                    bus,
                    files,
                    diary_asks,  # type: ignore[arg-type]
                    history_asks,  # type: ignore[arg-type]
                    *memory,
                ),
            )
        )
        await nursery.start(supervisor.run)
        yield Actors(
            bus,
            store,
            counting,
            notes,
            history,
            chat,
            engine,
            *memory,
            diary_asks.asked,
            history_asks.asked,
        )
        await supervisor.stop()


async def behind_their_backs(actors: Actors, statement: str, *args: object) -> None:
    """A write the Diary and ChatHistory do not make (no running synth makes such writes)."""
    await actors.store.ask(Run(lambda conn: conn.execute(statement, args)))


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


async def ollama_turn(chat: ActorRef, text: str) -> TurnDone:
    done: TurnDone | None = None
    turn = ChatTurn("ollama:c1", "ollama", text, context=(ChatMessage("user", text),))
    async with await chat.ask_stream(turn) as stream:
        async for item in stream:
            if isinstance(item, TurnDone):
                done = item
    assert done is not None
    return done


async def test_recent_notes_are_remembered_until_the_diary_writes(actors: Actors) -> None:
    with trio.fail_after(10):
        await actors.diary.ask(AddEntry("one"))
        first = await actors.diary.ask(RecentNotes())
        await behind_their_backs(
            actors,
            "INSERT INTO diary_entries (created_at, text) VALUES (?, ?)",
            iso(datetime.now(UTC)),
            "two",
        )
        remembered = await actors.diary.ask(RecentNotes())
        await actors.diary.ask(AddEntry("three"))
        after_a_write = await actors.diary.ask(RecentNotes())
    assert first == remembered == ["one"]
    assert after_a_write == ["one", "two", "three"]


async def test_archiving_a_note_takes_it_out_of_the_remembered_notes(actors: Actors) -> None:
    with trio.fail_after(10):
        secret = await actors.diary.ask(AddEntry("a secret"))
        await actors.diary.ask(AddEntry("an open note"))
        before = await actors.diary.ask(RecentNotes())
        await actors.diary.ask(ArchiveEntries((secret["id"],)))
        after = await actors.diary.ask(RecentNotes())
    assert before == ["a secret", "an open note"]
    assert after == ["an open note"]


async def test_unarchiving_a_note_brings_it_back_into_the_remembered_notes(
    actors: Actors,
) -> None:
    with trio.fail_after(10):
        note = await actors.diary.ask(AddEntry("back again"))
        await actors.diary.ask(ArchiveEntries((note["id"],)))
        before = await actors.diary.ask(RecentNotes())
        await actors.diary.ask(UnarchiveEntries((note["id"],)))
        after = await actors.diary.ask(RecentNotes())
    assert before == []
    assert after == ["back again"]


async def test_a_note_from_a_reply_replaces_the_remembered_notes(actors: Actors) -> None:
    with trio.fail_after(10):
        before = await actors.diary.ask(RecentNotes())
        await ollama_turn(actors.chat, "[diary: the kite is blue] hello")

        async def recent() -> Any:
            return await actors.diary.ask(RecentNotes())

        after = await until(recent)
    assert before == []
    assert after == ["the kite is blue"]


async def test_a_read_that_overlaps_a_write_is_not_remembered(actors: Actors) -> None:
    # The Diary writes notes from replies in the background, while it answers others.
    actors.counting.hold_reads = release = trio.Event()
    answers: list[list[str]] = []

    async def read() -> None:
        answers.append(await actors.diary.ask(RecentNotes()))

    async def written() -> Any:
        rows = await actors.store.ask(
            Run(lambda conn: conn.execute("SELECT text FROM diary_entries").fetchall(), False)
        )
        return rows

    with trio.fail_after(10):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(read)
            await actors.counting.read_done.wait()  # read before the write, answered after
            actors.counting.hold_reads = None
            actors.bus.publish("diary_note", {"note": "written meanwhile"})
            await until(written)
            release.set()
        after = await actors.diary.ask(RecentNotes())
    assert answers == [[]]
    assert after == ["written meanwhile"]


async def test_a_note_that_ages_out_leaves_the_remembered_notes(
    actors: Actors, monkeypatch: pytest.MonkeyPatch
) -> None:
    with trio.fail_after(10):
        await actors.diary.ask(AddEntry("soon old"))
        before = await actors.diary.ask(RecentNotes())
        later = iso(datetime.now(UTC) + timedelta(minutes=1))
        monkeypatch.setattr(diary, "_days_ago", lambda days: later)
        after = await actors.diary.ask(RecentNotes())
    assert before == ["soon old"]
    assert after == []


async def test_a_clock_set_back_reads_the_notes_again(
    actors: Actors, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = iso(datetime.now(UTC) - timedelta(days=20))
    with trio.fail_after(10):
        await behind_their_backs(
            actors, "INSERT INTO diary_entries (created_at, text) VALUES (?, ?)", old, "old"
        )
        before = await actors.diary.ask(RecentNotes())
        earlier = iso(datetime.now(UTC) - timedelta(days=30))
        monkeypatch.setattr(diary, "_days_ago", lambda days: earlier)
        after = await actors.diary.ask(RecentNotes())
    assert before == []
    assert after == ["old"]


async def test_session_meta_is_remembered_until_chat_history_merges(actors: Actors) -> None:
    with trio.fail_after(10):
        await actors.history.ask(MergeSessionMeta("s1", {"a": 1}))
        first = await actors.history.ask(GetSessionMeta("s1"))
        await behind_their_backs(
            actors, "UPDATE sessions SET meta = ? WHERE session_id = 's1'", '{"a": 1, "b": 2}'
        )
        remembered = await actors.history.ask(GetSessionMeta("s1"))
        merged = await actors.history.ask(MergeSessionMeta("s1", {"c": 3}))
        after = await actors.history.ask(GetSessionMeta("s1"))
    assert first["meta"] == remembered["meta"] == {"a": 1}
    assert merged["meta"] == after["meta"] == {"a": 1, "b": 2, "c": 3}


async def test_a_failed_merge_forgets_the_remembered_meta(actors: Actors) -> None:
    stored = {"b": "z" * 9000}
    with trio.fail_after(10):
        await actors.history.ask(MergeSessionMeta("s1", {"a": 1}))
        await behind_their_backs(
            actors, "UPDATE sessions SET meta = ? WHERE session_id = 's1'", json.dumps(stored)
        )
        with pytest.raises(TooLarge):  # grows past the limit only once merged
            await actors.history.ask(MergeSessionMeta("s1", {"c": "y" * 9000}))
        after = await actors.history.ask(GetSessionMeta("s1"))
    assert after["meta"] == stored


async def test_only_the_most_recently_used_metas_are_remembered(actors: Actors) -> None:
    sessions = [f"s{n}" for n in range(chat_history.KEPT_METAS + 1)]
    with trio.fail_after(30):
        for session in sessions:
            await actors.history.ask(GetSessionMeta(session))
        for session in (sessions[0], sessions[-1]):
            await behind_their_backs(
                actors,
                "INSERT INTO sessions (session_id, created_at, meta) VALUES (?, ?, ?)",
                session,
                iso(datetime.now(UTC)),
                json.dumps({"seen": True}),
            )
        recent = await actors.history.ask(GetSessionMeta(sessions[-1]))
        oldest = await actors.history.ask(GetSessionMeta(sessions[0]))
    assert oldest["meta"] == {"seen": True}
    assert recent["meta"] == {}


async def test_a_meta_handed_out_is_a_copy(actors: Actors) -> None:
    with trio.fail_after(10):
        await actors.history.ask(MergeSessionMeta("s1", {"tags": ["a"]}))
        first = await actors.history.ask(GetSessionMeta("s1"))
        first["meta"]["tags"].append("changed by a caller")
        second = await actors.history.ask(GetSessionMeta("s1"))
    assert second["meta"] == {"tags": ["a"]}


async def test_an_override_merged_through_chat_history_reaches_the_next_prompt(
    actors: Actors,
) -> None:
    with trio.fail_after(10):
        await ollama_turn(actors.chat, "hello")
        await actors.history.ask(
            MergeSessionMeta("ollama:c1", {"prompt_override": "Speak in rhymes."})
        )
        await ollama_turn(actors.chat, "hello again")
    assert "Speak in rhymes." not in actors.engine.prompts[0][0].content
    assert "Speak in rhymes." in actors.engine.prompts[1][0].content


async def test_a_turn_with_the_client_context_reads_nothing_from_the_store(
    actors: Actors,
) -> None:
    with trio.fail_after(10):
        await ollama_turn(actors.chat, "hello")  # the first turn reads what it needs once
        actors.counting.asked.clear()
        await ollama_turn(actors.chat, "hello again")
    assert [run.write for run in actors.counting.asked] == [True, True]  # the two messages


async def test_a_turn_reads_the_remembered_notes_and_meta_without_asking_their_actors(
    actors: Actors,
) -> None:
    with trio.fail_after(10):
        await actors.diary.ask(AddEntry("the kite is blue"))
        await actors.history.ask(MergeSessionMeta("ollama:c1", {"prompt_override": "Rhyme."}))
        await ollama_turn(actors.chat, "hello")  # the first turn asks for what it needs once
        actors.asked_of_diary.clear()
        actors.asked_of_history.clear()
        await ollama_turn(actors.chat, "hello again")
    assert actors.asked_of_diary == []
    assert actors.asked_of_history == []
    system = actors.engine.prompts[-1][0].content
    assert "the kite is blue" in system
    assert "Rhyme." in system


async def test_a_note_added_between_two_turns_reaches_the_second_prompt(actors: Actors) -> None:
    with trio.fail_after(10):
        await actors.diary.ask(AddEntry("first note"))
        await ollama_turn(actors.chat, "hello")
        await actors.diary.ask(AddEntry("second note"))
        await ollama_turn(actors.chat, "hello again")
    assert "second note" not in actors.engine.prompts[0][0].content
    assert "first note" in actors.engine.prompts[1][0].content
    assert "second note" in actors.engine.prompts[1][0].content


async def test_an_archived_note_leaves_the_next_prompt(actors: Actors) -> None:
    with trio.fail_after(10):
        secret = await actors.diary.ask(AddEntry("a secret"))
        await ollama_turn(actors.chat, "hello")
        await actors.diary.ask(ArchiveEntries((secret["id"],)))
        await ollama_turn(actors.chat, "hello again")
    assert "a secret" in actors.engine.prompts[0][0].content
    assert "a secret" not in actors.engine.prompts[1][0].content


async def test_an_override_removed_leaves_the_next_prompt(actors: Actors) -> None:
    with trio.fail_after(10):
        await actors.history.ask(MergeSessionMeta("ollama:c1", {"prompt_override": "Rhyme."}))
        await ollama_turn(actors.chat, "hello")
        await actors.history.ask(MergeSessionMeta("ollama:c1", {"prompt_override": None}))
        await ollama_turn(actors.chat, "hello again")
    assert "Rhyme." in actors.engine.prompts[0][0].content
    assert "Rhyme." not in actors.engine.prompts[1][0].content


async def test_a_restarted_diary_and_chat_history_forget_what_they_remembered(
    actors: Actors,
) -> None:
    with trio.fail_after(10):
        await actors.diary.ask(AddEntry("one"))
        await actors.history.ask(MergeSessionMeta("ollama:c1", {"prompt_override": "Rhyme."}))
        await ollama_turn(actors.chat, "hello")
        assert actors.notes.lookup(5, 14) == ["one"]
        assert actors.metas.lookup("ollama:c1") == {"prompt_override": "Rhyme."}
        # What a crashed incarnation kept may be older than what it wrote before it crashed.
        await behind_their_backs(
            actors,
            "INSERT INTO diary_entries (created_at, text) VALUES (?, ?)",
            iso(datetime.now(UTC)),
            "two",
        )
        await behind_their_backs(
            actors, "UPDATE sessions SET meta = '{}' WHERE session_id = 'ollama:c1'"
        )
        for ref in (actors.diary, actors.history):
            await ref.tell(Crash())

        async def restarted() -> bool:
            return actors.notes.lookup(5, 14) is None and actors.metas.lookup("ollama:c1") is None

        await until(restarted)
        await ollama_turn(actors.chat, "hello again")
    system = actors.engine.prompts[-1][0].content
    assert "- one\n- two" in system
    assert "Rhyme." not in system
