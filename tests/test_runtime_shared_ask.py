"""SharedAsk: requests that come together share one ask, and only its answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import trio
import trio.testing

from synth.runtime.actor import Actor, ActorRef
from synth.runtime.errors import Rejection
from synth.runtime.shared_ask import SharedAsk
from synth.runtime.supervisor import ChildSpec, Supervisor


class Refused(Rejection):
    pass


@dataclass(frozen=True)
class HowMany:
    """Answered with how many times the counter was asked this (this time included)."""


@dataclass(frozen=True)
class Hold:
    """Keep the counter busy until ``gate`` is set: what comes meanwhile waits."""

    gate: trio.Event


@dataclass(frozen=True)
class RefuseNext:
    pass


class Counter(Actor):
    name = "counter"

    def __init__(self) -> None:
        super().__init__()
        self.asked = 0
        self.refuse_next = False

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, HowMany):
            self.asked += 1
            if self.refuse_next:
                self.refuse_next = False
                raise Refused("not this time")
            return self.asked
        if isinstance(msg, Hold):
            await msg.gate.wait()
            return None
        if isinstance(msg, RefuseNext):
            self.refuse_next = True
            return None
        return await super().handle(msg)


@dataclass
class Running:
    ref: ActorRef
    nursery: trio.Nursery
    gate: trio.Event

    def hold(self) -> None:
        """Make the counter busy until ``gate`` is set."""
        self.nursery.start_soon(self.ref.ask, Hold(self.gate))


@asynccontextmanager
async def counter() -> AsyncIterator[Running]:
    supervisor = Supervisor(mailbox_size=16)
    ref = supervisor.add(ChildSpec("counter", Counter))
    async with trio.open_nursery() as nursery:
        await nursery.start(supervisor.run)
        yield Running(ref, nursery, trio.Event())
        nursery.cancel_scope.cancel()


async def ask_into(shared: SharedAsk, results: list[Any]) -> None:
    try:
        results.append(await shared.ask())
    except Refused as exc:
        results.append(exc)


async def test_asks_that_come_together_share_one_round_trip() -> None:
    with trio.fail_after(5):
        async with counter() as running:
            shared = SharedAsk(running.ref, HowMany())
            running.hold()
            answers: list[Any] = []
            async with trio.open_nursery() as asking:
                for _ in range(5):
                    asking.start_soon(ask_into, shared, answers)
                await trio.testing.wait_all_tasks_blocked()
                running.gate.set()
            after = await running.ref.ask(HowMany())
    assert answers == [1] * 5
    assert after == 2


async def test_an_ask_after_the_answer_is_asked_anew() -> None:
    with trio.fail_after(5):
        async with counter() as running:
            shared = SharedAsk(running.ref, HowMany())
            first = await shared.ask()
            second = await shared.ask()
    assert (first, second) == (1, 2)


async def test_when_the_shared_ask_fails_each_waiter_asks_on_its_own() -> None:
    with trio.fail_after(5):
        async with counter() as running:
            shared = SharedAsk(running.ref, HowMany())
            await running.ref.ask(RefuseNext())
            running.hold()
            results: list[Any] = []
            async with trio.open_nursery() as asking:
                for _ in range(3):
                    asking.start_soon(ask_into, shared, results)
                await trio.testing.wait_all_tasks_blocked()
                running.gate.set()
    assert isinstance(results[0], Refused)
    assert sorted(results[1:]) == [2, 3]


async def test_a_cancelled_asker_leaves_the_others_an_answer() -> None:
    async def cancellable(
        shared: SharedAsk, *, task_status: trio.TaskStatus[trio.CancelScope]
    ) -> None:
        with trio.CancelScope() as scope:
            task_status.started(scope)
            await shared.ask()

    with trio.fail_after(5):
        async with counter() as running:
            shared = SharedAsk(running.ref, HowMany())
            running.hold()
            answers: list[Any] = []
            async with trio.open_nursery() as asking:
                first = await asking.start(cancellable, shared)
                await trio.testing.wait_all_tasks_blocked()
                asking.start_soon(ask_into, shared, answers)
                await trio.testing.wait_all_tasks_blocked()
                first.cancel()
                await trio.testing.wait_all_tasks_blocked()
                running.gate.set()
    # The cancelled ask still reached the counter (its answer was dropped): the one left
    # asked on its own, after it.
    assert answers == [2]
