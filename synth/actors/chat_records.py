"""SQL for chat messages and sessions (run by the Store actor on behalf of chat actors).

``seq`` comes from ``sessions.next_seq`` in the same transaction as the insert, so it
grows by one per message of a session and never repeats, even across restarts.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from typing import Any

from synth.store.database import now_iso


def new_message_id() -> str:
    return f"msg_{uuid.uuid4().hex}"


def ensure_session(conn: sqlite3.Connection, session_id: str) -> None:
    conn.execute(
        "INSERT INTO sessions (session_id, created_at) VALUES (?, ?) "
        "ON CONFLICT (session_id) DO NOTHING",
        (session_id, now_iso()),
    )


def append_message(
    conn: sqlite3.Connection,
    *,
    message_id: str,
    session_id: str,
    source: str,
    role: str,
    text: str,
    status: str = "complete",
    created_at: str | None = None,
) -> dict[str, Any]:
    """Record one message with the session's next seq; ``created_at`` defaults to now."""
    ensure_session(conn, session_id)
    row = conn.execute(
        "UPDATE sessions SET next_seq = next_seq + 1 WHERE session_id = ? RETURNING next_seq - 1",
        (session_id,),
    ).fetchone()
    seq = int(row[0])
    created_at = created_at or now_iso()
    conn.execute(
        "INSERT INTO messages (id, session_id, seq, source, role, text, status, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (message_id, session_id, seq, source, role, text, status, created_at),
    )
    return {
        "id": message_id,
        "seq": seq,
        "session_id": session_id,
        "source": source,
        "role": role,
        "text": text,
        "created_at": created_at,
    }


def as_message(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "seq": row["seq"],
        "session_id": row["session_id"],
        "source": row["source"],
        "role": row["role"],
        "text": row["text"],
        "created_at": row["created_at"],
    }


def recent_complete(conn: sqlite3.Connection, session_id: str, limit: int) -> list[dict[str, Any]]:
    """The last ``limit`` finished messages of a session, oldest first (prompt context)."""
    rows = conn.execute(
        "SELECT * FROM messages WHERE session_id = ? AND status = 'complete' "
        "ORDER BY seq DESC LIMIT ?",
        (session_id, limit),
    ).fetchall()
    return [as_message(row) for row in reversed(rows)]


def session_meta(conn: sqlite3.Connection, session_id: str) -> dict[str, Any]:
    row = conn.execute("SELECT meta FROM sessions WHERE session_id = ?", (session_id,)).fetchone()
    meta: dict[str, Any] = json.loads(row["meta"]) if row else {}
    return meta


def replay(
    conn: sqlite3.Connection, session_id: str, after_seq: int | None, limit: int
) -> list[dict[str, Any]]:
    """Every message after ``after_seq``, or the last ``limit`` of the session, oldest first."""
    if after_seq is not None:
        rows = conn.execute(
            "SELECT * FROM messages WHERE session_id = ? AND seq > ? ORDER BY seq",
            (session_id, after_seq),
        ).fetchall()
    else:
        rows = conn.execute(
            "SELECT * FROM (SELECT * FROM messages WHERE session_id = ? ORDER BY seq DESC "
            "LIMIT ?) ORDER BY seq",
            (session_id, limit),
        ).fetchall()
    return [as_message(row) for row in rows]
