"""Fake Ollama and OpenAI-compatible servers on loopback, for engine tests and benchmarks.

Each fake is a small Quart-Trio app served by Hypercorn on 127.0.0.1, port 0. The test
steers it through a mutable :class:`FakeUpstream` (mode, tokens, delay, ...) and reads
back what it saw (``requests``, ``disconnected``)::

    async with running_fake_ollama(FakeUpstream(tokens=["Hi", " there"])) as fake:
        get = {"cortex.ollama.url": fake.url, ...}.get
"""

from __future__ import annotations

import json
import logging
import socket
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Literal

import trio
from hypercorn.config import Config
from hypercorn.trio import serve
from quart import Response, make_response, request
from quart_trio import QuartTrio

Mode = Literal["tokens", "error500", "hang", "cut", "error_line", "garbage"]
"""``tokens``: stream every token then finish properly. ``error500``: answer 500 with an
error body. ``hang``: never answer. ``cut``: stream ``cut_after`` tokens, then drop the
connection with no final line. ``error_line``: stream ``cut_after`` tokens, then an
in-stream error (status 200), as upstreams do for failures mid-generation.
``garbage``: stream ``cut_after`` tokens, then a line that is not JSON.
``hang`` and ``error500`` apply to every endpoint, the others to chat only."""

_LOG = logging.getLogger("tests.fakes")


def numbered_tokens(count: int) -> list[str]:
    """``["t0 ", "t1 ", ...]``: distinct tokens whose order is easy to check."""
    return [f"t{index} " for index in range(count)]


def closed_port_url() -> str:
    """A loopback URL where nothing listens (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]
    """Lower-cased names."""
    body: object
    """The decoded JSON body, or ``None``."""
    client: tuple[str, int] | None = None
    """The client's address and port: requests with the same one came on one connection."""


@dataclass
class FakeUpstream:
    """A fake server's behaviour (change it at any time) and what it recorded."""

    mode: Mode = "tokens"
    tokens: list[str] = field(default_factory=lambda: numbered_tokens(5))
    delay: float = 0.0
    """Seconds to sleep after each token."""
    cut_after: int = 2
    """Tokens sent before ``cut``, ``error_line`` or ``garbage`` strikes."""
    fail_first: int = 0
    """Answer this many of the next requests with 503 before behaving as ``mode`` says."""
    models: list[str] = field(default_factory=lambda: ["llama3.2:latest"])
    api_key: str | None = None
    """OpenAI fake only: when set, requests must carry ``Authorization: Bearer <key>``."""
    version: str = "0.12.3"
    url: str = ""
    """Set once serving: the Ollama root, or the OpenAI base URL ending in ``/v1``."""
    requests: list[RecordedRequest] = field(default_factory=list)
    disconnected: trio.Event = field(default_factory=trio.Event)
    """Set when a token stream stopped early or a ``hang`` ended because the client went
    away."""

    def paths(self) -> list[str]:
        return [recorded.path for recorded in self.requests]


class _CutConnection(Exception):
    """Raised inside a streaming body: Hypercorn then drops the connection mid-body."""


async def _admit(fake: FakeUpstream, *, check_key: bool = False) -> tuple[object, Response | None]:
    """Record the request; return its JSON body and the answer of any mode that replies
    before streaming (``None`` to go on)."""
    body = await request.get_json(silent=True) if request.method == "POST" else None
    headers = {name.lower(): value for name, value in request.headers.items()}
    peer = request.scope.get("client")
    client = (str(peer[0]), int(peer[1])) if peer else None
    fake.requests.append(RecordedRequest(request.method, request.path, headers, body, client))
    presented = headers.get("authorization", "").removeprefix("Bearer ")
    if check_key and fake.api_key is not None and presented != fake.api_key:
        # Echo the wrong key, as some servers do, to prove the engine redacts it.
        error = {"message": f"Incorrect API key provided: {presented}", "type": "invalid_request"}
        return body, _json({"error": error}, 401)
    if fake.fail_first > 0:
        fake.fail_first -= 1
        return body, _json({"error": "fake upstream is busy"}, 503)
    if fake.mode == "hang":
        try:
            await trio.sleep_forever()
        finally:
            fake.disconnected.set()  # only a cancel ends the wait: the client went away
    if fake.mode == "error500":
        return body, _json({"error": "fake upstream failure"}, 500)
    return body, None


def _model(body: object) -> object:
    return body.get("model", "") if isinstance(body, dict) else ""


def _json(payload: object, status: int = 200) -> Response:
    return Response(json.dumps(payload), status, content_type="application/json")


