"""Bad input to the Ollama listener: each gets a clear 4xx (or 503) and never a 500."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from tests.support.servers import RunningServer, running_server

TURN_ROUTES = ["/api/chat", "/api/generate", "/v1/chat/completions"]
USER_HI = [{"role": "user", "content": "hi"}]


@pytest.fixture
async def client(server: RunningServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.ollama, timeout=10) as client:
        yield client


def native_error(response: httpx.Response, status: int) -> str:
    """The sentence of a native error reply, after checking status and shape."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "code"}
    message: str = body["error"]
    return message


def openai_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error: dict[str, Any] = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    return error


def chat(**fields: Any) -> dict[str, Any]:
    return {"model": "synth", "messages": USER_HI, **fields}


def ollama_message_count(server: RunningServer) -> int:
    path = server.data_dir / "synth.db"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        count: int = conn.execute(
            "SELECT COUNT(*) FROM messages WHERE source = 'ollama'"
        ).fetchone()[0]
    return count


async def post(client: httpx.AsyncClient, path: str, body: Any, **kwargs: Any) -> httpx.Response:
    with trio.fail_after(20):
        if isinstance(body, bytes):
            return await client.post(path, content=body, **kwargs)
        return await client.post(path, json=body, **kwargs)


@pytest.mark.parametrize("path", [*TURN_ROUTES, "/api/show"])
async def test_malformed_json_is_400(client: httpx.AsyncClient, path: str) -> None:
    response = await post(client, path, b'{"model": "synth",')
    assert response.status_code == 400
    assert "malformed JSON" in response.text


@pytest.mark.parametrize("body", [b"[1, 2]", b'"text"', b""])
async def test_a_body_that_is_not_a_json_object_is_400(
    client: httpx.AsyncClient, body: bytes
) -> None:
    native_error(await post(client, "/api/chat", body), 400)


@pytest.mark.parametrize("path", ["/api/chat", "/api/generate"])
async def test_missing_model_is_400_model_is_required(client: httpx.AsyncClient, path: str) -> None:
    response = await post(client, path, {"messages": USER_HI, "prompt": "hi"})
    assert native_error(response, 400) == "model is required"


async def test_missing_messages_is_400(client: httpx.AsyncClient) -> None:
    native_error(await post(client, "/api/chat", {"model": "synth"}), 400)


@pytest.mark.parametrize("messages", ["hi", {"role": "user", "content": "hi"}, 3])
async def test_messages_that_are_not_a_list_are_400(
    client: httpx.AsyncClient, messages: object
) -> None:
    native_error(await post(client, "/api/chat", chat(messages=messages)), 400)


@pytest.mark.parametrize(
    "message",
    [{"role": "user"}, {"role": "user", "content": 5}, {"role": "user", "content": None}, "hi"],
)
async def test_a_message_without_string_content_is_400(
    client: httpx.AsyncClient, message: object
) -> None:
    native_error(await post(client, "/api/chat", chat(messages=[message])), 400)


@pytest.mark.parametrize("role", ["wizard", "function", "", None])
async def test_an_unknown_role_is_400(client: httpx.AsyncClient, role: object) -> None:
    message = {"role": role, "content": "hi"}
    native_error(await post(client, "/api/chat", chat(messages=[message])), 400)


@pytest.mark.parametrize("stream", ["yes", 1, [], {}])
async def test_stream_must_be_a_boolean(client: httpx.AsyncClient, stream: object) -> None:
    native_error(await post(client, "/api/chat", chat(stream=stream)), 400)


@pytest.mark.parametrize("options", ["fast", [1], 3])
async def test_options_must_be_an_object(client: httpx.AsyncClient, options: object) -> None:
    native_error(await post(client, "/api/chat", chat(options=options)), 400)


@pytest.mark.parametrize("path", ["/api/chat", "/api/generate"])
async def test_an_unknown_model_is_404(client: httpx.AsyncClient, path: str) -> None:
    response = await post(client, path, {"model": "nope", "messages": USER_HI, "prompt": "hi"})
    assert native_error(response, 404) == "model 'nope' not found"


async def test_v1_unknown_model_is_404_in_openai_shape(client: httpx.AsyncClient) -> None:
    response = await post(client, "/v1/chat/completions", chat(model="nope"))
    assert openai_error(response, 404)["type"] == "not_found_error"


@pytest.mark.parametrize(
    "body",
    [{"messages": USER_HI}, chat(messages=[]), chat(stream="no"), chat(temperature="hot")],
)
async def test_v1_bad_input_is_400_in_openai_shape(
    client: httpx.AsyncClient, body: dict[str, Any]
) -> None:
    response = await post(client, "/v1/chat/completions", body)
    assert openai_error(response, 400)["type"] == "invalid_request_error"


async def test_a_bad_conversation_header_is_400(client: httpx.AsyncClient) -> None:
    headers = {"X-Synth-Conversation": "not allowed!"}
    response = await post(client, "/api/chat", chat(), headers=headers)
    assert "X-Synth-Conversation" in native_error(response, 400)


@pytest.fixture
async def small_limit(data_dir: Path) -> AsyncIterator[RunningServer]:
    async with running_server(data_dir, overrides={"limits.prompt_chars": 40}) as server:
        yield server


async def test_messages_over_the_prompt_limit_are_413_before_a_turn(
    small_limit: RunningServer,
) -> None:
    body = chat(messages=[{"role": "user", "content": "x" * 41}])
    async with httpx.AsyncClient(base_url=small_limit.ollama) as client:
        response = await post(client, "/api/chat", body)
    native_error(response, 413)
    assert ollama_message_count(small_limit) == 0


async def test_a_prompt_the_chain_refuses_is_413_not_a_broken_stream(
    small_limit: RunningServer,
) -> None:
    # Within the client's budget, but the persona's system prompt takes it over the limit.
    async with httpx.AsyncClient(base_url=small_limit.ollama) as client:
        response = await post(client, "/api/chat", chat())
    assert "limits.prompt_chars" in native_error(response, 413)


async def switch_to_unconfigured_openai(server: RunningServer) -> None:
    async with server.client() as webui:
        response = await webui.post("/api/components/cortex", json={"name": "openai"})
    assert response.status_code == 200


async def test_an_unconfigured_engine_is_503_before_any_stream_bytes(
    server: RunningServer, client: httpx.AsyncClient
) -> None:
    with trio.fail_after(20):
        await switch_to_unconfigured_openai(server)
    response = await post(client, "/api/chat", chat())
    assert "cortex.openai.url" in native_error(response, 503)


async def test_an_unconfigured_engine_is_503_on_a_v1_stream_too(
    server: RunningServer, client: httpx.AsyncClient
) -> None:
    with trio.fail_after(20):
        await switch_to_unconfigured_openai(server)
    response = await post(client, "/v1/chat/completions", chat(stream=True))
    assert "cortex.openai.url" in openai_error(response, 503)["message"]
