"""End-to-end weather: a real runtime fetching from a fake Open-Meteo server on loopback."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import trio

from tests.fakes.upstreams import closed_port_url
from tests.fakes.weather import FakeWeather, running_fake_weather
from tests.support.servers import RunningServer, running_server

TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
LATITUDE, LONGITUDE = 45.07, 7.69


def weather_config(url: str, **extra: object) -> dict[str, object]:
    return {
        "weather.url": url,
        "weather.latitude": LATITUDE,
        "weather.longitude": LONGITUDE,
        **extra,
    }


async def current(client: httpx.AsyncClient) -> dict[str, Any]:
    response = await client.get("/api/weather/current")
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"status", "weather", "last_fetch", "detail"}
    return body


async def run_weather(client: httpx.AsyncClient) -> httpx.Response:
    return await client.post("/api/components/run", json={"name": "weather"})


async def wait_for_status(client: httpx.AsyncClient, status: str) -> dict[str, Any]:
    while True:
        body = await current(client)
        if body["status"] == status:
            return body
        await trio.sleep(0.02)


async def test_weather_is_unavailable_until_configured(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            body = await current(client)
    assert body["status"] == "unavailable"
    assert body["weather"] is None
    assert body["last_fetch"] is None
    assert "weather.url" in body["detail"]


async def test_running_weather_unconfigured_is_503_not_configured(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await run_weather(client)
    assert response.status_code == 503
    assert response.json()["code"] == "not_configured"
    assert "weather.url" in response.json()["error"]


async def test_running_weather_fetches_and_answers_the_reading(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with (
            running_fake_weather() as fake,
            running_server(data_dir, overrides=weather_config(fake.url)) as server,
            server.client() as client,
        ):
            response = await run_weather(client)
            body = await current(client)
    assert response.status_code == 200, response.text
    reading = {
        "temperature_c": 21.5,
        "wind_kmh": 12.3,
        "code": 3,
        "description": "overcast",
        "location": "Living room",
    }
    assert response.json()["result"] == reading
    assert body["status"] == "ok"
    assert body["weather"] == reading
    assert TIMESTAMP.match(body["last_fetch"])
    assert body["detail"] is None


async def test_weather_asks_for_the_current_fields_at_the_configured_place(
    data_dir: Path,
) -> None:
    with trio.fail_after(15):
        async with (
            running_fake_weather() as fake,
            running_server(data_dir, overrides=weather_config(fake.url)) as server,
            server.client() as client,
        ):
            assert (await run_weather(client)).status_code == 200
    assert fake.queries[-1] == {
        "latitude": "45.07",
        "longitude": "7.69",
        "current": "temperature_2m,wind_speed_10m,weather_code",
    }


async def test_weather_location_falls_back_to_the_coordinates(data_dir: Path) -> None:
    overrides = {"locations.current": ""}
    with trio.fail_after(15):
        async with (
            running_fake_weather() as fake,
            running_server(data_dir, overrides=weather_config(fake.url, **overrides)) as server,
            server.client() as client,
        ):
            response = await run_weather(client)
    assert response.json()["result"]["location"] == "45.07,7.69"


async def test_configured_weather_is_fetched_at_start_without_a_run(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with (
            running_fake_weather(FakeWeather(code=61)) as fake,
            running_server(data_dir, overrides=weather_config(fake.url)) as server,
            server.client() as client,
        ):
            body = await wait_for_status(client, "ok")
    assert body["weather"]["description"] == "slight rain"


async def test_configuring_weather_at_runtime_fetches_at_once(server: RunningServer) -> None:
    with trio.fail_after(15):
        async with running_fake_weather() as fake, server.client() as client:
            for key, value in weather_config(fake.url).items():
                response = await client.post("/api/config", json={"key": key, "value": value})
                assert response.status_code == 200, response.text
            body = await wait_for_status(client, "ok")
    assert body["weather"]["temperature_c"] == 21.5


async def test_weather_is_unavailable_with_the_reason_while_upstream_fails(
    data_dir: Path,
) -> None:
    with trio.fail_after(15):
        async with (
            running_fake_weather(FakeWeather(mode="error500")) as fake,
            running_server(data_dir, overrides=weather_config(fake.url)) as server,
            server.client() as client,
        ):
            response = await run_weather(client)
            body = await current(client)
    assert response.status_code == 502
    assert response.json()["code"] == "upstream_error"
    assert body["status"] == "unavailable"
    assert body["weather"] is None
    assert "HTTP 500" in body["detail"]


async def test_weather_keeps_the_last_fetch_time_while_upstream_is_down(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with (
            running_fake_weather() as fake,
            running_server(data_dir, overrides=weather_config(fake.url)) as server,
            server.client() as client,
        ):
            assert (await run_weather(client)).status_code == 200
            good = await current(client)
            fake.mode = "error500"
            assert (await run_weather(client)).status_code == 502
            down = await current(client)
            fake.mode = "ok"
            assert (await run_weather(client)).status_code == 200
            back = await current(client)
    assert down["status"] == "unavailable"
    assert down["last_fetch"] == good["last_fetch"]
    assert back["status"] == "ok"


async def test_unreachable_weather_service_is_502_upstream_unreachable(data_dir: Path) -> None:
    url = closed_port_url() + "/v1/forecast"
    with trio.fail_after(15):
        async with (
            running_server(data_dir, overrides=weather_config(url)) as server,
            server.client() as client,
        ):
            response = await run_weather(client)
            body = await current(client)
    assert response.status_code == 502
    assert response.json()["code"] == "upstream_unreachable"
    assert "unreachable" in body["detail"]


async def test_an_answer_that_is_not_weather_is_502_upstream_bad_payload(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with (
            running_fake_weather(FakeWeather(mode="garbage")) as fake,
            running_server(data_dir, overrides=weather_config(fake.url)) as server,
            server.client() as client,
        ):
            response = await run_weather(client)
    assert response.status_code == 502
    assert response.json()["code"] == "upstream_bad_payload"


async def test_weather_is_a_runnable_plugin_enabled_once_configured(data_dir: Path) -> None:
    with trio.fail_after(15):
        async with (
            running_fake_weather() as fake,
            running_server(data_dir, overrides=weather_config(fake.url)) as server,
            server.client() as client,
        ):
            response = await client.get("/api/components")
    plugins = {c["name"]: c for c in response.json()["categories"]["plugins"]}
    assert plugins["weather"]["runnable"] is True
    assert plugins["weather"]["enabled"] is True
    assert plugins["weather"]["status"] == "running"
