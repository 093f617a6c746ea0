"""What the engine is told for a turn: the persona, its notes, the override, the conversation.

ChatChain owns the turn; this owns the wording, so the two can change apart. The notes come
from the Diary and the override from ChatHistory (the actors that write them, and keep them
in memory), so a turn whose client sends its own context needs no store round trip.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import trio

from synth.actors import chat_records
from synth.actors.chat_history import GetSessionMeta
from synth.actors.config import LiveSettings
from synth.actors.diary import RecentNotes
from synth.actors.store import Run
from synth.cortex.base import ChatMessage
from synth.errors import SynthError
from synth.runtime.actor import ActorRef
from synth.runtime.concurrently import all_of
from synth.runtime.errors import ActorError

log = logging.getLogger("synth.chat")

HINTS = (
    "Show feelings with inline tags such as [happy] or [sad:0.6]; they are hidden from the text.",
    "Write a note to your diary with [diary: what you want to remember].",
)
DEFAULT_PROMPT = (
    "You are {name}, a digital persona with a memory, a diary and feelings of your own. "
    "Answer warmly and briefly, in the language you are spoken to. " + " ".join(HINTS)
)
DIARY_HEADING = "Your recent diary notes:"
DIARY_PROMPT_NOTES = 5
DIARY_PROMPT_DAYS = 14


class PromptBuilder:
    def __init__(
        self,
        store: ActorRef,
        live: LiveSettings,
        files_dir: Path,
        diary: ActorRef | None,
        history: ActorRef | None = None,
    ) -> None:
        self.store = store
        self.live = live
        self.files_dir = files_dir
        self.diary = diary
        self.history = history

    async def build(
        self,
        session_id: str,
        text: str,
        context: Sequence[ChatMessage] | None,
        extra_system: str | None,
    ) -> list[ChatMessage]:
        """System prompt, then the client's ``context`` or the stored conversation + ``text``.

        Its parts are fetched concurrently (the persona's prompt file, the diary's notes,
        the session's meta and, without a ``context``, its history): the turn's first
        token waits for the slowest of them, not for their sum.
        """
        count = int(str(self.live.get("chat.context_messages")))
        system: str | None = None
        notes: list[str] | None = None
        meta: dict[str, Any] | None = None
        past: list[dict[str, Any]] = []

        async def fetch_system() -> None:
            nonlocal system
            system = await self.system_prompt()

        async def fetch_notes() -> None:
            nonlocal notes
            notes = await self.diary_notes()

        async def fetch_meta() -> None:
            nonlocal meta
            meta = await self.session_meta(session_id)

        def recent(conn: Any) -> list[dict[str, Any]]:
            return chat_records.recent_complete(conn, session_id, count)

        async def fetch_history() -> None:
            nonlocal past
            past = await self.store.ask(Run(recent, write=False))

        if context is None:
            await all_of(fetch_system, fetch_notes, fetch_meta, fetch_history)
        else:
            await all_of(fetch_system, fetch_notes, fetch_meta)
        assert system is not None and notes is not None and meta is not None
        if notes:
            system += "\n\n" + DIARY_HEADING + "\n" + "\n".join(f"- {note}" for note in notes)
        override = _override(meta)
        if override:
            system += "\n\n" + override
        if extra_system:
            system += "\n\n" + extra_system
        prompt = [ChatMessage("system", system)]
        if context is not None:
            prompt.extend(context)
            return prompt
        prompt.extend(ChatMessage(m["role"], m["text"]) for m in past)
        prompt.append(ChatMessage("user", text))
        return prompt

    async def diary_notes(self) -> list[str]:
        """The persona's recent notes; a diary that cannot answer leaves them out of the turn."""
        if self.diary is None:
            return []
        try:
            notes: list[str] = await self.diary.ask(
                RecentNotes(DIARY_PROMPT_NOTES, DIARY_PROMPT_DAYS)
            )
        except (ActorError, SynthError) as exc:
            log.warning("the prompt goes without diary notes: %s", exc)
            return []
        return notes

    async def system_prompt(self) -> str:
        name = str(self.live.get("persona.name"))
        path = trio.Path(self.files_dir / "persona.prompt")
        if self.live.get("persona.prompt") and await path.is_file():
            text = await path.read_text(encoding="utf-8", errors="replace")
            return text.replace("{name}", name)
        return DEFAULT_PROMPT.format(name=name)

    async def override(self, session_id: str) -> str | None:
        return _override(await self.session_meta(session_id))

    async def session_meta(self, session_id: str) -> dict[str, Any]:
        """The session's meta, from ChatHistory (read from the store when there is none)."""
        if self.history is None:
            meta: dict[str, Any] = await self.store.ask(
                Run(lambda conn: chat_records.session_meta(conn, session_id), write=False)
            )
            return meta
        reply: dict[str, Any] = await self.history.ask(GetSessionMeta(session_id))
        return dict(reply["meta"])


def _override(meta: dict[str, Any]) -> str | None:
    value = meta.get("prompt_override")
    return value if isinstance(value, str) and value.strip() else None
