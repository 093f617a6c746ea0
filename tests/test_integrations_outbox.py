"""End to end: GET /api/integrations/outbox, its long poll and its exactly-once delivery."""

from __future__ import annotations

import json
import signal
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from synth.actors.outbox import Claim, Enqueue, OutboxStats, new_claim_id
from synth.assembly import Persona
from synth.http.context import AppContext
from synth.http.integration_routes import outbox_body
from synth.runtime.actor import ActorRef
from synth.runtime.system import Assembly, System
from tests.support.servers import (
    RunningServer,
    ServerProcess,
    make_options,
    start_process,
    wait_ready,
)
from tests.support.waiting import eventually


class Refs:
    """The actor refs of the server's current incarnation (they change with a restart)."""

    def __init__(self) -> None:
        self.contexts: list[AppContext] = []

    @property
    def outbox(self) -> ActorRef:
        return self.contexts[-1].actors.outbox


@asynccontextmanager
async def server_with_refs(data_dir: Path) -> AsyncIterator[tuple[RunningServer, Refs]]:
    """Like ``running_server``, and keeps each incarnation's context for the test."""
    persona = Persona(make_options(data_dir))
    refs = Refs()

    async def build(system: System) -> Assembly:
        assembly = await persona.build(system)
        refs.contexts.append(assembly.listeners[0].app.extensions["synth"])
        return assembly

    system = System(build)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(system.run)
        with trio.fail_after(10):
            await system.ready.wait()
        try:
            yield RunningServer(system, persona, data_dir), refs
        finally:
            system.request_stop()


async def poll(
    client: httpx.AsyncClient, source: str, wait: float = 0, limit: int = 100
) -> list[dict[str, Any]]:
    response = await client.get(
        "/api/integrations/outbox", params={"source": source, "wait": wait, "limit": limit}
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["source"] == source
    messages: list[dict[str, Any]] = response.json()["messages"]
    return messages


async def stats(outbox: ActorRef, source: str) -> dict[str, int]:
    result: dict[str, int] = await outbox.ask(OutboxStats(source))
    return result


async def until_readers(outbox: ActorRef, source: str, count: int) -> None:
    """Wait until exactly ``count`` long polls of ``source`` are waiting in the Outbox."""
    with trio.fail_after(5):
        while True:
            if (await stats(outbox, source))["waiting"] == count:
                return
            await trio.sleep(0.01)


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, "missing_query"),
        ({"source": ""}, "missing_query"),
        ({"source": "UPPER"}, "invalid_source"),
        ({"source": "a/b"}, "invalid_source"),
        ({"source": "bot", "wait": "soon"}, "invalid_query"),
        ({"source": "bot", "wait": "-1"}, "out_of_range"),
        ({"source": "bot", "wait": "30.5"}, "out_of_range"),
        ({"source": "bot", "wait": "nan"}, "out_of_range"),
        ({"source": "bot", "wait": "inf"}, "out_of_range"),
        ({"source": "bot", "limit": "0"}, "out_of_range"),
    ],
)
async def test_outbox_refuses_a_bad_source_or_wait_with_400(
    server: RunningServer, params: dict[str, str], code: str
) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.get("/api/integrations/outbox", params=params)
    assert response.status_code == 400
    assert response.json()["code"] == code


async def test_a_long_poll_returns_as_soon_as_a_reply_is_queued(server: RunningServer) -> None:
    answers: list[list[dict[str, Any]]] = []
    with trio.fail_after(15):
        async with server.client() as client, trio.open_nursery() as nursery:

            async def post_later() -> None:
                await trio.sleep(0.3)
                response = await client.post(
                    "/api/integrations/messages",
                    json={"source": "late", "type": "chat", "payload": {"text": "here I am"}},
                )
                assert response.status_code == 202

            nursery.start_soon(post_later)
            started = trio.current_time()
            answers.append(await poll(client, "late", wait=10))
            elapsed = trio.current_time() - started
    [[reply]] = answers
    assert reply["text"] == "here I am"
    assert 0.3 <= elapsed < 3


