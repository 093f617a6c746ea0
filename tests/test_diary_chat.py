"""Diary notes written inline in a reply: stored by the Diary, and back in the next prompt."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from synth.actors.chat_chain import ChatChain
from synth.actors.chat_turn import ChatTurn, TurnDone
from synth.actors.config import ConfigActor, LiveSettings
from synth.actors.cortex_manager import CortexManager
from synth.actors.diary import AddEntry, ArchiveEntries, Diary, DiaryPage, RecentNotes
from synth.actors.pagination import PageRequest
from synth.actors.prompt_builder import DIARY_HEADING
from synth.actors.store import Store
from synth.config import load_settings
from synth.cortex.base import ChatMessage, Engine
from synth.cortex.echo import EchoEngine
from synth.cortex.registry import build_engines
from synth.runtime.actor import ActorRef
from synth.runtime.event_bus import EventBus
from synth.runtime.supervisor import ChildSpec, Supervisor
from tests.support.history import say, until
from tests.support.servers import RunningServer

NOTE_TURN = "[diary: remember the blue kite] hello"


class RecordingEcho(EchoEngine):
    """The echo engine, keeping every prompt it was given."""

    name = "recording"

    def __init__(self) -> None:
        self.prompts: list[list[ChatMessage]] = []

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncGenerator[str, None]:
        self.prompts.append(list(messages))
        async for word in super().stream(messages, options):
            yield word


@dataclass
class Chain:
    chat: ActorRef
    diary: ActorRef
    engine: RecordingEcho

    @property
    def system_prompt(self) -> str:
        return self.engine.prompts[-1][0].content


@pytest.fixture
async def chain(tmp_path: Path, nursery: trio.Nursery) -> AsyncIterator[Chain]:
    live = LiveSettings(load_settings(file_values={}, env={}, persisted={}))
    live.settings = live.settings.with_persisted("cortex.active", "recording")
    bus = EventBus()
    engine = RecordingEcho()
    files = tmp_path / "files"
    async with httpx.AsyncClient() as client:
        engines: dict[str, Engine] = {**build_engines(live.get, client), "recording": engine}
        supervisor = Supervisor()
        store = supervisor.add(ChildSpec("store", lambda: Store(tmp_path / "synth.db")))
        config = supervisor.add(ChildSpec("config", lambda: ConfigActor(live, store, bus, files)))
        cortex = supervisor.add(
            ChildSpec("cortex", lambda: CortexManager(engines, live, config, bus))
        )
        diary = supervisor.add(ChildSpec("diary", lambda: Diary(store, bus, live)))
        chat = supervisor.add(
            ChildSpec("chat", lambda: ChatChain(store, cortex, live, bus, files, diary))
        )
        await nursery.start(supervisor.run)
        yield Chain(chat, diary, engine)
        await supervisor.stop()


async def run_turn(chat: ActorRef, text: str) -> dict[str, Any]:
    done: TurnDone | None = None
    async with await chat.ask_stream(ChatTurn("s1", "webui", text)) as stream:
        async for item in stream:
            if isinstance(item, TurnDone):
                done = item
    assert done is not None
    return done.assistant


async def diary_items(diary: ActorRef) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = (await diary.ask(DiaryPage(PageRequest(50))))["items"]
    return items


async def test_a_diary_tag_becomes_an_entry_and_reaches_the_next_prompt(chain: Chain) -> None:
    with trio.fail_after(10):
        reply = await run_turn(chain.chat, NOTE_TURN)
        # The note travels over the EventBus: the Diary records it in the background.
        entries = await until(lambda: diary_items(chain.diary))
        await run_turn(chain.chat, "what do you remember?")
    assert reply["text"].strip() == "hello"
    assert [(e["text"], e["tags"]) for e in entries] == [("remember the blue kite", ["chat"])]
    assert DIARY_HEADING not in chain.engine.prompts[0][0].content
    assert f"{DIARY_HEADING}\n- remember the blue kite" in chain.system_prompt


async def test_only_the_newest_five_notes_reach_the_prompt_oldest_first(chain: Chain) -> None:
    with trio.fail_after(10):
        for n in range(7):
            await chain.diary.ask(AddEntry(f"note {n}"))
        await run_turn(chain.chat, "hi")
    listed = chain.system_prompt.split(DIARY_HEADING + "\n")[1].splitlines()
    assert listed[:5] == [f"- note {n}" for n in range(2, 7)]


async def test_archived_notes_stay_out_of_the_prompt(chain: Chain) -> None:
    with trio.fail_after(10):
        secret = await chain.diary.ask(AddEntry("a secret"))
        await chain.diary.ask(AddEntry("an open note"))
        await chain.diary.ask(ArchiveEntries((secret["id"],)))
        notes = await chain.diary.ask(RecentNotes())
        await run_turn(chain.chat, "hi")
    assert notes == ["an open note"]
    assert "a secret" not in chain.system_prompt
    assert "- an open note" in chain.system_prompt


async def test_a_diary_tag_over_the_whole_runtime_is_stripped_and_kept(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        reply = await say(server, NOTE_TURN)
        async with server.client() as client:

            async def diary() -> Any:
                return (await client.get("/api/history/diary")).json()["items"]

            items = await until(diary)
            chat = (await client.get("/api/history/chat")).json()["items"]
    assert reply["text"].strip() == "hello"
    assert "[diary" not in chat[0]["text"]
    assert [(e["text"], e["tags"], e["archived"]) for e in items] == [
        ("remember the blue kite", ["chat"], False)
    ]
