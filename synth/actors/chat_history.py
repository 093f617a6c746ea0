"""ChatHistory: archives of conversations, per-session metadata, and the chat timeline.

Archiving moves a session's live messages into an archive in one transaction. Restoring
copies an archive back as the session's live conversation, with new ids and new seqs from
the session's counter (``seq`` never repeats in a session); live messages that were there
are archived first, so a restore never loses anything.

Every chat turn reads its session's meta (for ``prompt_override``), and this actor is the
only one that writes it: the metas of recent sessions are kept in memory, replaced by
each merge once it is committed, in a :class:`MetaMemory` that the prompt builder reads
without a round trip.
"""

from __future__ import annotations

import copy
import json
import sqlite3
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from synth.actors import chat_records
from synth.actors.pagination import PageRequest, next_cursor
from synth.actors.store import Run
from synth.errors import BadRequest, NotFound, TooLarge
from synth.runtime.actor import Actor, ActorRef
from synth.runtime.event_bus import EventBus
from synth.store.database import now_iso

META_MAX_BYTES = 16 * 1024
KEPT_METAS = 256
"""Session metas kept in memory, the most recently used."""
LIVE_STATUSES = ("complete", "interrupted")


@dataclass(frozen=True)
class ArchiveChat:
    """Move the session's live messages into a new archive; replies with its summary."""

    session_id: str
    name: str | None = None


@dataclass(frozen=True)
class ListArchives:
    pass


@dataclass(frozen=True)
class GetArchive:
    """The whole archive: summary, the session meta it was taken with, and its messages."""

    archive_id: str


@dataclass(frozen=True)
class RestoreArchive:
    archive_id: str
    session_id: str


@dataclass(frozen=True)
class DeleteArchive:
    archive_id: str


@dataclass(frozen=True)
class RenameArchive:
    archive_id: str
    name: str


@dataclass(frozen=True)
class GetSessionMeta:
    session_id: str


@dataclass(frozen=True)
class MergeSessionMeta:
    """Merge ``changes`` into the session's meta key by key; a None value removes its key."""

    session_id: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class ChatPage:
    """A page of the timeline of live messages, newest first."""

    page: PageRequest
    session_id: str | None = None
    source: str | None = None


class MetaMemory:
    """The session metas ChatHistory last read or wrote, at most :data:`KEPT_METAS`, the most
    recently used.

    Only ChatHistory writes it, and a merge forgets its session's meta before it starts and
    keeps the merged one once committed, so whoever reads it (the prompt builder, once per
    turn, without a round trip) never gets a meta older than a merge it saw done. A miss
    (None) means: ask ChatHistory.
    """

    def __init__(self) -> None:
        self._metas: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def lookup(self, session_id: str) -> dict[str, Any] | None:
        """A copy of the session's meta, for the caller to keep."""
        meta = self._metas.get(session_id)
        if meta is None:
            return None
        self._metas.move_to_end(session_id)
        return copy.deepcopy(meta)

    def keep(self, session_id: str, meta: dict[str, Any]) -> None:
        self._metas[session_id] = meta
        self._metas.move_to_end(session_id)
        while len(self._metas) > KEPT_METAS:
            self._metas.popitem(last=False)

    def forget(self, session_id: str) -> None:
        self._metas.pop(session_id, None)

    def clear(self) -> None:
        self._metas.clear()


