"""Selkies routes: the config view, and the health probe against a fake server and a closed port."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio
from quart import Response
from quart_trio import QuartTrio

from tests.fakes.upstreams import closed_port_url
from tests.fakes.weather import serving
from tests.support.servers import RunningServer, running_server

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
HEALTH_FIELDS = {"status", "latency_ms", "checked_at", "detail"}


def selkies_app() -> QuartTrio:
    app = QuartTrio("fake_selkies")

    @app.get("/")
    async def page() -> Response:
        return Response("<html>selkies</html>", 200, content_type="text/html")

    @app.get("/broken")
    async def broken() -> Response:
        return Response("bad gateway", 502)

    return app


@pytest.fixture
async def selkies_url() -> AsyncIterator[str]:
    async with serving(selkies_app()) as root:
        yield root


async def health(data_dir: Path, overrides: dict[str, object]) -> httpx.Response:
    with trio.fail_after(15):
        async with (
            running_server(data_dir, overrides=overrides) as server,
            server.client() as client,
        ):
            return await client.get("/api/selkies/health")


def health_body(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == HEALTH_FIELDS
    assert TIMESTAMP.match(body["checked_at"])
    return body


async def test_selkies_shows_its_config_with_defaults(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.get("/api/selkies")
    assert response.status_code == 200
    assert response.json() == {
        "enabled": False,
        "url": None,
        "host": None,
        "http_port": 5006,
        "https_port": 5007,
    }


async def test_selkies_health_is_disabled_by_default(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.get("/api/selkies/health")
    body = health_body(response, 200)
    assert body["status"] == "disabled"
    assert body["latency_ms"] is None


async def test_selkies_health_is_ok_when_its_url_answers(data_dir: Path, selkies_url: str) -> None:
    response = await health(data_dir, {"selkies.enabled": True, "selkies.url": selkies_url})
    body = health_body(response, 200)
    assert body["status"] == "ok"
    assert body["latency_ms"] >= 0
    assert "HTTP 200" in body["detail"]


async def test_selkies_health_probes_host_and_http_port_without_a_url(
    data_dir: Path, selkies_url: str
) -> None:
    port = httpx.URL(selkies_url).port
    overrides = {"selkies.enabled": True, "selkies.host": "127.0.0.1", "selkies.http_port": port}
    body = health_body(await health(data_dir, overrides), 200)
    assert body["status"] == "ok"
    assert f"127.0.0.1:{port}" in body["detail"]


async def test_selkies_health_is_503_unreachable_on_a_closed_port(data_dir: Path) -> None:
    response = await health(data_dir, {"selkies.enabled": True, "selkies.url": closed_port_url()})
    body = health_body(response, 503)
    assert body["status"] == "unreachable"
    assert body["latency_ms"] is None
    assert "unreachable" in body["detail"]


async def test_selkies_health_is_503_when_the_server_answers_5xx(
    data_dir: Path, selkies_url: str
) -> None:
    overrides = {"selkies.enabled": True, "selkies.url": selkies_url + "/broken"}
    body = health_body(await health(data_dir, overrides), 503)
    assert body["status"] == "unreachable"
    assert "HTTP 502" in body["detail"]


async def test_selkies_health_is_503_when_enabled_without_an_address(data_dir: Path) -> None:
    body = health_body(await health(data_dir, {"selkies.enabled": True}), 503)
    assert body["status"] == "unreachable"
    assert "selkies.url" in body["detail"]
