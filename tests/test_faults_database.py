"""The database under stress: locked by another process, and the process killed mid-burst."""

from __future__ import annotations

import json
import signal
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from synth.actors.outbox import OutboxStats
from synth.store import database
from tests.support.history import until
from tests.support.servers import ServerProcess, running_server, start_process

BUSY_MS = 300
"""The Store's busy_timeout for these tests (the product waits 5 s)."""
SOURCES = ("alpha", "beta", "gamma", "delta")
PER_SOURCE = 15


@contextmanager
def exclusive_lock(db: Path) -> Iterator[None]:
    """Another process's write lock on the database until the block exits."""
    with closing(sqlite3.connect(db, isolation_level=None, check_same_thread=False)) as conn:
        conn.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            conn.execute("ROLLBACK")


async def test_a_locked_database_is_a_503_database_locked_and_the_write_succeeds_after(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", BUSY_MS)
    entry = {"text": "written once the lock is gone"}
    with trio.fail_after(30):
        async with running_server(data_dir) as server, server.client() as client:
            lock = exclusive_lock(data_dir / database.DB_NAME)
            await trio.to_thread.run_sync(lock.__enter__)
            try:
                started = trio.current_time()
                refused = await client.post("/api/diary", json=entry)
                waited = trio.current_time() - started
                from_memory = await client.get("/api/config")
                from_disk = await client.get("/api/diary")
                timeline = await client.get("/api/history/chat")
                archives = await client.get("/api/chat/archives")
            finally:
                await trio.to_thread.run_sync(lock.__exit__, None, None, None)
            accepted = await client.post("/api/diary", json=entry)
            listed = await client.get("/api/diary")
    assert refused.status_code == 503
    assert refused.json()["code"] == "database_locked"
    assert "locked by another process" in refused.json()["error"]
    assert BUSY_MS / 1000 <= waited < BUSY_MS / 1000 + 2
    assert from_memory.status_code == 200
    # Reads take no write lock (BEGIN DEFERRED in WAL mode): they keep working.
    assert from_disk.status_code == 200
    assert timeline.status_code == 200
    assert archives.status_code == 200
    assert accepted.status_code == 201
    assert [e["text"] for e in listed.json()["diary"]["entries"]] == [entry["text"]]


async def test_integration_and_outbox_reads_answer_while_the_database_is_locked(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", BUSY_MS)
    with trio.fail_after(30):
        async with running_server(data_dir) as server, server.client() as client:
            lock = exclusive_lock(data_dir / database.DB_NAME)
            await trio.to_thread.run_sync(lock.__enter__)
            try:
                stored = await client.get("/api/integrations/messages")
                outbox = await client.get("/api/integrations/outbox", params={"source": "alpha"})
                stats = await server.context.actors.outbox.ask(OutboxStats("alpha"))
            finally:
                await trio.to_thread.run_sync(lock.__exit__, None, None, None)
    assert stored.status_code == 200, stored.text
    assert stored.json() == {"messages": []}
    assert outbox.status_code == 200, outbox.text
    assert outbox.json() == {"source": "alpha", "messages": []}
    assert stats == {"source": "alpha", "queued": 0, "claimed": 0, "waiting": 0}


async def test_an_integration_post_is_a_503_database_locked_and_succeeds_after_the_lock(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", BUSY_MS)
    note = {"source": "alpha", "type": "note", "payload": {"n": 1}}
    with trio.fail_after(30):
        async with running_server(data_dir) as server, server.client() as client:
            lock = exclusive_lock(data_dir / database.DB_NAME)
            await trio.to_thread.run_sync(lock.__enter__)
            try:
                refused = await client.post("/api/integrations/messages", json=note)
            finally:
                await trio.to_thread.run_sync(lock.__exit__, None, None, None)
            accepted = await client.post("/api/integrations/messages", json=note)
            stored = await client.get("/api/integrations/messages")
    assert refused.status_code == 503
    assert refused.json()["code"] == "database_locked"
    assert accepted.status_code == 202, accepted.text
    assert [m["id"] for m in stored.json()["messages"]] == [accepted.json()["message_id"]]


def stored_ids(db: Path) -> set[str]:
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return {row[0] for row in conn.execute("SELECT id FROM integration_messages")}


async def burst_until_killed(server: ServerProcess, kill_after: int) -> list[str]:
    """Post chat messages concurrently; SIGKILL the server once ``kill_after`` were acked.

    Returns the ids of every message the server acknowledged with a 202.
    """
    acked: list[str] = []

    async def post(client: httpx.AsyncClient, source: str, index: int) -> None:
        body = {"source": source, "type": "chat", "payload": {"text": f"{source} {index}"}}
        try:
            response = await client.post("/api/integrations/messages", json=body)
        except httpx.HTTPError:
            return  # in flight when the process died: never acknowledged
        assert response.status_code == 202, response.text
        acked.append(response.json()["message_id"])
        if len(acked) == kill_after:
            server.proc.send_signal(signal.SIGKILL)

    limits = httpx.Limits(max_connections=len(SOURCES) * PER_SOURCE)
    async with (
        httpx.AsyncClient(base_url=server.webui, timeout=10, limits=limits) as client,
        trio.open_nursery() as nursery,
    ):
        for index in range(PER_SOURCE):
            for source in SOURCES:
                nursery.start_soon(post, client, source, index)
    return acked


async def outbox_replies(client: httpx.AsyncClient) -> dict[str, dict[str, Any]]:
    """Every message waiting in each source's outbox, by the id it answers."""
    replies: dict[str, dict[str, Any]] = {}
    for source in SOURCES:
        response = await client.get(
            "/api/integrations/outbox", params={"source": source, "limit": 500}
        )
        assert response.status_code == 200, response.text
        for message in response.json()["messages"]:
            replies[message["payload"]["in_reply_to"]] = message
    return replies


async def test_every_acknowledged_message_survives_sigkill_and_is_answered(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    db = data_dir / database.DB_NAME
    server = await trio.to_thread.run_sync(start_process, data_dir)
    try:
        with trio.fail_after(40):
            acked = await burst_until_killed(server, kill_after=20)
            assert await trio.to_thread.run_sync(server.stop) == -signal.SIGKILL
            assert set(acked) <= await trio.to_thread.run_sync(stored_ids, db)

            server = await trio.to_thread.run_sync(start_process, data_dir)
            replies: dict[str, dict[str, Any]] = {}
            async with httpx.AsyncClient(base_url=server.webui, timeout=10) as client:

                async def all_answered() -> bool:
                    replies.update(await outbox_replies(client))
                    return set(acked) <= set(replies)

                await until(all_answered, within=20, step=0.05)
    finally:
        await trio.to_thread.run_sync(server.stop)
    assert len(acked) >= 20
    for message_id in acked:
        reply = replies[message_id]
        assert reply["type"] == "chat" or reply["payload"]["code"] == "interrupted", json.dumps(
            reply
        )
