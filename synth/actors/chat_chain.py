"""ChatChain: the actor that runs conversational turns and keeps the WebUI sessions' view.

Turns of one session run in order; sessions run concurrently. An archive or restore of a
session (``BetweenTurns``) takes its place in that order too. It also counts the clients
attached to each session and snapshots a turn in progress for one that attaches mid-turn.
Running one turn is :mod:`synth.actors.chat_turn`'s.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import outcome
import trio

from synth.actors import chat_records
from synth.actors.chat_history import MetaMemory
from synth.actors.chat_turn import ChatTurn, TurnRunner
from synth.actors.config import LiveSettings
from synth.actors.diary import NotesMemory
from synth.actors.prompt_builder import HINTS, PromptBuilder
from synth.actors.store import Run
from synth.errors import Conflict, SynthError, Unavailable
from synth.runtime.actor import Actor, ActorRef, StreamSend
from synth.runtime.event_bus import EventBus, Subscription

BETWEEN_TURNS_WAIT_S = 10.0
"""How long an archive or restore (``BetweenTurns``) waits for its session's turn in progress
to end before it is refused with 409 ``turn_in_progress``. Once it has the session, it waits
for ChatHistory's answer however long that takes: the operation is under way by then."""


@dataclass(frozen=True)
class StartTurn:
    """Run ``turn`` in the background, owned by the server: it finishes and is recorded even
    if whoever asked goes away. Its frames go out on the ``chat`` topic."""

    turn: ChatTurn


@dataclass(frozen=True)
class BetweenTurns:
    """Ask ChatHistory ``msg``, an operation that replaces the live conversation of
    ``session_id`` (archive, restore), between two turns of that session: a turn in progress
    ends first, and a turn that arrives meanwhile waits for it. Sent with ``ask_stream``; the
    one chunk is ChatHistory's answer as an ``outcome.Outcome`` (its errors too, unchanged).
    Refused with 409 ``turn_in_progress``, changing nothing, when the turn in progress does
    not end within ``BETWEEN_TURNS_WAIT_S``."""

    session_id: str
    msg: object


@dataclass(frozen=True)
class Attach:
    """Subscribe to ``topics`` and snapshot the session's turn in progress, atomically, so
    no chunk is missed or seen twice between the snapshot and the live frames."""

    session_id: str
    topics: frozenset[str]
    buffer: int


@dataclass(frozen=True)
class Attached:
    subscription: Subscription
    turn: dict[str, Any] | None


@dataclass(frozen=True)
class Detach:
    session_id: str


@dataclass(frozen=True)
class Replay:
    """The session's messages after ``after_seq`` (all of them), or its last ``limit``."""

    session_id: str
    after_seq: int | None
    limit: int


@dataclass(frozen=True)
class ActiveSessions:
    """How many sessions have at least one attached client."""


@dataclass(frozen=True)
class PromptOverride:
    session_id: str = "default"


