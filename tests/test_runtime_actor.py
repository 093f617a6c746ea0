"""Actors and their refs: ask, tell, try_tell, ask_stream, crashes and rejections."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import trio
import trio.testing

from synth.runtime.actor import Actor, ActorRef, Status, StreamSend
from synth.runtime.errors import ActorUnavailable, AskTimeout, MailboxFull, Rejection
from synth.runtime.supervisor import ChildSpec, Restart, Supervisor


class Boom(Exception):
    """A handler bug: crashes the actor."""


class Refused(Rejection):
    """A handler's 'no': the actor lives on."""


@dataclass(frozen=True)
class Echo:
    value: Any


@dataclass(frozen=True)
class Seen:
    """Reply with every Echo value this incarnation handled."""


@dataclass(frozen=True)
class Crash:
    pass


@dataclass(frozen=True)
class Refuse:
    pass


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Hold:
    """Block the actor until ``gate`` is set."""

    gate: trio.Event


@dataclass(frozen=True)
class StopWhen:
    """Block until ``gate`` is set, then end this actor normally."""

    gate: trio.Event


@dataclass(frozen=True)
class Count:
    """Stream ``n`` chunks: 0, 1, ..."""

    n: int


@dataclass(frozen=True)
class Endless:
    """Stream one chunk, then wait forever."""


@dataclass(frozen=True)
class StreamThenFail:
    error: Exception


class Probe(Actor):
    """A test actor that remembers its incarnations and what it saw."""

    name = "probe"

    def __init__(self, lives: list[Probe]) -> None:
        super().__init__()
        lives.append(self)
        self.seen: list[Any] = []
        self.fuse = trio.Event()
        self.producer_cancelled = False
        self.producer_cleaned_up = False

    async def on_start(self) -> None:
        self.nursery.start_soon(self._burn_fuse)

    async def _burn_fuse(self) -> None:
        # A background task of this incarnation: setting the fuse crashes the actor.
        await self.fuse.wait()
        raise Boom("background task failed")

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, Echo):
            self.seen.append(msg.value)
            return msg.value
        if isinstance(msg, Seen):
            return list(self.seen)
        if isinstance(msg, Crash):
            raise Boom("crashed on purpose")
        if isinstance(msg, Refuse):
            raise Refused("not today")
        if isinstance(msg, Sleep):
            await trio.sleep(msg.seconds)
            return "slept"
        if isinstance(msg, Hold):
            await msg.gate.wait()
            return "released"
        if isinstance(msg, StopWhen):
            await msg.gate.wait()
            self.stop()
            return "stopping"
        return await super().handle(msg)

    async def stream(self, msg: Any, send: StreamSend) -> None:
        if isinstance(msg, Count):
            for i in range(msg.n):
                await send.send(i)
            return
        if isinstance(msg, Endless):
            try:
                await send.send("first")
                await trio.sleep_forever()
            except trio.Cancelled:
                self.producer_cancelled = True
                raise
            finally:
                self.producer_cleaned_up = True
        if isinstance(msg, StreamThenFail):
            await send.send("first")
            raise msg.error
        await super().stream(msg, send)


@dataclass
class Running:
    supervisor: Supervisor
    ref: ActorRef
    lives: list[Probe]

    @property
    def restarts(self) -> int:
        return self.supervisor.children()[0].restarts

    @property
    def actor(self) -> Probe:
        return self.lives[-1]


async def start_probe(
    nursery: trio.Nursery, *, restart: Restart = Restart.PERMANENT, mailbox_size: int = 16
) -> Running:
    lives: list[Probe] = []
    supervisor = Supervisor(mailbox_size=mailbox_size, intensity=10)
    ref = supervisor.add(ChildSpec("probe", lambda: Probe(lives), restart=restart))
    await nursery.start(supervisor.run)
    return Running(supervisor, ref, lives)


async def ask_into(ref: ActorRef, msg: Any, results: dict[str, Any], key: str) -> None:
    """Ask and store the reply, or the exception, under ``key``."""
    try:
        results[key] = await ref.ask(msg)
    except Exception as exc:
        results[key] = exc


async def test_ask_returns_the_handlers_value(nursery: trio.Nursery) -> None:
    probe = await start_probe(nursery)
    assert await probe.ref.ask(Echo(42)) == 42


async def test_rejection_reaches_the_asker_and_the_actor_keeps_its_state(
    nursery: trio.Nursery,
) -> None:
    probe = await start_probe(nursery)
    await probe.ref.ask(Echo("kept"))

    with pytest.raises(Refused, match="not today"):
        await probe.ref.ask(Refuse())

    assert await probe.ref.ask(Seen()) == ["kept"]
    assert probe.restarts == 0
    assert len(probe.lives) == 1


async def test_crash_reaches_the_asker_as_the_original_exception_and_restarts_the_actor(
    nursery: trio.Nursery,
) -> None:
    probe = await start_probe(nursery)
    await probe.ref.ask(Echo("lost"))

    with pytest.raises(Boom, match="crashed on purpose"):
        await probe.ref.ask(Crash())

    assert await probe.ref.ask(Seen()) == []  # a new instance, with fresh state
    assert probe.restarts == 1
    assert len(probe.lives) == 2


