"""A fake Open-Meteo forecast server on loopback, and a helper to serve any small fake app.

The test steers the fake through a mutable :class:`FakeWeather` and reads back the query
strings it received::

    async with running_fake_weather(FakeWeather(temperature=21.5)) as fake:
        overrides = {"weather.url": fake.url, "weather.latitude": 45.0, ...}
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Literal

import trio
from hypercorn.config import Config
from hypercorn.trio import serve
from quart import Response, request
from quart_trio import QuartTrio

WeatherMode = Literal["ok", "error500", "garbage", "hang"]
"""``ok``: answer the reading. ``error500``: HTTP 500. ``garbage``: 200 with a body that is
not an Open-Meteo answer. ``hang``: never answer."""

_LOG = logging.getLogger("tests.fakes")


@dataclass
class FakeWeather:
    mode: WeatherMode = "ok"
    temperature: float = 21.5
    wind: float = 12.3
    code: int = 3
    wind_unit: str = "km/h"
    url: str = ""
    """Set once serving: the forecast endpoint, ``http://127.0.0.1:<port>/v1/forecast``."""
    queries: list[dict[str, str]] = field(default_factory=list)
    """The query string of every request, in order."""
    served: trio.Event = field(default_factory=trio.Event)
    """Set at each request; replace it to wait for the next one."""


def weather_app(fake: FakeWeather) -> QuartTrio:
    app = QuartTrio("fake_weather")

    @app.get("/v1/forecast")
    async def forecast() -> Response:
        fake.queries.append(dict(request.args))
        fake.served.set()
        if fake.mode == "hang":
            await trio.sleep_forever()
        if fake.mode == "error500":
            return Response(json.dumps({"reason": "fake failure"}), 500)
        if fake.mode == "garbage":
            return Response("<html>not weather</html>", 200, content_type="text/html")
        body = {
            "latitude": float(request.args.get("latitude", "0")),
            "longitude": float(request.args.get("longitude", "0")),
            "current_units": {
                "time": "iso8601",
                "temperature_2m": "°C",
                "wind_speed_10m": fake.wind_unit,
                "weather_code": "wmo code",
            },
            "current": {
                "time": "2026-11-29T12:00",
                "interval": 900,
                "temperature_2m": fake.temperature,
                "wind_speed_10m": fake.wind,
                "weather_code": fake.code,
            },
        }
        return Response(json.dumps(body), 200, content_type="application/json")

    return app


@asynccontextmanager
async def serving(app: QuartTrio) -> AsyncIterator[str]:
    """Serve ``app`` on 127.0.0.1 (any free port) until the block exits; yields its root URL."""
    config = Config()
    config.bind = ["127.0.0.1:0"]
    config.errorlog = _LOG
    async with trio.open_nursery() as nursery:
        binds: list[str] = await nursery.start(serve, app, config)
        try:
            yield binds[0]
        finally:
            nursery.cancel_scope.cancel()


@asynccontextmanager
async def running_fake_weather(fake: FakeWeather | None = None) -> AsyncIterator[FakeWeather]:
    fake = fake if fake is not None else FakeWeather()
    async with serving(weather_app(fake)) as root:
        fake.url = root + "/v1/forecast"
        yield fake
