"""The load processes: ``python -m bench.loadgen MODE ...``, one JSON result on stdout.

Each benchmark that drives a server over the network starts one of these, so the client
runs in its own process (its own GIL and event loop) on loopback, with bounded counts
and times. Modes:

- ``http``: N keep-alive connections send one request in a loop for a fixed time.
- ``chat``: Ollama ``POST /api/chat`` turns (``stream: false``) from a few clients.
- ``ws-fanout``: many ``/ws`` clients; times each one's receipt of an ``animation`` frame
  from just before the ``POST /api/animation_state`` that causes it.
- ``soak``: mixed HTTP, WebSocket and Ollama traffic for a while, counting errors by kind
  and sampling the server's RSS and CPU.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import random
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import trio
from trio_websocket import ConnectionClosed, WebSocketConnection, open_websocket_url

from bench.profiling import cpu_seconds
from bench.rawhttp import Connection, ProtocolError, build_request
from bench.stats import percentile, rss_bytes

NETWORK_ERRORS = (OSError, trio.BrokenResourceError, trio.ClosedResourceError, ProtocolError)
CONNECT_CONCURRENCY = 20
"""WebSocket handshakes at once: the listen backlog is 128, and a burst of 200 would
measure SYN retries, not synth."""


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _error_kind(exc: BaseException) -> str:
    if isinstance(exc, ConnectionClosed):
        return f"closed {exc.reason.code}" if exc.reason is not None else "closed"
    return type(exc).__name__


def _summary(latencies: Sequence[float]) -> dict[str, float]:
    return {
        "count": len(latencies),
        "p50_ms": _ms(percentile(latencies, 50)),
        "p99_ms": _ms(percentile(latencies, 99)),
        "max_ms": _ms(max(latencies, default=0.0)),
    }


# --- http -------------------------------------------------------------------------------


async def http_load(url: str, connections: int, duration: float, warmup: float) -> dict[str, Any]:
    """GET ``url`` on ``connections`` keep-alive connections; requests sent in the first
    ``warmup`` seconds are not counted, then ``duration`` seconds are."""
    request = build_request("GET", url)
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    begin = time.perf_counter()
    measure_from = begin + warmup
    until = measure_from + duration

    async def worker() -> None:
        connection = Connection(url)
        try:
            while (sent := time.perf_counter()) < until:
                try:
                    reply = await connection.exchange(request)
                except NETWORK_ERRORS as exc:
                    errors[_error_kind(exc)] += 1
                    await connection.aclose()
                    continue
                done = time.perf_counter()
                if reply.status != 200:
                    errors[f"HTTP {reply.status}"] += 1
                elif sent >= measure_from and done <= until:
                    latencies.append(done - sent)
        finally:
            await connection.aclose()

    cpu = time.process_time()
    with trio.fail_after(warmup + duration + 30):
        async with trio.open_nursery() as nursery:
            for _ in range(connections):
                nursery.start_soon(worker)
    return {
        "requests": len(latencies),
        "seconds": duration,
        "latencies_ms": [_ms(value) for value in latencies],
        "errors": dict(errors),
        "cpu_s": time.process_time() - cpu,
        "wall_s": time.perf_counter() - begin,
    }


# --- chat -------------------------------------------------------------------------------


async def chat_load(url: str, turns: int, concurrency: int, max_s: float) -> dict[str, Any]:
    """``turns`` Ollama chat turns, ``stream: false``, from ``concurrency`` clients, at most
    ``max_s`` seconds (then the turns done so far are reported)."""
    endpoint = f"{url}/api/chat"
    numbers = itertools.count()
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    begin = time.perf_counter()
    deadline = begin + max_s

    async def worker(index: int) -> None:
        connection = Connection(endpoint)
        try:
            while time.perf_counter() < deadline and (number := next(numbers)) < turns:
                body = json.dumps(
                    {
                        "model": "synth",
                        "stream": False,
                        "messages": [{"role": "user", "content": f"turn {number} from {index}"}],
                    }
                ).encode()
                sent = time.perf_counter()
                try:
                    reply = await connection.exchange(build_request("POST", endpoint, body))
                except NETWORK_ERRORS as exc:
                    errors[_error_kind(exc)] += 1
                    await connection.aclose()
                    continue
                if reply.status != 200 or b'"done":true' not in reply.body:
                    errors[f"HTTP {reply.status}"] += 1
                else:
                    latencies.append(time.perf_counter() - sent)
        finally:
            await connection.aclose()

    with trio.move_on_after(max_s + 30):
        async with trio.open_nursery() as nursery:
            for index in range(concurrency):
                nursery.start_soon(worker, index)
    return {
        "turns": len(latencies),
        "seconds": time.perf_counter() - begin,
        "errors": dict(errors),
        "latency": _summary(latencies),
    }


# --- ws-fanout --------------------------------------------------------------------------


def ws_url(webui: str) -> str:
    return webui.replace("http://", "ws://", 1) + "/ws"


async def say_hello(ws: WebSocketConnection, session_id: str = "default") -> None:
    """The ``/ws`` hello, then read the greeting (``session``, then ``history``)."""
    await ws.send_message(json.dumps({"type": "hello", "session_id": session_id, "protocol": 1}))
    while True:
        frame = json.loads(await ws.get_message())
        if frame.get("type") == "error":
            raise RuntimeError(f"hello refused: {frame}")
        if frame.get("type") == "history":
            return


@dataclass
class Broadcast:
    """One animation event: the state asked for, when, and who has seen it."""

    state: str
    sent_at: float
    expected: int
    seen: set[int] = field(default_factory=set)
    done: trio.Event = field(default_factory=trio.Event)


@dataclass
class Fanout:
    current: Broadcast | None = None
    latencies: list[float] = field(default_factory=list)
    connected: int = 0
    all_connected: trio.Event = field(default_factory=trio.Event)


async def fanout_client(
    index: int, url: str, clients: int, fanout: Fanout, limit: trio.Semaphore
) -> None:
    """Connect and say hello (at most ``limit`` at once), then time matching frames."""
    await limit.acquire()
    connecting = True
    try:
        async with open_websocket_url(url) as ws:
            await say_hello(ws)
            connecting = False
            limit.release()
            fanout.connected += 1
            if fanout.connected == clients:
                fanout.all_connected.set()
            while True:
                text = await ws.get_message()
                received = time.perf_counter()
                event = fanout.current
                if event is None or '"animation"' not in text:
                    continue
                frame = json.loads(text)
                if frame.get("type") != "animation" or frame.get("state") != event.state:
                    continue
                if index not in event.seen:
                    event.seen.add(index)
                    fanout.latencies.append(received - event.sent_at)
                    if len(event.seen) == event.expected:
                        event.done.set()
    finally:
        if connecting:
            limit.release()


async def ws_fanout(
    webui: str, clients: int, rounds: int, event_timeout: float, pid: int
) -> dict[str, Any]:
    """``clients`` ``/ws`` clients; ``rounds`` x (think, idle) animation events to all."""
    fanout = Fanout()
    endpoint = f"{webui}/api/animation_state"
    connection = Connection(endpoint)
    lost = 0
    posts: list[float] = []
    async with trio.open_nursery() as nursery:
        limit = trio.Semaphore(CONNECT_CONCURRENCY)
        connect_started = time.perf_counter()
        for index in range(clients):
            nursery.start_soon(fanout_client, index, ws_url(webui), clients, fanout, limit)
        with trio.fail_after(60):
            await fanout.all_connected.wait()
        connect_s = time.perf_counter() - connect_started
        await trio.sleep(0.5)
        # The 200 clients are long-lived: a full collection of them in this process would
        # stall every receipt of one event and be counted as synth's delivery latency.
        gc.freeze()
        cpu, server_cpu, wall = time.process_time(), cpu_seconds(pid), time.perf_counter()
        for _, state in itertools.product(range(rounds), ("think", "idle")):
            request = build_request("POST", endpoint, json.dumps({"state": state}).encode())
            event = Broadcast(state, time.perf_counter(), clients)
            fanout.current = event
            reply = await connection.exchange(request)
            posts.append(time.perf_counter() - event.sent_at)
            if reply.status != 200:
                raise RuntimeError(f"POST animation_state answered {reply.status}: {reply.body!r}")
            with trio.move_on_after(event_timeout):
                await event.done.wait()
            lost += clients - len(event.seen)
            fanout.current = None
            await trio.sleep(0.05)
        wall = time.perf_counter() - wall
        cpu, server_cpu = time.process_time() - cpu, cpu_seconds(pid) - server_cpu
        nursery.cancel_scope.cancel()
    await connection.aclose()
    return {
        "clients": clients,
        "events": rounds * 2,
        "connect_s": connect_s,
        "latencies_ms": [_ms(value) for value in fanout.latencies],
        "post_ms": [_ms(value) for value in posts],
        "lost": lost,
        "client_cpu": cpu / wall,
        "server_cpu": server_cpu / wall,
    }


# --- soak -------------------------------------------------------------------------------


@dataclass
class Tally:
    """What the soak's clients did: successes and latencies per kind, errors per kind."""

    ok: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    latencies: dict[str, list[float]] = field(default_factory=dict)

    def success(self, kind: str, seconds: float) -> None:
        self.ok[kind] += 1
        self.latencies.setdefault(kind, []).append(seconds)


