"""Supervision: strategies, restart types, restart intensity, ordered start and stop."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
import trio
import trio.testing

from synth.runtime.actor import Actor, ActorRef, Status
from synth.runtime.errors import ActorUnavailable, SupervisorEscalation
from synth.runtime.supervisor import (
    ChildSpec,
    Restart,
    Strategy,
    SupervisionEvent,
    Supervisor,
)


class Boom(Exception):
    """A handler bug: crashes the actor."""


@dataclass(frozen=True)
class Crash:
    pass


@dataclass(frozen=True)
class Stop:
    """End the actor normally."""


@dataclass(frozen=True)
class Ping:
    pass


@dataclass(frozen=True)
class Wait:
    """Finish once ``gate`` is set."""

    gate: trio.Event


@dataclass(frozen=True)
class Stuck:
    """Never finish: ignore the polite stop."""


@dataclass
class Journal:
    """What every child did, shared by the whole tree, in order."""

    log: list[tuple[str, str]] = field(default_factory=list)
    instances: dict[str, int] = field(default_factory=dict)
    cancelled_at: float | None = None

    def entries(self, what: str) -> list[str]:
        return [name for event, name in self.log if event == what]


class Child(Actor):
    def __init__(self, name: str, journal: Journal, *, fail_start: int = 0) -> None:
        super().__init__()
        self.name = name
        self.journal = journal
        journal.instances[name] = journal.instances.get(name, 0) + 1
        self.instance = journal.instances[name]
        self.fail_start = fail_start

    async def on_start(self) -> None:
        if self.instance <= self.fail_start:
            raise Boom(f"{self.name} cannot start")
        self.journal.log.append(("start", self.name))

    async def on_stop(self) -> None:
        self.journal.log.append(("stop", self.name))

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, Ping):
            return (self.name, self.instance)
        if isinstance(msg, Crash):
            raise Boom(f"{self.name} crashed")
        if isinstance(msg, Stop):
            self.stop()
            return None
        if isinstance(msg, Wait):
            await msg.gate.wait()
            return (self.name, self.instance)
        if isinstance(msg, Stuck):
            try:
                await trio.sleep_forever()
            finally:
                self.journal.cancelled_at = trio.current_time()
        return await super().handle(msg)


@dataclass
class Tree:
    supervisor: Supervisor
    journal: Journal
    refs: dict[str, ActorRef]
    events: list[SupervisionEvent]

    def instances(self) -> dict[str, int]:
        return dict(self.journal.instances)

    def restarts(self) -> dict[str, int]:
        return {info.name: info.restarts for info in self.supervisor.children()}


def child_spec(
    name: str,
    journal: Journal,
    *,
    restart: Restart = Restart.PERMANENT,
    shutdown_timeout: float = 5.0,
    fail_start: int = 0,
) -> ChildSpec:
    def factory() -> Actor:
        return Child(name, journal, fail_start=fail_start)

    return ChildSpec(name, factory, restart=restart, shutdown_timeout=shutdown_timeout)


def build(
    names: str = "abc",
    *,
    strategy: Strategy = Strategy.ONE_FOR_ONE,
    intensity: int = 10,
    period: float = 5.0,
    restart: dict[str, Restart] | None = None,
    shutdown_timeout: float = 5.0,
    fail_start: dict[str, int] | None = None,
) -> Tree:
    journal = Journal()
    events: list[SupervisionEvent] = []
    supervisor = Supervisor(
        strategy=strategy, intensity=intensity, period=period, on_event=events.append
    )
    refs = {
        name: supervisor.add(
            child_spec(
                name,
                journal,
                restart=(restart or {}).get(name, Restart.PERMANENT),
                shutdown_timeout=shutdown_timeout,
                fail_start=(fail_start or {}).get(name, 0),
            )
        )
        for name in names
    }
    return Tree(supervisor, journal, refs, events)


async def crash(ref: ActorRef) -> None:
    """Crash the actor behind ``ref`` and let its supervisor react."""
    with pytest.raises(Boom):
        await ref.ask(Crash())
    await trio.testing.wait_all_tasks_blocked()


async def test_one_for_one_restarts_only_the_crashed_child(nursery: trio.Nursery) -> None:
    tree = build(strategy=Strategy.ONE_FOR_ONE)
    await nursery.start(tree.supervisor.run)

    await crash(tree.refs["b"])

    assert await tree.refs["b"].ask(Ping()) == ("b", 2)
    assert tree.instances() == {"a": 1, "b": 2, "c": 1}
    assert tree.restarts() == {"a": 0, "b": 1, "c": 0}


async def test_one_for_all_restarts_every_child(nursery: trio.Nursery) -> None:
    tree = build(strategy=Strategy.ONE_FOR_ALL)
    await nursery.start(tree.supervisor.run)

    await crash(tree.refs["b"])
    await tree.refs["c"].ask(Ping())

    assert tree.instances() == {"a": 2, "b": 2, "c": 2}
    assert tree.journal.entries("start") == ["a", "b", "c", "a", "b", "c"]


async def test_one_for_all_lets_siblings_finish_their_message_and_keeps_their_queue(
    nursery: trio.Nursery,
) -> None:
    tree = build("ab", strategy=Strategy.ONE_FOR_ALL)
    await nursery.start(tree.supervisor.run)
    a, b = tree.refs["a"], tree.refs["b"]
    gate = trio.Event()
    replies: dict[str, Any] = {}

    async def ask_b(key: str, msg: Any) -> None:
        replies[key] = await b.ask(msg)

    nursery.start_soon(ask_b, "in_hand", Wait(gate))
    await trio.testing.wait_all_tasks_blocked()
    nursery.start_soon(ask_b, "queued", Ping())
    await trio.testing.wait_all_tasks_blocked()

    await crash(a)  # the supervisor now waits for b to finish its message
    gate.set()
    await trio.testing.wait_all_tasks_blocked()

    assert replies == {"in_hand": ("b", 1), "queued": ("b", 2)}
    assert tree.instances() == {"a": 2, "b": 2}


async def test_rest_for_one_restarts_the_crashed_child_and_those_started_after_it(
    nursery: trio.Nursery,
) -> None:
    tree = build("abcd", strategy=Strategy.REST_FOR_ONE)
    await nursery.start(tree.supervisor.run)

    await crash(tree.refs["b"])
    await tree.refs["d"].ask(Ping())

    assert tree.instances() == {"a": 1, "b": 2, "c": 2, "d": 2}
    assert tree.journal.entries("stop") == ["d", "c"]  # the crashed child gets no on_stop


async def test_children_start_in_order_and_stop_in_reverse_order(
    nursery: trio.Nursery,
) -> None:
    tree = build("abcd")
    await nursery.start(tree.supervisor.run)
    assert tree.journal.entries("start") == ["a", "b", "c", "d"]

    await tree.supervisor.stop()

    assert tree.journal.entries("stop") == ["d", "c", "b", "a"]
    assert tree.supervisor.finished.is_set()
    assert tree.supervisor.escalation is None
    assert all(info.status == Status.STOPPED.value for info in tree.supervisor.children())


async def test_permanent_child_is_restarted_after_a_normal_stop(nursery: trio.Nursery) -> None:
    tree = build("a", restart={"a": Restart.PERMANENT})
    await nursery.start(tree.supervisor.run)

    await tree.refs["a"].ask(Stop())

    assert await tree.refs["a"].ask(Ping()) == ("a", 2)
    assert tree.journal.entries("stop") == ["a"]


async def test_transient_child_stays_down_after_a_normal_stop(nursery: trio.Nursery) -> None:
    tree = build("a", restart={"a": Restart.TRANSIENT})
    await nursery.start(tree.supervisor.run)

    await tree.refs["a"].ask(Stop())
    await trio.testing.wait_all_tasks_blocked()

    with pytest.raises(ActorUnavailable):
        await tree.refs["a"].ask(Ping())
    assert tree.instances() == {"a": 1}
    assert tree.refs["a"].status is Status.STOPPED


async def test_transient_child_is_restarted_after_a_crash(nursery: trio.Nursery) -> None:
    tree = build("a", restart={"a": Restart.TRANSIENT})
    await nursery.start(tree.supervisor.run)

    await crash(tree.refs["a"])

    assert await tree.refs["a"].ask(Ping()) == ("a", 2)


async def test_temporary_child_is_not_restarted_after_a_crash(nursery: trio.Nursery) -> None:
    tree = build("a", restart={"a": Restart.TEMPORARY})
    await nursery.start(tree.supervisor.run)

    await crash(tree.refs["a"])
    await trio.testing.wait_all_tasks_blocked()

    with pytest.raises(ActorUnavailable):
        await tree.refs["a"].ask(Ping())
    assert tree.instances() == {"a": 1}
    assert tree.refs["a"].status is Status.FAILED


async def test_temporary_child_is_not_restarted_after_a_normal_stop(
    nursery: trio.Nursery,
) -> None:
    tree = build("a", restart={"a": Restart.TEMPORARY})
    await nursery.start(tree.supervisor.run)

    await tree.refs["a"].ask(Stop())
    await trio.testing.wait_all_tasks_blocked()

    with pytest.raises(ActorUnavailable):
        await tree.refs["a"].ask(Ping())
    assert tree.instances() == {"a": 1}


async def test_temporary_sibling_is_not_restarted_under_one_for_all(
    nursery: trio.Nursery,
) -> None:
    tree = build(strategy=Strategy.ONE_FOR_ALL, restart={"c": Restart.TEMPORARY})
    await nursery.start(tree.supervisor.run)

    await crash(tree.refs["a"])
    await tree.refs["b"].ask(Ping())

    assert tree.instances() == {"a": 2, "b": 2, "c": 1}
    assert tree.journal.entries("stop") == ["c", "b"]  # stopped cleanly, then left down
    with pytest.raises(ActorUnavailable):
        await tree.refs["c"].ask(Ping())


async def test_restarts_up_to_the_intensity_are_allowed(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    tree = build("ab", intensity=3, period=5)
    await nursery.start(tree.supervisor.run)

    for _ in range(3):
        await crash(tree.refs["a"])
        await trio.sleep(1)

    assert await tree.refs["a"].ask(Ping()) == ("a", 4)
    assert tree.supervisor.escalation is None
    assert not tree.supervisor.finished.is_set()


async def test_one_restart_more_than_the_intensity_escalates_after_a_clean_stop(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    tree = build("abc", intensity=3, period=5)
    await nursery.start(tree.supervisor.run)

    for _ in range(4):
        await crash(tree.refs["b"])
        await trio.sleep(1)

    assert isinstance(tree.supervisor.escalation, SupervisorEscalation)
    assert tree.supervisor.finished.is_set()
    assert tree.journal.entries("stop") == ["c", "a"]  # every live child, in reverse order
    start = trio.current_time()
    for ref in tree.refs.values():
        with pytest.raises(ActorUnavailable):
            await ref.ask(Ping(), timeout=10)
    assert trio.current_time() == start


async def test_restarts_spread_over_more_than_the_period_do_not_escalate(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    tree = build("a", intensity=1, period=5)
    await nursery.start(tree.supervisor.run)

    for _ in range(5):
        await crash(tree.refs["a"])
        await trio.sleep(6)

    assert tree.supervisor.escalation is None
    assert await tree.refs["a"].ask(Ping()) == ("a", 6)


async def test_child_ignoring_the_polite_stop_is_cancelled_after_its_shutdown_timeout(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    tree = build("a", shutdown_timeout=2)
    await nursery.start(tree.supervisor.run)
    asked: list[BaseException] = []

    async def ask_stuck() -> None:
        try:
            await tree.refs["a"].ask(Stuck())
        except ActorUnavailable as exc:
            asked.append(exc)

    nursery.start_soon(ask_stuck)
    await trio.testing.wait_all_tasks_blocked()
    start = trio.current_time()

    await tree.supervisor.stop()

    assert tree.journal.cancelled_at == pytest.approx(start + 2)
    assert trio.current_time() == pytest.approx(start + 2)
    assert tree.journal.entries("stop") == ["a"]
    assert len(asked) == 1


async def test_on_start_failure_counts_as_a_crash(nursery: trio.Nursery) -> None:
    tree = build("ab", fail_start={"a": 1})
    await nursery.start(tree.supervisor.run)

    assert await tree.refs["a"].ask(Ping()) == ("a", 2)
    assert tree.restarts() == {"a": 1, "b": 0}
    assert [(e.kind, e.actor) for e in tree.events] == [("crashed", "a"), ("restarted", "a")]
    assert "cannot start" in tree.events[0].detail


async def test_constructor_failure_counts_as_a_crash(nursery: trio.Nursery) -> None:
    journal = Journal()
    attempts: list[int] = []

    def flaky() -> Actor:
        attempts.append(len(attempts) + 1)
        if len(attempts) == 2:
            raise Boom("cannot build")
        return Child("a", journal)

    events: list[SupervisionEvent] = []
    supervisor = Supervisor(on_event=events.append)
    ref = supervisor.add(ChildSpec("a", flaky))
    await nursery.start(supervisor.run)

    await crash(ref)  # the rebuild fails once, then succeeds

    assert await ref.ask(Ping()) == ("a", 2)
    assert attempts == [1, 2, 3]
    assert [e.kind for e in events] == ["crashed", "restarted", "crashed", "restarted"]


async def test_on_start_failing_every_time_escalates(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    tree = build("ab", intensity=2, fail_start={"b": 100})
    await nursery.start(tree.supervisor.run)

    await tree.supervisor.finished.wait()

    assert isinstance(tree.supervisor.escalation, SupervisorEscalation)
    assert tree.instances() == {"a": 1, "b": 3}
    assert tree.journal.entries("stop") == ["a"]


async def test_on_event_reports_crashed_restarted_and_escalated(
    nursery: trio.Nursery, autojump_clock: trio.testing.MockClock
) -> None:
    tree = build("a", intensity=1, period=5)
    await nursery.start(tree.supervisor.run)

    await crash(tree.refs["a"])
    await crash(tree.refs["a"])
    await tree.supervisor.finished.wait()

    assert [(e.kind, e.actor) for e in tree.events] == [
        ("crashed", "a"),
        ("restarted", "a"),
        ("crashed", "a"),
        ("escalated", "a"),
    ]


async def test_cancelled_supervisor_exits_without_hanging(
    autojump_clock: trio.testing.MockClock,
) -> None:
    tree = build()
    start = trio.current_time()

    async with trio.open_nursery() as nursery:
        await nursery.start(tree.supervisor.run)
        nursery.start_soon(tree.refs["a"].ask, Stuck())
        await trio.testing.wait_all_tasks_blocked()
        nursery.cancel_scope.cancel()

    assert trio.current_time() == start
    assert tree.supervisor.finished.is_set()
    with pytest.raises(ActorUnavailable):
        await tree.refs["b"].ask(Ping(), timeout=10)
    assert trio.current_time() == start
