"""CORS on the Ollama listener, from ``ollama_compat.origins`` (like ``OLLAMA_ORIGINS``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import trio

from tests.support.servers import RunningServer, running_server

ORIGINS = ["http://app.example", "http://localhost:*"]


@pytest.fixture
async def client(data_dir: Path) -> AsyncIterator[httpx.AsyncClient]:
    overrides = {"ollama_compat.origins": ORIGINS}
    async with (
        running_server(data_dir, overrides=overrides) as server,
        httpx.AsyncClient(base_url=server.ollama, timeout=10) as client,
    ):
        yield client


async def get_tags(client: httpx.AsyncClient, **headers: str) -> httpx.Response:
    with trio.fail_after(20):
        return await client.get("/api/tags", headers=headers)


@pytest.mark.parametrize("origin", ["http://app.example", "http://localhost:5173"])
async def test_an_allowed_origin_gets_cors_headers(client: httpx.AsyncClient, origin: str) -> None:
    response = await get_tags(client, Origin=origin)
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == origin
    assert "Origin" in response.headers["vary"]


async def test_preflight_answers_204_with_methods_headers_and_max_age(
    client: httpx.AsyncClient,
) -> None:
    headers = {
        "Origin": "http://app.example",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, x-stainless-lang, x-synth-conversation",
    }
    with trio.fail_after(20):
        response = await client.options("/v1/chat/completions", headers=headers)
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == "http://app.example"
    assert "POST" in response.headers["access-control-allow-methods"]
    allowed = {
        name.strip().lower() for name in response.headers["access-control-allow-headers"].split(",")
    }
    assert {"content-type", "x-stainless-lang", "x-synth-conversation", "authorization"} <= allowed
    assert int(response.headers["access-control-max-age"]) > 0


async def test_a_disallowed_origin_is_403(client: httpx.AsyncClient) -> None:
    response = await get_tags(client, Origin="http://evil.example")
    assert response.status_code == 403
    assert response.json()["code"] == "forbidden"
    assert "access-control-allow-origin" not in response.headers


async def test_a_disallowed_preflight_is_403(client: httpx.AsyncClient) -> None:
    headers = {"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"}
    with trio.fail_after(20):
        response = await client.options("/api/chat", headers=headers)
    assert response.status_code == 403


async def test_the_listeners_own_origin_passes(client: httpx.AsyncClient) -> None:
    response = await get_tags(client, Origin=str(client.base_url).rstrip("/"))
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


async def test_no_origin_means_no_cors_headers(client: httpx.AsyncClient) -> None:
    response = await get_tags(client)
    assert response.status_code == 200
    assert "access-control-allow-origin" not in response.headers


async def test_a_streamed_chat_carries_cors_headers(client: httpx.AsyncClient) -> None:
    body = {"model": "synth", "messages": [{"role": "user", "content": "hi"}]}
    with trio.fail_after(20):
        response = await client.post(
            "/api/chat", json=body, headers={"Origin": "http://app.example"}
        )
    assert response.status_code == 200
    assert response.headers["access-control-allow-origin"] == "http://app.example"


async def test_by_default_every_foreign_origin_is_refused(server: RunningServer) -> None:
    async with httpx.AsyncClient(base_url=server.ollama) as client:
        response = await get_tags(client, Origin="http://localhost:3000")
    assert response.status_code == 403


async def test_a_lone_star_allows_every_origin(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with (
            running_server(data_dir, overrides={"ollama_compat.origins": ["*"]}) as server,
            httpx.AsyncClient(base_url=server.ollama) as client,
        ):
            response = await client.get("/", headers={"Origin": "moz-extension://abc"})
    assert response.headers["access-control-allow-origin"] == "moz-extension://abc"
