"""Opening the SQLite database: pragmas, migrations and consistent backups.

These are blocking functions; at run time only the Store actor calls them, from its
worker thread.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from synth.store.migrations import MIGRATIONS

DB_NAME = "synth.db"
BUSY_TIMEOUT_MS = 5000


def now_iso() -> str:
    """RFC 3339 UTC with milliseconds, as every timestamp in the API."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database at ``path``."""
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: an acknowledged write survives power loss too, not only a killed process.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn)
    return conn


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version "
        "(version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return {int(row[0]) for row in conn.execute("SELECT version FROM schema_version")}


def migrate(conn: sqlite3.Connection) -> int:
    """Apply every migration not yet recorded, in version order, each in its own transaction."""
    applied = applied_versions(conn)
    for version, sql in sorted(MIGRATIONS):
        if version in applied:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in sql.split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (version, now_iso()),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.add(version)
    return max(applied, default=0)


def read_persisted_config(path: Path, *, read_only: bool = False) -> dict[str, object]:
    """The config values changed through the API, read before the actors start.

    ``read_only`` neither creates nor migrates the database: an inspection command run as
    another user (root, say) must not leave files that the service cannot open.
    """
    if read_only:
        if not path.is_file():
            return {}
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        conn.row_factory = sqlite3.Row
    else:
        conn = connect(path)
    try:
        rows = conn.execute("SELECT key, value FROM config_values").fetchall()
    except sqlite3.OperationalError:
        return {}  # a read-only look at a database that predates the table
    finally:
        conn.close()
    return {row["key"]: json.loads(row["value"]) for row in rows}


def backup(conn: sqlite3.Connection, dest: Path) -> None:
    """A consistent copy through SQLite's online backup API."""
    target = sqlite3.connect(dest)
    try:
        conn.backup(target)
    finally:
        target.close()
