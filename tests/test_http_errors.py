"""End-to-end tests of error responses: one JSON shape, the right status, never a 500."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import trio

from tests.support.servers import RunningServer, running_server

JSON_ROUTES = [
    "/api/system/restart",
    "/api/config",
    "/api/components/dev/toggle",
    "/api/components/cortex",
    "/api/components/cortex/login",
    "/api/components/run",
]
BAD_BODIES = [
    b"",
    b"   ",
    b"{",
    b'{"key": ',
    b"[]",
    b'["key", "value"]',
    b'"a string"',
    b"42",
    b"null",
    b"\xff\xfe\x00garbage",
    b'{"key": "persona.name", "value": "x"}}',
    b"[" * 100_000,
    b'{"a":' * 50_000,
    b"NaN",
    b"1" * 5000,
]


def error_code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "code"}
    assert isinstance(body["error"], str) and body["error"]
    code: str = body["code"]
    return code


async def test_an_unknown_route_is_a_json_404(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            get = await client.get("/api/no/such/route")
            post = await client.post("/api/nothing", json={})
    assert error_code(get, 404) == "not_found"
    assert error_code(post, 404) == "not_found"
    assert "/api/no/such/route" in get.json()["error"]


async def test_an_unknown_route_on_the_ollama_listener_is_a_json_404(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with httpx.AsyncClient(base_url=server.ollama, timeout=10) as client:
            response = await client.get("/no/such/route")
    assert error_code(response, 404) == "not_found"


async def test_a_wrong_method_is_a_json_405_with_allow(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            restart = await client.get("/api/system/restart")
            config = await client.delete("/api/config")
    assert error_code(restart, 405) == "method_not_allowed"
    assert "POST" in restart.headers["allow"]
    assert error_code(config, 405) == "method_not_allowed"
    assert {"GET", "POST"} <= {m.strip() for m in config.headers["allow"].split(",")}


async def test_a_wrong_method_on_the_ollama_listener_is_a_json_405(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with httpx.AsyncClient(base_url=server.ollama, timeout=10) as client:
            response = await client.delete("/")
    assert error_code(response, 405) == "method_not_allowed"


async def test_malformed_json_is_400_malformed_json(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config",
                content=b'{"key": "persona.name", "value": }',
                headers={"content-type": "application/json"},
            )
    assert error_code(response, 400) == "malformed_json"


async def test_an_empty_body_is_400(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/config")
    assert error_code(response, 400) == "missing_body"


async def test_a_json_array_body_is_400(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/config", json=["persona.name", "Ada"])
    assert error_code(response, 400) == "bad_request"


async def test_a_body_that_is_not_utf8_is_400(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config",
                content=b'{"key": "\xff\xfe"}',
                headers={"content-type": "application/json"},
            )
    assert error_code(response, 400) == "malformed_json"


async def test_deeply_nested_json_is_400_not_500(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config",
                content=b'{"key": "persona.name", "value": ' + b"[" * 100_000,
                headers={"content-type": "application/json"},
            )
    assert error_code(response, 400) == "malformed_json"


async def test_a_missing_field_is_400_missing_field(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/cortex", json={})
    assert error_code(response, 400) == "missing_field"
    assert "name" in response.json()["error"]


async def test_a_mistyped_field_is_400_invalid_field(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/components/run", json={"name": {"a": 1}})
    assert error_code(response, 400) == "invalid_field"


async def test_json_is_read_whatever_the_content_type(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config",
                content=b'{"key": "persona.name", "value": "Ada"}',
                headers={"content-type": "text/plain"},
            )
    assert response.status_code == 200


async def test_a_body_over_the_limit_is_413(data_dir: Path) -> None:
    big = b'{"key": "persona.name", "value": "' + b"x" * 8000 + b'"}'
    with trio.fail_after(20):
        env = {"SYNTH_LIMITS_BODY_BYTES": "4096"}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post(
                "/api/config", content=big, headers={"content-type": "application/json"}
            )
            small = await client.post("/api/config", json={"key": "persona.name", "value": "A"})
    assert error_code(response, 413) == "too_large"
    assert small.status_code == 200


async def test_a_streamed_body_over_the_limit_is_413(data_dir: Path) -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"key": "persona.name", "value": "'
        for _ in range(20):
            yield b"y" * 500
        yield b'"}'

    with trio.fail_after(20):
        env = {"SYNTH_LIMITS_BODY_BYTES": "4096"}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post(
                "/api/config", content=chunks(), headers={"content-type": "application/json"}
            )
    assert error_code(response, 413) == "too_large"


async def test_the_body_limit_applies_at_once_when_changed(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "limits.body_bytes", "value": 4096})
            response = await client.post(
                "/api/config", json={"key": "persona.name", "value": "z" * 5000}
            )
            lowest = await client.post("/api/config", json={"key": "limits.body_bytes", "value": 1})
    assert error_code(response, 413) == "too_large"
    # The floor keeps POST /api/config itself usable, so a limit can always be raised again.
    assert error_code(lowest, 400) == "invalid_value"


@pytest.mark.parametrize("path", JSON_ROUTES)
async def test_no_bad_body_on_any_json_route_is_a_500(server: RunningServer, path: str) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            responses = [
                await client.post(path, content=body, headers={"content-type": "application/json"})
                for body in BAD_BODIES
            ]
            about = await client.get("/api/about")
    for body, response in zip(BAD_BODIES, responses, strict=True):
        assert response.status_code == 400, (body[:40], response.status_code, response.text)
        error_code(response, 400)
    assert about.json()["restarts"] == 0


@pytest.mark.parametrize(
    "value",
    [
        10**300,
        -(10**300),
        1e308,
        [[["deep"]]],
        {"k": {"k": "v"}},
        "\u0000",
        "\U0001f600" * 10,
        True,
        None,
    ],
)
async def test_no_config_value_is_a_500(server: RunningServer, value: object) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            statuses = [
                (await client.post("/api/config", json={"key": key, "value": value})).status_code
                for key in (
                    "web.history_replay",
                    "weather.latitude",
                    "persona.name",
                    "ollama_compat.models",
                    "logchat.level",
                    "selkies.enabled",
                    "auth.token",
                    "persona.prompt",
                )
            ]
            listed = await client.get("/api/config")
    assert all(status in (200, 400, 409) for status in statuses), statuses
    assert listed.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/api/config/%2e%2e/file",
        "/api/config/..%2f..%2fsynth.db/file",
        "/api/config/persona.prompt%00/file",
        "/api/config/" + "k" * 5000 + "/file",
    ],
)
async def test_odd_config_file_paths_are_client_errors(server: RunningServer, path: str) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.get(path)
    assert 400 <= response.status_code < 500, response.text
    assert b"SQLite format" not in response.content
