"""Restoring an archive: the live conversation is replaced, nothing is lost, seq never repeats."""

from __future__ import annotations

from typing import Any

import httpx
import trio

from tests.support.history import say, sql
from tests.support.servers import RunningServer


async def live(client: httpx.AsyncClient, session_id: str = "default") -> list[dict[str, Any]]:
    response = await client.get("/api/history/chat", params={"session_id": session_id})
    items: list[dict[str, Any]] = response.json()["items"]
    return items[::-1]


async def archive(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    response = await client.post("/api/chat/archive", json=body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def restore(client: httpx.AsyncClient, **body: Any) -> httpx.Response:
    return await client.post("/api/chat/restore", json=body)


async def test_restore_brings_the_messages_back_with_new_seqs(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "one")
        async with server.client() as client:
            summary = await archive(client)
            response = await restore(client, archive_id=summary["archive_id"])
            messages = await live(client)
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "restored_count": 2}
    assert [(m["seq"], m["role"], m["text"]) for m in messages] == [
        (3, "user", "one"),
        (4, "assistant", "one"),
    ]


async def test_seq_never_repeats_across_archive_restore_and_new_turns(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            await say(server, "a")
            first = await archive(client)
            await say(server, "b")
            await restore(client, archive_id=first["archive_id"])
            await say(server, "c")
            second = await archive(client)
            await restore(client, archive_id=second["archive_id"])
            messages = await live(client)
            document = (await client.get(f"/api/chat/archives/{second['archive_id']}")).json()
    seen = await sql(server, "SELECT seq FROM archived_messages WHERE session_id = 'default'")
    assert [(m["seq"], m["text"]) for m in messages] == [(9, "a"), (10, "a"), (11, "c"), (12, "c")]
    assert [m["seq"] for m in document["messages"]] == [5, 6, 7, 8]
    # Every message ever written in the session, archived or live, has its own seq.
    assert sorted([row[0] for row in seen] + [m["seq"] for m in messages]) == list(range(1, 13))


async def test_restore_archives_the_live_conversation_first(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            await say(server, "old")
            old = await archive(client)
            await say(server, "current")
            await restore(client, archive_id=old["archive_id"])
            archives = (await client.get("/api/chat/archives")).json()["archives"]
            saved = (await client.get(f"/api/chat/archives/{archives[0]['archive_id']}")).json()
            messages = await live(client)
    assert archives[0]["name"].startswith("Before restore ")
    assert [m["text"] for m in saved["messages"]] == ["current", "current"]
    assert [m["text"] for m in messages] == ["old", "old"]


async def test_restore_into_an_empty_session_makes_no_extra_archive(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            await say(server, "hi")
            summary = await archive(client)
            await restore(client, archive_id=summary["archive_id"], session_id="other")
            archives = (await client.get("/api/chat/archives")).json()["archives"]
            messages = await live(client, "other")
    assert [a["archive_id"] for a in archives] == [summary["archive_id"]]
    assert [(m["seq"], m["session_id"]) for m in messages] == [(1, "other"), (2, "other")]


async def test_restoring_twice_gives_new_ids_each_time(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            await say(server, "hi")
            summary = await archive(client)
            await restore(client, archive_id=summary["archive_id"], session_id="x")
            await restore(client, archive_id=summary["archive_id"], session_id="y")
            ids = [m["id"] for s in ("x", "y") for m in await live(client, s)]
            document = (await client.get(f"/api/chat/archives/{summary['archive_id']}")).json()
    assert len(set(ids)) == 4
    assert not set(ids) & {m["id"] for m in document["messages"]}


async def test_restore_sends_the_history_frame_to_the_session(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "hi")
        async with server.client() as client:
            summary = await archive(client)
            with server.context.bus.subscribe(["chat"]) as events:
                await restore(client, archive_id=summary["archive_id"], session_id="s9")
                event = await events.receive()
            messages = await live(client, "s9")
    assert event.data == {"session_id": "s9", "frame": {"type": "history", "messages": messages}}


async def test_a_failed_restore_writes_nothing(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "keep me")
        async with server.client() as client:
            before = await live(client)
            missing = await restore(client, archive_id="arc_nope")
            archives = (await client.get("/api/chat/archives")).json()["archives"]
            after = await live(client)
    assert missing.status_code == 404
    assert archives == []
    assert after == before


async def test_restore_refuses_bad_bodies(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            responses = [
                await client.post("/api/chat/restore", content=b"not json"),
                await restore(client),
                await restore(client, archive_id=5),
                await restore(client, archive_id=""),
                await restore(client, archive_id="x" * 101),
                await restore(client, archive_id="arc_x", session_id="no spaces"),
            ]
    assert [r.status_code for r in responses] == [400] * 6
    assert responses[1].json()["code"] == "missing_field"
