"""Numbered schema migrations. Append only: a released migration never changes."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str], ...] = (
    (
        1,
        """
        CREATE TABLE config_values (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE config_files (
            key TEXT PRIMARY KEY,
            filename TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE grillo (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            source TEXT NOT NULL,
            message TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '{}'
        );
        CREATE TABLE sessions (
            session_id TEXT PRIMARY KEY,
            next_seq INTEGER NOT NULL DEFAULT 1,
            meta TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        );
        CREATE TABLE messages (
            id TEXT PRIMARY KEY,
            session_id TEXT NOT NULL REFERENCES sessions(session_id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            source TEXT NOT NULL,
            role TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'complete',
            created_at TEXT NOT NULL,
            UNIQUE (session_id, seq)
        );
        CREATE INDEX messages_by_time ON messages (created_at, id);
        """,
    ),
    (
        2,
        """
        CREATE TABLE chat_archives (
            archive_id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            session_id TEXT NOT NULL,
            meta TEXT NOT NULL DEFAULT '{}',
            message_count INTEGER NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE TABLE archived_messages (
            archive_id TEXT NOT NULL REFERENCES chat_archives(archive_id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            message_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            session_id TEXT NOT NULL,
            source TEXT NOT NULL,
            role TEXT NOT NULL,
            text TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (archive_id, position)
        );
        CREATE TABLE diary_entries (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            text TEXT NOT NULL,
            archived INTEGER NOT NULL DEFAULT 0,
            session_id TEXT,
            message_id TEXT
        );
        CREATE INDEX diary_entries_by_time ON diary_entries (created_at, id);
        CREATE TABLE diary_tags (
            entry_id INTEGER NOT NULL REFERENCES diary_entries(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, position)
        );
        CREATE INDEX diary_tags_by_tag ON diary_tags (tag);
        CREATE INDEX messages_by_source ON messages (source);
        """,
    ),
    (
        3,
        """
        CREATE TABLE integration_messages (
            n INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            type TEXT NOT NULL,
            payload TEXT NOT NULL,
            metadata TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at TEXT NOT NULL
        );
        CREATE INDEX integration_messages_by_source ON integration_messages (source, type, n);
        CREATE INDEX integration_messages_by_status ON integration_messages (status);
        CREATE TABLE outbox (
            n INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            type TEXT NOT NULL,
            text TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL,
            claim TEXT
        );
        CREATE INDEX outbox_by_source ON outbox (source, claim, n);
        CREATE INDEX outbox_by_claim ON outbox (claim);
        """,
    ),
)
