"""Prometheus metrics of one incarnation, served as text at ``GET /metrics``.

Each incarnation owns its own ``CollectorRegistry`` (never prometheus_client's global
one), so a restart starts the counters afresh, as a process restart would, and two
runtimes in one process (tests) never share a series. What the runtime already
counts (actor mailboxes, the EventBus) is read at scrape time by a collector; what
happens (requests, turns, WebSocket clients) is recorded by the instruments below.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric

from synth.runtime.actor import Status
from synth.runtime.event_bus import EventBus
from synth.runtime.supervisor import ChildInfo

log = logging.getLogger("synth.metrics")
T = TypeVar("T")

UNMATCHED = "unmatched"
"""The route label of a request that matched no URL rule (404, 405)."""
TURN_OUTCOMES = ("ok", "failed", "interrupted")
REQUEST_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
TTFT_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0)
TURN_BUCKETS = (0.1, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0)


class Metrics:
    """The registry and instruments of one incarnation; handlers and actors record here."""

    # The classic text format that every Prometheus and agent reads (our names need no escaping).
    content_type = "text/plain; version=0.0.4; charset=utf-8"

    def __init__(self, children: Callable[[], list[ChildInfo]], bus: EventBus) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "synth_http_requests",
            "HTTP requests answered, by listener, method, URL rule and status.",
            ["listener", "method", "route", "status"],
            registry=self.registry,
        )
        self.request_seconds = Histogram(
            "synth_http_request_duration_seconds",
            "Time from a request's arrival to its response headers.",
            ["listener", "method", "route"],
            buckets=REQUEST_BUCKETS,
            registry=self.registry,
        )
        self.turns = Counter(
            "synth_chat_turns",
            "Chat turns that ended, by source, engine and outcome (ok, failed, interrupted).",
            ["source", "engine", "outcome"],
            registry=self.registry,
        )
        self.ttft_seconds = Histogram(
            "synth_chat_time_to_first_token_seconds",
            "Time from a turn's start to its engine's first token.",
            ["source", "engine"],
            buckets=TTFT_BUCKETS,
            registry=self.registry,
        )
        self.turn_seconds = Histogram(
            "synth_chat_turn_duration_seconds",
            "Time from a turn's start to its end, whatever the outcome.",
            ["source", "engine", "outcome"],
            buckets=TURN_BUCKETS,
            registry=self.registry,
        )
        self.ws_clients = Gauge(
            "synth_ws_clients",
            "WebSocket /ws clients attached to a session now.",
            registry=self.registry,
        )
        # The request metrics' children by label values, for matched routes (whose methods
        # the URL rules bound): ``labels()`` validates and locks on every call, and every
        # request of either listener records here.
        self._request_series: dict[tuple[str, str, str, int], tuple[Counter, Histogram]] = {}
        self.registry.register(RuntimeCollector(children, bus))
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)

    def observe_request(
        self, listener: str, method: str, route: str, status: int, seconds: float
    ) -> None:
        key = (listener, method, route, status)
        series = self._request_series.get(key)
        if series is None:
            series = (
                self.requests.labels(listener, method, route, str(status)),
                self.request_seconds.labels(listener, method, route),
            )
            if route != UNMATCHED:  # any method a client invents is unmatched
                self._request_series[key] = series
        count, duration = series
        count.inc()
        duration.observe(max(seconds, 0.0))

    def observe_turn(self, stats: Mapping[str, Any]) -> None:
        """Record one ``turn_stats`` event; a malformed one is logged and skipped."""
        source = stats.get("source")
        engine = stats.get("engine") or "none"  # failed before an engine was chosen
        outcome = stats.get("outcome")
        total = _seconds(stats.get("total_s"))
        ttft = _seconds(stats.get("ttft_s"))
        well_formed = isinstance(source, str) and isinstance(engine, str)
        if not well_formed or outcome not in TURN_OUTCOMES or total is None:
            log.warning("skipping malformed turn_stats: %r", stats)
            return
        self.turns.labels(source, engine, outcome).inc()
        self.turn_seconds.labels(source, engine, outcome).observe(total)
        if ttft is not None:
            self.ttft_seconds.labels(source, engine).observe(ttft)

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric, read now."""
        return generate_latest(self.registry)


class RuntimeCollector:
    """Reads what the runtime counts anyway, at scrape time: actors and the EventBus."""

    def __init__(self, children: Callable[[], list[ChildInfo]], bus: EventBus) -> None:
        self._children = children
        self._bus = bus

    def collect(self) -> Iterable[Metric]:
        depth = GaugeMetricFamily(
            "synth_actor_mailbox_depth", "Messages waiting in an actor's mailbox.", labels=["actor"]
        )
        restarts = CounterMetricFamily(
            "synth_actor_restarts", "Times the supervisor restarted an actor.", labels=["actor"]
        )
        status = GaugeMetricFamily(
            "synth_actor_status",
            "1 for an actor's current status, 0 for the others.",
            labels=["actor", "status"],
        )
        for child in self._children():
            depth.add_metric([child.name], child.mailbox_size)
            restarts.add_metric([child.name], child.restarts)
            for state in Status:
                status.add_metric([child.name, state.value], float(child.status == state.value))
        yield depth
        yield restarts
        yield status
        yield CounterMetricFamily(
            "synth_event_bus_published", "Events published on the EventBus.", self._bus.published
        )
        yield CounterMetricFamily(
            "synth_event_bus_drops",
            "Subscribers cut off because their buffer was full.",
            self._bus.drops,
        )
        yield GaugeMetricFamily(
            "synth_event_bus_subscribers",
            "Subscriptions open on the EventBus now.",
            self._bus.subscriber_count,
        )


class Throttled(Generic[T]):
    """A reading taken at most once per ``max_age_s``, however often it is asked for.

    For what a client may poll as fast as it likes (``GET /api/about`` reads the RSS from
    ``/proc``): within ``max_age_s`` of a reading, callers get that reading again.
    """

    def __init__(
        self,
        read: Callable[[], T],
        max_age_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._read = read
        self._max_age_s = max_age_s
        self._clock = clock
        self._last: tuple[float, T] | None = None

    def __call__(self) -> T:
        now = self._clock()
        if self._last is None or now - self._last[0] >= self._max_age_s:
            self._last = (now, self._read())
        return self._last[1]


def _seconds(value: object) -> float | None:
    """A duration in seconds (never negative), or None when ``value`` is not a number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return max(float(value), 0.0)