async def soak_http(webui: str, tally: Tally, until: float) -> None:
    """GET /api/about, POST /api/emotion_state, GET /api/config, round and round."""
    connection = Connection(webui)
    about = build_request("GET", f"{webui}/api/about")
    config = build_request("GET", f"{webui}/api/config")
    try:
        while time.perf_counter() < until:
            feeling = json.dumps({"values": {"happy": round(random.random(), 2)}}).encode()
            emotion = build_request("POST", f"{webui}/api/emotion_state", feeling)
            for kind, request in (
                ("GET /api/about", about),
                ("POST /api/emotion_state", emotion),
                ("GET /api/config", config),
            ):
                sent = time.perf_counter()
                try:
                    with trio.fail_after(30):
                        reply = await connection.exchange(request)
                except (*NETWORK_ERRORS, trio.TooSlowError) as exc:
                    tally.errors[f"{kind}: {_error_kind(exc)}"] += 1
                    await connection.aclose()
                    continue
                if reply.status == 200:
                    tally.success(kind, time.perf_counter() - sent)
                else:
                    tally.errors[f"{kind}: HTTP {reply.status}"] += 1
    finally:
        await connection.aclose()


async def soak_ollama(ollama: str, index: int, tally: Tally, until: float) -> None:
    """Streamed Ollama chat turns (read to the end), one after the other."""
    kind = "POST /api/chat (stream)"
    endpoint = f"{ollama}/api/chat"
    connection = Connection(endpoint)
    try:
        for number in itertools.count():
            if time.perf_counter() >= until:
                return
            text = f"soak {index}.{number}: how are you today? [happy]"
            body = json.dumps(
                {"model": "synth", "messages": [{"role": "user", "content": text}]}
            ).encode()
            sent = time.perf_counter()
            try:
                with trio.fail_after(60):
                    reply = await connection.exchange(build_request("POST", endpoint, body))
            except (*NETWORK_ERRORS, trio.TooSlowError) as exc:
                tally.errors[f"{kind}: {_error_kind(exc)}"] += 1
                await connection.aclose()
                continue
            last = reply.body.rstrip(b"\n").rpartition(b"\n")[2]
            if reply.status != 200:
                tally.errors[f"{kind}: HTTP {reply.status}"] += 1
            elif b'"error"' in last or b'"done":true' not in last:
                tally.errors[f"{kind}: bad last line"] += 1
            else:
                tally.success(kind, time.perf_counter() - sent)
    finally:
        await connection.aclose()


