"""The Diary: the persona's own notes, written through the API or inline in a reply.

A ``[diary: ...]`` tag in a reply reaches this actor on the ``diary_note`` topic and
becomes an entry tagged ``chat``; ChatChain asks for the recent notes when it builds a
prompt, so the persona remembers what it wrote. Every turn needs them, so the answer
is kept in memory until this actor writes again (it is the only writer of the diary), in a
:class:`NotesMemory` that the prompt builder reads without a round trip.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from synth.actors.config import LiveSettings
from synth.actors.pagination import PageRequest, next_cursor
from synth.actors.store import Run
from synth.errors import SynthError
from synth.runtime.actor import Actor, ActorRef
from synth.runtime.errors import ActorError, SubscriberDropped
from synth.runtime.event_bus import EventBus, Subscription
from synth.store.database import now_iso

log = logging.getLogger("synth.diary")
TEXT_MAX_CHARS = 20_000
CHAT_TAG = "chat"


@dataclass(frozen=True)
class DiaryOverview:
    """``GET /api/diary``: the last ``days`` days, at most ``limit`` entries, one page of them."""

    days: int = 14
    limit: int = 100
    include_archived: bool = False
    page: int = 1
    per_page: int = 10


@dataclass(frozen=True)
class AddEntry:
    text: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArchiveEntries:
    entry_ids: tuple[str, ...]


@dataclass(frozen=True)
class UnarchiveEntries:
    entry_ids: tuple[str, ...]


@dataclass(frozen=True)
class DeleteArchived:
    """Delete archived entries: those of ``entry_ids``, or every one when it is None."""

    entry_ids: tuple[str, ...] | None


@dataclass(frozen=True)
class DiaryPage:
    page: PageRequest


@dataclass(frozen=True)
class RecentNotes:
    """The texts of the newest non-archived entries of the last ``days`` days, oldest first."""

    limit: int = 5
    days: int = 14


class NotesMemory:
    """The Diary's answers to ``RecentNotes``, kept until its next write.

    Only the Diary writes it, and it forgets every answer before a write of its returns,
    so whoever reads it (the prompt builder, once per turn, without a round trip through
    the Diary's mailbox) never gets notes older than a write it saw done. A miss (None)
    means: ask the Diary.
    """

    def __init__(self) -> None:
        self._answers: dict[tuple[int, int], _Recent] = {}

    def lookup(self, limit: int, days: int) -> list[str] | None:
        kept = self._answers.get((limit, days))
        if kept is None or not kept.still_answers(_days_ago(days)):
            return None
        return [text for text, _ in kept.rows]

    def keep(self, limit: int, days: int, cutoff: str, rows: list[tuple[str, str]]) -> None:
        """Keep the answer read with entries from ``cutoff`` on: (text, created_at) rows."""
        self._answers[(limit, days)] = _Recent(cutoff, rows)

    def forget(self) -> None:
        self._answers.clear()


class Diary(Actor):
    name = "diary"

    def __init__(
        self,
        store: ActorRef,
        bus: EventBus,
        live: LiveSettings,
        memory: NotesMemory | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.bus = bus
        self.live = live
        self.memory = NotesMemory() if memory is None else memory
        # Finished writes, counted: a read that saw one finish meanwhile is not kept.
        self._writes = 0

    async def on_start(self) -> None:
        # A new incarnation does not know what the last one wrote: nothing kept is trusted.
        self.memory.forget()
        # Subscribed before start returns, so no note published after that is missed.
        subscription = self.bus.subscribe(["diary_note"], buffer=256)
        self.nursery.start_soon(self._record_notes, subscription)

    async def _record_notes(self, subscription: Subscription) -> None:
        with subscription:
            try:
                async for event in subscription:
                    await self._record_note(event.data)
            except SubscriberDropped as exc:
                log.warning("the diary fell behind and lost notes: %s", exc)
                self.stop()

    async def _record_note(self, data: Any) -> None:
        note = data.get("note") if isinstance(data, dict) else None
        if not isinstance(note, str) or not note.strip():
            return
        text = note.strip()[:TEXT_MAX_CHARS]
        session_id, message_id = data.get("session_id"), data.get("message_id")
        try:
            await self._run(lambda conn: _insert(conn, text, (CHAT_TAG,), session_id, message_id))
        except (ActorError, SynthError) as exc:
            log.warning("could not record a diary note from %s: %s", message_id, exc)

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, DiaryOverview):
            return await self._overview(msg)
        if isinstance(msg, AddEntry):
            return await self._run(lambda conn: _insert(conn, msg.text, msg.tags, None, None))
        if isinstance(msg, ArchiveEntries):
            count = await self._run(lambda conn: _set_archived(conn, msg.entry_ids, True))
            return {"success": True, "archived_count": count}
        if isinstance(msg, UnarchiveEntries):
            count = await self._run(lambda conn: _set_archived(conn, msg.entry_ids, False))
            return {"success": True, "unarchived_count": count}
        if isinstance(msg, DeleteArchived):
            count = await self._run(lambda conn: _delete_archived(conn, msg.entry_ids))
            return {"success": True, "deleted_count": count}
        if isinstance(msg, DiaryPage):
            return await self._run(lambda conn: _page(conn, msg.page), write=False)
        if isinstance(msg, RecentNotes):
            return await self._recent_notes(msg)
        return await super().handle(msg)

    async def _run(self, fn: Callable[[sqlite3.Connection], Any], write: bool = True) -> Any:
        if not write:
            return await self.store.ask(Run(fn, write))
        try:
            return await self.store.ask(Run(fn, write))
        finally:
            # Also after a failure: the write may have committed before it failed.
            self._writes += 1
            self.memory.forget()

    async def _recent_notes(self, msg: RecentNotes) -> list[str]:
        kept = self.memory.lookup(msg.limit, msg.days)
        if kept is not None:
            return kept
        cutoff = _days_ago(msg.days)
        writes = self._writes
        rows: list[tuple[str, str]] = await self._run(
            lambda conn: _recent_notes(conn, cutoff, msg.limit), write=False
        )
        if writes == self._writes:
            self.memory.keep(msg.limit, msg.days, cutoff, rows)
        return [text for text, _ in rows]

    async def _overview(self, msg: DiaryOverview) -> dict[str, Any]:
        cutoff = _days_ago(msg.days)
        diary: dict[str, Any] = await self._run(
            lambda conn: _overview(conn, msg, cutoff), write=False
        )
        created_at = diary.pop("persona_created_at")
        return {
            "persona": {"name": self.live.get("persona.name"), "created_at": created_at},
            "diary": diary,
        }


@dataclass(frozen=True)
class _Recent:
    """A ``RecentNotes`` answer (text, created_at), read with entries from ``cutoff`` on."""

    cutoff: str
    rows: list[tuple[str, str]]

    def still_answers(self, cutoff: str) -> bool:
        """Whether the query with a later ``cutoff`` (and no write since) gives these rows:
        yes while none of them has aged out. A clock set back re-reads."""
        return self.cutoff <= cutoff and all(cutoff <= created for _, created in self.rows)


def _days_ago(days: int) -> str:
    moment = datetime.now(UTC) - timedelta(days=days)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _entry_ids(ids: Iterable[str]) -> list[int]:
    """The ids that could name an entry; anything else names nothing and is not counted."""
    return sorted({int(i) for i in ids if i.isascii() and i.isdigit() and len(i) <= 18})


def _placeholders(values: list[int]) -> str:
    return ", ".join("?" for _ in values)


def _entries(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    ids = [row["id"] for row in rows]
    tags: dict[int, list[str]] = {i: [] for i in ids}
    if ids:
        for tag in conn.execute(
            f"SELECT entry_id, tag FROM diary_tags WHERE entry_id IN ({_placeholders(ids)})"
            " ORDER BY entry_id, position",
            ids,
        ):
            tags[tag["entry_id"]].append(tag["tag"])
    return [
        {
            "id": str(row["id"]),
            "created_at": row["created_at"],
            "text": row["text"],
            "tags": tags[row["id"]],
            "archived": bool(row["archived"]),
        }
        for row in rows
    ]


def _insert(
    conn: sqlite3.Connection,
    text: str,
    tags: tuple[str, ...],
    session_id: object,
    message_id: object,
) -> dict[str, Any]:
    row = conn.execute(
        "INSERT INTO diary_entries (created_at, text, session_id, message_id)"
        " VALUES (?, ?, ?, ?) RETURNING *",
        (
            now_iso(),
            text,
            session_id if isinstance(session_id, str) else None,
            message_id if isinstance(message_id, str) else None,
        ),
    ).fetchone()
    unique = list(dict.fromkeys(tags))
    conn.executemany(
        "INSERT INTO diary_tags (entry_id, position, tag) VALUES (?, ?, ?)",
        [(row["id"], position, tag) for position, tag in enumerate(unique)],
    )
    return _entries(conn, [row])[0]


def _set_archived(conn: sqlite3.Connection, entry_ids: tuple[str, ...], archived: bool) -> int:
    ids = _entry_ids(entry_ids)
    if not ids:
        return 0
    changed = conn.execute(
        "UPDATE diary_entries SET archived = ? WHERE archived = ?"
        f" AND id IN ({_placeholders(ids)})",
        (int(archived), int(not archived), *ids),
    )
    return changed.rowcount


def _delete_archived(conn: sqlite3.Connection, entry_ids: tuple[str, ...] | None) -> int:
    if entry_ids is None:
        return conn.execute("DELETE FROM diary_entries WHERE archived = 1").rowcount
    ids = _entry_ids(entry_ids)
    if not ids:
        return 0
    deleted = conn.execute(
        f"DELETE FROM diary_entries WHERE archived = 1 AND id IN ({_placeholders(ids)})", ids
    )
    return deleted.rowcount


def _overview(conn: sqlite3.Connection, msg: DiaryOverview, cutoff: str) -> dict[str, Any]:
    matched = (
        "WITH matched AS (SELECT * FROM diary_entries WHERE created_at >= ?"
        " AND (? OR archived = 0) ORDER BY id DESC LIMIT ?) "
    )
    args = (cutoff, int(msg.include_archived), msg.limit)
    total, earliest, latest = conn.execute(
        matched + "SELECT COUNT(*), MIN(created_at), MAX(created_at) FROM matched", args
    ).fetchone()
    rows = conn.execute(
        matched + "SELECT * FROM matched ORDER BY id DESC LIMIT ? OFFSET ?",
        (*args, msg.per_page, (msg.page - 1) * msg.per_page),
    ).fetchall()
    created = conn.execute("SELECT MIN(applied_at) FROM schema_version").fetchone()[0]
    entries = _entries(conn, rows)
    return {
        "entries": entries,
        "count": len(entries),
        "total_count": total,
        "page": msg.page,
        "per_page": msg.per_page,
        "total_pages": -(-total // msg.per_page),
        "include_archived": msg.include_archived,
        "earliest_timestamp": earliest,
        "latest_timestamp": latest,
        "persona_created_at": created,
    }


def _page(conn: sqlite3.Connection, page: PageRequest) -> dict[str, Any]:
    if page.before is None:
        rows = conn.execute(
            "SELECT * FROM diary_entries ORDER BY id DESC LIMIT ?", (page.limit,)
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT * FROM diary_entries WHERE id < ? ORDER BY id DESC LIMIT ?",
            (page.before, page.limit),
        ).fetchall()
    return {
        "items": _entries(conn, rows),
        "next_before": next_cursor([row["id"] for row in rows], page.limit),
    }


def _recent_notes(conn: sqlite3.Connection, cutoff: str, limit: int) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT text, created_at FROM diary_entries WHERE archived = 0 AND created_at >= ?"
        " ORDER BY id DESC LIMIT ?",
        (cutoff, limit),
    ).fetchall()
    return [(row["text"], row["created_at"]) for row in reversed(rows)]
