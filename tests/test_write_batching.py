"""A turn's streamed reply leaves with its head and first chunk in one write; any other
reply's head still leaves at once.

The end-to-end tests read the raw socket: one ``send()`` of a few hundred bytes on loopback
arrives whole in the first read. The unit tests drive the connection with a recording stream.
"""

from __future__ import annotations

import json
import socket
from collections.abc import AsyncIterator

import httpx
import trio
import trio.testing
from hypercorn.events import Closed, RawData
from quart import Response
from quart_trio import QuartTrio

from synth.http.connection import ShieldedSendConnection
from synth.runtime.listener import ListenerSpec, serve_listener
from synth.runtime.write_batch import BatchingTCPServer, WriteBatch
from tests.support.servers import RunningServer


async def first_read(base_url: str, request: bytes) -> bytes:
    """Send ``request`` whole on a new connection; the bytes of the first read of the reply."""
    url = httpx.URL(base_url)
    async with await trio.open_tcp_stream(url.host, url.port or 80) as stream:
        await stream.send_all(request)
        return bytes(await stream.receive_some(65536))


def post(path: str, base_url: str, body: dict[str, object]) -> bytes:
    url = httpx.URL(base_url)
    payload = json.dumps(body).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {url.host}:{url.port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode()
    return head + payload


async def test_a_streamed_reply_arrives_with_its_first_line_in_its_first_read(
    server: RunningServer,
) -> None:
    body = {"model": "synth", "messages": [{"role": "user", "content": "hello there"}]}
    with trio.fail_after(10):
        read = await first_read(server.ollama, post("/api/chat", server.ollama, body))
    head, _, rest = read.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    assert b"transfer-encoding: chunked" in head.lower()
    size, _, chunk = rest.partition(b"\r\n")
    line = json.loads(chunk[: int(size, 16)])
    assert line["message"]["content"]


async def test_an_openai_stream_arrives_with_its_role_and_first_text_in_its_first_read(
    server: RunningServer,
) -> None:
    body = {"model": "synth", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    with trio.fail_after(10):
        read = await first_read(server.ollama, post("/v1/chat/completions", server.ollama, body))
    head, _, rest = read.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200")
    size, _, chunk = rest.partition(b"\r\n")
    events = chunk[: int(size, 16)].decode().split("\n\n")
    deltas = [
        json.loads(event.removeprefix("data: "))["choices"][0]["delta"] for event in events[:2]
    ]
    assert deltas[0]["role"] == "assistant"
    assert deltas[1]["content"]


async def slow_app_urls(nursery: trio.Nursery, first_chunk: trio.Event) -> str:
    """An app on our listener whose streamed body waits for ``first_chunk``."""
    app = QuartTrio("slow")
    app.asgi_http_class = ShieldedSendConnection  # type: ignore[assignment]
    app.config["RESPONSE_TIMEOUT"] = None

    @app.get("/slow")
    async def slow() -> Response:
        async def body() -> AsyncIterator[bytes]:
            await first_chunk.wait()
            yield b"late\n"

        return Response(body(), 200, content_type="text/plain")

    sock = socket.create_server(("127.0.0.1", 0))
    stop = trio.Event()
    nursery.cancel_scope.deadline = trio.current_time() + 10
    urls: list[str] = await nursery.start(
        serve_listener, ListenerSpec("slow", app, "127.0.0.1", 0), sock, stop.wait, 1.0
    )
    sock.close()
    return urls[0]


async def test_a_body_that_waits_for_its_first_chunk_gets_its_head_at_once(
    nursery: trio.Nursery,
) -> None:
    first_chunk = trio.Event()
    url = await slow_app_urls(nursery, first_chunk)
    with trio.fail_after(10):
        async with httpx.AsyncClient() as client, client.stream("GET", f"{url}/slow") as reply:
            assert reply.status_code == 200  # the head came while the body still waits
            first_chunk.set()
            assert await reply.aread() == b"late\n"
    nursery.cancel_scope.cancel()


class RecordingStream:
    def __init__(self) -> None:
        self.sent: list[bytes | str] = []

    async def send_all(self, data: bytes) -> None:
        self.sent.append(bytes(data))
        await trio.lowlevel.checkpoint()

    async def send_eof(self) -> None:
        self.sent.append("eof")

    async def aclose(self) -> None:
        self.sent.append("closed")


class RecordingProtocol:
    def __init__(self) -> None:
        self.events: list[object] = []

    async def handle(self, event: object) -> None:
        self.events.append(event)


def connection() -> tuple[BatchingTCPServer, RecordingStream]:
    """The connection's write path alone: no socket, no task group."""
    server = BatchingTCPServer.__new__(BatchingTCPServer)
    stream = RecordingStream()
    server.stream = stream
    server.send_lock = trio.Lock()
    server.protocol = RecordingProtocol()
    return server, stream


async def test_writes_collected_in_a_batch_leave_in_one_send() -> None:
    server, stream = connection()
    batch = WriteBatch()
    with batch.collecting():
        await server.protocol_send(RawData(b"head"))
        await server.protocol_send(RawData(b"chunk"))
    assert stream.sent == []
    await batch.flush()
    assert stream.sent == [b"headchunk"]


async def test_writes_outside_a_batch_leave_at_once() -> None:
    server, stream = connection()
    await server.protocol_send(RawData(b"head"))
    await server.protocol_send(RawData(b"chunk"))
    assert stream.sent == [b"head", b"chunk"]


async def test_a_batch_sends_what_it_holds_before_any_other_event() -> None:
    server, stream = connection()
    batch = WriteBatch()
    with batch.collecting():
        await server.protocol_send(RawData(b"head"))
        await server.protocol_send(Closed())
    assert stream.sent == [b"head", "eof", "closed"]


async def test_a_held_write_to_a_closed_connection_closes_the_protocol() -> None:
    server, stream = connection()

    async def broken(data: bytes) -> None:
        raise trio.BrokenResourceError

    stream.send_all = broken  # type: ignore[method-assign]
    batch = WriteBatch()
    with batch.collecting():
        await server.protocol_send(RawData(b"head"))
    await batch.flush()
    assert [type(event) for event in server.protocol.events] == [Closed]  # type: ignore[attr-defined]


async def test_a_write_waits_for_the_one_holding_the_send_lock() -> None:
    server, stream = connection()
    async with trio.open_nursery() as nursery:
        await server.send_lock.acquire()
        nursery.start_soon(server.write, b"second")
        await trio.testing.wait_all_tasks_blocked()
        stream.sent.append(b"first")
        server.send_lock.release()
    assert stream.sent == [b"first", b"second"]
