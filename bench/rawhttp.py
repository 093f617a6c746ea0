"""A minimal HTTP/1.1 keep-alive client on a Trio socket, for the load processes.

A load generator must cost less than the server it drives, or it measures itself: httpx
spends more CPU per request than a hello-world server does. This client sends prebuilt
request bytes and parses only what it needs (status, ``content-length`` or chunked
framing, ``connection: close``), so one process drives many connections.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

import trio

READ_SIZE = 65536


class ProtocolError(Exception):
    """The server's reply could not be read (closed early, framing not understood)."""


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes


def address(url: str) -> tuple[str, int]:
    """``(host, port)`` of an ``http://`` URL."""
    parts = urlsplit(url)
    if parts.hostname is None or parts.port is None:
        raise ValueError(f"need http://host:port, not {url!r}")
    return parts.hostname, parts.port


def build_request(method: str, url: str, body: bytes | None = None) -> bytes:
    """The bytes of one request to ``url`` (its host, port and path), kept alive."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += f"?{parts.query}"
    head = f"{method} {path} HTTP/1.1\r\nHost: {parts.netloc}\r\n"
    if body is not None:
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return head.encode("ascii") + b"\r\n" + (body or b"")


def _header(head: bytes, name: bytes) -> bytes | None:
    """A header's value from a lower-cased head, or None."""
    at = head.find(b"\r\n" + name + b":")
    if at < 0:
        return None
    start = at + len(name) + 3
    end = head.find(b"\r\n", start)
    return head[start : end if end >= 0 else len(head)].strip()


class Connection:
    """One keep-alive connection; reopened on the next request after the server closed it."""

    def __init__(self, url: str) -> None:
        self.host, self.port = address(url)
        self._stream: trio.SocketStream | None = None
        self._buffer = bytearray()

    async def aclose(self) -> None:
        if self._stream is not None:
            stream, self._stream = self._stream, None
            self._buffer.clear()
            await stream.aclose()

    async def exchange(self, request: bytes) -> Reply:
        """Send one request and read its whole reply."""
        if self._stream is None:
            self._stream = await trio.open_tcp_stream(self.host, self.port)
        await self._stream.send_all(request)
        end = await self._until(b"\r\n\r\n")
        head = bytes(self._buffer[:end]).lower()
        del self._buffer[: end + 4]
        try:
            status = int(head[9:12])
        except ValueError:
            raise ProtocolError(f"not an HTTP status line: {head[:40]!r}") from None
        length = _header(head, b"content-length")
        if length is not None:
            body = await self._take(int(length))
        elif _header(head, b"transfer-encoding") == b"chunked":
            body = await self._chunked()
        else:
            raise ProtocolError("a reply with neither content-length nor chunked framing")
        if _header(head, b"connection") == b"close":
            await self.aclose()
        return Reply(status, body)

    async def _fill(self) -> None:
        assert self._stream is not None
        data = await self._stream.receive_some(READ_SIZE)
        if not data:
            raise ProtocolError("the server closed the connection mid-reply")
        self._buffer += data

    async def _until(self, marker: bytes) -> int:
        """Read until ``marker`` is buffered; its offset."""
        while (at := self._buffer.find(marker)) < 0:
            await self._fill()
        return at

    async def _take(self, size: int) -> bytes:
        while len(self._buffer) < size:
            await self._fill()
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data

    async def _chunked(self) -> bytes:
        parts: list[bytes] = []
        while True:
            end = await self._until(b"\r\n")
            size = int(bytes(self._buffer[:end]).split(b";")[0], 16)
            del self._buffer[: end + 2]
            if size == 0:
                end = await self._until(b"\r\n")  # no trailers from Hypercorn: the empty line
                del self._buffer[: end + 2]
                return b"".join(parts)
            parts.append(await self._take(size))
            await self._take(2)
