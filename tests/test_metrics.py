"""GET /metrics: Prometheus text on the WebUI listener, fed by requests, turns and actors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import trio
from prometheus_client.parser import text_string_to_metric_families
from prometheus_client.samples import Sample
from trio_websocket import WebSocketConnection

from synth.actors.chat_turn import ChatTurn, TurnDelta
from synth.metrics import Metrics, Throttled
from synth.runtime.event_bus import EventBus
from tests.support.servers import RunningServer, running_server
from tests.support.waiting import eventually
from tests.support.ws import receive_json, send_json, websocket

TOKEN = "metrics-token-for-tests"
TURN_TEXT = "hello there [happy] friend"


async def scrape(client: httpx.AsyncClient) -> list[Sample]:
    response = await client.get("/metrics")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain; version=0.0.4")
    return [
        sample
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    ]


def value(samples: list[Sample], name: str, **labels: str) -> float | None:
    """The value of the one sample ``name`` whose labels include ``labels``, if any."""
    found = [s.value for s in samples if s.name == name and labels.items() <= s.labels.items()]
    assert len(found) <= 1, f"{name} {labels} matches {len(found)} samples"
    return found[0] if found else None


def labelled(samples: list[Sample], name: str, label: str) -> set[str]:
    return {s.labels[label] for s in samples if s.name == name}


@asynccontextmanager
async def chat_client(server: RunningServer) -> AsyncIterator[WebSocketConnection]:
    """A /ws client past its hello (session and history frames read)."""
    async with websocket(server.webui.replace("http://", "ws://") + "/ws") as ws:
        await send_json(ws, {"type": "hello", "protocol": 1})
        assert (await receive_json(ws))["type"] == "session"
        assert (await receive_json(ws))["type"] == "history"
        yield ws


async def chat_turn(ws: WebSocketConnection, text: str) -> dict[str, Any]:
    """Send one chat message; the assistant's message frame or the turn's error frame."""
    await send_json(ws, {"type": "chat", "text": text})
    while True:
        frame = await receive_json(ws)
        if frame["type"] == "error" or (
            frame["type"] == "message" and frame["role"] == "assistant"
        ):
            return frame


def turn_sample(server: RunningServer, name: str, **labels: str) -> float:
    found = server.context.metrics.registry.get_sample_value(name, labels)
    return 0.0 if found is None else found


async def test_requests_are_counted_by_listener_route_template_and_status(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with (
            server.client() as client,
            httpx.AsyncClient(base_url=server.ollama, timeout=10) as ollama,
        ):
            before = await scrape(client)
            for _ in range(3):
                assert (await client.get("/api/about")).status_code == 200
            assert (await client.get("/api/chat/archives/no-such-archive")).status_code == 404
            assert (await client.get("/no/such/route")).status_code == 404
            assert (await ollama.get("/api/version")).status_code == 200
            after = await scrape(client)

    about = {"listener": "webui", "method": "GET", "route": "/api/about", "status": "200"}
    was = value(before, "synth_http_requests_total", **about) or 0.0
    assert value(after, "synth_http_requests_total", **about) == was + 3
    timed = {"listener": "webui", "method": "GET", "route": "/api/about"}
    count = value(after, "synth_http_request_duration_seconds_count", **timed)
    assert count is not None and count >= 3
    assert value(after, "synth_http_request_duration_seconds_bucket", le="+Inf", **timed) == count
    archive = {"route": "/api/chat/archives/<archive_id>", "status": "404"}
    assert value(after, "synth_http_requests_total", **archive) == 1
    assert value(after, "synth_http_requests_total", route="unmatched", status="404") == 1
    version = {"listener": "ollama", "route": "/api/version", "status": "200"}
    assert value(after, "synth_http_requests_total", **version) == 1
    assert "/no/such/route" not in labelled(after, "synth_http_requests_total", "route")


async def test_a_ws_chat_turn_records_its_count_ttft_and_duration(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            async with chat_client(server) as ws:
                reply = await chat_turn(ws, TURN_TEXT)
                assert reply["type"] == "message"
                labels = {"source": "webui", "engine": "echo"}
                await eventually(
                    lambda: (
                        turn_sample(server, "synth_chat_turns_total", outcome="ok", **labels) == 1
                    )
                )
                during = await scrape(client)
    labels = {"source": "webui", "engine": "echo"}
    assert value(during, "synth_chat_turns_total", outcome="ok", **labels) == 1
    assert value(during, "synth_chat_time_to_first_token_seconds_count", **labels) == 1
    ttft = value(during, "synth_chat_time_to_first_token_seconds_sum", **labels)
    total = value(during, "synth_chat_turn_duration_seconds_sum", outcome="ok", **labels)
    assert ttft is not None and total is not None
    assert 0 <= ttft <= total
    assert value(during, "synth_chat_turn_duration_seconds_count", outcome="ok", **labels) == 1


async def test_a_failed_turn_counts_as_failed_without_a_first_token(data_dir: Path) -> None:
    env = {"SYNTH_LIMITS_PROMPT_CHARS": "10"}  # every prompt is over it: the turn fails
    with trio.fail_after(20):
        async with running_server(data_dir, env=env) as server, server.client() as client:
            async with chat_client(server) as ws:
                reply = await chat_turn(ws, "this prompt is too long")
                assert (reply["type"], reply["code"]) == ("error", "too_large")
            # Refused before its engine was asked for anything: no engine to name.
            labels = {"source": "webui", "engine": "none", "outcome": "failed"}
            await eventually(lambda: turn_sample(server, "synth_chat_turns_total", **labels) == 1)
            samples = await scrape(client)
    assert value(samples, "synth_chat_turns_total", **labels) == 1
    assert value(samples, "synth_chat_turn_duration_seconds_count", **labels) == 1
    assert value(samples, "synth_chat_time_to_first_token_seconds_count", engine="echo") is None


async def test_a_turn_whose_asker_hangs_up_counts_as_interrupted(server: RunningServer) -> None:
    words = " ".join(f"w{index}" for index in range(500))  # far more than the stream buffers
    turn = ChatTurn("metrics-hangup", "ollama", words)
    labels = {"source": "ollama", "engine": "echo"}
    with trio.fail_after(20):
        async with await server.context.actors.chat.ask_stream(turn, buffer=1) as stream:
            async for item in stream:
                if isinstance(item, TurnDelta):
                    break  # the asker goes away after the first words
        await eventually(
            lambda: (
                turn_sample(server, "synth_chat_turns_total", outcome="interrupted", **labels) == 1
            )
        )
    assert turn_sample(server, "synth_chat_turns_total", outcome="ok", **labels) == 0
    assert turn_sample(server, "synth_chat_time_to_first_token_seconds_count", **labels) == 1


async def test_connected_ws_clients_are_a_gauge(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            async with chat_client(server), chat_client(server):
                two = await scrape(client)
            await eventually(
                lambda: server.context.metrics.registry.get_sample_value("synth_ws_clients") == 0
            )
            none = await scrape(client)
    assert value(two, "synth_ws_clients") == 2
    assert value(none, "synth_ws_clients") == 0


async def test_actors_are_reported_with_depth_restarts_and_status(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            samples = await scrape(client)
            about = (await client.get("/api/about")).json()
    names = {actor["name"] for actor in about["actors"]}
    assert labelled(samples, "synth_actor_mailbox_depth", "actor") == names
    assert labelled(samples, "synth_actor_restarts_total", "actor") == names
    for name in names:
        assert value(samples, "synth_actor_restarts_total", actor=name) == 0
        depth = value(samples, "synth_actor_mailbox_depth", actor=name)
        assert depth is not None and depth >= 0
        assert value(samples, "synth_actor_status", actor=name, status="running") == 1
        assert value(samples, "synth_actor_status", actor=name, status="failed") == 0


async def test_the_event_bus_counters_are_reported(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client, chat_client(server):
            samples = await scrape(client)
    bus = server.context.bus
    published = value(samples, "synth_event_bus_published_total")
    subscribers = value(samples, "synth_event_bus_subscribers")
    assert published is not None and 0 < published <= bus.published
    assert subscribers is not None and subscribers >= 2  # at least the client and Grillo
    assert value(samples, "synth_event_bus_drops_total") == bus.drops == 0


async def test_metrics_need_the_token_when_auth_is_on(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_AUTH_TOKEN": TOKEN}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            refused = await client.get("/metrics")
            client.headers["Authorization"] = f"Bearer {TOKEN}"
            samples = await scrape(client)
    assert refused.status_code == 401
    assert refused.json()["code"] == "unauthorized"
    assert TOKEN not in refused.text
    refusal = {"route": "/metrics", "status": "401"}
    assert value(samples, "synth_http_requests_total", **refusal) == 1


def test_a_malformed_turn_stats_event_is_skipped() -> None:
    metrics = Metrics(lambda: [], EventBus())
    metrics.observe_turn({"source": "webui", "engine": "echo", "outcome": "maybe", "total_s": 1})
    metrics.observe_turn({"source": "webui", "engine": "echo", "outcome": "ok", "total_s": "x"})
    metrics.observe_turn({"source": "webui", "outcome": "ok", "total_s": 0.5, "ttft_s": None})
    registry = metrics.registry
    kept = {"source": "webui", "engine": "none", "outcome": "ok"}
    assert registry.get_sample_value("synth_chat_turns_total", kept) == 1
    assert registry.get_sample_value("synth_chat_turns_total", {**kept, "engine": "echo"}) is None


def test_a_throttled_reading_is_reused_until_it_is_max_age_old() -> None:
    now = [100.0]
    readings = iter(range(1, 10))
    read = Throttled(lambda: next(readings), max_age_s=1.0, clock=lambda: now[0])
    first = read()
    now[0] += 0.9
    within = read()
    now[0] += 0.1
    after = read()
    assert (first, within, after) == (1, 1, 2)
