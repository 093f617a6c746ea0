"""OTP-style supervision: strategies, restart types and restart intensity.

Children start in the order they were added (each is running before the next one
starts) and stop in reverse order: a polite stop, a bounded wait, then a hard cancel.
More than ``intensity`` restarts within ``period`` seconds means something is
persistently wrong: the supervisor stops every child and records a
``SupervisorEscalation`` for its owner, instead of restarting forever.
"""

from __future__ import annotations

import enum
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import trio

from synth.runtime.actor import ActorFactory, ActorRef, Mailbox, Status
from synth.runtime.errors import SupervisorEscalation
from synth.runtime.incarnation import Incarnation

log = logging.getLogger("synth.runtime")


class Strategy(enum.Enum):
    ONE_FOR_ONE = "one_for_one"
    ONE_FOR_ALL = "one_for_all"
    REST_FOR_ONE = "rest_for_one"


class Restart(enum.Enum):
    PERMANENT = "permanent"  # always restarted
    TRANSIENT = "transient"  # restarted only after a crash, not after a normal stop
    TEMPORARY = "temporary"  # never restarted


@dataclass(frozen=True)
class ChildSpec:
    name: str
    factory: ActorFactory
    restart: Restart = Restart.PERMANENT
    shutdown_timeout: float = 5.0


@dataclass(frozen=True)
class SupervisionEvent:
    """What the supervisor did (crashed, restarted, stopped, escalated), for the activity log."""

    kind: str
    actor: str
    detail: str


@dataclass(frozen=True)
class ChildInfo:
    name: str
    status: str
    restarts: int
    mailbox_size: int
    last_error: str | None


@dataclass
class _Child:
    spec: ChildSpec
    mailbox: Mailbox
    incarnation: Incarnation | None = None
    generation: int = 0
    dropped: bool = False


@dataclass
class _Exit:
    child: _Child
    generation: int
    error: BaseException | None = field(default=None)


