"""Real engines behind the Ollama listener, against fake upstream servers.

synth sits between an Ollama client and an upstream model server here: tokens must
flow through, upstream failures must reach the client as proper statuses (or, once
streaming, as a last error line), and a client hanging up must cancel the upstream.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from contextlib import closing
from typing import Any

import httpx
import pytest
import trio

from tests.fakes.upstreams import FakeUpstream, numbered_tokens, running_fake_ollama
from tests.support.engines import use_fake_ollama
from tests.support.servers import RunningServer

CONVERSATION = "engine-test"
SESSION = f"ollama:{CONVERSATION}"
HEADERS = {"X-Synth-Conversation": CONVERSATION}
BODY = {"model": "synth", "messages": [{"role": "user", "content": "hi"}]}


@pytest.fixture
async def fake() -> AsyncIterator[FakeUpstream]:
    async with running_fake_ollama() as fake:
        yield fake


@pytest.fixture
async def engine_on_fake(server: RunningServer, fake: FakeUpstream) -> None:
    """Point the ollama engine at the fake and make it the active engine."""
    await use_fake_ollama(server, fake)


@pytest.fixture
async def client(server: RunningServer, engine_on_fake: None) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.ollama, timeout=10) as client:
        yield client


async def set_timeout(server: RunningServer, seconds: float) -> None:
    async with server.client() as webui:
        change = {"key": "cortex.timeout_s", "value": seconds}
        assert (await webui.post("/api/config", json=change)).status_code == 200


def assistant_statuses(server: RunningServer) -> list[str]:
    path = server.data_dir / "synth.db"
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            "SELECT status FROM messages WHERE session_id = ? AND role = 'assistant'",
            (SESSION,),
        ).fetchall()
    return [row[0] for row in rows]


async def wait_for_statuses(server: RunningServer) -> list[str]:
    """The assistant statuses once the reply is recorded (it may land just after the reply)."""
    for _ in range(250):
        if statuses := assistant_statuses(server):
            return statuses
        await trio.sleep(0.02)
    raise AssertionError("no assistant message was recorded within 5 s")


def lines_of(response: httpx.Response) -> list[dict[str, Any]]:
    return [json.loads(line) for line in response.text.splitlines()]


async def test_upstream_tokens_stream_through_the_listener(
    client: httpx.AsyncClient, fake: FakeUpstream
) -> None:
    fake.tokens = ["Hel", "lo", " wor", "ld"]
    with trio.fail_after(20):
        response = await client.post("/api/chat", json=BODY, headers=HEADERS)
    lines = lines_of(response)
    # Tokens that arrive together (one network read, or a backlog) share a line.
    assert "".join(line["message"]["content"] for line in lines[:-1]) == "Hello world"
    assert lines[-1]["done_reason"] == "stop"
    assert fake.requests[-1].body["messages"][-1] == {"role": "user", "content": "hi"}  # type: ignore[index]


async def test_client_options_reach_the_upstream(
    client: httpx.AsyncClient, fake: FakeUpstream
) -> None:
    body = {**BODY, "options": {"temperature": 0.2, "num_predict": 9}, "stream": False}
    with trio.fail_after(20):
        assert (await client.post("/api/chat", json=body)).status_code == 200
    assert fake.requests[-1].body["options"] == {"temperature": 0.2, "num_predict": 9}  # type: ignore[index]


async def test_upstream_500_is_502_with_the_upstreams_reason(
    client: httpx.AsyncClient, fake: FakeUpstream
) -> None:
    fake.mode = "error500"
    with trio.fail_after(20):
        response = await client.post("/api/chat", json=BODY)
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("application/json")
    assert "fake upstream failure" in response.json()["error"]


async def test_upstream_500_is_502_in_openai_shape_on_v1(
    client: httpx.AsyncClient, fake: FakeUpstream
) -> None:
    fake.mode = "error500"
    with trio.fail_after(20):
        response = await client.post("/v1/chat/completions", json={**BODY, "stream": True})
    assert response.status_code == 502
    assert "fake upstream failure" in response.json()["error"]["message"]


async def test_an_upstream_that_hangs_is_504(
    client: httpx.AsyncClient, fake: FakeUpstream, server: RunningServer
) -> None:
    fake.mode = "hang"
    with trio.fail_after(20):
        await set_timeout(server, 0.5)
        response = await client.post("/api/chat", json=BODY)
    assert response.status_code == 504
    assert response.json()["code"].endswith("timeout")


async def test_an_upstream_cut_mid_stream_ends_with_an_error_line(
    client: httpx.AsyncClient, fake: FakeUpstream, server: RunningServer
) -> None:
    fake.mode, fake.tokens, fake.cut_after = "cut", numbered_tokens(5), 2
    with trio.fail_after(20):
        response = await client.post("/api/chat", json=BODY, headers=HEADERS)
    assert response.status_code == 200
    lines = lines_of(response)
    assert "".join(line["message"]["content"] for line in lines[:-1]) == "t0 t1 "
    assert set(lines[-1]) == {"error"}
    assert await wait_for_statuses(server) == ["interrupted"]


async def test_an_upstream_cut_on_a_v1_stream_ends_with_an_error_event_and_done(
    client: httpx.AsyncClient, fake: FakeUpstream
) -> None:
    fake.mode, fake.cut_after = "cut", 2
    with trio.fail_after(20):
        response = await client.post("/v1/chat/completions", json={**BODY, "stream": True})
    events = response.text.split("\n\n")
    assert events[-2:] == ["data: [DONE]", ""]
    assert "error" in json.loads(events[-3].removeprefix("data: "))


async def read_first_line_and_hang_up(base_url: str) -> bytes:
    """POST a streamed chat, read until the first NDJSON line, then close the socket.

    A raw socket, because breaking out of httpx's nested line iterators leaves inner
    async generators to the garbage collector (a ResourceWarning under Trio).
    """
    url = httpx.URL(base_url)
    payload = json.dumps(BODY).encode()
    head = (
        f"POST /api/chat HTTP/1.1\r\nHost: {url.host}:{url.port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
        f"X-Synth-Conversation: {CONVERSATION}\r\n\r\n"
    ).encode()
    received = b""
    async with await trio.open_tcp_stream(url.host, url.port or 80) as stream:
        await stream.send_all(head + payload)
        while b"}\n" not in received:
            chunk = await stream.receive_some()
            assert chunk, "the server closed the connection early"
            received += chunk
    return received


async def test_a_client_hanging_up_cancels_the_upstream_request(
    engine_on_fake: None, fake: FakeUpstream, server: RunningServer
) -> None:
    fake.tokens, fake.delay = numbered_tokens(200), 0.05
    with trio.fail_after(20):
        received = await read_first_line_and_hang_up(server.ollama)
    assert received.startswith(b"HTTP/1.1 200")
    assert b'"content":"t0 "' in received
    with trio.fail_after(1):
        await fake.disconnected.wait()
    assert await wait_for_statuses(server) == ["interrupted"]
