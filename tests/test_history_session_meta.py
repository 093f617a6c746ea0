"""Per-session metadata: merged key by key, bounded in size, never half-written."""

from __future__ import annotations

import trio

from tests.support.servers import RunningServer

URL = "/api/chat/session_meta"


async def test_meta_is_empty_for_a_session_never_set(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            default = await client.get(URL)
            named = await client.get(URL, params={"session_id": "never-seen"})
    assert default.json() == {"session_id": "default", "meta": {}}
    assert named.json() == {"session_id": "never-seen", "meta": {}}


async def test_meta_merges_key_by_key_and_null_removes(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            await client.post(URL, json={"session_id": "s1", "meta": {"a": 1, "b": {"x": [1]}}})
            merged = await client.post(
                URL, json={"session_id": "s1", "meta": {"a": None, "c": "z"}}
            )
            read = await client.get(URL, params={"session_id": "s1"})
            other = await client.get(URL)
    assert merged.status_code == 200
    assert merged.json() == {"session_id": "s1", "meta": {"b": {"x": [1]}, "c": "z"}}
    assert read.json() == merged.json()
    assert other.json()["meta"] == {}


async def test_prompt_override_in_meta_reaches_the_chat_chain(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            await client.post(URL, json={"meta": {"prompt_override": "Speak in rhymes."}})
            override = await client.get("/api/prompt_override")
    assert override.json()["override"] == "Speak in rhymes."


async def test_an_oversized_meta_is_413_and_changes_nothing(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            await client.post(URL, json={"meta": {"keep": True}})
            response = await client.post(URL, json={"meta": {"big": "x" * 16_400}})
            read = await client.get(URL)
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert read.json()["meta"] == {"keep": True}


async def test_a_merge_that_grows_past_the_limit_is_413_and_changes_nothing(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            first = await client.post(URL, json={"meta": {"a": "x" * 9000}})
            second = await client.post(URL, json={"meta": {"b": "y" * 9000}})
            read = await client.get(URL)
    assert first.status_code == 200
    assert second.status_code == 413
    assert read.json()["meta"] == {"a": "x" * 9000}


async def test_meta_refuses_bad_bodies_and_session_ids(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            responses = [
                await client.post(URL, content=b"{nope"),
                await client.post(URL, json={}),
                await client.post(URL, json={"meta": [1, 2]}),
                await client.post(URL, json={"meta": "text"}),
                await client.post(URL, json={"meta": {}, "session_id": "a b"}),
                await client.post(URL, json={"meta": {}, "session_id": "x" * 101}),
                await client.get(URL, params={"session_id": "bad/id"}),
                await client.get(URL, params={"session_id": ""}),
            ]
    assert [r.status_code for r in responses] == [400] * 8
    assert [r.json()["code"] for r in responses[:2]] == ["malformed_json", "missing_field"]
    assert responses[4].json()["code"] == "invalid_session_id"
