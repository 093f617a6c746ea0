"""The chat timeline: live messages newest first, cursor pagination, filters."""

from __future__ import annotations

from typing import Any

import httpx
import trio

from tests.support.history import record, say
from tests.support.servers import RunningServer

URL = "/api/history/chat"


async def page(client: httpx.AsyncClient, **params: Any) -> dict[str, Any]:
    response = await client.get(URL, params=params)
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()
    return result


async def test_the_timeline_is_newest_first_and_pages_by_cursor(server: RunningServer) -> None:
    with trio.fail_after(10):
        for text in ("one", "two", "three"):
            await say(server, text)
        async with server.client() as client:
            first = await page(client, limit=4)
            second = await page(client, limit=4, before=first["next_before"])
    assert [(m["seq"], m["role"]) for m in first["items"]] == [
        (6, "assistant"),
        (5, "user"),
        (4, "assistant"),
        (3, "user"),
    ]
    assert isinstance(first["next_before"], str)
    assert [m["seq"] for m in second["items"]] == [2, 1]
    assert second["next_before"] is None


async def test_items_are_chat_messages(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "hi", session_id="s1")
        async with server.client() as client:
            items = (await page(client))["items"]
    assert set(items[0]) == {"id", "seq", "session_id", "source", "role", "text", "created_at"}
    assert items[1]["text"] == "hi"
    assert (items[1]["session_id"], items[1]["source"]) == ("s1", "webui")


async def test_a_full_last_page_ends_with_an_empty_one(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "hi")
        async with server.client() as client:
            first = await page(client, limit=2)
            second = await page(client, limit=2, before=first["next_before"])
    assert len(first["items"]) == 2
    assert second == {"items": [], "next_before": None}


async def test_session_and_source_filter_the_timeline(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "web", session_id="a")
        await say(server, "other session", session_id="b")
        await say(server, "from telegram", session_id="integration:telegram", source="telegram")
        async with server.client() as client:
            by_session = await page(client, session_id="a")
            by_source = await page(client, source="telegram")
            both = await page(client, session_id="a", source="telegram")
    assert {m["text"] for m in by_session["items"]} == {"web"}
    assert {m["session_id"] for m in by_source["items"]} == {"integration:telegram"}
    assert both["items"] == []


async def test_interrupted_messages_are_in_the_timeline(server: RunningServer) -> None:
    with trio.fail_after(10):
        await record(server, "default", "cut short", status="interrupted")
        await record(server, "default", "draft", status="pending")
        async with server.client() as client:
            items = (await page(client))["items"]
    assert [m["text"] for m in items] == ["cut short"]


async def test_archived_messages_leave_the_timeline(server: RunningServer) -> None:
    with trio.fail_after(10):
        await say(server, "gone")
        await say(server, "kept", session_id="other")
        async with server.client() as client:
            await client.post("/api/chat/archive", json={})
            items = (await page(client))["items"]
    assert {m["text"] for m in items} == {"kept"}


async def test_the_timeline_refuses_bad_queries(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            responses = [
                await client.get(URL, params=params)
                for params in (
                    {"before": "abc"},
                    {"before": "-1"},
                    {"before": "9" * 40},
                    {"limit": "0"},
                    {"limit": "501"},
                    {"limit": "ten"},
                    {"session_id": "has space"},
                    {"source": "bad/source"},
                )
            ]
    assert [r.status_code for r in responses] == [400] * 8
    assert [r.json()["code"] for r in responses[:3]] == ["bad_cursor"] * 3
    assert responses[3].json()["code"] == "out_of_range"
