"""Keep-alive timeouts kept by one watcher per connection follow Hypercorn's own rules."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
import trio
from hypercorn.config import Config
from hypercorn.trio import run as hypercorn_run
from hypercorn.trio import serve
from hypercorn.typing import ASGIReceiveCallable, ASGISendCallable, Scope

from synth.runtime.idle_watch import IdleWatchingTCPServer

REQUEST = b"GET /%s HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
REPLY_END = b"\r\n\r\nok"


@dataclass
class App:
    """A bare ASGI app: ``/`` answers at once, ``/slow`` once ``release`` is set."""

    release: trio.Event = field(default_factory=trio.Event)
    started: trio.Event = field(default_factory=trio.Event)

    async def __call__(
        self, scope: Scope, receive: ASGIReceiveCallable, send: ASGISendCallable
    ) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        assert scope["type"] == "http"
        if scope["path"] == "/slow":
            self.started.set()
            await self.release.wait()
        headers = [(b"content-length", b"2")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": b"ok", "more_body": False})


@dataclass
class Served:
    app: App
    host: str
    port: int
    stop: trio.Event
    stopped: trio.Event

    async def connect(self) -> trio.SocketStream:
        return await trio.open_tcp_stream(self.host, self.port)


@asynccontextmanager
async def served(
    monkeypatch: pytest.MonkeyPatch, keep_alive_s: float, graceful_s: float = 30
) -> AsyncIterator[Served]:
    monkeypatch.setattr(hypercorn_run, "TCPServer", IdleWatchingTCPServer)
    config = Config()
    config.bind = ["127.0.0.1:0"]
    config.accesslog = None
    config.errorlog = logging.getLogger("tests.idle_watch")
    config.keep_alive_timeout = keep_alive_s
    config.graceful_timeout = graceful_s
    app, stop, stopped = App(), trio.Event(), trio.Event()

    async def run(task_status: trio.TaskStatus[list[str]]) -> None:
        await serve(app, config, shutdown_trigger=stop.wait, task_status=task_status)
        stopped.set()

    async with trio.open_nursery() as nursery:
        binds: list[str] = await nursery.start(run)
        parts = urlsplit(binds[0])
        assert parts.hostname is not None and parts.port is not None
        yield Served(app, parts.hostname, parts.port, stop, stopped)
        stop.set()


async def exchange(stream: trio.SocketStream, path: str = "") -> None:
    """One request on ``stream``, its whole reply read."""
    await stream.send_all(REQUEST % path.encode())
    reply = b""
    while not reply.endswith(REPLY_END):
        chunk = await stream.receive_some()
        assert chunk, f"closed before the reply ended: {reply!r}"
        reply += chunk


async def until_closed(stream: trio.SocketStream) -> None:
    while await stream.receive_some():
        pass


async def test_an_idle_keep_alive_connection_is_closed_after_the_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with trio.fail_after(10):
        async with served(monkeypatch, keep_alive_s=0.2) as server:
            async with await server.connect() as stream:
                await exchange(stream)
                await exchange(stream)  # still open: the timer restarts after each request
                await until_closed(stream)


async def test_a_busy_connection_outlives_the_idle_timeout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with trio.fail_after(10):
        async with served(monkeypatch, keep_alive_s=0.1) as server:
            async with await server.connect() as stream:
                async with trio.open_nursery() as nursery:
                    nursery.start_soon(exchange, stream, "slow")
                    await server.app.started.wait()
                    await trio.sleep(0.5)  # several timeouts long, while the request runs
                    server.app.release.set()


async def test_shutdown_closes_an_idle_connection_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with trio.fail_after(10):
        async with served(monkeypatch, keep_alive_s=30) as server:
            async with await server.connect() as stream:
                await exchange(stream)
                server.stop.set()
                await until_closed(stream)
                await server.stopped.wait()


async def test_shutdown_mid_request_closes_the_connection_after_its_reply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with trio.fail_after(10):
        async with served(monkeypatch, keep_alive_s=30) as server:
            async with await server.connect() as stream:
                async with trio.open_nursery() as nursery:
                    nursery.start_soon(exchange, stream, "slow")
                    await server.app.started.wait()
                    server.stop.set()
                    server.app.release.set()
                await until_closed(stream)
                await server.stopped.wait()


async def test_a_client_gone_mid_request_leaves_nothing_for_shutdown_to_wait_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with trio.fail_after(10):
        async with served(monkeypatch, keep_alive_s=30, graceful_s=30) as server:
            async with await server.connect() as stream:
                await stream.send_all(REQUEST % b"slow")
                await server.app.started.wait()
                await stream.aclose()
                server.app.release.set()
                server.stop.set()
                await server.stopped.wait()  # long before the 30 s grace period
