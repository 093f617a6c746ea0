"""The Weather actor: the current weather where the persona is, from an Open-Meteo-style API.

While ``weather.url``, ``weather.latitude`` and ``weather.longitude`` are set, it fetches
once at start and then every ``weather.interval_s`` seconds, reading the config again each
cycle; a change to any ``weather.*`` key starts a new cycle at once. With any of them unset
nothing is fetched (no outbound traffic by default). A failed fetch makes the weather
``unavailable`` with the reason, until the next success.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import httpx
import trio

from synth.errors import SynthError, Timeout, Unavailable, UpstreamError
from synth.runtime.actor import Actor
from synth.runtime.errors import SubscriberDropped
from synth.runtime.event_bus import EventBus, Subscription
from synth.store.database import now_iso

log = logging.getLogger("synth.weather")

ConfigGetter = Callable[[str], object]
FETCH_TIMEOUT = httpx.Timeout(5.0, connect=3.0)
CURRENT_FIELDS = "temperature_2m,wind_speed_10m,weather_code"
_WIND_TO_KMH = {"km/h": 1.0, "m/s": 3.6, "mp/h": 1.609344, "mph": 1.609344, "kn": 1.852}

WMO_CODES: Mapping[int, str] = {
    0: "clear sky",
    1: "mainly clear",
    2: "partly cloudy",
    3: "overcast",
    45: "fog",
    48: "depositing rime fog",
    51: "light drizzle",
    53: "moderate drizzle",
    55: "dense drizzle",
    56: "light freezing drizzle",
    57: "dense freezing drizzle",
    61: "slight rain",
    63: "moderate rain",
    65: "heavy rain",
    66: "light freezing rain",
    67: "heavy freezing rain",
    71: "slight snow fall",
    73: "moderate snow fall",
    75: "heavy snow fall",
    77: "snow grains",
    80: "slight rain showers",
    81: "moderate rain showers",
    82: "violent rain showers",
    85: "slight snow showers",
    86: "heavy snow showers",
    95: "thunderstorm",
    96: "thunderstorm with slight hail",
    99: "thunderstorm with heavy hail",
}
"""WMO weather interpretation codes, as Open-Meteo documents them."""


def describe_code(code: int) -> str:
    return WMO_CODES.get(code, f"unknown weather (code {code})")


@dataclass(frozen=True)
class WeatherQuery:
    """Where to ask, and for which place."""

    url: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Reading:
    temperature_c: float
    wind_kmh: float
    code: int
    observed_at: str | None
    """The upstream's own ``current.time``, as it sent it."""

    @property
    def description(self) -> str:
        return describe_code(self.code)


Fetcher = Callable[[WeatherQuery], Awaitable[Reading]]
"""Fetches one reading, or raises a ``SynthError`` that says why not."""


@dataclass(frozen=True)
class WeatherStatus:
    """Asks for the ``GET /api/weather/current`` body."""


@dataclass(frozen=True)
class FetchWeather:
    """Fetch now; the reply is the weather object, or the fetch's ``SynthError``."""


def query_from(get: ConfigGetter) -> WeatherQuery:
    """The query the config describes now; ``Unavailable`` (``not_configured``) naming a gap."""
    url = get("weather.url")
    if not isinstance(url, str) or not url.strip():
        raise Unavailable("weather is off: set weather.url to fetch it", "not_configured")
    return WeatherQuery(
        url.strip(), _coordinate(get, "weather.latitude"), _coordinate(get, "weather.longitude")
    )


def _coordinate(get: ConfigGetter, key: str) -> float:
    value = get(key)
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise Unavailable(f"set {key} to fetch the weather", "not_configured")
    return float(value)


def safe_url(url: str) -> str:
    """The URL without any user:password part, fit for a message."""
    try:
        return str(httpx.URL(url).copy_with(userinfo=b""))
    except httpx.InvalidURL:
        return "<invalid URL>"


class OpenMeteo:
    """Fetches ``current`` weather from an Open-Meteo-compatible forecast endpoint."""

    def __init__(self, client: httpx.AsyncClient, timeout: httpx.Timeout = FETCH_TIMEOUT) -> None:
        self.client = client
        self.timeout = timeout

    async def __call__(self, query: WeatherQuery) -> Reading:
        where = safe_url(query.url)
        params = {
            "latitude": f"{query.latitude:g}",
            "longitude": f"{query.longitude:g}",
            "current": CURRENT_FIELDS,
        }
        try:
            response = await self.client.get(query.url, params=params, timeout=self.timeout)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise Unavailable(
                f"weather.url is not a usable http(s) URL: {exc}", "bad_config"
            ) from None
        except httpx.TimeoutException:
            raise Timeout(
                f"the weather service at {where} did not answer within {self.timeout.read:g} s",
                "upstream_timeout",
            ) from None
        except httpx.HTTPError as exc:
            raise UpstreamError(
                f"the weather service at {where} is unreachable: {_reason(exc)}",
                "upstream_unreachable",
            ) from None
        if response.is_error:
            raise UpstreamError(
                f"the weather service at {where} returned HTTP {response.status_code}"
            )
        try:
            return parse_current(response.json())
        except (ValueError, TypeError, KeyError) as exc:
            raise UpstreamError(
                f"the weather service at {where} sent an unusable answer: {exc}",
                "upstream_bad_payload",
            ) from None


