"""Hypercorn's keep-alive timeout, kept by one watcher per connection.

Hypercorn's trio worker (0.17 and 0.18) times each idle period of a connection with a task
of its own: a response that leaves the connection idle starts one (``nursery.start``), and
the next request cancels it. Per request that is a task spawned, a deadline registered and
a cancellation delivered: on a small reply about a sixth of what the whole request costs.
Here one task per connection watches instead; becoming idle sets its deadline, becoming
busy lifts it. The rules stay Hypercorn's: a connection idle for ``keep_alive_timeout``,
or idle while the server shuts down, is closed by the server.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, cast

import trio
from hypercorn.trio.task_group import TaskGroup as TrioTaskGroup
from hypercorn.trio.tcp_server import TCPServer
from hypercorn.trio.worker_context import TrioSingleTask
from hypercorn.typing import TaskGroup


class IdleWatch(TrioSingleTask):
    """What Hypercorn's ``TCPServer`` calls its ``idle_task``, without a task per period."""

    def __init__(self, server: TCPServer) -> None:
        super().__init__()
        self._server = server
        self._scope: trio.CancelScope | None = None
        self._idle = False
        self._ended = False

    async def restart(self, task_group: TaskGroup, action: Callable[..., Any]) -> None:
        """The connection became idle (``action``, Hypercorn's timeout task, is not needed)."""
        self._idle = True
        if self._scope is None:
            nursery = cast(TrioTaskGroup, task_group)._nursery  # where Hypercorn starts its own
            assert nursery is not None
            self._scope = await nursery.start(self._watch)
        self._arm()

    async def stop(self) -> None:
        """The connection is busy: no timeout until it is idle again."""
        self._idle = False
        if self._scope is not None:
            self._scope.deadline = math.inf

    def end(self) -> None:
        """The connection is over: the watcher ends without closing anything."""
        self._ended = True
        if self._scope is not None:
            self._scope.cancel()

    def _arm(self) -> None:
        if self._scope is None or not self._idle:
            return  # busy again while the watcher started
        if self._server.context.terminated.is_set():
            self._scope.deadline = -math.inf
        else:
            self._scope.deadline = trio.current_time() + self._server.config.keep_alive_timeout

    async def _watch(
        self, *, task_status: trio.TaskStatus[trio.CancelScope] = trio.TASK_STATUS_IGNORED
    ) -> None:
        with trio.CancelScope() as scope:
            task_status.started(scope)
            await self._server.context.terminated.wait()
            if not self._idle:
                # Shutting down mid-request: close once the response is out (restart arms).
                await trio.sleep_forever()
        if self._ended:
            return
        with trio.CancelScope(shield=True):
            await self._server._initiate_server_close()


class IdleWatchingTCPServer(TCPServer):
    """Hypercorn's connection, its idle timeout kept by an :class:`IdleWatch`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.idle_watch = IdleWatch(self)
        self.idle_task = self.idle_watch

    async def _read_data(self) -> None:
        try:
            await super()._read_data()
        finally:
            # Nothing more will come. The connection's task waits for its watcher: without
            # this, until the timeout if idle, and until shutdown if a request was running.
            self.idle_watch.end()