async def test_a_long_poll_answers_empty_once_wait_is_over(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            started = trio.current_time()
            messages = await poll(client, "quiet", wait=0.5)
            elapsed = trio.current_time() - started
    assert messages == []
    assert 0.5 <= elapsed < 3


async def test_a_source_reads_only_its_own_messages_oldest_first(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with server_with_refs(data_dir) as (server, refs), server.client() as client:
            for i in range(3):
                await refs.outbox.ask(Enqueue("one", "note", f"first {i}"))
            await refs.outbox.ask(Enqueue("two", "note", "second"))
            first = await poll(client, "one", limit=2)
            second = await poll(client, "two")
            rest = await poll(client, "one")
            again = await poll(client, "one")
    assert [m["text"] for m in first] == ["first 0", "first 1"]
    assert [m["text"] for m in second] == ["second"]
    assert [m["text"] for m in rest] == ["first 2"]
    assert again == []


async def test_concurrent_pollers_get_each_message_exactly_once(data_dir: Path) -> None:
    received: list[list[str]] = [[] for _ in range(8)]
    with trio.fail_after(45):
        async with server_with_refs(data_dir) as (server, refs):
            queued = [
                (await refs.outbox.ask(Enqueue("busy", "note", f"n{i}")))["id"] for i in range(500)
            ]

            async def poller(mine: list[str]) -> None:
                async with server.client() as client:
                    while batch := await poll(client, "busy", limit=7):
                        mine.extend(m["id"] for m in batch)

            async with trio.open_nursery() as nursery:
                for mine in received:
                    nursery.start_soon(poller, mine)
            left = await stats(refs.outbox, "busy")
    everything = [message_id for mine in received for message_id in mine]
    assert len(everything) == 500
    assert set(everything) == set(queued)
    assert sum(1 for mine in received if mine) > 1  # the readers really did share the queue
    for mine in received:  # each reader saw its batches in queue order
        assert mine == sorted(mine, key=queued.index)
    assert left == {"source": "busy", "queued": 0, "claimed": 0, "waiting": 0}


async def test_a_poll_whose_client_leaves_before_the_answer_removes_nothing(
    data_dir: Path,
) -> None:
    with trio.fail_after(15):
        async with server_with_refs(data_dir) as (server, refs):
            async with server.client() as client, trio.open_nursery() as nursery:
                nursery.start_soon(poll, client, "gone", 20.0)
                await until_readers(refs.outbox, "gone", 1)
                nursery.cancel_scope.cancel()  # the client hangs up mid-poll
            await until_readers(refs.outbox, "gone", 0)
            queued = await refs.outbox.ask(Enqueue("gone", "note", "still here"))
            async with server.client() as client:
                messages = await poll(client, "gone")
    assert [m["id"] for m in messages] == [queued["id"]]


async def test_an_answer_whose_write_fails_leaves_its_messages_queued(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with server_with_refs(data_dir) as (server, refs):
            queued = await refs.outbox.ask(Enqueue("flaky", "note", "try again"))
            body = outbox_body(refs.outbox, "flaky", 10)
            chunk = await body.__anext__()  # claimed, and handed over for writing
            assert json.loads(chunk)["messages"][0]["id"] == queued["id"]
            assert (await stats(refs.outbox, "flaky"))["claimed"] == 1
            await body.aclose()  # the write never returned: the client is gone
            async with server.client() as client:
                messages = await poll(client, "flaky")
    assert [m["id"] for m in messages] == [queued["id"]]


async def test_a_claim_never_settled_is_delivered_after_a_restart(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with server_with_refs(data_dir) as (server, refs), server.client() as client:
            queued = await refs.outbox.ask(Enqueue("stuck", "note", "claimed, never sent"))
            claimed = await refs.outbox.ask(Claim("stuck", new_claim_id(), 10))
            assert [m["id"] for m in claimed] == [queued["id"]]
            assert await poll(client, "stuck") == []
            before = server.system.state.restarts
            response = await client.post("/api/system/restart", json={"confirm": True})
            assert response.status_code == 202
            await eventually(lambda: server.system.state.restarts > before, within=10)
            await wait_ready(server.system)
            messages = await poll(client, "stuck")
    assert [m["id"] for m in messages] == [queued["id"]]


async def test_a_waiting_long_poll_answers_at_once_when_the_runtime_restarts(
    data_dir: Path,
) -> None:
    answers: list[list[dict[str, Any]]] = []
    with trio.fail_after(20):
        async with server_with_refs(data_dir) as (server, refs), server.client() as client:
            async with trio.open_nursery() as nursery:

                async def long_poll() -> None:
                    async with server.client() as poller:
                        answers.append(await poll(poller, "patient", wait=30))

                nursery.start_soon(long_poll)
                await until_readers(refs.outbox, "patient", 1)
                started = trio.current_time()
                response = await client.post("/api/system/restart", json={"confirm": True})
                assert response.status_code == 202
            elapsed = trio.current_time() - started
            await wait_ready(server.system)
    assert answers == [[]]
    assert elapsed < 2  # not the drain time (runtime.drain_s, 5 s), let alone the wait


def finish(server: ServerProcess, sig: int = signal.SIGTERM) -> int:
    """Stop a child server and close its pipe (an open one is a ResourceWarning later)."""
    try:
        return server.stop(sig)
    finally:
        if server.proc.stdout is not None:
            server.proc.stdout.close()


def outbox_ids(db: Path, source: str) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT id FROM outbox WHERE source = ? ORDER BY n", (source,))
        return [str(row[0]) for row in rows.fetchall()]
    finally:
        conn.close()


async def test_queued_replies_survive_sigkill_and_are_delivered_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    db = data_dir / "synth.db"
    server = await trio.to_thread.run_sync(start_process, data_dir)
    try:
        with trio.fail_after(40):
            async with httpx.AsyncClient(base_url=server.webui, timeout=10) as client:
                for i in range(6):
                    response = await client.post(
                        "/api/integrations/messages",
                        json={"source": "pager", "type": "chat", "payload": {"text": f"t{i}"}},
                    )
                    assert response.status_code == 202
            await eventually(lambda: len(outbox_ids(db, "pager")) == 6, within=20)
            queued = outbox_ids(db, "pager")
            async with httpx.AsyncClient(base_url=server.webui, timeout=10) as client:
                read_first = await poll(client, "pager", limit=2)
            assert finish(server, signal.SIGKILL) == -signal.SIGKILL
            server = await trio.to_thread.run_sync(start_process, data_dir)
            async with httpx.AsyncClient(base_url=server.webui, timeout=10) as client:
                read_after = await poll(client, "pager", limit=500)
                read_again = await poll(client, "pager")
    finally:
        finish(server)
    assert [m["id"] for m in read_first] == queued[:2]
    assert [m["id"] for m in read_after] == queued[2:]
    assert [m["text"] for m in read_first + read_after] == [f"t{i}" for i in range(6)]
    assert read_again == []