class ChatHistory(Actor):
    name = "chat_history"

    def __init__(self, store: ActorRef, bus: EventBus, memory: MetaMemory | None = None) -> None:
        super().__init__()
        self.store = store
        self.bus = bus
        self.memory = MetaMemory() if memory is None else memory

    async def on_start(self) -> None:
        # A new incarnation does not know what the last one wrote: nothing kept is trusted.
        self.memory.clear()

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, ArchiveChat):
            name = msg.name or _stamped("Conversation")
            summary = await self._run(lambda conn: _archive(conn, msg.session_id, name, True))
            # Every open page of the session now shows the empty live conversation.
            self.bus.publish(
                "chat", {"session_id": msg.session_id, "frame": {"type": "history", "messages": []}}
            )
            return summary
        if isinstance(msg, ListArchives):
            return {"archives": await self._read(_list_archives)}
        if isinstance(msg, GetArchive):
            return await self._read(lambda conn: _get_archive(conn, msg.archive_id))
        if isinstance(msg, RestoreArchive):
            return await self._restore(msg)
        if isinstance(msg, DeleteArchive):
            return await self._run(lambda conn: _delete_archive(conn, msg.archive_id))
        if isinstance(msg, RenameArchive):
            return await self._run(lambda conn: _rename_archive(conn, msg.archive_id, msg.name))
        if isinstance(msg, GetSessionMeta):
            return {"session_id": msg.session_id, "meta": await self._session_meta(msg.session_id)}
        if isinstance(msg, MergeSessionMeta):
            _check_meta_size(msg.changes, "meta")
            # Forgotten first: a merge that fails may still have committed.
            self.memory.forget(msg.session_id)
            meta = await self._run(lambda conn: _merge_meta(conn, msg.session_id, msg.changes))
            self.memory.keep(msg.session_id, meta)
            return {"session_id": msg.session_id, "meta": copy.deepcopy(meta)}
        if isinstance(msg, ChatPage):
            return await self._read(lambda conn: _chat_page(conn, msg))
        return await super().handle(msg)

    async def _run(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        return await self.store.ask(Run(fn))

    async def _read(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        return await self.store.ask(Run(fn, write=False))

    async def _session_meta(self, session_id: str) -> dict[str, Any]:
        """The session's meta, a copy the caller may keep; read once, then from memory (this
        actor handles one message at a time, so no merge can land between read and keep)."""
        meta = self.memory.lookup(session_id)
        if meta is None:
            meta = await self._read(lambda conn: chat_records.session_meta(conn, session_id))
            self.memory.keep(session_id, meta)
            meta = copy.deepcopy(meta)
        return meta

    async def _restore(self, msg: RestoreArchive) -> dict[str, Any]:
        before_name = _stamped("Before restore")
        messages: list[dict[str, Any]] = await self._run(
            lambda conn: _restore(conn, msg.archive_id, msg.session_id, before_name)
        )
        self.bus.publish(
            "chat",
            {"session_id": msg.session_id, "frame": {"type": "history", "messages": messages}},
        )
        return {"status": "ok", "restored_count": len(messages)}


def _stamped(prefix: str) -> str:
    return f"{prefix} {datetime.now(UTC).strftime('%Y-%m-%d %H:%M')}"


def _check_meta_size(meta: dict[str, Any], what: str) -> None:
    size = len(json.dumps(meta, ensure_ascii=False, separators=(",", ":")).encode())
    if size > META_MAX_BYTES:
        raise TooLarge(f"{what} is {size} bytes as JSON; the limit is {META_MAX_BYTES}")


def _summary(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "archive_id": row["archive_id"],
        "name": row["name"],
        "created_at": row["created_at"],
        "session_id": row["session_id"],
        "message_count": row["message_count"],
    }


def _archive(
    conn: sqlite3.Connection, session_id: str, name: str, refuse_empty: bool
) -> dict[str, Any] | None:
    rows = conn.execute(
        "SELECT * FROM messages WHERE session_id = ? ORDER BY seq", (session_id,)
    ).fetchall()
    if not rows:
        if refuse_empty:
            raise BadRequest(
                f"session {session_id!r} has no messages to archive", "empty_conversation"
            )
        return None
    archive_id = f"arc_{uuid.uuid4().hex}"
    meta = json.dumps(chat_records.session_meta(conn, session_id))
    row = conn.execute(
        "INSERT INTO chat_archives (archive_id, name, session_id, meta, message_count, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?) RETURNING *",
        (archive_id, name, session_id, meta, len(rows), now_iso()),
    ).fetchone()
    summary = _summary(row)
    conn.executemany(
        "INSERT INTO archived_messages (archive_id, position, message_id, seq, session_id,"
        " source, role, text, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                archive_id,
                position,
                m["id"],
                m["seq"],
                m["session_id"],
                m["source"],
                m["role"],
                m["text"],
                m["status"],
                m["created_at"],
            )
            for position, m in enumerate(rows)
        ],
    )
    conn.execute("DELETE FROM messages WHERE session_id = ?", (session_id,))
    return summary


