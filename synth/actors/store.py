"""The Store actor: the only owner of the database connection.

Other actors send it a function to run against the connection (their SQL lives beside
them); it runs each one inside a transaction on a worker thread, one at a time, so
the event loop never waits on disk and SQLite never sees two writers from us.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

import trio

from synth.errors import SynthError, Unavailable, storage_failure
from synth.runtime.actor import Actor
from synth.store import database

T = TypeVar("T")


@dataclass(frozen=True)
class Run(Generic[T]):
    """Run ``fn(connection)`` in one transaction; its return value is the reply.

    A write transaction takes SQLite's write lock at once (``BEGIN IMMEDIATE``), so it
    waits for another writer at its start rather than failing halfway. Pass
    ``write=False`` for a function that only reads: in WAL mode it then keeps working
    while another process holds the write lock.
    """

    fn: Callable[[sqlite3.Connection], T]
    write: bool = True


@dataclass(frozen=True)
class Backup:
    """Write a consistent copy of the database into ``directory``; replies with its path."""

    directory: Path


class Store(Actor):
    name = "store"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._conn: sqlite3.Connection | None = None
        self._limiter = trio.CapacityLimiter(1)

    async def on_start(self) -> None:
        self._conn = await trio.to_thread.run_sync(database.connect, self.path)
        self.nursery.start_soon(self._close_at_the_end)

    async def _close_at_the_end(self) -> None:
        """Close the connection however this incarnation ends.

        A crash skips ``on_stop``; a connection left to the garbage collector would stay
        open until then (and is a ResourceWarning on Python 3.13). The limiter waits for a
        worker thread still using the connection.
        """
        try:
            await trio.sleep_forever()
        finally:
            with trio.CancelScope(shield=True):
                async with self._limiter:
                    conn, self._conn = self._conn, None
                    if conn is not None:
                        await trio.to_thread.run_sync(conn.close)

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, Run):
            return await self._in_thread(_transaction, msg.fn, msg.write)
        if isinstance(msg, Backup):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            dest = msg.directory / f"synth-backup-{stamp}.db"
            try:
                await trio.Path(msg.directory).mkdir(parents=True, exist_ok=True)
                await self._in_thread(lambda conn: database.backup(conn, dest))
            except OSError as exc:
                raise storage_failure(exc) from None
            return dest
        return await super().handle(msg)

    async def _in_thread(self, fn: Callable[..., T], *args: Any) -> T:
        conn = self._conn
        assert conn is not None
        try:
            return await trio.to_thread.run_sync(
                lambda: fn(conn, *args), limiter=self._limiter, abandon_on_cancel=False
            )
        except sqlite3.OperationalError as exc:
            raise _translate(exc) from None


def _transaction(conn: sqlite3.Connection, fn: Callable[[sqlite3.Connection], T], write: bool) -> T:
    conn.execute("BEGIN IMMEDIATE" if write else "BEGIN DEFERRED")
    try:
        result = fn(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return result


def _translate(exc: sqlite3.OperationalError) -> SynthError:
    """Turn what the disk or another process did to us into a clear 503."""
    text = str(exc)
    if "locked" in text or "busy" in text:
        return Unavailable(
            "the database is locked by another process; try again shortly", "database_locked"
        )
    if "disk is full" in text or "disk I/O" in text:
        return Unavailable(f"the database cannot be written: {text}", "storage_error")
    return Unavailable(f"database error: {text}", "storage_error")