async def soak_ws(webui: str, index: int, tally: Tally, until: float) -> None:
    """A ``/ws`` client of its own session chatting: a turn, its reply, the next turn.
    Reconnects after a close (counted as an error)."""
    kind = "WS chat turn"
    numbers = itertools.count()
    while time.perf_counter() < until:
        try:
            async with open_websocket_url(ws_url(webui)) as ws:
                await say_hello(ws, f"soak-{index}")
                while time.perf_counter() < until:
                    number = next(numbers)
                    chat = {"type": "chat", "text": f"soak {number}, hi [happy]"}
                    sent = time.perf_counter()
                    await ws.send_message(json.dumps(chat))
                    with trio.fail_after(60):
                        error = await _reply(ws)
                    if error is None:
                        tally.success(kind, time.perf_counter() - sent)
                    else:
                        tally.errors[f"{kind}: error frame {error}"] += 1
        except (ConnectionClosed, *NETWORK_ERRORS, trio.TooSlowError) as exc:
            tally.errors[f"{kind}: {_error_kind(exc)}"] += 1
            await trio.sleep(0.5)


async def _reply(ws: WebSocketConnection) -> str | None:
    """Wait for the assistant's message (None) or an error frame (its code)."""
    while True:
        frame = json.loads(await ws.get_message())
        kind = frame.get("type")
        if kind == "error":
            return str(frame.get("code"))
        if kind == "message" and frame.get("role") == "assistant":
            return None


