"""Host and Origin checks: a web page in the user's browser cannot drive the persona."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import trio

from synth.errors import Forbidden
from synth.http.guard import HostGuard, host_name, loopback_host
from synth.http.webui_app import origin_header
from tests.support.servers import RunningServer, running_server
from tests.support.ws import rejection

EVIL = "http://evil.example"


async def test_a_cross_origin_simple_post_is_refused_and_changes_nothing(
    server: RunningServer,
) -> None:
    body = b'{"key": "persona.name", "value": "Pwned"}'
    with trio.fail_after(10):
        async with server.client() as client:
            refused = await client.post(
                "/api/config",
                content=body,
                headers={"Origin": EVIL, "Content-Type": "text/plain"},
            )
            items = (await client.get("/api/config")).json()["items"]
    assert refused.status_code == 403
    assert refused.json()["code"] == "cross_origin"
    name = next(item for item in items if item["key"] == "persona.name")
    assert name["value"] != "Pwned"


async def test_the_page_own_origin_is_accepted(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.get("/api/about", headers={"Origin": server.webui})
    assert response.status_code == 200


@pytest.mark.parametrize("listener", ["webui", "ollama"])
async def test_a_foreign_host_is_refused_while_auth_is_off(
    server: RunningServer, listener: str
) -> None:
    base = server.webui if listener == "webui" else server.ollama
    port = base.rsplit(":", 1)[1]
    with trio.fail_after(10):
        async with httpx.AsyncClient() as client:
            response = await client.get(
                f"{base}/api/version" if listener == "ollama" else f"{base}/api/about",
                headers={"Host": f"evil.example:{port}", "Origin": f"http://evil.example:{port}"},
            )
    assert response.status_code == 403
    assert response.json()["code"] == "bad_host"


async def test_a_foreign_host_is_refused_on_a_connection_that_sent_a_loopback_one(
    server: RunningServer,
) -> None:
    port = server.webui.rsplit(":", 1)[1]
    with trio.fail_after(10):
        async with server.client() as client:
            first = await client.get("/api/about")
            foreign = await client.get("/api/about", headers={"Host": f"evil.example:{port}"})
            again = await client.get("/api/about")
    assert first.status_code == 200
    assert foreign.status_code == 403
    assert foreign.json()["code"] == "bad_host"
    assert again.status_code == 200


async def test_a_cross_origin_websocket_is_refused_before_the_upgrade(
    server: RunningServer,
) -> None:
    url = server.webui.replace("http://", "ws://") + "/ws"
    with trio.fail_after(10):
        refused = await rejection(url, extra_headers=[(b"Origin", EVIL.encode())])
    assert refused.status_code == 403


async def test_with_auth_on_any_host_may_connect_but_origins_are_still_checked(
    data_dir: Path,
) -> None:
    env = {"SYNTH_AUTH_TOKEN": "sesame"}
    with trio.fail_after(20):
        async with running_server(data_dir, env=env) as server, server.client() as client:
            headers = {"Authorization": "Bearer sesame", "Host": "persona.lan:8000"}
            lan = await client.get("/api/about", headers=headers)
            evil = await client.get("/api/about", headers={**headers, "Origin": EVIL})
    assert lan.status_code == 200
    assert evil.status_code == 403


async def test_an_ollama_listener_open_to_the_network_requires_the_token(data_dir: Path) -> None:
    overrides = {"ollama_compat.host": "0.0.0.0"}
    body = {"model": "synth", "messages": [{"role": "user", "content": "hi"}], "stream": False}
    with trio.fail_after(20):
        async with running_server(data_dir, overrides=overrides) as server:
            token = (data_dir / "auth_token").read_text().strip()
            port = server.ollama.rsplit(":", 1)[1]
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
                without = await client.post("/api/chat", json=body)
                with_token = await client.post(
                    "/api/chat", json=body, headers={"Authorization": f"Bearer {token}"}
                )
    assert without.status_code == 401
    assert with_token.status_code == 200


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("localhost:8000", True),
        ("127.0.0.1", True),
        ("127.1.2.3:9", True),
        ("[::1]:8000", True),
        ("app.localhost", True),
        ("evil.example", False),
        ("192.168.1.5:8000", False),
        ("localhost.evil.example", False),
    ],
)
def test_loopback_host_names(host: str, loopback: bool) -> None:
    assert loopback_host(host) is loopback


def test_host_name_strips_ports_and_brackets() -> None:
    assert host_name("[::1]:8000") == "::1"
    assert host_name("Example.com:80") == "example.com"


def test_a_host_guard_refuses_a_foreign_host_after_admitting_a_loopback_one() -> None:
    host_guard = HostGuard(auth_on=False)
    host_guard.check("127.0.0.1:8000", None)
    with pytest.raises(Forbidden):
        host_guard.check("evil.example:8000", None)
    host_guard.check("127.0.0.1:8000", None)


def test_a_host_guard_checks_the_origin_of_an_admitted_host() -> None:
    host_guard = HostGuard(auth_on=False)
    host_guard.check("127.0.0.1:8000", "http://127.0.0.1:8000")
    with pytest.raises(Forbidden):
        host_guard.check("127.0.0.1:8000", EVIL)


def test_the_origin_header_is_found_whatever_the_case_of_its_name() -> None:
    assert origin_header([(b"host", b"a"), (b"Origin", b"http://a")]) == "http://a"
    assert origin_header([(b"host", b"a")]) is None
