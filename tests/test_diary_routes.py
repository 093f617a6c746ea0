"""Diary routes over real HTTP: writing, listing, paging, archiving and deleting entries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import trio

from tests.support.history import sql
from tests.support.servers import RunningServer, running_server


async def write(client: httpx.AsyncClient, text: str, tags: list[str] | None = None) -> Any:
    body: dict[str, Any] = {"text": text}
    if tags is not None:
        body["tags"] = tags
    response = await client.post("/api/diary", json=body)
    assert response.status_code == 201, response.text
    return response.json()


async def overview(client: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    response = await client.get("/api/diary", params=params)
    assert response.status_code == 200, response.text
    diary: dict[str, Any] = response.json()["diary"]
    return diary


async def test_a_new_entry_is_answered_and_listed(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            entry = await write(client, "Saw a kite.", ["sky", "kite", "sky"])
            diary = await overview(client)
    assert set(entry) == {"id", "created_at", "text", "tags", "archived"}
    assert (entry["text"], entry["tags"], entry["archived"]) == (
        "Saw a kite.",
        ["sky", "kite"],
        False,
    )
    assert isinstance(entry["id"], str)
    assert diary["entries"] == [entry]
    assert (diary["count"], diary["total_count"], diary["total_pages"]) == (1, 1, 1)
    assert diary["earliest_timestamp"] == diary["latest_timestamp"] == entry["created_at"]


async def test_the_persona_block_has_the_name_and_creation_time(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with running_server(data_dir, overrides={"persona.name": "Aiko"}) as server:
            async with server.client() as client:
                body = (await client.get("/api/diary")).json()
            created = await sql(server, "SELECT MIN(applied_at) FROM schema_version")
    assert body["persona"] == {"name": "Aiko", "created_at": created[0][0]}
    assert body["diary"] == {
        "entries": [],
        "count": 0,
        "total_count": 0,
        "page": 1,
        "per_page": 10,
        "total_pages": 0,
        "include_archived": False,
        "earliest_timestamp": None,
        "latest_timestamp": None,
    }


async def test_entries_are_paged_newest_first_within_the_limit(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            for n in range(25):
                await write(client, f"entry {n}")
            third = await overview(client, page=3, per_page=10)
            capped = await overview(client, limit=12, page=2, per_page=10)
            beyond = await overview(client, page=9)
    assert [e["text"] for e in third["entries"]] == [f"entry {n}" for n in range(4, -1, -1)]
    assert (third["count"], third["total_count"], third["total_pages"]) == (5, 25, 3)
    assert [e["text"] for e in capped["entries"]] == ["entry 14", "entry 13"]
    assert (capped["total_count"], capped["total_pages"]) == (12, 2)
    assert (beyond["entries"], beyond["count"], beyond["page"]) == ([], 0, 9)


async def test_days_leaves_out_older_entries(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            old = await write(client, "three weeks ago")
            await write(client, "today")
            stamp = datetime.now(UTC) - timedelta(days=21)
            await sql(
                server,
                "UPDATE diary_entries SET created_at = ? WHERE id = ?",
                stamp.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                int(old["id"]),
            )
            recent = await overview(client)
            month = await overview(client, days=30)
    assert [e["text"] for e in recent["entries"]] == ["today"]
    assert recent["total_count"] == 1
    assert [e["text"] for e in month["entries"]] == ["today", "three weeks ago"]


async def test_archived_entries_show_only_when_asked(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            kept = await write(client, "kept")
            hidden = await write(client, "hidden")
            response = await client.post("/api/diary/archive", json={"entry_ids": [hidden["id"]]})
            default = await overview(client)
            everything = await overview(client, include_archived="true")
    assert response.json() == {"success": True, "archived_count": 1}
    assert [e["id"] for e in default["entries"]] == [kept["id"]]
    assert [(e["id"], e["archived"]) for e in everything["entries"]] == [
        (hidden["id"], True),
        (kept["id"], False),
    ]
    assert everything["include_archived"] is True


async def test_archive_and_unarchive_count_only_what_changed(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            a = await write(client, "a")
            b = await write(client, "b")
            ids = [a["id"], b["id"], "999999", "not-an-id"]
            archived = await client.post("/api/diary/archive", json={"entry_ids": ids})
            again = await client.post("/api/diary/archive", json={"entry_ids": ids})
            unarchived = await client.post("/api/diary/unarchive", json={"entry_ids": [a["id"]]})
            diary = await overview(client)
    assert archived.json() == {"success": True, "archived_count": 2}
    assert again.json()["archived_count"] == 0
    assert unarchived.json() == {"success": True, "unarchived_count": 1}
    assert [e["text"] for e in diary["entries"]] == ["a"]


async def test_delete_removes_only_archived_entries(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            active = await write(client, "active", ["t"])
            old = await write(client, "old", ["t"])
            await client.post("/api/diary/archive", json={"entry_ids": [old["id"]]})
            response = await client.request(
                "DELETE", "/api/diary/archive", json={"entry_ids": [active["id"], old["id"]]}
            )
            diary = await overview(client, include_archived=True)
        tags = await sql(server, "SELECT entry_id FROM diary_tags")
    assert response.json() == {"success": True, "deleted_count": 1}
    assert [e["id"] for e in diary["entries"]] == [active["id"]]
    assert [row[0] for row in tags] == [int(active["id"])]


async def test_delete_all_removes_every_archived_entry(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            entries = [await write(client, f"e{n}") for n in range(3)]
            ids = [e["id"] for e in entries[:2]]
            await client.post("/api/diary/archive", json={"entry_ids": ids})
            response = await client.request("DELETE", "/api/diary/archive", json={"all": True})
            diary = await overview(client, include_archived=True)
    assert response.json() == {"success": True, "deleted_count": 2}
    assert [e["text"] for e in diary["entries"]] == ["e2"]


async def test_new_entries_refuse_bad_bodies(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            bodies: list[Any] = [
                {},
                {"text": ""},
                {"text": "   "},
                {"text": "x" * 20_001},
                {"text": 42},
                {"text": "ok", "tags": "one"},
                {"text": "ok", "tags": [1]},
                {"text": "ok", "tags": [""]},
                {"text": "ok", "tags": ["x" * 65]},
                {"text": "ok", "tags": [f"t{n}" for n in range(33)]},
                ["text"],
            ]
            responses = [await client.post("/api/diary", json=body) for body in bodies]
            malformed = await client.post("/api/diary", content=b'{"text": ')
            diary = await overview(client, include_archived=True)
    assert [r.status_code for r in responses] == [400] * len(bodies)
    assert responses[0].json()["code"] == "missing_field"
    assert malformed.json()["code"] == "malformed_json"
    assert diary["total_count"] == 0


async def test_the_longest_text_and_most_tags_are_accepted(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            tags = [f"{n:02d}" + "x" * 62 for n in range(32)]
            entry = await write(client, "y" * 20_000, tags)
    assert len(entry["text"]) == 20_000
    assert entry["tags"] == tags


async def test_archive_routes_refuse_bad_bodies(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            responses = []
            for method, path in (
                ("POST", "/api/diary/archive"),
                ("POST", "/api/diary/unarchive"),
                ("DELETE", "/api/diary/archive"),
            ):
                for body in (
                    b"{bad",
                    b"{}",
                    b'{"entry_ids": []}',
                    b'{"entry_ids": "1"}',
                    b'{"entry_ids": [1]}',
                ):
                    responses.append(await client.request(method, path, content=body))
            for body in (
                b'{"all": "yes"}',
                b'{"all": false}',
                b'{"all": true, "entry_ids": ["1"]}',
            ):
                responses.append(await client.request("DELETE", "/api/diary/archive", content=body))
    assert [r.status_code for r in responses] == [400] * len(responses)
    assert all(set(r.json()) == {"error", "code"} for r in responses)


async def test_the_overview_refuses_numbers_out_of_range(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            responses = [
                await client.get("/api/diary", params=params)
                for params in (
                    {"days": 0},
                    {"days": 366},
                    {"limit": 0},
                    {"limit": 1001},
                    {"page": 0},
                    {"per_page": 0},
                    {"per_page": 1001},
                    {"days": "week"},
                    {"include_archived": "maybe"},
                )
            ]
            edges = await client.get(
                "/api/diary", params={"days": 365, "limit": 1000, "per_page": 1000}
            )
    assert [r.status_code for r in responses] == [400] * 9
    assert edges.status_code == 200


async def test_the_diary_timeline_pages_by_cursor(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            for n in range(5):
                await write(client, f"n{n}")
            first = (await client.get("/api/history/diary", params={"limit": 3})).json()
            second = (
                await client.get(
                    "/api/history/diary", params={"limit": 3, "before": first["next_before"]}
                )
            ).json()
            bad = [
                await client.get("/api/history/diary", params=params)
                for params in ({"before": "x1"}, {"limit": 0}, {"limit": 501})
            ]
    assert [e["text"] for e in first["items"]] == ["n4", "n3", "n2"]
    assert [e["text"] for e in second["items"]] == ["n1", "n0"]
    assert second["next_before"] is None
    assert [r.status_code for r in bad] == [400] * 3
    assert bad[0].json()["code"] == "bad_cursor"


async def test_the_diary_is_a_running_plugin_component(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            components = (await client.get("/api/components")).json()
    diary = [c for c in components["categories"]["plugins"] if c["name"] == "diary"]
    assert len(diary) == 1
    assert (diary[0]["status"], diary[0]["runnable"]) == ("running", False)


async def test_unicode_digits_in_entry_ids_are_unknown_ids_not_a_500(server: RunningServer) -> None:
    # "²".isdigit() is true but int("²") fails: found by schemathesis.
    with trio.fail_after(10):
        async with server.client() as client:
            for path, method in (
                ("/api/diary/archive", "POST"),
                ("/api/diary/unarchive", "POST"),
                ("/api/diary/archive", "DELETE"),
            ):
                response = await client.request(method, path, json={"entry_ids": ["²", "٣"]})
                assert response.status_code == 200, (path, method, response.text)
