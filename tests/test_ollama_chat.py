"""Chat and generate over raw HTTP: NDJSON and SSE framing, defaults, and the recorded turn.

The echo engine answers with the last user message, word by word, so replies are exact.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from typing import Any

import httpx
import pytest
import trio

from tests.support.servers import RunningServer

CREATED_AT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z")
DURATIONS = (
    "total_duration",
    "load_duration",
    "prompt_eval_count",
    "prompt_eval_duration",
    "eval_count",
    "eval_duration",
)
TEXT = "hello there my friend"


@pytest.fixture
async def client(server: RunningServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.ollama, timeout=10) as client:
        yield client


def chat_body(text: str = TEXT, **extra: Any) -> dict[str, Any]:
    return {"model": "synth", "messages": [{"role": "user", "content": text}], **extra}


def ndjson(response: httpx.Response) -> list[dict[str, Any]]:
    """Every line of an NDJSON body, after checking the framing itself."""
    assert response.headers["content-type"].startswith("application/x-ndjson")
    raw = response.content
    assert raw.endswith(b"\n")
    lines = raw.split(b"\n")[:-1]
    assert all(line.strip() for line in lines), "blank line in the stream"
    return [json.loads(line) for line in lines]


def sse(response: httpx.Response) -> list[str]:
    """The ``data:`` payloads of an SSE body, in order."""
    assert response.headers["content-type"].startswith("text/event-stream")
    events = response.text.split("\n\n")
    assert events[-1] == ""
    assert all(event.startswith("data: ") for event in events[:-1])
    return [event.removeprefix("data: ") for event in events[:-1]]


def recorded(server: RunningServer, session_id: str) -> list[tuple[str, str, str, str]]:
    """(source, role, text, status) of a session's messages, straight from the database."""
    path = server.data_dir / "synth.db"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            "SELECT source, role, text, status FROM messages WHERE session_id = ? ORDER BY seq",
            (session_id,),
        ).fetchall()
    return [tuple(row) for row in rows]


def ollama_sessions(server: RunningServer) -> set[str]:
    path = server.data_dir / "synth.db"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        rows = conn.execute("SELECT DISTINCT session_id FROM messages WHERE source = 'ollama'")
        return {row[0] for row in rows}


