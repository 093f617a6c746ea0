"""A trio-websocket client whose TCP stream the test owns.

trio-websocket's client leaves its socket open when the server closes the TCP connection
first (it stops reading without closing the stream), which pytest reports as an unclosed
socket. Owning the stream lets every test close it for certain.
"""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

import trio
from trio_websocket import ConnectionRejected, WebSocketConnection, wrap_client_stream


@asynccontextmanager
async def websocket(
    url: str, rcvbuf: int | None = None, extra_headers: list[tuple[bytes, bytes]] | None = None
) -> AsyncIterator[WebSocketConnection]:
    """Open ``url`` (ws://host:port/path?query); ``rcvbuf`` shrinks the receive buffer."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    resource = parts.path + (f"?{parts.query}" if parts.query else "")
    sock = trio.socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if rcvbuf is not None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    stream: trio.SocketStream | None = None
    try:
        await sock.connect((host, port))
        stream = trio.SocketStream(sock)
        async with trio.open_nursery() as nursery:
            ws = await wrap_client_stream(
                nursery, stream, host, resource, extra_headers=extra_headers
            )
            try:
                yield ws
            finally:
                with trio.move_on_after(2):
                    await ws.aclose()
                nursery.cancel_scope.cancel()
    finally:
        if stream is not None:
            await stream.aclose()
        else:
            sock.close()


async def send_json(ws: WebSocketConnection, frame: dict[str, Any]) -> None:
    await ws.send_message(json.dumps(frame))


async def receive_json(ws: WebSocketConnection) -> dict[str, Any]:
    frame: dict[str, Any] = json.loads(await ws.get_message())
    return frame


async def rejection(
    url: str, extra_headers: list[tuple[bytes, bytes]] | None = None
) -> ConnectionRejected:
    """The refusal of the handshake at ``url`` (status, headers, body); fails if accepted.

    trio-websocket leaves its socket open when a handshake is refused, so this opens and
    closes the TCP stream itself.
    """
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    resource = parts.path + (f"?{parts.query}" if parts.query else "")
    rejected: list[BaseException] = []
    async with await trio.open_tcp_stream(host, port) as stream:
        try:
            async with trio.open_nursery() as nursery:
                await wrap_client_stream(
                    nursery, stream, f"{host}:{port}", resource, extra_headers=extra_headers
                )
                nursery.cancel_scope.cancel()  # accepted: no rejection to report
        except* ConnectionRejected as group:
            rejected = list(_leaves(group))
    assert len(rejected) == 1, "the handshake was accepted"
    error = rejected[0]
    assert isinstance(error, ConnectionRejected)
    return error


def _leaves(error: BaseException) -> list[BaseException]:
    if isinstance(error, BaseExceptionGroup):
        return [leaf for inner in error.exceptions for leaf in _leaves(inner)]
    return [error]
