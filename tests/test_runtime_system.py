"""The System: incarnations, restart in place, clean stop, and escalation to a non-zero exit."""

from __future__ import annotations

from typing import Any

import httpx
import trio
import trio.testing
from quart_trio import QuartTrio

from synth.runtime.actor import Actor
from synth.runtime.listener import ListenerSpec
from synth.runtime.supervisor import ChildSpec, Supervisor
from synth.runtime.system import Assembly, StopReason, System
from tests.support.waiting import eventually


class Crashing(Actor):
    name = "crashing"

    async def on_start(self) -> None:
        raise RuntimeError("cannot start")


class Recorder(Actor):
    name = "recorder"

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    async def on_start(self) -> None:
        self.log.append("start")

    async def on_stop(self) -> None:
        self.log.append("stop")

    async def handle(self, msg: Any) -> Any:
        return msg


def hello_app() -> QuartTrio:
    app = QuartTrio("hello")

    @app.get("/")
    async def index() -> str:
        await trio.sleep(0.2)
        return "hello"

    return app


async def test_escalation_stops_everything_and_returns_nonzero(
    autojump_clock: trio.testing.MockClock,
) -> None:
    log: list[str] = []

    async def build(system: System) -> Assembly:
        supervisor = Supervisor(intensity=2, period=5)
        supervisor.add(ChildSpec("recorder", lambda: Recorder(log)))
        supervisor.add(ChildSpec("crashing", Crashing))
        return Assembly(supervisor, listeners=[])

    code = await System(build).run()
    assert code == 1
    assert log == ["start", "stop"]


async def test_restart_builds_again_and_stop_returns_zero(
    autojump_clock: trio.testing.MockClock,
) -> None:
    log: list[str] = []
    reasons: list[StopReason] = []

    async def build(system: System) -> Assembly:
        supervisor = Supervisor()
        supervisor.add(ChildSpec("recorder", lambda: Recorder(log)))
        return Assembly(supervisor, listeners=[], before_shutdown=reasons.append)

    system = System(build)
    async with trio.open_nursery() as nursery:
        codes: list[int] = []

        async def run() -> None:
            codes.append(await system.run())

        nursery.start_soon(run)
        await system.ready.wait()
        system.request_restart()
        await trio.sleep(1)
        assert system.ready.is_set()
        assert system.state.restarts == 1
        system.request_stop()
    assert codes == [0]
    assert log == ["start", "stop", "start", "stop"]
    assert reasons == [StopReason.RESTART, StopReason.STOP]


async def test_restart_keeps_the_port_and_lets_in_flight_requests_finish() -> None:
    async def build(system: System) -> Assembly:
        return Assembly(
            Supervisor(), listeners=[ListenerSpec("web", hello_app(), "127.0.0.1", 0)], drain_s=2
        )

    system = System(build)
    with trio.fail_after(20):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(system.run)
            await system.ready.wait()
            url = system.state.urls["web"]
            async with httpx.AsyncClient(base_url=url) as client:
                results: list[int] = []

                async def slow_request() -> None:
                    results.append((await client.get("/")).status_code)

                async with trio.open_nursery() as requests:
                    requests.start_soon(slow_request)
                    await trio.sleep(0.05)
                    system.request_restart()
                assert results == [200]
                await eventually(system.ready.is_set)
                assert system.state.urls["web"] == url
                assert (await client.get("/")).text == "hello"
            system.request_stop()
