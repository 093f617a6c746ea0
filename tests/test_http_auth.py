"""Auth end to end: bearer tokens on both listeners, and how the token is chosen."""

from __future__ import annotations

import stat
from pathlib import Path

import httpx
import pytest
import trio

from synth.http.auth import TOKEN_FILE, is_loopback, resolve_token
from tests.support.servers import RunningServer, running_server

TOKEN = "correct-horse-battery-staple"


def error_code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "code"}
    code: str = body["code"]
    return code


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong-token"},
        {"Authorization": f"Bearer {TOKEN}x"},
        {"Authorization": f"Basic {TOKEN}"},
        {"Authorization": "Bearer"},
        {"Authorization": TOKEN},
    ],
)
async def test_without_the_right_token_the_api_is_401(
    data_dir: Path, headers: dict[str, str]
) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            about = await client.get("/api/about", headers=headers)
            change = await client.post(
                "/api/config", json={"key": "persona.name", "value": "Eve"}, headers=headers
            )
            unknown = await client.get("/api/no/such/route", headers=headers)
            check = await client.get("/api/config", headers={"Authorization": f"Bearer {TOKEN}"})
    assert error_code(about, 401) == "unauthorized"
    assert error_code(change, 401) == "unauthorized"
    # An unknown route says nothing about what exists without a token.
    assert error_code(unknown, 401) == "unauthorized"
    name = next(i for i in check.json()["items"] if i["key"] == "persona.name")
    assert name["value"] == "Synth"


async def test_with_the_bearer_token_requests_pass(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN}
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with (
            running_server(data_dir, env=env) as server,
            server.client(headers=headers) as client,
        ):
            about = await client.get("/api/about")
            change = await client.post("/api/config", json={"key": "persona.name", "value": "Ada"})
    assert about.status_code == 200
    assert change.status_code == 200


async def test_the_token_also_works_as_a_query_parameter(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.get("/api/about", params={"token": TOKEN})
            wrong = await client.get("/api/about", params={"token": "nope"})
    assert response.status_code == 200
    assert error_code(wrong, 401) == "unauthorized"


async def test_the_token_is_never_shown_by_the_config(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN}
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with (
            running_server(data_dir, env=env) as server,
            server.client(headers=headers) as client,
        ):
            response = await client.get("/api/config")
    assert TOKEN not in response.text
    item = next(i for i in response.json()["items"] if i["key"] == "auth.token")
    assert item["value"] == "********"


async def test_without_a_token_on_loopback_auth_is_off(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir) as server, server.client() as client:
            response = await client.get("/api/about")
    assert response.status_code == 200
    assert not (data_dir / TOKEN_FILE).exists()


async def test_the_ollama_listener_stays_open_by_default(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN}
        async with (
            running_server(data_dir, env=env) as server,
            httpx.AsyncClient(base_url=server.ollama, timeout=10) as client,
        ):
            response = await client.get("/")
    assert response.status_code == 200
    assert response.text == "Ollama is running"


async def test_the_ollama_listener_checks_the_token_when_required(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN, "SYNTH_OLLAMA_COMPAT_REQUIRE_TOKEN": "1"}
        async with (
            running_server(data_dir, env=env) as server,
            httpx.AsyncClient(base_url=server.ollama, timeout=10) as client,
        ):
            without = await client.get("/")
            wrong = await client.get("/", headers={"Authorization": "Bearer nope"})
            right = await client.get("/", headers={"Authorization": f"Bearer {TOKEN}"})
    assert error_code(without, 401) == "unauthorized"
    assert error_code(wrong, 401) == "unauthorized"
    assert right.status_code == 200


async def test_require_token_applies_at_once_when_changed(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN}
        headers = {"Authorization": f"Bearer {TOKEN}"}
        async with (
            running_server(data_dir, env=env) as server,
            server.client(headers=headers) as webui,
            httpx.AsyncClient(base_url=server.ollama, timeout=10) as ollama,
        ):
            before = await ollama.get("/")
            await webui.post(
                "/api/config", json={"key": "ollama_compat.require_token", "value": True}
            )
            after = await ollama.get("/")
    assert before.status_code == 200
    assert error_code(after, 401) == "unauthorized"


def test_a_token_is_generated_with_mode_0600_beyond_loopback(tmp_path: Path) -> None:
    token, generated = resolve_token(None, ["0.0.0.0"], tmp_path)
    path = tmp_path / TOKEN_FILE
    assert generated is True
    assert token is not None and len(token) >= 32
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text().strip() == token


def test_a_generated_token_is_reused_on_the_next_start(tmp_path: Path) -> None:
    first, _ = resolve_token(None, ["127.0.0.1", "192.168.1.20"], tmp_path)
    second, generated = resolve_token(None, ["127.0.0.1", "192.168.1.20"], tmp_path)
    assert second == first
    assert generated is False


def test_a_reused_token_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / TOKEN_FILE
    path.write_text("a-token-someone-left-readable\n")
    path.chmod(0o644)
    token, generated = resolve_token(None, ["0.0.0.0"], tmp_path)
    assert (token, generated) == ("a-token-someone-left-readable", False)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_empty_token_file_is_replaced(tmp_path: Path) -> None:
    (tmp_path / TOKEN_FILE).write_text("\n")
    token, generated = resolve_token(None, ["::"], tmp_path)
    assert generated is True
    assert token and (tmp_path / TOKEN_FILE).read_text().strip() == token


def test_on_loopback_without_a_token_auth_is_off(tmp_path: Path) -> None:
    assert resolve_token(None, ["127.0.0.1", "::1", "localhost"], tmp_path) == (None, False)
    assert not (tmp_path / TOKEN_FILE).exists()


def test_a_configured_token_wins_and_writes_nothing(tmp_path: Path) -> None:
    assert resolve_token(TOKEN, ["0.0.0.0"], tmp_path) == (TOKEN, False)
    assert not (tmp_path / TOKEN_FILE).exists()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("", False),
        ("192.168.1.2", False),
        ("example.com", False),
    ],
)
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


async def test_a_server_bound_beyond_loopback_generates_and_requires_a_token(
    data_dir: Path,
) -> None:
    with trio.fail_after(20):
        overrides = {"web.host": "0.0.0.0"}
        async with running_server(data_dir, overrides=overrides) as server:
            token = (await trio.Path(data_dir / TOKEN_FILE).read_text()).strip()
            port = server.webui.rsplit(":", 1)[1]
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=10) as c:
                without = await c.get("/api/about")
                with_token = await c.get("/api/about", headers={"Authorization": f"Bearer {token}"})
    assert server.persona.announce_token == token
    assert error_code(without, 401) == "unauthorized"
    assert with_token.status_code == 200


async def test_no_listener_serves_files_from_the_working_directory(
    server: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Quart would serve <cwd>/static/ by default, token or not: both apps turn that off.
    monkeypatch.chdir(tmp_path)
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "secret.txt").write_text("do not serve me")
    with trio.fail_after(10):
        async with httpx.AsyncClient() as client:
            for base in (server.webui, server.ollama):
                response = await client.get(f"{base}/static/secret.txt")
                assert response.status_code == 404
                assert "do not serve me" not in response.text
