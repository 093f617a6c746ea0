"""The Weather actor's timer and parsing, driven directly: a fake fetcher on a MockClock,
and the Open-Meteo fetcher against the fake server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import httpx
import pytest
import trio
import trio.testing

from synth.actors.config import LiveSettings
from synth.actors.weather import (
    OpenMeteo,
    Reading,
    Weather,
    WeatherQuery,
    WeatherStatus,
    describe_code,
    parse_current,
)
from synth.config import load_settings
from synth.errors import Timeout, UpstreamError
from synth.runtime.actor import ActorRef
from synth.runtime.event_bus import EventBus
from synth.runtime.supervisor import ChildSpec, Supervisor
from tests.fakes.weather import FakeWeather, running_fake_weather

CONFIGURED = {
    "weather.url": "http://weather.invalid/v1/forecast",
    "weather.latitude": 45.0,
    "weather.longitude": 7.0,
    "weather.interval_s": 10.0,
}


@dataclass
class FakeFetcher:
    """Records when it was called; ``wanted`` calls set ``enough``."""

    wanted: int = 3
    times: list[float] = field(default_factory=list)
    enough: trio.Event = field(default_factory=trio.Event)

    async def __call__(self, query: WeatherQuery) -> Reading:
        self.times.append(trio.current_time())
        if len(self.times) >= self.wanted:
            self.enough.set()
        return Reading(10.0, 5.0, 0, None)


@dataclass
class Rig:
    weather: ActorRef
    live: LiveSettings
    bus: EventBus
    fetcher: FakeFetcher

    def set(self, key: str, value: object, *, announce: bool = True) -> None:
        """Change a key as the Config actor does (``announce``: publish the change too)."""
        self.live.settings = self.live.settings.with_persisted(key, value)
        if announce:
            self.bus.publish("config", {"key": key, "value": value})


def settings(values: dict[str, object]) -> LiveSettings:
    live = LiveSettings(load_settings(file_values={}, env={}, persisted={}))
    for key, value in values.items():
        live.settings = live.settings.with_persisted(key, value)
    return live


@pytest.fixture
async def rig(nursery: trio.Nursery, request: pytest.FixtureRequest) -> AsyncIterator[Rig]:
    values: dict[str, object] = getattr(request, "param", CONFIGURED)
    live, bus, fetcher = settings(values), EventBus(), FakeFetcher()
    supervisor = Supervisor()
    weather = supervisor.add(ChildSpec("weather", lambda: Weather(live.get, fetcher, bus)))
    await nursery.start(supervisor.run)
    yield Rig(weather, live, bus, fetcher)
    await supervisor.stop()


async def test_weather_fetches_at_start_and_then_every_interval(
    rig: Rig, autojump_clock: trio.testing.MockClock
) -> None:
    start = trio.current_time()
    await rig.fetcher.enough.wait()
    assert [round(t - start, 3) for t in rig.fetcher.times[:3]] == [0.0, 10.0, 20.0]


async def test_weather_reads_the_interval_again_each_cycle(
    rig: Rig, autojump_clock: trio.testing.MockClock
) -> None:
    rig.set("weather.interval_s", 25.0, announce=False)
    await rig.fetcher.enough.wait()
    times = rig.fetcher.times
    assert round(times[2] - times[1], 3) == 25.0


@pytest.mark.parametrize("rig", [{}], indirect=True)
async def test_weather_fetches_nothing_while_unconfigured(
    rig: Rig, autojump_clock: trio.testing.MockClock
) -> None:
    await trio.sleep(10_000)  # virtual time: several default intervals (1800 s)
    assert rig.fetcher.times == []
    status = await rig.weather.ask(WeatherStatus())
    assert status["status"] == "unavailable"


@pytest.mark.parametrize("rig", [{"weather.interval_s": 1000.0}], indirect=True)
async def test_configuring_the_weather_starts_a_fetch_at_once(
    rig: Rig, autojump_clock: trio.testing.MockClock
) -> None:
    await trio.sleep(50)
    start = trio.current_time()
    for key in ("weather.url", "weather.latitude", "weather.longitude"):
        rig.set(key, CONFIGURED[key])
    rig.fetcher.wanted = 1
    await rig.fetcher.enough.wait()
    assert rig.fetcher.times[0] - start < 1


def test_wmo_codes_have_short_english_descriptions() -> None:
    assert describe_code(0) == "clear sky"
    assert describe_code(95) == "thunderstorm"
    assert describe_code(42) == "unknown weather (code 42)"


def test_wind_in_metres_per_second_is_converted_to_kmh() -> None:
    payload = {
        "current_units": {"wind_speed_10m": "m/s"},
        "current": {"temperature_2m": 1, "wind_speed_10m": 10, "weather_code": 0},
    }
    assert parse_current(payload).wind_kmh == 36.0


def test_a_reading_without_a_weather_code_is_refused() -> None:
    with pytest.raises(KeyError):
        parse_current({"current": {"temperature_2m": 1, "wind_speed_10m": 2}})


async def test_a_hanging_weather_service_times_out_with_upstream_timeout() -> None:
    with trio.fail_after(10):
        async with (
            running_fake_weather(FakeWeather(mode="hang")) as fake,
            httpx.AsyncClient() as client,
        ):
            fetch = OpenMeteo(client, timeout=httpx.Timeout(0.2))
            with pytest.raises(Timeout) as caught:
                await fetch(WeatherQuery(fake.url, 1.0, 2.0))
    assert caught.value.code == "upstream_timeout"


async def test_a_url_with_credentials_is_never_echoed_in_the_error() -> None:
    with trio.fail_after(10):
        async with (
            running_fake_weather(FakeWeather(mode="error500")) as fake,
            httpx.AsyncClient() as client,
        ):
            url = fake.url.replace("http://", "http://user:hunter22@")
            with pytest.raises(UpstreamError) as caught:
                await OpenMeteo(client)(WeatherQuery(url, 1.0, 2.0))
    assert "hunter22" not in caught.value.message
    assert "HTTP 500" in caught.value.message
