"""The System: runs one incarnation of the actor tree and its listeners at a time.

A run is: build (read config, create actors and apps) -> start the supervisor ->
start every listener -> wait for a stop, a restart request or an escalation ->
stop accepting connections and drain in-flight requests for up to ``drain_s`` ->
stop the actors in reverse start order. A restart does exactly that, then builds
again in the same process.
"""

from __future__ import annotations

import enum
import logging
import signal
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import trio

from synth.runtime.listener import (
    ListenerSpec,
    SocketPool,
    StartupError,
    serve_listener,
    url_of,
)
from synth.runtime.supervisor import Supervisor

log = logging.getLogger("synth.runtime")


class StopReason(enum.Enum):
    STOP = "stop"
    RESTART = "restart"
    ESCALATION = "escalation"


@dataclass
class Assembly:
    """Everything one incarnation consists of, as built by the application."""

    supervisor: Supervisor
    listeners: list[ListenerSpec]
    drain_s: float = 5.0
    before_shutdown: Callable[[StopReason], None] | None = None
    after_shutdown: Callable[[], Awaitable[None]] | None = None


@dataclass
class SystemState:
    """Read-only facts about the running system, for /api/about and friends."""

    started_at: float = field(default_factory=time.time)
    restarts: int = 0
    urls: dict[str, str] = field(default_factory=dict)


Builder = Callable[["System"], Awaitable[Assembly]]


class System:
    def __init__(
        self,
        build: Builder,
        *,
        handle_signals: bool = False,
        on_ready: Callable[[System], None] | None = None,
    ) -> None:
        self._build = build
        self._handle_signals = handle_signals
        self._on_ready = on_ready
        self._sockets = SocketPool()
        self._request: StopReason | None = None
        self._requested = trio.Event()
        self.state = SystemState()
        self.supervisor: Supervisor | None = None
        self.ready = trio.Event()

    def request_stop(self) -> None:
        self._ask(StopReason.STOP)

    def request_restart(self) -> None:
        self._ask(StopReason.RESTART)

    def _ask(self, reason: StopReason) -> None:
        if self._request is None or reason is StopReason.STOP:
            self._request = reason
        self._requested.set()

    async def run(self) -> int:
        """Run until stopped; 0 after a requested stop, 1 after an escalation."""
        try:
            async with trio.open_nursery() as nursery:
                if self._handle_signals:
                    nursery.start_soon(self._watch_signals)
                code = await self._run_incarnations()
                nursery.cancel_scope.cancel()
            return code
        except BaseExceptionGroup as group:
            # A start-up failure is one plain error for the caller, not a nursery's group.
            startup = group.subgroup(StartupError)
            if startup is not None and startup.exceptions and len(group.exceptions) == 1:
                raise _first_leaf(startup) from None
            raise
        finally:
            self._sockets.close()

    async def _run_incarnations(self) -> int:
        while True:
            assembly = await self._build(self)
            reason = await self._run_once(assembly)
            if reason is StopReason.RESTART:
                self.state.restarts += 1
                log.info("restarting (restart #%d)", self.state.restarts)
                continue
            if reason is StopReason.ESCALATION:
                log.error("stopped after an escalation: %s", assembly.supervisor.escalation)
                return 1
            return 0

    async def _run_once(self, assembly: Assembly) -> StopReason:
        self.supervisor = assembly.supervisor
        self._request = None
        self._requested = trio.Event()
        self._sockets.keep_only(assembly.listeners)
        bound = [(spec, self._sockets.get(spec)) for spec in assembly.listeners]
        shutdown = trio.Event()
        try:
            async with trio.open_nursery() as nursery:
                await nursery.start(assembly.supervisor.run)
                nursery.start_soon(self._watch_escalation, assembly.supervisor)
                async with trio.open_nursery() as http:
                    for spec, sock in bound:
                        await http.start(
                            serve_listener, spec, sock, shutdown.wait, assembly.drain_s
                        )
                        self.state.urls[spec.name] = url_of(sock)
                    self.ready.set()
                    if self._on_ready is not None:
                        self._on_ready(self)
                    await self._requested.wait()
                    reason = self._request or StopReason.STOP
                    self.ready = trio.Event()
                    if assembly.before_shutdown is not None:
                        assembly.before_shutdown(reason)
                    shutdown.set()
                    http.cancel_scope.deadline = trio.current_time() + assembly.drain_s + 1
                await assembly.supervisor.stop()
                nursery.cancel_scope.cancel()
        finally:
            if assembly.after_shutdown is not None:
                with trio.CancelScope(shield=True):
                    await assembly.after_shutdown()
        return reason

    async def _watch_escalation(self, supervisor: Supervisor) -> None:
        await supervisor.finished.wait()
        if supervisor.escalation is not None:
            self._ask(StopReason.ESCALATION)

    async def _watch_signals(self) -> None:
        with trio.open_signal_receiver(signal.SIGINT, signal.SIGTERM) as signals:
            async for signum in signals:
                log.info("received %s, shutting down", signal.Signals(signum).name)
                self.request_stop()


def _first_leaf(group: BaseExceptionGroup[BaseException]) -> BaseException:
    error: BaseException = group
    while isinstance(error, BaseExceptionGroup):
        error = error.exceptions[0]
    return error
