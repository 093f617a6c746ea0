"""HTTP/1.1 written by hand, to see exactly what the server does with a connection: what a
client that writes its whole body before it reads gets back, and when the server closes."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Self
from urllib.parse import urlsplit

import trio

PIECE = 16 * 1024
"""What a slow client writes at a time."""


def json_body(size: int) -> bytes:
    """A JSON object of exactly ``size`` bytes."""
    return b'{"text": "' + b"x" * (size - 12) + b'"}'


def chunk(data: bytes) -> bytes:
    """``data`` as one chunk of a chunked body."""
    return b"%x\r\n%s\r\n" % (len(data), data)


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    def code(self) -> str:
        """The ``code`` of an API error body, which must be exactly ``{error, code}``."""
        found: Any = self.json()
        assert set(found) == {"error", "code"}, found
        return str(found["code"])


class RawConnection:
    """One HTTP/1.1 connection to a test server."""

    def __init__(self, stream: trio.SocketStream, host: str) -> None:
        self.stream = stream
        self.host = host
        self.buffer = bytearray()

    @classmethod
    async def open(cls, base_url: str) -> Self:
        parts = urlsplit(base_url)
        stream = await trio.open_tcp_stream(parts.hostname or "127.0.0.1", parts.port or 80)
        return cls(stream, parts.netloc)

    def head(self, method: str, path: str, headers: dict[str, str]) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def _more(self) -> None:
        data = await self.stream.receive_some(65536)
        if not data:
            raise AssertionError(f"the server closed the connection; got {bytes(self.buffer)!r}")
        self.buffer += data

    async def response(self) -> RawResponse:
        """Read one response (the server's answers here all carry a Content-Length)."""
        while b"\r\n\r\n" not in self.buffer:
            await self._more()
        head, _, _ = bytes(self.buffer).partition(b"\r\n\r\n")
        del self.buffer[: len(head) + 4]
        status_line, *header_lines = head.decode("latin-1").split("\r\n")
        headers = {}
        for line in header_lines:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        length = int(headers["content-length"])
        while len(self.buffer) < length:
            await self._more()
        body = bytes(self.buffer[:length])
        del self.buffer[:length]
        return RawResponse(int(status_line.split(" ", 2)[1]), headers, body)

    async def get(self, path: str) -> RawResponse:
        await self.stream.send_all(self.head("GET", path, {}))
        return await self.response()

    async def closed_by_server(self) -> None:
        """Returns once the server closed the connection (a FIN, or a reset)."""
        try:
            while await self.stream.receive_some(65536):
                pass
        except trio.BrokenResourceError:
            pass


class PacedBody:
    """An httpx request body in ``piece``-byte pieces (yielding between them when ``paced``);
    it tells whether httpx got to send all of it."""

    def __init__(self, data: bytes, piece: int, *, paced: bool = False) -> None:
        self.data = data
        self.piece = piece
        self.paced = paced
        self.sent_whole = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.data), self.piece):
            yield self.data[start : start + self.piece]
            if self.paced:
                await trio.lowlevel.checkpoint()
        self.sent_whole = True


class SlowClient(RawConnection):
    """One HTTP/1.1 connection that writes its body in small pieces, yielding between them,
    and reads the answer only afterwards, as most clients do."""

    def __init__(self, stream: trio.SocketStream, host: str) -> None:
        super().__init__(stream, host)
        self.sent = 0

    async def start(
        self, method: str, path: str, chunked: bool, length: int, headers: dict[str, str]
    ) -> None:
        """Send the head of a JSON request whose body is ``length`` bytes (or chunked)."""
        framing = {"Transfer-Encoding": "chunked"} if chunked else {"Content-Length": str(length)}
        head = self.head(method, path, {"Content-Type": "application/json", **headers, **framing})
        await self.stream.send_all(head)

    async def write(self, data: bytes, chunked: bool) -> None:
        """Write ``data`` piece by piece, letting the server run between pieces."""
        for start in range(0, len(data), PIECE):
            piece = data[start : start + PIECE]
            await self.stream.send_all(chunk(piece) if chunked else piece)
            self.sent += len(piece)
            await trio.lowlevel.checkpoint()

    async def request(
        self, method: str, path: str, body: bytes, chunked: bool, headers: dict[str, str]
    ) -> RawResponse:
        """The whole request, written before anything is read; then its response."""
        await self.start(method, path, chunked, len(body), headers)
        await self.write(body, chunked)
        if chunked:
            await self.stream.send_all(b"0\r\n\r\n")
        return await self.response()
