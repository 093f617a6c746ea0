"""Integrations: what other apps send the persona, and the chat turns it starts.

Every message is stored before it is acknowledged. A ``chat`` message also starts a turn
that belongs to this actor (its nursery), not to the request that brought it: the reply
(or, when the turn fails, an ``error``) goes to the source's outbox, in the same
transaction that marks the message answered. Turns of one source run one after
another, in the order their messages arrived.

A chat message still unanswered when an incarnation starts (the runtime stopped or
crashed during its turn) gets an ``error`` with code ``interrupted``: the integration
learns about it and can send it again.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import trio

from synth.actors.chat_turn import ChatTurn, TurnDone
from synth.actors.outbox import Enqueue
from synth.actors.store import Run
from synth.errors import BadRequest, SynthError, Unavailable
from synth.runtime.actor import Actor, ActorRef
from synth.runtime.errors import ActorError
from synth.store.database import now_iso

log = logging.getLogger("synth.integrations")

CHAT = "chat"
MAX_WAITING_TURNS = 64
"""Chat messages of one source that may wait for their turn; beyond it a post is a 503."""

INTERRUPTED = "the runtime stopped before this message was answered; send it again"


@dataclass(frozen=True)
class PostMessage:
    """Store one message; a ``chat`` one (``payload["text"]``) also starts a turn."""

    source: str
    type: str
    payload: Mapping[str, Any]
    metadata: Mapping[str, Any]


@dataclass(frozen=True)
class ListMessages:
    """The stored messages, newest first, optionally of one source and one type."""

    source: str | None
    type: str | None
    limit: int


class Integrations(Actor):
    name = "integrations"

    def __init__(self, store: ActorRef, chat: ActorRef, outbox: ActorRef) -> None:
        super().__init__()
        self.store = store
        self.chat = chat
        self.outbox = outbox
        self._queues: dict[str, trio.MemorySendChannel[tuple[str, str]]] = {}

    async def on_start(self) -> None:
        stale: list[tuple[str, str]] = await self.store.ask(Run(_unanswered, write=False))
        for message_id, source in stale:
            await self.outbox.ask(
                Enqueue(
                    source,
                    "error",
                    INTERRUPTED,
                    {"in_reply_to": message_id, "code": "interrupted"},
                    also=_set_status(message_id, "failed"),
                )
            )

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, PostMessage):
            return await self._post(msg)
        if isinstance(msg, ListMessages):
            rows = await self.store.ask(
                Run(lambda c: _list(c, msg.source, msg.type, msg.limit), write=False)
            )
            return {"messages": rows}
        return await super().handle(msg)

    async def _post(self, msg: PostMessage) -> dict[str, Any]:
        text = msg.payload.get("text")
        is_chat = msg.type == CHAT
        if is_chat:
            if not isinstance(text, str) or not text:
                raise BadRequest(
                    "a chat message needs payload.text, a non-empty string", "missing_text"
                )
            waiting = self._queues.get(msg.source)
            if waiting is not None and waiting.statistics().current_buffer_used >= (
                MAX_WAITING_TURNS
            ):
                raise Unavailable(
                    f"{MAX_WAITING_TURNS} chat messages of {msg.source!r} are already waiting; "
                    "try again shortly",
                    "busy",
                )
        message_id = f"imsg_{uuid.uuid4().hex}"
        status = "accepted" if is_chat else "stored"
        row = (
            message_id,
            msg.source,
            msg.type,
            json.dumps(msg.payload),
            json.dumps(msg.metadata),
            status,
            now_iso(),
        )
        await self.store.ask(Run(lambda c: _insert(c, row)))
        if is_chat:
            assert isinstance(text, str)
            # Only a worker's own receive empties the queue, so the check above still holds.
            self._queue_for(msg.source).send_nowait((message_id, text))
        return {"status": status, "message_id": message_id}

    def _queue_for(self, source: str) -> trio.MemorySendChannel[tuple[str, str]]:
        send = self._queues.get(source)
        if send is None:
            send, receive = trio.open_memory_channel[tuple[str, str]](MAX_WAITING_TURNS)
            self._queues[source] = send
            self.nursery.start_soon(self._work, source, receive)
        return send

    async def _work(self, source: str, receive: trio.MemoryReceiveChannel[tuple[str, str]]) -> None:
        """Answer the chat messages of one source in order; retire once none is left."""
        with receive:
            while True:
                try:
                    message_id, text = receive.receive_nowait()
                except trio.WouldBlock:
                    # Nothing awaits between the empty check and the removal, so no
                    # message can be queued for a worker that is leaving.
                    del self._queues[source]
                    return
                await self._answer(source, message_id, text)

    async def _answer(self, source: str, message_id: str, text: str) -> None:
        turn = ChatTurn(session_id=f"integration:{source}", source=source, text=text)
        try:
            done = await self._run_turn(turn)
        except Exception as exc:
            code, reason = _failure(exc)
            reply = Enqueue(
                source,
                "error",
                reason,
                {"in_reply_to": message_id, "code": code},
                also=_set_status(message_id, "failed"),
            )
        else:
            reply = Enqueue(
                source,
                CHAT,
                str(done.assistant["text"]),
                {"in_reply_to": message_id, "message_id": done.assistant["id"]},
                also=_set_status(message_id, "answered"),
            )
        try:
            await self.outbox.ask(reply)
        except Exception as exc:  # it stays unanswered: the next start tells the source
            log.warning("could not queue the answer to %s: %s", message_id, exc)

    async def _run_turn(self, turn: ChatTurn) -> TurnDone:
        done: TurnDone | None = None
        async with await self.chat.ask_stream(turn) as frames:
            async for frame in frames:
                if isinstance(frame, TurnDone):
                    done = frame
        if done is None:
            raise Unavailable("the turn ended without a reply", "no_reply")
        return done


def _failure(exc: Exception) -> tuple[str, str]:
    """(code, reason) for the integration; internals stay in the log."""
    if isinstance(exc, SynthError):
        return exc.code, exc.message
    if isinstance(exc, ActorError):
        return "unavailable", f"the runtime cannot answer now: {exc}"
    log.error("an integration turn failed", exc_info=exc)
    return "internal_error", "internal error; see the server log"


def _insert(conn: sqlite3.Connection, row: tuple[str, ...]) -> None:
    conn.execute(
        "INSERT INTO integration_messages "
        "(id, source, type, payload, metadata, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        row,
    )


def _set_status(message_id: str, status: str) -> Callable[[sqlite3.Connection], None]:
    def update(conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE integration_messages SET status = ? WHERE id = ?", (status, message_id)
        )

    return update


def _unanswered(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT id, source FROM integration_messages WHERE status = 'accepted' ORDER BY n"
    ).fetchall()
    return [(str(row["id"]), str(row["source"])) for row in rows]


def _list(
    conn: sqlite3.Connection, source: str | None, kind: str | None, limit: int
) -> list[dict[str, Any]]:
    clauses: list[str] = []
    args: list[object] = []
    if source is not None:
        clauses.append("source = ?")
        args.append(source)
    if kind is not None:
        clauses.append("type = ?")
        args.append(kind)
    where = f"WHERE {' AND '.join(clauses)} " if clauses else ""
    rows = conn.execute(
        f"SELECT * FROM integration_messages {where}ORDER BY n DESC LIMIT ?", (*args, limit)
    ).fetchall()
    return [
        {
            "id": row["id"],
            "source": row["source"],
            "type": row["type"],
            "payload": json.loads(row["payload"]),
            "metadata": json.loads(row["metadata"]),
            "created_at": row["created_at"],
            "status": row["status"],
        }
        for row in rows
    ]
