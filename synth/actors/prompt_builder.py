"""What the engine is told for a turn: the persona, its notes, the override, the conversation.

ChatChain owns the turn; this owns the wording, so the two can change apart. The notes come
from the Diary and the override from ChatHistory, the actors that write them. Both keep what
they last read or wrote in memory (:class:`~synth.actors.diary.NotesMemory`,
:class:`~synth.actors.chat_history.MetaMemory`), which this reads directly: a turn whose
client sends its own context then starts its engine without waiting for any other actor
(each round trip through a mailbox cost the first token about 0.2 ms on a busy machine).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import trio

from synth.actors import chat_records
from synth.actors.chat_history import GetSessionMeta, MetaMemory
from synth.actors.config import LiveSettings
from synth.actors.diary import NotesMemory, RecentNotes
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
        notes: NotesMemory | None = None,
        metas: MetaMemory | None = None,
    ) -> None:
        self.store = store
        self.live = live
        self.files_dir = files_dir
        self.diary = diary
        self.history = history
        self.notes = notes
        self.metas = metas

    async def build(
        self,
        session_id: str,
        text: str,
        context: Sequence[ChatMessage] | None,
        extra_system: str | None,
    ) -> list[ChatMessage]:
        """System prompt, then the client's ``context`` or the stored conversation + ``text``.

        What memory does not hold is fetched concurrently (the persona's prompt file, the
        diary's notes, the session's meta and, without a ``context``, its history): the
        turn's first token waits for the slowest of them, not for their sum.
        """
        count = int(str(self.live.get("chat.context_messages")))
        system = self._default_system_prompt()
        notes = self._remembered_notes()
        meta = self.metas.lookup(session_id) if self.metas is not None else None
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

        missing = [
            fetch
            for fetch, known in ((fetch_system, system), (fetch_notes, notes), (fetch_meta, meta))
            if known is None
        ]
        if context is None:
            missing.append(fetch_history)
        await all_of(*missing)
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

    def _remembered_notes(self) -> list[str] | None:
        """The recent notes without asking the Diary: None when it has to be asked."""
        if self.diary is None:
            return []
        if self.notes is None:
            return None
        return self.notes.lookup(DIARY_PROMPT_NOTES, DIARY_PROMPT_DAYS)

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

    def _default_system_prompt(self) -> str | None:
        """The built-in system prompt, or None when a prompt file is configured (to be read)."""
        return None if self.live.get("persona.prompt") else self._built_in_prompt()

    def _built_in_prompt(self) -> str:
        return DEFAULT_PROMPT.format(name=self.live.get("persona.name"))

    async def system_prompt(self) -> str:
        path = trio.Path(self.files_dir / "persona.prompt")
        if self.live.get("persona.prompt") and await path.is_file():
            text = await path.read_text(encoding="utf-8", errors="replace")
            return text.replace("{name}", str(self.live.get("persona.name")))
        return self._built_in_prompt()

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