def parse_current(payload: Any) -> Reading:
    """The reading in an Open-Meteo answer, in degrees Celsius and km/h.

    Raises ``ValueError``/``KeyError``/``TypeError`` for anything that is not one.
    """
    current = payload["current"]
    units = payload.get("current_units") or {}
    temperature = _number(current, "temperature_2m")
    if units.get("temperature_2m") in ("°F", "degF"):
        temperature = (temperature - 32) * 5 / 9
    wind_unit = units.get("wind_speed_10m", "km/h")
    if wind_unit not in _WIND_TO_KMH:
        raise ValueError(f"unknown wind speed unit {wind_unit!r}")
    wind = _number(current, "wind_speed_10m") * _WIND_TO_KMH[wind_unit]
    code = current["weather_code"]
    if not isinstance(code, int) or isinstance(code, bool):
        raise ValueError(f"weather_code is not an integer: {code!r}")
    observed = current.get("time")
    return Reading(
        round(temperature, 1), round(wind, 1), code, observed if isinstance(observed, str) else None
    )


def _number(current: Mapping[str, Any], name: str) -> float:
    value = current[name]
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(f"{name} is not a number: {value!r}")
    return float(value)


def _reason(exc: httpx.HTTPError) -> str:
    return str(exc) or type(exc).__name__


class Weather(Actor):
    name = "weather"

    def __init__(self, get: ConfigGetter, fetch: Fetcher, bus: EventBus) -> None:
        super().__init__()
        self.get = get
        self.fetch = fetch
        self.bus = bus
        self.reading: Reading | None = None
        self.reading_for: WeatherQuery | None = None
        self.last_fetch: str | None = None
        self.failure: str | None = None
        self._config_changed = trio.Event()

    async def on_start(self) -> None:
        # Subscribed before any task runs, so no change made from now on is missed.
        self.nursery.start_soon(self._watch_config, self._subscribe())
        self.nursery.start_soon(self._poll)

    def _subscribe(self) -> Subscription:
        return self.bus.subscribe(["config"], buffer=64)

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, WeatherStatus):
            return self._status()
        if isinstance(msg, FetchWeather):
            return await self._refresh(query_from(self.get))
        return await super().handle(msg)

    async def _poll(self) -> None:
        while True:
            self._config_changed = trio.Event()
            try:
                query = query_from(self.get)
            except Unavailable:
                pass  # off until configured: a config change wakes this loop
            else:
                try:
                    await self._refresh(query)
                except SynthError as exc:
                    log.warning("weather fetch failed: %s", exc.message)
            with trio.move_on_after(self._interval()):
                await self._config_changed.wait()

    def _interval(self) -> float:
        value = self.get("weather.interval_s")
        return float(value) if isinstance(value, int | float) and value > 0 else 1800.0

    async def _watch_config(self, changes: Subscription) -> None:
        while True:
            with changes:
                try:
                    async for event in changes:
                        key = event.data.get("key") if isinstance(event.data, dict) else None
                        if isinstance(key, str) and key.startswith("weather."):
                            self._config_changed.set()
                except SubscriberDropped:
                    self._config_changed.set()  # a change may be among those lost
            changes = self._subscribe()

    async def _refresh(self, query: WeatherQuery) -> dict[str, Any]:
        try:
            reading = await self.fetch(query)
        except SynthError as exc:
            self.failure = exc.message
            raise
        self.reading, self.reading_for = reading, query
        self.last_fetch = now_iso()
        self.failure = None
        return self._weather(reading, query)

    def _weather(self, reading: Reading, query: WeatherQuery) -> dict[str, Any]:
        location = self.get("locations.current")
        if not isinstance(location, str) or not location:
            location = f"{query.latitude:g},{query.longitude:g}"
        return {
            "temperature_c": reading.temperature_c,
            "wind_kmh": reading.wind_kmh,
            "code": reading.code,
            "description": reading.description,
            "location": location,
        }

    def _status(self) -> dict[str, Any]:
        try:
            query = query_from(self.get)
        except Unavailable as exc:
            return self._unavailable(exc.message)
        if self.failure is not None:
            return self._unavailable(self.failure)
        if self.reading is None or self.reading_for != query:
            return self._unavailable("no reading for the configured place yet")
        return {
            "status": "ok",
            "weather": self._weather(self.reading, query),
            "last_fetch": self.last_fetch,
            "detail": None,
        }

    def _unavailable(self, detail: str) -> dict[str, Any]:
        return {
            "status": "unavailable",
            "weather": None,
            "last_fetch": self.last_fetch,
            "detail": detail,
        }