class Supervisor:
    def __init__(
        self,
        *,
        strategy: Strategy = Strategy.ONE_FOR_ONE,
        intensity: int = 3,
        period: float = 5.0,
        mailbox_size: int = 256,
        on_event: Callable[[SupervisionEvent], None] | None = None,
    ) -> None:
        self.strategy = strategy
        self.intensity = intensity
        self.period = period
        self.mailbox_size = mailbox_size
        self.escalation: SupervisorEscalation | None = None
        self._on_event = on_event
        self._children: list[_Child] = []
        self._restart_times: deque[float] = deque()
        self._exits_send, self._exits = trio.open_memory_channel[_Exit | None](1000)
        self._nursery: trio.Nursery | None = None
        self._stop_requested = False
        self.finished = trio.Event()

    def add(self, spec: ChildSpec) -> ActorRef:
        """Register a child before ``run``; its ref is usable at once (messages queue)."""
        if any(c.spec.name == spec.name for c in self._children):
            raise ValueError(f"duplicate child name {spec.name!r}")
        child = _Child(spec, Mailbox(spec.name, self.mailbox_size))
        self._children.append(child)
        return ActorRef(child.mailbox)

    def children(self) -> list[ChildInfo]:
        return [
            ChildInfo(
                c.spec.name,
                c.mailbox.status.value,
                c.mailbox.restarts,
                c.mailbox.depth if c.mailbox.status not in (Status.STOPPED, Status.FAILED) else 0,
                c.mailbox.last_error,
            )
            for c in self._children
        ]

    async def run(self, *, task_status: trio.TaskStatus[None] = trio.TASK_STATUS_IGNORED) -> None:
        """Start every child in order, then supervise until ``stop`` or an escalation."""
        try:
            async with trio.open_nursery() as nursery:
                self._nursery = nursery
                for child in self._children:
                    await self._start(child)
                task_status.started()
                await self._supervise()
                await self._stop_children(self._children)
        finally:
            # Also when cancelled from outside: nobody may wait on a mailbox nobody reads.
            for child in self._children:
                child.mailbox.close()
            self.finished.set()

    async def stop(self) -> None:
        """Stop all children gracefully, in reverse start order, and wait for it."""
        if not self._stop_requested:
            self._stop_requested = True
            self._exits_send.send_nowait(None)
        await self.finished.wait()

    async def _supervise(self) -> None:
        async for exit_ in self._exits:
            if exit_ is None:
                return
            child = exit_.child
            if exit_.generation != child.generation or child.dropped:
                continue  # an exit we caused ourselves (a sibling restart)
            if not await self._handle_exit(child, exit_.error):
                return

    async def _handle_exit(self, child: _Child, error: BaseException | None) -> bool:
        """Apply restart type, intensity and strategy. False when the tree must stop."""
        name = child.spec.name
        if error is not None:
            child.mailbox.last_error = f"{type(error).__name__}: {error}"
            self._emit("crashed", name, child.mailbox.last_error)
        restart = child.spec.restart
        if restart is Restart.TEMPORARY or (restart is Restart.TRANSIENT and error is None):
            self._drop(child, failed=error is not None)
            return True
        now = trio.current_time()
        self._restart_times.append(now)
        while self._restart_times and self._restart_times[0] < now - self.period:
            self._restart_times.popleft()
        if len(self._restart_times) > self.intensity:
            self.escalation = SupervisorEscalation(
                f"{name} failed {len(self._restart_times)} times in {self.period:g} s; giving up"
            )
            self._emit("escalated", name, str(self.escalation))
            for c in self._children:
                c.mailbox.status = Status.FAILED
            return False
        index = self._children.index(child)
        if self.strategy is Strategy.ONE_FOR_ONE:
            affected = [child]
        elif self.strategy is Strategy.ONE_FOR_ALL:
            affected = list(self._children)
        else:
            affected = self._children[index:]
        affected = [c for c in affected if not c.dropped]
        await self._stop_children([c for c in affected if c is not child])
        for c in affected:
            if c is not child and c.spec.restart is Restart.TEMPORARY:
                self._drop(c, failed=False)
                continue
            c.mailbox.restarts += 1
            c.mailbox.status = Status.RESTARTING
            await self._start(c)
            self._emit("restarted", c.spec.name, f"restart #{c.mailbox.restarts}")
        return True

    def _drop(self, child: _Child, *, failed: bool) -> None:
        child.dropped = True
        child.mailbox.status = Status.FAILED if failed else Status.STOPPED
        child.mailbox.close()
        self._emit("stopped", child.spec.name, "not restarted")

    async def _start(self, child: _Child) -> None:
        assert self._nursery is not None
        child.generation += 1
        await self._nursery.start(self._run_child, child, child.generation)

    async def _run_child(
        self, child: _Child, generation: int, task_status: trio.TaskStatus[None]
    ) -> None:
        started = False

        def mark_started() -> None:
            nonlocal started
            started = True
            task_status.started()

        error: BaseException | None = None
        try:
            # Inside the try: a constructor that raises is the child's crash, not ours.
            actor = child.spec.factory()
            incarnation = Incarnation(child.mailbox, actor, child.spec.shutdown_timeout)
            child.incarnation = incarnation
            await incarnation.run(mark_started)
        except Exception as exc:
            error = _unwrap(exc)
            log.error("actor %s crashed", child.spec.name, exc_info=error)
        finally:
            if not started:
                task_status.started()
        self._exits_send.send_nowait(_Exit(child, generation, error))

    async def _stop_children(self, children: list[_Child]) -> None:
        for child in reversed(children):
            incarnation = child.incarnation
            if incarnation is None or incarnation.done.is_set():
                continue
            child.generation += 1  # its coming exit is expected, not a crash
            # Bounded by the incarnation itself: the message in hand is cancelled after
            # shutdown_timeout, on_stop after another shutdown_timeout.
            incarnation.request_stop()
            await incarnation.done.wait()
            if not child.dropped:
                child.mailbox.status = Status.STOPPED

    def _emit(self, kind: str, actor: str, detail: str) -> None:
        if self._on_event is not None:
            self._on_event(SupervisionEvent(kind, actor, detail))


def _unwrap(exc: BaseException) -> BaseException:
    """The one real error inside nested single-member exception groups."""
    while isinstance(exc, BaseExceptionGroup) and len(exc.exceptions) == 1:
        exc = exc.exceptions[0]
    return exc
