"""An answer given before the request body was read reaches a client still sending it.

A 401, 403, 404, 405, or a 413 over ``limits.body_bytes`` is answered at once, and the rest
of the body is then read out and dropped (``synth.http.read_out``): the client finishes
writing, reads the answer, and may reuse the connection. A body past the read-out bound, or
a client that stalls or trickles, gets the answer and then a closed connection, in bounded
time and without the server holding the body.
"""

from __future__ import annotations

import gc
import json
import math
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trio
import trio.lowlevel
import trio.testing

from synth.http import read_out
from tests.support.raw_http import (
    PIECE,
    PacedBody,
    SlowClient,
    chunk,
    json_body,
)
from tests.support.servers import RunningServer, running_server, start_process

MIB = 1024 * 1024
TOKEN = "early-refusals-token"
BIG = 4 * MIB
"""A body within the read-out bound of the default ``limits.body_bytes`` (1 MiB: 4 MiB)."""


@pytest.fixture
async def guarded(data_dir: Path) -> AsyncIterator[RunningServer]:
    async with running_server(data_dir, env={"SYNTH_AUTH_TOKEN": TOKEN}) as running:
        yield running


@pytest.fixture
async def small_limit(data_dir: Path) -> AsyncIterator[RunningServer]:
    """``limits.body_bytes`` at its minimum: the read-out bound is then 1 MiB."""
    async with running_server(data_dir, env={"SYNTH_LIMITS_BODY_BYTES": "4096"}) as running:
        yield running


@dataclass(frozen=True)
class Refusal:
    method: str
    path: str
    headers: dict[str, str]
    status: int
    code: str


REFUSALS = {
    "401": Refusal("POST", "/api/diary", {}, 401, "unauthorized"),
    "403": Refusal("POST", "/api/diary", {"Origin": "http://evil.example"}, 403, "cross_origin"),
    "404": Refusal("POST", "/api/no/such/route", {}, 404, "not_found"),
    "405": Refusal("PUT", "/api/diary", {}, 405, "method_not_allowed"),
    "413": Refusal("POST", "/api/diary", {}, 413, "too_large"),
}
"""Early answers, each from a server with the default 1 MiB ``limits.body_bytes``; the 401
from one with auth on, the others from one with auth off."""
FRAMINGS = pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])


@pytest.fixture(params=sorted(REFUSALS))
async def refusal(
    request: pytest.FixtureRequest, data_dir: Path
) -> AsyncIterator[tuple[RunningServer, Refusal]]:
    env = {"SYNTH_AUTH_TOKEN": TOKEN} if request.param == "401" else {}
    async with running_server(data_dir, env=env) as running:
        yield running, REFUSALS[request.param]


@FRAMINGS
async def test_a_slow_client_gets_the_early_answer_after_writing_its_whole_body(
    refusal: tuple[RunningServer, Refusal], chunked: bool
) -> None:
    server, refused = refusal
    with trio.fail_after(30):
        client = await SlowClient.open(server.webui)
        async with client.stream:
            response = await client.request(
                refused.method, refused.path, json_body(BIG), chunked, refused.headers
            )
    assert (response.status, response.code()) == (refused.status, refused.code)
    assert client.sent == BIG


@FRAMINGS
async def test_a_drained_401_leaves_the_connection_usable(
    guarded: RunningServer, chunked: bool
) -> None:
    with trio.fail_after(30):
        client = await SlowClient.open(guarded.webui)
        async with client.stream:
            refused = await client.request("POST", "/api/diary", json_body(BIG), chunked, {})
            bearer = {"Authorization": f"Bearer {TOKEN}"}
            await client.stream.send_all(client.head("GET", "/api/about", bearer))
            after = await client.response()
    assert (refused.status, refused.code()) == (401, "unauthorized")
    assert "close" not in refused.headers.get("connection", "")
    assert after.status == 200
    assert json.loads(after.body)["name"]


async def test_the_ollama_listener_reads_out_its_early_answers_too(server: RunningServer) -> None:
    with trio.fail_after(30):
        client = await SlowClient.open(server.ollama)
        async with client.stream:
            refused = await client.request("POST", "/api/no/such", json_body(BIG), False, {})
            await client.stream.send_all(client.head("GET", "/api/version", {}))
            after = await client.response()
    assert refused.status == 404
    assert after.status == 200


@FRAMINGS
@pytest.mark.parametrize(
    ("auth", "status", "code"),
    [(True, 401, "unauthorized"), (False, 413, "too_large")],
    ids=["401", "413"],
)
async def test_httpx_with_a_slow_body_sends_it_whole_and_gets_the_answer(
    data_dir: Path, auth: bool, status: int, code: str, chunked: bool
) -> None:
    env = {"SYNTH_AUTH_TOKEN": TOKEN} if auth else {}
    body = PacedBody(json_body(BIG), PIECE, paced=True)
    headers = {"Content-Type": "application/json"}
    if not chunked:
        headers["Content-Length"] = str(BIG)
    if not auth:
        headers["Authorization"] = f"Bearer {TOKEN}"  # ignored: auth is off
    with trio.fail_after(30):
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post("/api/diary", content=body, headers=headers)
    gc.collect()  # an abandoned iterator warns now, in this test, not in a later one
    assert response.status_code == status
    assert response.json()["code"] == code
    assert body.sent_whole, "httpx could not send the whole body"