async def test_chat_streams_ndjson_by_default(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/chat", json=chat_body())
    lines = ndjson(response)
    assert all(not line["done"] for line in lines[:-1])
    assert "".join(line["message"]["content"] for line in lines) == TEXT
    assert lines[-1]["done"] is True


async def test_chat_stream_chunks_have_ollamas_keys(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        lines = ndjson(await client.post("/api/chat", json=chat_body()))
    for line in lines[:-1]:
        assert set(line) == {"model", "created_at", "message", "done"}
        assert line["model"] == "synth"
        assert line["message"]["role"] == "assistant"


async def test_chat_final_line_says_stop_with_integer_durations(
    client: httpx.AsyncClient,
) -> None:
    with trio.fail_after(20):
        final = ndjson(await client.post("/api/chat", json=chat_body()))[-1]
    assert final["done_reason"] == "stop"
    assert final["message"] == {"role": "assistant", "content": ""}
    for key in DURATIONS:
        assert type(final[key]) is int and final[key] >= 0, key
    assert final["eval_count"] == len(TEXT.split())
    assert final["total_duration"] >= final["prompt_eval_duration"]


async def test_created_at_is_utc_with_a_fraction_and_z(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        lines = ndjson(await client.post("/api/chat", json=chat_body()))
    assert all(CREATED_AT.fullmatch(line["created_at"]) for line in lines)


async def test_chat_stream_false_is_one_json_object(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/chat", json=chat_body(stream=False))
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["message"] == {"role": "assistant", "content": TEXT}
    assert body["done"] is True and body["done_reason"] == "stop"
    assert all(type(body[key]) is int for key in DURATIONS)


async def test_inline_tags_are_stripped_from_the_reply(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/chat", json=chat_body("so [happy] glad", stream=False))
    assert response.json()["message"]["content"] == "so  glad"


async def test_only_the_last_user_message_is_answered(client: httpx.AsyncClient) -> None:
    messages = [
        {"role": "system", "content": "be kind"},
        {"role": "user", "content": "first question"},
        {"role": "assistant", "content": "first answer"},
        {"role": "USER", "content": "second question"},
    ]
    body = {"model": "synth", "messages": messages, "stream": False}
    with trio.fail_after(20):
        response = await client.post("/api/chat", json=body)
    assert response.json()["message"]["content"] == "second question"


async def test_chat_with_no_messages_answers_load_at_once(
    client: httpx.AsyncClient, server: RunningServer
) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/chat", json={"model": "synth", "messages": []})
    [line] = ndjson(response)
    assert line["done"] is True and line["done_reason"] == "load"
    assert ollama_sessions(server) == set()


async def test_generate_streams_response_chunks(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/generate", json={"model": "synth", "prompt": TEXT})
    lines = ndjson(response)
    assert "".join(line["response"] for line in lines) == TEXT
    assert all("message" not in line for line in lines)
    final = lines[-1]
    assert final["done"] is True and final["done_reason"] == "stop"
    assert all(type(final[key]) is int for key in DURATIONS)


async def test_generate_stream_false_is_one_json_object(client: httpx.AsyncClient) -> None:
    body = {"model": "synth", "prompt": TEXT, "system": "answer briefly", "stream": False}
    with trio.fail_after(20):
        response = await client.post("/api/generate", json=body)
    assert response.headers["content-type"].startswith("application/json")
    assert response.json()["response"] == TEXT
    assert response.json()["done_reason"] == "stop"


async def test_generate_empty_prompt_answers_load_without_a_turn(
    client: httpx.AsyncClient, server: RunningServer
) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/generate", json={"model": "synth", "stream": False})
    body = response.json()
    assert body["done"] is True and body["done_reason"] == "load"
    assert body["response"] == ""
    assert ollama_sessions(server) == set()


async def test_generate_empty_prompt_with_keep_alive_zero_answers_unload(
    client: httpx.AsyncClient,
) -> None:
    body = {"model": "synth", "prompt": "", "keep_alive": 0, "stream": False}
    with trio.fail_after(20):
        response = await client.post("/api/generate", json=body)
    assert response.json()["done_reason"] == "unload"


async def test_v1_chat_defaults_to_one_completion_with_usage(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.post("/v1/chat/completions", json=chat_body())
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["id"].startswith("chatcmpl-")
    [choice] = body["choices"]
    assert choice["message"] == {"role": "assistant", "content": TEXT}
    assert choice["finish_reason"] == "stop"
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]


async def test_v1_stream_is_sse_chunks_ending_with_done(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.post("/v1/chat/completions", json=chat_body(stream=True))
    payloads = sse(response)
    assert payloads[-1] == "[DONE]"
    chunks = [json.loads(payload) for payload in payloads[:-1]]
    assert {chunk["object"] for chunk in chunks} == {"chat.completion.chunk"}
    assert len({chunk["id"] for chunk in chunks}) == 1
    assert chunks[0]["choices"][0]["delta"]["role"] == "assistant"
    text = "".join(chunk["choices"][0]["delta"].get("content", "") for chunk in chunks)
    assert text == TEXT
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


async def test_v1_stream_include_usage_adds_a_usage_chunk(client: httpx.AsyncClient) -> None:
    body = chat_body(stream=True, stream_options={"include_usage": True})
    with trio.fail_after(20):
        payloads = sse(await client.post("/v1/chat/completions", json=body))
    usage_chunk = json.loads(payloads[-2])
    assert usage_chunk["choices"] == []
    assert usage_chunk["usage"]["completion_tokens"] == len(TEXT.split())


async def test_turn_is_recorded_under_the_conversation_header(
    client: httpx.AsyncClient, server: RunningServer
) -> None:
    headers = {"X-Synth-Conversation": "chat-42"}
    with trio.fail_after(20):
        response = await client.post("/api/chat", json=chat_body(), headers=headers)
    assert response.status_code == 200
    assert recorded(server, "ollama:chat-42") == [
        ("ollama", "user", TEXT, "complete"),
        ("ollama", "assistant", TEXT, "complete"),
    ]


async def test_a_growing_conversation_stays_in_one_session(
    client: httpx.AsyncClient, server: RunningServer
) -> None:
    first = [{"role": "user", "content": "hi"}]
    later = [*first, {"role": "assistant", "content": "hi"}, {"role": "user", "content": "more"}]
    with trio.fail_after(20):
        for messages in (first, later):
            body = {"model": "synth", "messages": messages, "stream": False}
            assert (await client.post("/api/chat", json=body)).status_code == 200
    [session] = ollama_sessions(server)
    assert [row[2] for row in recorded(server, session)] == ["hi", "hi", "more", "more"]


async def test_different_conversations_get_different_sessions(
    client: httpx.AsyncClient, server: RunningServer
) -> None:
    with trio.fail_after(20):
        for text in ("one talk", "another talk"):
            response = await client.post("/api/chat", json=chat_body(text, stream=False))
            assert response.status_code == 200
    assert len(ollama_sessions(server)) == 2