async def test_rest_of_the_mailbox_survives_a_crash(nursery: trio.Nursery) -> None:
    probe = await start_probe(nursery)
    gate = trio.Event()
    await probe.ref.tell(Hold(gate))
    results: dict[str, Any] = {}
    # Queue one message at a time so that the mailbox order is known.
    nursery.start_soon(ask_into, probe.ref, Crash(), results, "crash")
    await trio.testing.wait_all_tasks_blocked()
    nursery.start_soon(ask_into, probe.ref, Echo(1), results, "first")
    await trio.testing.wait_all_tasks_blocked()
    await probe.ref.tell(Echo(2))
    nursery.start_soon(ask_into, probe.ref, Echo(3), results, "third")
    await trio.testing.wait_all_tasks_blocked()

    gate.set()
    assert await probe.ref.ask(Seen()) == [1, 2, 3]

    assert isinstance(results["crash"], Boom)
    assert results["first"] == 1
    assert results["third"] == 3
    assert probe.restarts == 1
    assert probe.lives[0].seen == []


async def test_ask_timeout_raises_ask_timeout_and_the_late_reply_is_dropped(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    probe = await start_probe(nursery)
    start = trio.current_time()

    with pytest.raises(AskTimeout):
        await probe.ref.ask(Sleep(10), timeout=1)
    assert trio.current_time() - start == pytest.approx(1)

    await trio.sleep(20)  # the handler finishes and replies to nobody
    assert await probe.ref.ask(Echo("still here")) == "still here"
    assert probe.restarts == 0


async def test_ask_to_a_stopped_actor_fails_at_once(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    probe = await start_probe(nursery)
    await probe.supervisor.stop()
    start = trio.current_time()

    with pytest.raises(ActorUnavailable):
        await probe.ref.ask(Echo(1), timeout=30)
    with pytest.raises(ActorUnavailable):
        await probe.ref.tell(Echo(1))
    with pytest.raises(ActorUnavailable):
        probe.ref.try_tell(Echo(1))
    assert trio.current_time() == start
    assert probe.ref.status is Status.STOPPED


async def test_asks_queued_when_the_actor_stops_for_good_fail_at_once(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    probe = await start_probe(nursery, restart=Restart.TRANSIENT)
    gate = trio.Event()
    await probe.ref.tell(StopWhen(gate))
    results: dict[str, Any] = {}
    nursery.start_soon(ask_into, probe.ref, Echo(1), results, "first")
    nursery.start_soon(ask_into, probe.ref, Echo(2), results, "second")
    await trio.testing.wait_all_tasks_blocked()
    start = trio.current_time()

    gate.set()
    await trio.testing.wait_all_tasks_blocked()

    assert isinstance(results["first"], ActorUnavailable)
    assert isinstance(results["second"], ActorUnavailable)
    assert trio.current_time() == start
    assert probe.ref.status is Status.STOPPED


async def test_ask_in_flight_fails_fast_when_a_temporary_actor_crashes(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    probe = await start_probe(nursery, restart=Restart.TEMPORARY)
    results: dict[str, Any] = {}
    nursery.start_soon(ask_into, probe.ref, Hold(trio.Event()), results, "in_flight")
    await trio.testing.wait_all_tasks_blocked()
    nursery.start_soon(ask_into, probe.ref, Echo(1), results, "queued")
    await trio.testing.wait_all_tasks_blocked()
    start = trio.current_time()

    probe.actor.fuse.set()
    await trio.testing.wait_all_tasks_blocked()

    assert isinstance(results["in_flight"], ActorUnavailable)
    assert isinstance(results["queued"], ActorUnavailable)
    assert trio.current_time() == start
    assert probe.ref.status is Status.FAILED
    assert len(probe.lives) == 1


async def test_stop_outside_a_handler_ends_the_incarnation_without_waiting_for_a_message(
    nursery: trio.Nursery,
) -> None:
    probe = await start_probe(nursery)

    probe.actor.stop()  # as a background task of the actor would, while the mailbox is empty
    await trio.testing.wait_all_tasks_blocked()

    assert len(probe.lives) == 2  # stopped normally, then restarted (permanent)
    assert probe.restarts == 1


async def test_full_mailbox_makes_tell_wait(nursery: trio.Nursery) -> None:
    probe = await start_probe(nursery, mailbox_size=2)
    gate = trio.Event()
    await probe.ref.tell(Hold(gate))
    await trio.testing.wait_all_tasks_blocked()  # the actor holds it: the mailbox is empty
    await probe.ref.tell(Echo(1))
    await probe.ref.tell(Echo(2))
    delivered = trio.Event()

    async def tell_third() -> None:
        await probe.ref.tell(Echo(3))
        delivered.set()

    nursery.start_soon(tell_third)
    await trio.testing.wait_all_tasks_blocked()
    assert not delivered.is_set()

    gate.set()
    await delivered.wait()
    assert await probe.ref.ask(Seen()) == [1, 2, 3]


async def test_try_tell_raises_mailbox_full_at_once(nursery: trio.Nursery) -> None:
    probe = await start_probe(nursery, mailbox_size=2)
    await probe.ref.tell(Hold(trio.Event()))
    await trio.testing.wait_all_tasks_blocked()
    probe.ref.try_tell(Echo(1))
    probe.ref.try_tell(Echo(2))

    with pytest.raises(MailboxFull):
        probe.ref.try_tell(Echo(3))


async def test_tell_waiting_on_a_full_mailbox_fails_when_the_actor_stops_for_good(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    probe = await start_probe(nursery, restart=Restart.TRANSIENT, mailbox_size=1)
    gate = trio.Event()
    await probe.ref.tell(StopWhen(gate))
    await trio.testing.wait_all_tasks_blocked()
    await probe.ref.tell(Echo(1))
    failed: list[ActorUnavailable] = []

    async def tell_second() -> None:
        try:
            await probe.ref.tell(Echo(2))
        except ActorUnavailable as exc:
            failed.append(exc)

    nursery.start_soon(tell_second)
    await trio.testing.wait_all_tasks_blocked()
    start = trio.current_time()

    gate.set()
    await trio.testing.wait_all_tasks_blocked()

    assert len(failed) == 1
    assert trio.current_time() == start


async def test_ask_stream_delivers_chunks_in_order(nursery: trio.Nursery) -> None:
    probe = await start_probe(nursery)

    async with await probe.ref.ask_stream(Count(50), buffer=4) as chunks:
        received = [chunk async for chunk in chunks]

    assert received == list(range(50))


async def test_closing_the_stream_cancels_its_producer(nursery: trio.Nursery) -> None:
    probe = await start_probe(nursery)
    chunks = await probe.ref.ask_stream(Endless())
    assert await chunks.receive() == "first"
    await trio.testing.wait_all_tasks_blocked()
    assert not probe.actor.producer_cleaned_up

    await chunks.aclose()
    await trio.testing.wait_all_tasks_blocked()

    assert probe.actor.producer_cancelled
    assert probe.actor.producer_cleaned_up
    assert probe.restarts == 0


async def test_leaving_the_stream_block_cancels_its_producer(nursery: trio.Nursery) -> None:
    probe = await start_probe(nursery)

    async with await probe.ref.ask_stream(Endless()) as chunks:
        async for chunk in chunks:
            assert chunk == "first"
            break
    await trio.testing.wait_all_tasks_blocked()

    assert probe.actor.producer_cancelled
    assert probe.actor.producer_cleaned_up
    assert probe.restarts == 0


async def test_rejection_in_a_stream_producer_reaches_the_consumer(
    nursery: trio.Nursery,
) -> None:
    probe = await start_probe(nursery)
    received: list[Any] = []

    with pytest.raises(Refused, match="no more"):
        async with await probe.ref.ask_stream(StreamThenFail(Refused("no more"))) as chunks:
            async for chunk in chunks:
                received.append(chunk)

    assert received == ["first"]
    assert probe.restarts == 0


async def test_crash_in_a_stream_producer_reaches_the_consumer_and_restarts_the_actor(
    nursery: trio.Nursery,
) -> None:
    probe = await start_probe(nursery)
    received: list[Any] = []

    with pytest.raises(Boom, match="mid-stream"):
        async with await probe.ref.ask_stream(StreamThenFail(Boom("mid-stream"))) as chunks:
            async for chunk in chunks:
                received.append(chunk)

    assert received == ["first"]
    assert await probe.ref.ask(Echo("next")) == "next"
    assert probe.restarts == 1


async def test_stream_failure_reaches_a_consumer_that_reads_late(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    probe = await start_probe(nursery)
    chunks = await probe.ref.ask_stream(StreamThenFail(Refused("too late")), buffer=1)
    await trio.sleep(10)  # the producer failed long ago, with its one-chunk buffer full
    received: list[Any] = []

    with pytest.raises(Refused, match="too late"):
        async with chunks:
            async for chunk in chunks:
                received.append(chunk)

    assert received == ["first"]


async def test_stream_cut_short_by_an_actor_crash_ends_with_actor_unavailable(
    nursery: trio.Nursery,
) -> None:
    probe = await start_probe(nursery)
    chunks = await probe.ref.ask_stream(Count(10), buffer=2)
    await trio.testing.wait_all_tasks_blocked()  # the producer waits on a full buffer
    with pytest.raises(Boom):
        await probe.ref.ask(Crash())
    await trio.testing.wait_all_tasks_blocked()  # the producer was cancelled, the actor restarted
    received: list[Any] = []

    with pytest.raises(ActorUnavailable):
        async with chunks:
            async for chunk in chunks:
                received.append(chunk)

    assert received == [0, 1]
