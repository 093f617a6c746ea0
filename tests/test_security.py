"""Security end to end: auth beyond loopback on every route, secrets, CORS and size limits.

The route walks enumerate the apps' own URL maps (built on the running server's context,
as the runtime builds them), so a route added later is covered without touching this file.
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import trio
from quart import Quart
from trio_websocket import ConnectionClosed

from synth.http.auth import TOKEN_FILE
from synth.http.ollama_app import create_ollama_app
from synth.http.webui_app import create_webui_app, is_open
from tests.fakes.upstreams import FakeUpstream, running_fake_openai
from tests.support.servers import RunningServer, running_server, start_process
from tests.support.ws import receive_json, send_json, websocket

TOKEN = "sesame-security-token-0123456789"
API_KEY = "sk-security-test-key-9876543210"
EVIL = "http://evil.example"
EXPOSED = {"web.host": "0.0.0.0"}
REQUIRE_OLLAMA_TOKEN = {"SYNTH_OLLAMA_COMPAT_REQUIRE_TOKEN": "1"}
SAMPLE_VALUES = {
    "key": "persona.prompt",
    "archive_id": "no-such-archive",
    "skin": "default",
    "animation_type": "idle",
    "animation_file": "breathing",
    "upload_id": "no-such-upload",
    "subpath": "skins/default/animations/idle/breathing.vrma",
    "filename": "nothing.js",
    "name": "synth:latest",
    "model": "synth:latest",
}
PARAMETER = re.compile(r"<(?:[^:>]+:)?([^>]+)>")


@dataclass(frozen=True)
class Route:
    listener: str
    method: str
    path: str


def fill(rule: str) -> str:
    """``/api/chat/archives/<archive_id>`` -> ``/api/chat/archives/no-such-archive``."""
    return PARAMETER.sub(lambda match: SAMPLE_VALUES[match.group(1)], rule)


def http_routes(listener: str, app: Quart) -> Iterator[Route]:
    """Every (method, path) of ``app`` but WebSockets and OPTIONS (answered before auth)."""
    for rule in app.url_map.iter_rules():
        if rule.websocket:
            continue
        for method in sorted((rule.methods or set()) - {"OPTIONS"}):
            yield Route(listener, method, fill(rule.rule))


def all_routes(server: RunningServer) -> list[Route]:
    return [
        *http_routes("webui", create_webui_app(server.context)),
        *http_routes("ollama", create_ollama_app(server.context)),
    ]


def local(url: str) -> str:
    """A listener bound to 0.0.0.0 is reached through 127.0.0.1."""
    return url.replace("0.0.0.0", "127.0.0.1").rstrip("/")


@asynccontextmanager
async def clients(
    server: RunningServer, headers: dict[str, str] | None = None
) -> AsyncIterator[dict[str, httpx.AsyncClient]]:
    """A client for each listener, reached through 127.0.0.1."""
    async with (
        httpx.AsyncClient(base_url=local(server.webui), timeout=10, headers=headers) as webui,
        httpx.AsyncClient(base_url=local(server.ollama), timeout=10, headers=headers) as ollama,
    ):
        yield {"webui": webui, "ollama": ollama}


def unauthorized_shape(route: Route, response: httpx.Response) -> bool:
    if response.status_code != 401:
        return False
    if route.method == "HEAD":
        return True
    body = response.json()
    if route.path.startswith("/v1/"):
        return isinstance(body["error"], dict) and body["error"]["code"] == "unauthorized"
    return set(body) == {"error", "code"} and body["code"] == "unauthorized"


def generated_token(server: RunningServer) -> str:
    return (server.data_dir / TOKEN_FILE).read_text().strip()


def ws_url(server: RunningServer, path: str = "/ws") -> str:
    return local(server.webui).replace("http://", "ws://") + path


async def test_beyond_loopback_every_route_refuses_a_request_without_the_token(
    data_dir: Path,
) -> None:
    refused_wrongly: list[str] = []
    with trio.fail_after(30):
        async with (
            running_server(data_dir, env=REQUIRE_OLLAMA_TOKEN, overrides=EXPOSED) as server,
            clients(server) as by_listener,
        ):
            routes = all_routes(server)
            for route in routes:
                if route.listener == "webui" and is_open(route.path):
                    continue  # the page and its static files, never the API
                client = by_listener[route.listener]
                for headers in ({}, {"Authorization": "Bearer not-the-token"}):
                    response = await client.request(route.method, route.path, headers=headers)
                    if not unauthorized_shape(route, response):
                        refused_wrongly.append(f"{route} {headers}: {response.status_code}")
    assert len(routes) > 50
    assert not refused_wrongly, "\n".join(refused_wrongly)


async def test_beyond_loopback_every_route_accepts_the_token(data_dir: Path) -> None:
    rejected: list[str] = []
    with trio.fail_after(30):
        async with running_server(data_dir, env=REQUIRE_OLLAMA_TOKEN, overrides=EXPOSED) as server:
            headers = {"Authorization": f"Bearer {generated_token(server)}"}
            async with clients(server, headers=headers) as by_listener:
                for route in all_routes(server):
                    client = by_listener[route.listener]
                    response = await client.request(route.method, route.path)
                    # An empty body is bad input for most POSTs: 400, never 401 nor a 500.
                    if response.status_code == 401 or response.status_code >= 500:
                        rejected.append(f"{route}: {response.status_code} {response.text[:200]}")
    assert not rejected, "\n".join(rejected)


async def test_beyond_loopback_ws_without_the_token_is_refused_with_1008(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir, overrides=EXPOSED) as server:
            for hello in ({"type": "hello"}, {"type": "hello", "token": "not-the-token"}):
                async with websocket(ws_url(server)) as ws:
                    await send_json(ws, hello)
                    frame = await receive_json(ws)
                    with pytest.raises(ConnectionClosed) as closed:
                        await ws.get_message()
                assert (frame["type"], frame["code"]) == ("error", "unauthorized")
                assert closed.value.reason.code == 1008


async def test_beyond_loopback_ws_with_the_token_gets_a_session(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir, overrides=EXPOSED) as server:
            token = generated_token(server)
            async with websocket(ws_url(server)) as ws:
                await send_json(ws, {"type": "hello", "token": token})
                by_hello = await receive_json(ws)
            async with websocket(ws_url(server, f"/ws?token={token}")) as ws:
                await send_json(ws, {"type": "hello"})
                by_query = await receive_json(ws)
    assert by_hello["type"] == "session"
    assert by_query["type"] == "session"


async def test_beyond_loopback_logs_refuses_the_upgrade_without_the_token(
    data_dir: Path,
) -> None:
    upgrade = {
        "Connection": "Upgrade",
        "Upgrade": "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
    }
    with trio.fail_after(20):
        env = {"SYNTH_WEB_DEBUG": "1"}
        async with running_server(data_dir, env=env, overrides=EXPOSED) as server:
            async with clients(server) as by_listener:
                response = await by_listener["webui"].get("/logs", headers=upgrade)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"


def test_serving_beyond_loopback_generates_a_token_file_of_mode_0600(data_dir: Path) -> None:
    server = start_process(data_dir, "--host", "0.0.0.0")
    try:
        path = data_dir / TOKEN_FILE
        token = path.read_text().strip()
        mode = stat.S_IMODE(path.stat().st_mode)
        assert server.proc.stdout is not None
        login = server.proc.stdout.readline().strip()  # printed right after the URLs
    finally:
        assert server.stop() == 0
    assert mode == 0o600
    assert len(token) >= 32
    assert login.startswith("Login:") and login.endswith(f"/?token={token}")


async def configure_failing_openai(client: httpx.AsyncClient, fake: FakeUpstream) -> None:
    """The openai engine, with our secret key, against an upstream that wants another key
    (and echoes the wrong one in its error, as real servers do)."""
    for key, value in (
        ("cortex.openai.url", fake.url),
        ("cortex.openai.model", "gpt-test"),
        ("cortex.openai.api_key", API_KEY),
    ):
        response = await client.post("/api/config", json={"key": key, "value": value})
        assert response.status_code == 200, response.text
        assert API_KEY not in response.text


async def test_secrets_appear_in_no_response_and_no_log_line(data_dir: Path) -> None:
    log_path = data_dir.parent / "stderr.log"
    env = {"SYNTH_AUTH_TOKEN": TOKEN, **REQUIRE_OLLAMA_TOKEN}
    leaks: list[str] = []
    with trio.fail_after(40):
        async with (
            running_server(data_dir / "routes") as routes_server,
            running_fake_openai(FakeUpstream(models=["gpt-test"], api_key="another-key")) as fake,
        ):
            routes = [route for route in all_routes(routes_server) if route.method == "GET"]
            server = start_process(data_dir, "--log-level", "debug", env=env, stderr=log_path)
            try:
                query = {"token": TOKEN}  # in the URL too: nothing may echo it back
                async with (
                    httpx.AsyncClient(base_url=server.webui, timeout=10, params=query) as webui,
                    httpx.AsyncClient(base_url=server.ollama, timeout=10, params=query) as ollama,
                ):
                    await configure_failing_openai(webui, fake)
                    answers = [
                        await webui.post("/api/components/cortex/login", json={"name": "openai"}),
                        await webui.post("/api/components/cortex", json={"name": "openai"}),
                        await ollama.post(
                            "/api/chat",
                            json={
                                "model": "synth",
                                "messages": [{"role": "user", "content": "hi"}],
                            },
                        ),
                        await webui.get("/api/config/cortex.openai.api_key/file"),
                        await webui.get("/api/config/auth.token/file"),
                    ]
                    by_listener = {"webui": webui, "ollama": ollama}
                    for route in routes:
                        answers.append(await by_listener[route.listener].get(route.path))
            finally:
                assert server.stop() == 0
    assert answers[0].status_code == 502  # the upstream refused the key, and said which
    assert any(request.path.endswith("/models") for request in fake.requests)
    for response in answers:
        seen = response.text + json.dumps(dict(response.headers))
        for secret in (TOKEN, API_KEY):
            if secret in seen:
                leaks.append(f"{response.request.method} {response.request.url.path}")
    log = log_path.read_text()
    assert "synth" in log  # the log was captured at all
    leaked_lines = [line for line in log.splitlines() if TOKEN in line or API_KEY in line]
    assert not leaks, leaks
    assert not leaked_lines, "\n".join(leaked_lines)


async def test_the_ollama_listener_refuses_origins_not_configured(data_dir: Path) -> None:
    preflight = {"Origin": EVIL, "Access-Control-Request-Method": "POST"}
    chat = {"model": "synth", "messages": [{"role": "user", "content": "hi"}], "stream": False}
    with trio.fail_after(20):
        origins = {"ollama_compat.origins": ["http://good.example"]}
        async with (
            running_server(data_dir, overrides=origins) as server,
            clients(server) as by_listener,
        ):
            ollama = by_listener["ollama"]
            refused = [
                await ollama.get("/api/tags", headers={"Origin": EVIL}),
                await ollama.options("/api/chat", headers=preflight),
                await ollama.post("/api/chat", json=chat, headers={"Origin": EVIL}),
            ]
            allowed = await ollama.get("/api/tags", headers={"Origin": "http://good.example"})
    for response in refused:
        assert response.status_code == 403
        assert response.json()["code"] == "forbidden"
        assert "access-control-allow-origin" not in response.headers
    assert allowed.headers["access-control-allow-origin"] == "http://good.example"


async def test_the_webui_listener_adds_no_cors_headers(server: RunningServer) -> None:
    preflight = {"Origin": EVIL, "Access-Control-Request-Method": "POST"}
    with trio.fail_after(20):
        async with server.client() as client:
            answers = [
                await client.get("/api/about", headers={"Origin": EVIL}),
                await client.options("/api/config", headers=preflight),
                await client.get("/api/about", headers={"Origin": server.webui}),
            ]
    for response in answers:
        assert not [name for name in response.headers if name.lower().startswith("access-")]


async def test_bodies_over_limits_body_bytes_are_413_with_auth_on(data_dir: Path) -> None:
    async def streamed() -> AsyncIterator[bytes]:
        yield b'{"text": "'
        for _ in range(10):
            yield b"z" * 500
        yield b'"}'

    big = json.dumps({"text": "y" * 5000}).encode()
    headers = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN, "SYNTH_LIMITS_BODY_BYTES": "4096"}
        async with running_server(data_dir, env=env) as server, clients(server) as by_listener:
            webui, ollama = by_listener["webui"], by_listener["ollama"]
            answers = [
                await webui.post("/api/diary", content=big, headers=headers),
                await webui.post("/api/diary", content=streamed(), headers=headers),
                await ollama.post("/api/chat", content=big, headers=headers),
            ]
            diary = await webui.get("/api/diary", headers=headers)
    for response in answers:
        assert response.status_code == 413
        assert response.json()["code"] == "too_large"
    assert diary.json()["diary"]["entries"] == []


async def test_a_ws_frame_over_the_limit_closes_1009_with_auth_on(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN, "SYNTH_WEB_WS_MAX_FRAME_BYTES": "1024"}
        async with running_server(data_dir, env=env) as server:
            async with websocket(ws_url(server)) as ws:
                await send_json(ws, {"type": "hello", "token": TOKEN})
                assert (await receive_json(ws))["type"] == "session"
                await send_json(ws, {"type": "chat", "text": "x" * 2000})
                with pytest.raises(ConnectionClosed) as closed:
                    while True:
                        await ws.get_message()
    assert closed.value.reason.code == 1009
