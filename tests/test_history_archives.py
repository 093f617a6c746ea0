"""Chat archives over real HTTP: archive, list, download, restore, delete, rename."""

from __future__ import annotations

import re
from typing import Any

import httpx
import trio

from tests.support.history import say, sql
from tests.support.servers import RunningServer


async def live(client: httpx.AsyncClient, session_id: str = "default") -> list[dict[str, Any]]:
    """The session's live messages, oldest first."""
    response = await client.get("/api/history/chat", params={"session_id": session_id})
    assert response.status_code == 200
    items: list[dict[str, Any]] = response.json()["items"]
    return items[::-1]


async def archive(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    response = await client.post("/api/chat/archive", json=body)
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_archive_moves_the_live_conversation_into_a_new_archive(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        await say(server, "hello")
        async with server.client() as client:
            summary = await archive(client)
            remaining = await live(client)
    assert set(summary) == {"archive_id", "name", "created_at", "session_id", "message_count"}
    assert summary["session_id"] == "default"
    assert summary["message_count"] == 2
    assert re.fullmatch(r"Conversation \d{4}-\d\d-\d\d \d\d:\d\d", summary["name"])
    assert remaining == []


async def test_archiving_an_empty_conversation_is_refused(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.post("/api/chat/archive", json={"session_id": "nobody"})
            listed = await client.get("/api/chat/archives")
    assert response.status_code == 400
    assert response.json()["code"] == "empty_conversation"
    assert listed.json() == {"archives": []}


async def test_archive_takes_a_name_and_a_session(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "hi", session_id="s-2")
        async with server.client() as client:
            summary = await archive(client, session_id="s-2", name="Kites")
            default_left = await client.post("/api/chat/archive", json={})
    assert (summary["name"], summary["session_id"]) == ("Kites", "s-2")
    assert default_left.json()["code"] == "empty_conversation"


async def test_archive_refuses_bad_bodies(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "hi")
        async with server.client() as client:
            statuses = [
                (await client.post("/api/chat/archive", content=body)).status_code
                for body in (
                    b"{not json",
                    b"[]",
                    b'{"name": ""}',
                    b'{"name": "   "}',
                    b'{"name": 5}',
                    b'{"name": "' + b"x" * 201 + b'"}',
                    b'{"session_id": "bad id!"}',
                    b'{"session_id": 7}',
                )
            ]
            still_live = await live(client)
    assert statuses == [400] * 8
    assert len(still_live) == 2


async def test_archives_are_listed_newest_first(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            for name in ("first", "second", "third"):
                await say(server, name)
                await archive(client, name=name)
            listed = (await client.get("/api/chat/archives")).json()["archives"]
    assert [a["name"] for a in listed] == ["third", "second", "first"]
    assert all(a["message_count"] == 2 for a in listed)


async def test_download_is_an_attachment_with_meta_and_messages(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "the blue kite")
        async with server.client() as client:
            await client.post("/api/chat/session_meta", json={"meta": {"topic": "kites"}})
            summary = await archive(client, name='Kites/"night"\\')
            response = await client.get(f"/api/chat/archives/{summary['archive_id']}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["content-disposition"] == 'attachment; filename="Kites_night.json"'
    document = response.json()
    assert {k: document[k] for k in summary} == summary
    assert document["meta"] == {"topic": "kites"}
    assert [(m["seq"], m["role"], m["text"]) for m in document["messages"]] == [
        (1, "user", "the blue kite"),
        (2, "assistant", "the blue kite"),
    ]
    assert set(document["messages"][0]) == {
        "id",
        "seq",
        "session_id",
        "source",
        "role",
        "text",
        "created_at",
    }


async def test_unknown_archive_ids_are_404(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            responses = [
                await client.get("/api/chat/archives/arc_missing"),
                await client.delete("/api/chat/archives/arc_missing"),
                await client.post("/api/chat/archives/arc_missing/rename", json={"name": "x"}),
                await client.post("/api/chat/restore", json={"archive_id": "arc_missing"}),
            ]
    assert [r.status_code for r in responses] == [404] * 4
    assert all(r.json()["code"] == "not_found" for r in responses)


async def test_delete_removes_the_archive_and_its_messages(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "hi")
        async with server.client() as client:
            summary = await archive(client)
            deleted = await client.delete(f"/api/chat/archives/{summary['archive_id']}")
            again = await client.delete(f"/api/chat/archives/{summary['archive_id']}")
            listed = (await client.get("/api/chat/archives")).json()["archives"]
        leftovers = await sql(server, "SELECT COUNT(*) FROM archived_messages")
    assert deleted.status_code == 204
    assert deleted.content == b""
    assert again.status_code == 404
    assert listed == []
    assert leftovers[0][0] == 0


async def test_rename_changes_the_name_and_answers_the_summary(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "hi")
        async with server.client() as client:
            summary = await archive(client)
            path = f"/api/chat/archives/{summary['archive_id']}/rename"
            renamed = await client.post(path, json={"name": "y" * 200})
            listed = (await client.get("/api/chat/archives")).json()["archives"]
    assert renamed.status_code == 200
    assert renamed.json() == {**summary, "name": "y" * 200}
    assert listed == [renamed.json()]


async def test_rename_refuses_bad_names_and_keeps_the_old_one(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "hi")
        async with server.client() as client:
            summary = await archive(client, name="keep")
            path = f"/api/chat/archives/{summary['archive_id']}/rename"
            responses = [
                await client.post(path, content=b"{oops"),
                await client.post(path, json={}),
                await client.post(path, json={"name": ""}),
                await client.post(path, json={"name": "z" * 201}),
                await client.post(path, json={"name": ["list"]}),
            ]
            listed = (await client.get("/api/chat/archives")).json()["archives"]
    assert [r.status_code for r in responses] == [400] * 5
    assert [r.json()["code"] for r in responses[:2]] == ["malformed_json", "missing_field"]
    assert listed[0]["name"] == "keep"
