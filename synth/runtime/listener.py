"""ASGI listeners on sockets that outlive a restart.

The System binds each (host, port) once and hands Hypercorn a duplicate of the
socket for every incarnation, so an in-process restart keeps the same ports (also
port 0 in tests) and connections arriving mid-restart wait in the backlog instead of
being refused.
"""

from __future__ import annotations

import errno
import logging
import os
import socket
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import trio
from hypercorn.config import Config
from hypercorn.trio import serve

from synth.runtime import connection_guard
from synth.runtime.write_batch import BatchingTCPServer


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
    connection_guard.install(BatchingTCPServer)
    await serve(spec.app, config, shutdown_trigger=shutdown_trigger, task_status=task_status)
