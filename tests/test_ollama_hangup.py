"""An Ollama or OpenAI client that hangs up before the first token cancels its turn.

DESIGN.md: an HTTP client asked for its stream alone, so hanging up cancels the turn and
the upstream request at once, also while the upstream is still thinking.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest
import trio

from tests.fakes.upstreams import FakeUpstream, running_fake_ollama
from tests.support.engines import use_fake_ollama
from tests.support.servers import RunningServer
from tests.support.waiting import eventually


@pytest.fixture
async def thinking_upstream(server: RunningServer) -> AsyncIterator[FakeUpstream]:
    """The active engine is ollama, on an upstream that never answers."""
    async with running_fake_ollama(FakeUpstream(mode="hang")) as fake:
        await use_fake_ollama(server, fake)
        yield fake


async def send_and_hang_up(
    base_url: str, path: str, body: dict[str, object], upstream: FakeUpstream
) -> None:
    """Send a whole request on a raw socket, wait until synth asks the upstream, close."""
    url = httpx.URL(base_url)
    payload = json.dumps(body).encode()
    head = (
        f"POST {path} HTTP/1.1\r\nHost: {url.host}:{url.port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode()
    async with await trio.open_tcp_stream(url.host, url.port or 80) as stream:
        await stream.send_all(head + payload)
        await eventually(lambda: bool(upstream.requests))


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/chat", {"model": "synth", "messages": [{"role": "user", "content": "hi"}]}),
        (
            "/v1/chat/completions",
            {"model": "synth", "stream": True, "messages": [{"role": "user", "content": "hi"}]},
        ),
    ],
)
async def test_hanging_up_before_the_first_token_cancels_the_upstream_request(
    server: RunningServer, thinking_upstream: FakeUpstream, path: str, body: dict[str, object]
) -> None:
    with trio.fail_after(10):
        await send_and_hang_up(server.ollama, path, body, thinking_upstream)
        assert [r.path for r in thinking_upstream.requests] == ["/api/chat"]
        assert not thinking_upstream.disconnected.is_set()
    with trio.fail_after(1):
        await thinking_upstream.disconnected.wait()
