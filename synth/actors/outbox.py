"""The Outbox: per-source queues of messages waiting for an integration to fetch them.

A message is committed before any reader can see it, and waiting readers are woken
only after that commit. Reading is two-phase so that removal follows delivery:
``Claim`` marks a batch as taken by one claim id (one Store transaction, so concurrent
readers never share a message), ``Ack`` deletes it once the answer was written, and
``Release`` hands it back when it was not. A claim does not outlive the Outbox that
granted it: each incarnation (so each start of the process) first releases every
claim it finds, and those messages are delivered again.

When the runtime begins to stop or restart (the ``system`` topic says so), waiting
readers are answered at once instead of holding the drain for their whole ``wait``.
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import trio

from synth.actors.store import Run
from synth.errors import BadRequest
from synth.runtime.actor import Actor, ActorRef, StreamSend
from synth.runtime.errors import SubscriberDropped
from synth.runtime.event_bus import EventBus, Subscription
from synth.store.database import now_iso

SOURCE = re.compile(r"[a-z0-9_-]{1,64}")
"""What names a source (an integration): its queue, and its chat session."""

MAX_CLAIM = 500
SHUTDOWN_EVENTS = frozenset({"restarting", "stopping"})


@dataclass(frozen=True)
class Enqueue:
    """Queue one message for ``source``; replies with the message as readers will get it.

    ``also`` runs in the same transaction (say, marking what the message answers), so
    both are on disk or neither is.
    """

    source: str
    type: str
    text: str
    payload: Mapping[str, Any] = field(default_factory=dict)
    also: Callable[[sqlite3.Connection], None] | None = None


@dataclass(frozen=True)
class Watch:
    """For ``ask_stream``: one ``True`` as soon as ``source`` has an unclaimed message.

    The stream ends without a chunk when ``wait`` seconds pass first. Watching claims
    nothing: another reader may still take the messages before this one claims.
    """

    source: str
    wait: float


@dataclass(frozen=True)
class Claim:
    """Take up to ``limit`` unclaimed messages of ``source``, oldest first, for ``claim_id``."""

    source: str
    claim_id: str
    limit: int


@dataclass(frozen=True)
class Ack:
    """The messages of ``claim_id`` were delivered: delete them (replies with the count)."""

    claim_id: str


@dataclass(frozen=True)
class Release:
    """The messages of ``claim_id`` were not delivered: queue them again, in their place."""

    claim_id: str


@dataclass(frozen=True)
class OutboxStats:
    """How many messages of ``source`` are queued and claimed, and how many readers wait."""

    source: str


def new_claim_id() -> str:
    return f"claim_{uuid.uuid4().hex}"


class Outbox(Actor):
    name = "outbox"

    def __init__(self, store: ActorRef, bus: EventBus) -> None:
        super().__init__()
        self.store = store
        self.bus = bus
        self._closing = False
        # One event per source that readers are watching; set (and dropped) by each commit.
        self._signals: dict[str, trio.Event] = {}
        self._waiting: dict[str, int] = {}

    async def on_start(self) -> None:
        await self.store.ask(Run(_release_all))
        self.nursery.start_soon(self._watch_shutdown, self.bus.subscribe(("system",), buffer=16))

    async def _watch_shutdown(self, subscription: Subscription) -> None:
        while True:
            with subscription:
                try:
                    async for event in subscription:
                        data = event.data
                        if isinstance(data, dict) and data.get("event") in SHUTDOWN_EVENTS:
                            self._closing = True
                            for source in list(self._signals):
                                self._notify(source)
                            return
                except SubscriberDropped:
                    pass  # fell behind on a quiet topic: listen again
            subscription = self.bus.subscribe(("system",), buffer=16)

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, Enqueue):
            return await self._enqueue(msg)
        if isinstance(msg, Claim):
            limit = max(1, min(msg.limit, MAX_CLAIM))
            return await self.store.ask(Run(lambda c: _claim(c, msg.source, msg.claim_id, limit)))
        if isinstance(msg, Ack):
            return await self.store.ask(Run(lambda c: _ack(c, msg.claim_id)))
        if isinstance(msg, Release):
            sources: list[str] = await self.store.ask(Run(lambda c: _release(c, msg.claim_id)))
            for source in set(sources):
                self._notify(source)
            return len(sources)
        if isinstance(msg, OutboxStats):
            counts: dict[str, int] = await self.store.ask(
                Run(lambda c: _counts(c, msg.source), write=False)
            )
            return {"source": msg.source, **counts, "waiting": self._waiting.get(msg.source, 0)}
        return await super().handle(msg)

    async def stream(self, msg: Any, send: StreamSend) -> None:
        if not isinstance(msg, Watch):
            await super().stream(msg, send)
            return
        source = msg.source
        self._waiting[source] = self._waiting.get(source, 0) + 1
        deadline = trio.current_time() + msg.wait
        try:
            while True:
                # Taken before looking, so a commit in between still wakes us.
                signal = self._signals.setdefault(source, trio.Event())
                if await self.store.ask(Run(lambda c: _has_unclaimed(c, source), write=False)):
                    await send.send(True)
                    return
                if self._closing or trio.current_time() >= deadline:
                    return
                with trio.move_on_at(deadline):
                    await signal.wait()
        finally:
            self._waiting[source] -= 1
            if not self._waiting[source]:
                del self._waiting[source]

    async def _enqueue(self, msg: Enqueue) -> dict[str, Any]:
        if not SOURCE.fullmatch(msg.source):
            raise BadRequest("source must match [a-z0-9_-]{1,64}", "invalid_source")
        item = {
            "id": f"out_{uuid.uuid4().hex}",
            "created_at": now_iso(),
            "type": msg.type,
            "text": msg.text,
            "payload": dict(msg.payload),
        }
        encoded = json.dumps(item["payload"])

        def insert(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO outbox (id, source, type, text, payload, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (item["id"], msg.source, msg.type, msg.text, encoded, item["created_at"]),
            )
            if msg.also is not None:
                msg.also(conn)

        await self.store.ask(Run(insert))
        self._notify(msg.source)
        return item

    def _notify(self, source: str) -> None:
        signal = self._signals.pop(source, None)
        if signal is not None:
            signal.set()


def _as_item(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "created_at": row["created_at"],
        "type": row["type"],
        "text": row["text"],
        "payload": json.loads(row["payload"]),
    }


def _claim(
    conn: sqlite3.Connection, source: str, claim_id: str, limit: int
) -> list[dict[str, Any]]:
    rows = conn.execute(
        "UPDATE outbox SET claim = ? WHERE n IN ("
        " SELECT n FROM outbox WHERE source = ? AND claim IS NULL ORDER BY n LIMIT ?"
        ") RETURNING n, id, created_at, type, text, payload",
        (claim_id, source, limit),
    ).fetchall()
    return [_as_item(row) for row in sorted(rows, key=lambda row: int(row["n"]))]


def _ack(conn: sqlite3.Connection, claim_id: str) -> int:
    return conn.execute("DELETE FROM outbox WHERE claim = ?", (claim_id,)).rowcount


def _release(conn: sqlite3.Connection, claim_id: str) -> list[str]:
    rows = conn.execute(
        "UPDATE outbox SET claim = NULL WHERE claim = ? RETURNING source", (claim_id,)
    ).fetchall()
    return [str(row["source"]) for row in rows]


def _release_all(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE outbox SET claim = NULL WHERE claim IS NOT NULL")


def _has_unclaimed(conn: sqlite3.Connection, source: str) -> bool:
    row = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE source = ? AND claim IS NULL)", (source,)
    ).fetchone()
    return bool(row[0])


def _counts(conn: sqlite3.Connection, source: str) -> dict[str, int]:
    row = conn.execute(
        "SELECT COUNT(*) - COUNT(claim) AS queued, COUNT(claim) AS claimed "
        "FROM outbox WHERE source = ?",
        (source,),
    ).fetchone()
    return {"queued": int(row["queued"]), "claimed": int(row["claimed"])}