def _archive_row(conn: sqlite3.Connection, archive_id: str) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM chat_archives WHERE archive_id = ?", (archive_id,)).fetchone()
    if row is None:
        raise NotFound(f"unknown archive {archive_id[:100]!r}")
    return row  # type: ignore[no-any-return]


def _archived_messages(conn: sqlite3.Connection, archive_id: str) -> list[sqlite3.Row]:
    return conn.execute(
        "SELECT * FROM archived_messages WHERE archive_id = ? ORDER BY position", (archive_id,)
    ).fetchall()


def _list_archives(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT * FROM chat_archives ORDER BY rowid DESC").fetchall()
    return [_summary(row) for row in rows]


def _get_archive(conn: sqlite3.Connection, archive_id: str) -> dict[str, Any]:
    row = _archive_row(conn, archive_id)
    messages = [
        {
            "id": m["message_id"],
            "seq": m["seq"],
            "session_id": m["session_id"],
            "source": m["source"],
            "role": m["role"],
            "text": m["text"],
            "created_at": m["created_at"],
        }
        for m in _archived_messages(conn, archive_id)
    ]
    return {**_summary(row), "meta": json.loads(row["meta"]), "messages": messages}


def _restore(
    conn: sqlite3.Connection, archive_id: str, session_id: str, before_name: str
) -> list[dict[str, Any]]:
    _archive_row(conn, archive_id)
    archived = _archived_messages(conn, archive_id)
    _archive(conn, session_id, before_name, False)
    return [
        chat_records.append_message(
            conn,
            message_id=chat_records.new_message_id(),
            session_id=session_id,
            source=m["source"],
            role=m["role"],
            text=m["text"],
            status=m["status"],
            created_at=m["created_at"],
        )
        for m in archived
    ]


def _delete_archive(conn: sqlite3.Connection, archive_id: str) -> None:
    deleted = conn.execute("DELETE FROM chat_archives WHERE archive_id = ?", (archive_id,))
    if deleted.rowcount == 0:
        raise NotFound(f"unknown archive {archive_id[:100]!r}")


def _rename_archive(conn: sqlite3.Connection, archive_id: str, name: str) -> dict[str, Any]:
    row = conn.execute(
        "UPDATE chat_archives SET name = ? WHERE archive_id = ? RETURNING *", (name, archive_id)
    ).fetchone()
    if row is None:
        raise NotFound(f"unknown archive {archive_id[:100]!r}")
    return _summary(row)


def _merge_meta(
    conn: sqlite3.Connection, session_id: str, changes: dict[str, Any]
) -> dict[str, Any]:
    chat_records.ensure_session(conn, session_id)
    meta = chat_records.session_meta(conn, session_id)
    for key, value in changes.items():
        if value is None:
            meta.pop(key, None)
        else:
            meta[key] = value
    _check_meta_size(meta, "the merged meta")
    conn.execute(
        "UPDATE sessions SET meta = ? WHERE session_id = ?", (json.dumps(meta), session_id)
    )
    return meta


def _chat_page(conn: sqlite3.Connection, msg: ChatPage) -> dict[str, Any]:
    where = [f"status IN ({', '.join('?' for _ in LIVE_STATUSES)})"]
    args: list[Any] = list(LIVE_STATUSES)
    for column, value in (("session_id", msg.session_id), ("source", msg.source)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if msg.page.before is not None:
        where.append("rowid < ?")
        args.append(msg.page.before)
    rows = conn.execute(
        f"SELECT rowid AS cursor, * FROM messages WHERE {' AND '.join(where)}"
        " ORDER BY rowid DESC LIMIT ?",
        (*args, msg.page.limit),
    ).fetchall()
    return {
        "items": [chat_records.as_message(row) for row in rows],
        "next_before": next_cursor([row["cursor"] for row in rows], msg.page.limit),
    }