async def test_a_body_far_past_the_bound_gets_its_answer_then_a_closed_connection(
    small_limit: RunningServer,
) -> None:
    endless = json_body(64 * MIB)
    with trio.fail_after(30):
        client = await SlowClient.open(small_limit.webui)
        async with client.stream:
            await client.start("POST", "/api/diary", True, 0, {})

            async def send() -> None:
                try:
                    await client.write(endless, chunked=True)
                except trio.BrokenResourceError:
                    pass  # the server read what it would, then hung up

            async with trio.open_nursery() as nursery:
                nursery.start_soon(send)
                refused = await client.response()
                await client.closed_by_server()
    assert (refused.status, refused.code()) == (413, "too_large")
    # The server stopped reading at its bound (1 MiB); the rest sits in socket buffers.
    assert client.sent < 8 * MIB


async def test_a_client_that_stalls_mid_body_is_closed_after_the_idle_bound(
    guarded: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_out, "DISCARD_IDLE_SECONDS", 0.2)
    with trio.fail_after(10):
        client = await SlowClient.open(guarded.webui)
        async with client.stream:
            await client.start("POST", "/api/diary", False, BIG, {})
            await client.write(json_body(BIG)[:MIB], chunked=False)
            refused = await client.response()
            # No more data and no end: the server lets go after the idle bound (well before
            # the default 5 s, and the 30 s of a whole read-out).
            with trio.fail_after(3):
                await client.closed_by_server()
    assert (refused.status, refused.code()) == (401, "unauthorized")


async def test_a_client_that_trickles_is_closed_after_the_read_out_time(
    guarded: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read_out, "DISCARD_SECONDS", 0.5)
    with trio.fail_after(10):
        client = await SlowClient.open(guarded.webui)
        async with client.stream:
            await client.start("POST", "/api/diary", True, 0, {})

            async def trickle() -> None:
                try:
                    while True:
                        await client.write(b"x" * 64, chunked=True)
                        await trio.sleep(0.05)  # always well within the idle bound
                except trio.BrokenResourceError:
                    pass

            async with trio.open_nursery() as nursery:
                nursery.start_soon(trickle)
                refused = await client.response()
                with trio.fail_after(3):  # well before the default 30 s
                    await client.closed_by_server()
                nursery.cancel_scope.cancel()
    assert (refused.status, refused.code()) == (401, "unauthorized")


def memory(pid: int, field: str) -> int:
    """``VmRSS`` or ``VmHWM`` (its peak so far) of process ``pid``, in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no {field} line")


async def test_a_huge_body_read_out_after_a_401_is_never_held_in_memory(
    tmp_path: Path,
) -> None:
    size = 200 * MIB
    # A read-out bound of 256 MiB: the whole body is read and dropped, none of it kept.
    env = {"SYNTH_AUTH_TOKEN": TOKEN, "SYNTH_LIMITS_BODY_BYTES": str(64 * MIB)}
    server = start_process(tmp_path / "data", env=env)
    try:
        with trio.fail_after(60):
            client = await SlowClient.open(server.webui)
            async with client.stream:
                bearer = {"Authorization": f"Bearer {TOKEN}"}
                await client.stream.send_all(client.head("GET", "/api/about", bearer))
                assert (await client.response()).status == 200
                before = memory(server.proc.pid, "VmRSS")
                # Chunked: no declared length that would make Quart drop the body by itself.
                await client.start("POST", "/api/diary", True, 0, {})
                block = chunk(b"x" * MIB)
                for _ in range(size // MIB):
                    await client.stream.send_all(block)
                await client.stream.send_all(b"0\r\n\r\n")
                refused = await client.response()
                peak = memory(server.proc.pid, "VmHWM")
                await client.stream.send_all(client.head("GET", "/api/about", bearer))
                after = await client.response()
    finally:
        assert server.stop() == 0
    assert (refused.status, refused.code()) == (401, "unauthorized")
    assert after.status == 200
    assert peak - before < 25 * MIB, (before, peak)


async def trickle_into(incoming: read_out.IncomingBody, every: float) -> None:
    """A client sending a few bytes every ``every`` seconds, forever."""
    while True:
        incoming.receive({"type": "http.request", "body": b"x" * 64, "more_body": True})
        await trio.sleep(every)


@pytest.mark.parametrize(
    ("every", "lasts"),
    [(math.inf, read_out.DISCARD_IDLE_SECONDS), (1.0, read_out.DISCARD_SECONDS)],
    ids=["stalled-idle-bound", "trickling-time-bound"],
)
async def test_a_read_out_ends_at_its_time_bounds(
    autojump_clock: trio.testing.MockClock, every: float, lasts: float
) -> None:
    incoming = read_out.IncomingBody(None, None)
    incoming.bound = MIB
    async with trio.open_nursery() as nursery:
        nursery.start_soon(trickle_into, incoming, every)
        start = trio.current_time()
        assert not await incoming.read_out()
        nursery.cancel_scope.cancel()
    assert trio.current_time() - start == pytest.approx(lasts, abs=1.0)
    assert incoming.buffered == 0  # dropped as it came
