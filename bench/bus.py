"""The actor bus: ``ActorRef.ask`` round trips against raw Trio memory-channel ping-pong.

In-process by nature: both run in this process's Trio loop, one after the other. The
actor is a one-line echo under a real :class:`~synth.runtime.supervisor.Supervisor`, so an
``ask`` pays what every request pays in synth: the envelope, the bounded mailbox, the
per-request reply channel, the incarnation's message loop. The baseline is the least two
tasks can do: one request channel and one reply channel, both of size 1, reused.
"""

from __future__ import annotations

import statistics
import time
from typing import Any

import trio

from bench import Options
from bench.report import Check, Section
from synth.runtime.actor import Actor
from synth.runtime.supervisor import ChildSpec, Supervisor

TITLE = "Actor bus: ask round trips versus raw memory channels"
MIN_RATIO = 0.5
ROUNDS, ROUND_TRIPS = 5, 20_000
QUICK_ROUNDS, QUICK_ROUND_TRIPS = 3, 5_000


class Echo(Actor):
    name = "echo"

    async def handle(self, msg: Any) -> Any:
        return msg


async def ping_pong(count: int) -> float:
    """Round trips per second between two tasks over two reused memory channels."""
    request_send, request_receive = trio.open_memory_channel[int](1)
    reply_send, reply_receive = trio.open_memory_channel[int](1)

    async def echo() -> None:
        async for message in request_receive:
            await reply_send.send(message)

    async with trio.open_nursery() as nursery:
        nursery.start_soon(echo)
        started = time.perf_counter()
        for number in range(count):
            await request_send.send(number)
            await reply_receive.receive()
        elapsed = time.perf_counter() - started
        nursery.cancel_scope.cancel()
    return count / elapsed


async def asks(count: int) -> float:
    """``ask`` round trips per second to an echo actor under a supervisor."""
    supervisor = Supervisor()
    ref = supervisor.add(ChildSpec("echo", Echo))
    async with trio.open_nursery() as nursery:
        await nursery.start(supervisor.run)
        started = time.perf_counter()
        for number in range(count):
            await ref.ask(number)
        elapsed = time.perf_counter() - started
        await supervisor.stop()
    return count / elapsed


async def measure(rounds: int, count: int) -> tuple[list[float], list[float]]:
    raw: list[float] = []
    actor: list[float] = []
    await ping_pong(count // 10)  # warm-up
    await asks(count // 10)
    for _ in range(rounds):
        raw.append(await ping_pong(count))
        actor.append(await asks(count))
    return raw, actor


def run(options: Options) -> Section:
    rounds, count = (QUICK_ROUNDS, QUICK_ROUND_TRIPS) if options.quick else (ROUNDS, ROUND_TRIPS)
    raw, actor = trio.run(measure, rounds, count)
    raw_rate, actor_rate = statistics.median(raw), statistics.median(actor)
    ratio = actor_rate / raw_rate
    method = (
        f"- {rounds} rounds of {count:,} round trips each, alternating; medians, with min-max.\n"
        "- *memory channels*: two tasks, a request and a reply channel of size 1, reused.\n"
        "- *actor ask*: `await ref.ask(n)` to an echo actor (`handle` returns the message) "
        "under a `Supervisor`; a fresh reply channel per ask, no timeout."
    )
    return Section(
        TITLE,
        method,
        ("path", "round trips/s (min-max)", "µs per round trip"),
        [
            _row("memory channels", raw),
            _row("actor ask", actor),
        ],
        [
            Check(
                "ask ÷ memory channels", f"{ratio:.2f}", f"≥ {MIN_RATIO:.2f}", ratio >= MIN_RATIO
            ),
            Check("ask round trips/s", f"{actor_rate:,.0f}", None, True),
        ],
    )


def _row(name: str, rates: list[float]) -> tuple[str, ...]:
    median = statistics.median(rates)
    return (
        name,
        f"**{median:,.0f}** ({min(rates):,.0f}-{max(rates):,.0f})",
        f"{1e6 / median:.1f}",
    )
