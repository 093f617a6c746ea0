"""ASGI listeners on sockets that outlive a restart.

The System binds each (host, port) once and hands Hypercorn a duplicate of the
socket for every incarnation, so an in-process restart keeps the same ports (also
port 0 in tests) and connections arriving mid-restart wait in the backlog instead of
being refused.

Hypercorn writes a response's head and each body chunk with a ``send()`` of its own.
A :class:`WriteBatch` lets the app hold a connection's writes for a moment and send
them as one: a reply whose head and first chunk are both ready then wakes its client
once, with both, instead of twice.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import trio
from hypercorn.config import Config
from hypercorn.events import Closed, Event, RawData
from hypercorn.trio import run as hypercorn_run
from hypercorn.trio import serve

from synth.runtime import connection_guard


class StartupError(Exception):
    """The runtime cannot start; the message is one line meant for the user."""


@dataclass(frozen=True)
class ListenerSpec:
    name: str
    app: Any  # an ASGI application
    host: str
    port: int
    websocket_max_message_size: int | None = None


def bind_socket(host: str, port: int, backlog: int = 128) -> socket.socket:
    try:
        family, type_, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[
            0
        ]
    except socket.gaierror as exc:
        raise StartupError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    sock = socket.socket(family, type_, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(backlog)
    except OSError as exc:
        sock.close()
        reason = "address already in use" if exc.errno == errno.EADDRINUSE else exc.strerror
        raise StartupError(f"cannot listen on {host}:{port}: {reason}") from None
    sock.set_inheritable(False)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


class SocketPool:
    """Listening sockets by (listener name, host, port), kept across incarnations."""

    def __init__(self) -> None:
        self._sockets: dict[tuple[str, str, int], socket.socket] = {}

    def get(self, spec: ListenerSpec) -> socket.socket:
        key = (spec.name, spec.host, spec.port)
        if key not in self._sockets:
            self._sockets[key] = bind_socket(spec.host, spec.port)
        return self._sockets[key]

    def keep_only(self, specs: list[ListenerSpec]) -> None:
        keys = {(spec.name, spec.host, spec.port) for spec in specs}
        for key in list(self._sockets):
            if key not in keys:
                self._sockets.pop(key).close()

    def close(self) -> None:
        self.keep_only([])


async def serve_listener(
    spec: ListenerSpec,
    sock: socket.socket,
    shutdown_trigger: Callable[[], Awaitable[None]],
    drain_s: float,
    *,
    task_status: trio.TaskStatus[list[str]] = trio.TASK_STATUS_IGNORED,
) -> None:
    """Serve ``spec.app`` on a duplicate of ``sock`` until ``shutdown_trigger`` fires."""
    config = Config()
    config.bind = [f"fd://{os.dup(sock.fileno())}"]
    config.graceful_timeout = drain_s
    config.accesslog = None
    config.errorlog = logging.getLogger("synth.http")
    config.keep_alive_timeout = 30
    config.websocket_ping_interval = None
    if spec.websocket_max_message_size is not None:
        # Hypercorn closes a connection with 1009 when a message exceeds this.
        config.websocket_max_message_size = spec.websocket_max_message_size
    connection_guard.install()
    # The guarded connection (it subclasses the guard's), whose writes may be batched.
    hypercorn_run.TCPServer = BatchingTCPServer  # type: ignore[attr-defined]
    await serve(spec.app, config, shutdown_trigger=shutdown_trigger, task_status=task_status)


_BATCH: ContextVar[WriteBatch | None] = ContextVar("synth_write_batch", default=None)


class WriteBatch:
    """Bytes written to one connection while collecting, held until :meth:`flush`.

    Only the writes of the task inside :meth:`collecting` are held (Hypercorn writes from
    the task that sends the ASGI message); anything else that task makes the connection do
    (close it, say) flushes them first. Whoever collects must flush, in a ``finally``:
    nothing else will, and a held response head is a client left waiting.
    """

    def __init__(self) -> None:
        self._server: BatchingTCPServer | None = None
        self._held: list[bytes] = []

    @contextmanager
    def collecting(self) -> Iterator[None]:
        token = _BATCH.set(self)
        try:
            yield
        finally:
            _BATCH.reset(token)

    def hold(self, server: BatchingTCPServer, data: bytes) -> bool:
        """Keep ``data`` for ``server``; False (keep nothing) for another connection."""
        if self._server is None:
            self._server = server
        elif self._server is not server:
            return False
        self._held.append(data)
        return True

    async def flush(self) -> None:
        """Send what is held in one write; shielded, as Hypercorn's own writes are."""
        if not self._held or self._server is None:
            return
        data = b"".join(self._held)
        self._held = []
        with trio.CancelScope(shield=True):
            await self._server.write(data)


class BatchingTCPServer(connection_guard.GuardedTCPServer):
    """Hypercorn's connection, guarded, whose writes a :class:`WriteBatch` may hold."""

    async def protocol_send(self, event: Event) -> None:
        batch = _BATCH.get()
        if batch is not None:
            if isinstance(event, RawData) and batch.hold(self, event.data):
                return
            await batch.flush()
        await super().protocol_send(event)

    async def write(self, data: bytes) -> None:
        """Hypercorn's write, without its checkpoint when no other write holds the lock:
        a reply that is ready reaches the socket in the same scheduling step."""
        try:
            self.send_lock.acquire_nowait()
        except trio.WouldBlock:
            await super().protocol_send(RawData(data=data))
            return
        try:
            with trio.CancelScope(shield=True):
                await self.stream.send_all(data)
        except (trio.BrokenResourceError, trio.ClosedResourceError):
            await self.protocol.handle(Closed())
        finally:
            self.send_lock.release()