class ChatChain(Actor):
    name = "chat_chain"

    def __init__(
        self,
        store: ActorRef,
        cortex: ActorRef,
        live: LiveSettings,
        bus: EventBus,
        files_dir: Path,
        diary: ActorRef | None = None,
        history: ActorRef | None = None,
        notes: NotesMemory | None = None,
        metas: MetaMemory | None = None,
    ) -> None:
        """``notes`` and ``metas``: what the Diary and ChatHistory keep in memory, read by
        the prompt builder directly (see :mod:`synth.actors.prompt_builder`)."""
        super().__init__()
        self.store = store
        self.cortex = cortex
        self.live = live
        self.bus = bus
        self.history = history
        self.prompts = PromptBuilder(store, live, files_dir, diary, history, notes, metas)
        self._locks: dict[str, trio.Lock] = {}
        self._in_progress: dict[str, tuple[str, list[str]]] = {}
        self._attached: dict[str, int] = {}
        self._turns = TurnRunner(store, cortex, live, bus, self.prompts, self._in_progress)

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, StartTurn):
            self.nursery.start_soon(self._background, msg.turn)
            return None
        if isinstance(msg, Attach):
            subscription = self.bus.subscribe(msg.topics, msg.buffer)
            self._attached[msg.session_id] = self._attached.get(msg.session_id, 0) + 1
            return Attached(subscription, self._turn_snapshot(msg.session_id))
        if isinstance(msg, Detach):
            left = self._attached.get(msg.session_id, 0) - 1
            if left > 0:
                self._attached[msg.session_id] = left
            else:
                self._attached.pop(msg.session_id, None)
            return None
        if isinstance(msg, Replay):
            return await self.store.ask(
                Run(
                    lambda conn: chat_records.replay(
                        conn, msg.session_id, msg.after_seq, msg.limit
                    ),
                    write=False,
                )
            )
        if isinstance(msg, ActiveSessions):
            return len(self._attached)
        if isinstance(msg, PromptOverride):
            override = await self.prompts.override(msg.session_id)
            return {
                "override": override,
                "persona": self.live.get("persona.name"),
                "hints": list(HINTS),
            }
        return await super().handle(msg)

    async def stream(self, msg: Any, send: StreamSend) -> None:
        if isinstance(msg, BetweenTurns):
            await self._between_turns(msg, send)
            return
        if not isinstance(msg, ChatTurn):
            await super().stream(msg, send)
            return
        lock = self._locks.setdefault(msg.session_id, trio.Lock())
        try:
            async with lock:
                await self._turns.run(msg, send)
        finally:
            self._forget_lock(msg.session_id, lock)

    def _turn_snapshot(self, session_id: str) -> dict[str, Any] | None:
        current = self._in_progress.get(session_id)
        if current is None:
            return None
        return {"message_id": current[0], "text_so_far": "".join(current[1])}

    async def _background(self, turn: ChatTurn) -> None:
        lock = self._locks.setdefault(turn.session_id, trio.Lock())
        try:
            async with lock:
                await self._turns.run(turn, None)
        except SynthError:
            pass  # already sent to the session's clients as an error frame
        finally:
            self._forget_lock(turn.session_id, lock)

    async def _between_turns(self, msg: BetweenTurns, send: StreamSend) -> None:
        """Hold the session's turn lock around ChatHistory's answer. This runs as a stream's
        own task, so waiting for the lock never holds up the mailbox (other sessions)."""
        if self.history is None:
            raise Unavailable("this chat chain has no chat history", "not_configured")
        lock = self._locks.setdefault(msg.session_id, trio.Lock())
        try:
            acquired = False
            with trio.move_on_after(BETWEEN_TURNS_WAIT_S):
                await lock.acquire()
                acquired = True
            if not acquired:
                raise Conflict(
                    f"a turn of session {msg.session_id!r} is still in progress after"
                    f" {BETWEEN_TURNS_WAIT_S:g} s; try again once it has ended",
                    "turn_in_progress",
                )
            try:
                # Once asked, ChatHistory does it even if our asker leaves or gives up, so the
                # session's next turn waits for its answer, not for a deadline of ours. It
                # always answers: its own error, or ActorUnavailable once it stops.
                with trio.CancelScope(shield=True):
                    answer = await _answer_of(self.history, msg.msg)
            finally:
                lock.release()
        finally:
            self._forget_lock(msg.session_id, lock)
        await send.send(answer)

    def _forget_lock(self, session_id: str, lock: trio.Lock) -> None:
        if not lock.locked() and lock.statistics().tasks_waiting == 0:
            self._locks.pop(session_id, None)


async def _answer_of(actor: ActorRef, msg: object) -> outcome.Outcome[Any]:
    """``actor``'s answer to ``msg``, or its error, for the asker to unwrap: an error of
    ChatHistory's goes back to the asker as it is, never a crash of this actor."""
    try:
        return outcome.Value(await actor.ask(msg))
    except Exception as exc:
        return outcome.Error(exc)