async def _token_stream(
    fake: FakeUpstream, render: Callable[[str], bytes], done: bytes, ending: Mapping[Mode, bytes]
) -> AsyncIterator[bytes]:
    """The streaming body shared by both fakes: ``render`` frames one token, ``done``
    ends the stream properly, ``ending`` holds what the failing modes send instead."""
    mode, tokens, delay, cut_after = fake.mode, list(fake.tokens), fake.delay, fake.cut_after
    settled = False
    try:
        for index, token in enumerate(tokens):
            if mode in ("cut", "error_line", "garbage") and index == cut_after:
                settled = True
                if mode == "cut":
                    raise _CutConnection
                yield ending[mode]
                return
            yield render(token)
            if delay:
                await trio.sleep(delay)
        yield done
        settled = True
    finally:
        if not settled:
            fake.disconnected.set()


async def _streaming(body: AsyncIterator[bytes], content_type: str) -> Response:
    response = await make_response(body, 200, {"Content-Type": content_type})
    assert isinstance(response, Response)
    response.timeout = None  # Quart would cut a long stream after RESPONSE_TIMEOUT
    return response


def ollama_app(fake: FakeUpstream) -> QuartTrio:
    """``/api/chat`` (NDJSON), ``/api/tags`` and ``/api/version`` of an Ollama server."""
    app = QuartTrio("fake_ollama")

    def line(payload: object) -> bytes:
        return json.dumps(payload).encode() + b"\n"

    @app.post("/api/chat")
    async def chat() -> Response:
        body, early = await _admit(fake)
        if early is not None:
            return early
        model = _model(body)

        def render(token: str) -> bytes:
            message = {"role": "assistant", "content": token}
            return line({"model": model, "message": message, "done": False})

        done = {"model": model, "message": {"role": "assistant", "content": ""}, "done": True}
        ending: dict[Mode, bytes] = {
            "error_line": line({"error": "fake ollama failed mid-stream"}),
            "garbage": b"<html>not json</html>\n",
        }
        stream = _token_stream(fake, render, line({**done, "done_reason": "stop"}), ending)
        return await _streaming(stream, "application/x-ndjson")

    @app.get("/api/tags")
    async def tags() -> Response:
        _, early = await _admit(fake)
        if early is not None:
            return early
        return _json({"models": [{"name": name, "model": name} for name in fake.models]})

    @app.get("/api/version")
    async def version() -> Response:
        _, early = await _admit(fake)
        if early is not None:
            return early
        return _json({"version": fake.version})

    return app


def openai_app(fake: FakeUpstream) -> QuartTrio:
    """``/v1/chat/completions`` (SSE) and ``/v1/models`` of an OpenAI-compatible server."""
    app = QuartTrio("fake_openai")

    def event(payload: object) -> bytes:
        return b"data: " + json.dumps(payload).encode() + b"\n\n"

    @app.post("/v1/chat/completions")
    async def chat() -> Response:
        body, early = await _admit(fake, check_key=True)
        if early is not None:
            return early
        model = _model(body)

        def chunk(delta: dict[str, str], finish: str | None = None) -> bytes:
            choice = {"index": 0, "delta": delta, "finish_reason": finish}
            return event({"object": "chat.completion.chunk", "model": model, "choices": [choice]})

        ending: dict[Mode, bytes] = {
            "error_line": event({"error": {"message": "fake openai failed mid-stream"}}),
            "garbage": b"data: <html>not json</html>\n\n",
        }
        done = chunk({}, "stop") + b"data: [DONE]\n\n"
        stream = _token_stream(fake, lambda token: chunk({"content": token}), done, ending)
        return await _streaming(stream, "text/event-stream")

    @app.get("/v1/models")
    async def models() -> Response:
        _, early = await _admit(fake, check_key=True)
        if early is not None:
            return early
        data = [{"id": name, "object": "model", "owned_by": "library"} for name in fake.models]
        return _json({"object": "list", "data": data})

    return app


@asynccontextmanager
async def _running(app: QuartTrio, fake: FakeUpstream, suffix: str) -> AsyncIterator[FakeUpstream]:
    config = Config()
    config.bind = ["127.0.0.1:0"]
    config.errorlog = _LOG  # into pytest's captured logs, not a handler on stderr
    async with trio.open_nursery() as nursery:
        binds: list[str] = await nursery.start(serve, app, config)
        fake.url = binds[0] + suffix
        try:
            yield fake
        finally:
            nursery.cancel_scope.cancel()


@asynccontextmanager
async def running_fake_ollama(fake: FakeUpstream | None = None) -> AsyncIterator[FakeUpstream]:
    """Serve a fake Ollama until the block exits; ``fake.url`` is its root URL."""
    fake = fake if fake is not None else FakeUpstream()
    async with _running(ollama_app(fake), fake, "") as running:
        yield running


@asynccontextmanager
async def running_fake_openai(fake: FakeUpstream | None = None) -> AsyncIterator[FakeUpstream]:
    """Serve a fake OpenAI-compatible server; ``fake.url`` is its base URL ending in ``/v1``."""
    fake = fake if fake is not None else FakeUpstream(models=["gpt-test"])
    async with _running(openai_app(fake), fake, "/v1") as running:
        yield running