async def sample_server(
    pid: int, every: float, until: float, samples: list[dict[str, Any]]
) -> None:
    """RSS and CPU share of the server every ``every`` seconds."""
    begin = time.perf_counter()
    cpu, at = cpu_seconds(pid), begin
    samples.append({"t": 0.0, "rss": rss_bytes(pid), "cpu": 0.0})
    while time.perf_counter() + every <= until + 0.5:
        await trio.sleep(every)
        now, used = time.perf_counter(), cpu_seconds(pid)
        samples.append(
            {"t": round(now - begin, 1), "rss": rss_bytes(pid), "cpu": (used - cpu) / (now - at)}
        )
        cpu, at = used, now


async def soak(
    webui: str,
    ollama: str,
    duration: float,
    pid: int,
    every: float,
    workers: tuple[int, int, int],
) -> dict[str, Any]:
    """Mixed traffic for ``duration`` seconds: ``workers`` = (HTTP, WS, Ollama) clients."""
    tally = Tally()
    samples: list[dict[str, Any]] = []
    begin = time.perf_counter()
    until = begin + duration
    http_workers, ws_clients, ollama_workers = workers
    with trio.move_on_after(duration + 90):
        async with trio.open_nursery() as nursery:
            nursery.start_soon(sample_server, pid, every, until, samples)
            for _ in range(http_workers):
                nursery.start_soon(soak_http, webui, tally, until)
            for index in range(ws_clients):
                nursery.start_soon(soak_ws, webui, index, tally, until)
            for index in range(ollama_workers):
                nursery.start_soon(soak_ollama, ollama, index, tally, until)
    return {
        "seconds": time.perf_counter() - begin,
        "ok": dict(tally.ok),
        "errors": dict(tally.errors),
        "latency": {kind: _summary(values) for kind, values in tally.latencies.items()},
        "samples": samples,
    }


# --- command line -----------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.loadgen", description=__doc__)
    modes = parser.add_subparsers(dest="mode", required=True)
    http = modes.add_parser("http", help="GET one URL on keep-alive connections")
    http.add_argument("--url", required=True)
    http.add_argument("--connections", type=int, default=10)
    http.add_argument("--duration", type=float, default=5.0)
    http.add_argument("--warmup", type=float, default=1.0)
    chat = modes.add_parser("chat", help="Ollama chat turns, stream false")
    chat.add_argument("--url", required=True, help="the Ollama listener")
    chat.add_argument("--turns", type=int, required=True)
    chat.add_argument("--concurrency", type=int, default=4)
    chat.add_argument("--max-seconds", type=float, default=120.0)
    fan = modes.add_parser("ws-fanout", help="animation frames to many /ws clients")
    fan.add_argument("--webui", required=True)
    fan.add_argument("--pid", type=int, required=True, help="the server, for its CPU time")
    fan.add_argument("--clients", type=int, default=200)
    fan.add_argument("--rounds", type=int, default=20)
    fan.add_argument("--event-timeout", type=float, default=5.0)
    soak_ = modes.add_parser("soak", help="mixed traffic, errors and RSS over time")
    soak_.add_argument("--webui", required=True)
    soak_.add_argument("--ollama", required=True)
    soak_.add_argument("--pid", type=int, required=True, help="the server, sampled")
    soak_.add_argument("--duration", type=float, required=True)
    soak_.add_argument("--sample", type=float, default=10.0, help="seconds between samples")
    soak_.add_argument("--http-workers", type=int, default=3)
    soak_.add_argument("--ws-clients", type=int, default=3)
    soak_.add_argument("--ollama-workers", type=int, default=2)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    result: dict[str, Any]
    if args.mode == "http":
        result = trio.run(http_load, args.url, args.connections, args.duration, args.warmup)
    elif args.mode == "chat":
        result = trio.run(chat_load, args.url, args.turns, args.concurrency, args.max_seconds)
    elif args.mode == "ws-fanout":
        result = trio.run(
            ws_fanout, args.webui, args.clients, args.rounds, args.event_timeout, args.pid
        )
    else:
        workers = (args.http_workers, args.ws_clients, args.ollama_workers)
        result = trio.run(
            soak, args.webui, args.ollama, args.duration, args.pid, args.sample, workers
        )
    print(json.dumps(result, separators=(",", ":")), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
