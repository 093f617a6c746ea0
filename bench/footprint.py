"""Footprint: start-up time, idle memory, and memory after 10,000 chat turns.

Each start is ``synth serve`` with a fresh data dir (so the first-start work, the
database's creation and migrations, is included). Time to ready is measured from just
before the spawn to the "ready" URL lines on stdout, and to the first ``GET /api/about``
answered 200. RSS is ``VmRSS`` from ``/proc/<pid>/status``. The last start then takes
chat turns from a load process (:mod:`bench.loadgen` ``chat``: Ollama ``POST /api/chat``,
``stream: false``, echo engine), and its RSS after the warm-up turns is compared with
its RSS after all of them: what a long life adds.
"""

from __future__ import annotations

import http.client
import statistics
import time
from urllib.parse import urlsplit

from bench import Options
from bench.processes import Child, load, synth_server
from bench.report import Check, Section
from bench.stats import mb, rss_bytes

TITLE = "Footprint: start-up, idle memory, memory after 10,000 chat turns"
STARTS, QUICK_STARTS = 5, 3
TURNS, WARM_TURNS = 10_000, 1_000
QUICK_TURNS, QUICK_WARM_TURNS = 2_000, 500
CONCURRENCY = 4
MAX_TURNS_S = 150.0
IDLE_SETTLE_S = 2.0
"""How long synth sits idle after ready before its RSS is read."""
MAX_IDLE_RSS = 80e6
MAX_READY_S = 1.5
MAX_GROWTH = 0.10


def first_about(child: Child, deadline_s: float = 10.0) -> float:
    """``time.perf_counter()`` when ``GET /api/about`` first answered 200."""
    parts = urlsplit(child.urls["WebUI"])
    assert parts.hostname is not None and parts.port is not None
    give_up = time.perf_counter() + deadline_s
    while True:
        try:
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=5)
            try:
                connection.request("GET", "/api/about")
                response = connection.getresponse()
                response.read()
                if response.status == 200:
                    return time.perf_counter()
            finally:
                connection.close()
        except OSError:
            pass
        if time.perf_counter() > give_up:
            raise RuntimeError("synth never answered GET /api/about")
        time.sleep(0.01)


def chat_turns(child: Child, turns: int) -> tuple[int, float, dict[str, float], int]:
    """Drive ``turns`` turns; (turns done, seconds, latency summary, errors)."""
    args = ["chat", "--url", child.urls["Ollama"], "--turns", str(turns)]
    args += ["--concurrency", str(CONCURRENCY), "--max-seconds", str(MAX_TURNS_S)]
    result = load(args, timeout_s=MAX_TURNS_S + 60)
    errors = sum(result["errors"].values())
    return int(result["turns"]), float(result["seconds"]), result["latency"], errors


def run(options: Options) -> Section:
    starts = QUICK_STARTS if options.quick else STARTS
    turns, warm_turns = (QUICK_TURNS, QUICK_WARM_TURNS) if options.quick else (TURNS, WARM_TURNS)
    ready: list[float] = []
    about: list[float] = []
    idle: list[int] = []

    def started(synth: Child) -> None:
        ready.append(synth.ready_at - synth.spawned_at)
        about.append(first_about(synth) - synth.spawned_at)
        time.sleep(IDLE_SETTLE_S)
        idle.append(rss_bytes(synth.pid))

    for _ in range(starts - 1):
        with synth_server() as synth:
            started(synth)
    with synth_server() as synth:
        started(synth)
        done_warm, _, _, warm_errors = chat_turns(synth, warm_turns)
        time.sleep(1)
        rss_warm = rss_bytes(synth.pid)
        done_rest, rest_s, latency, rest_errors = chat_turns(synth, turns - warm_turns)
        time.sleep(1)
        rss_after = rss_bytes(synth.pid)
    done, errors = done_warm + done_rest, warm_errors + rest_errors
    growth = rss_after / rss_warm - 1
    ready_s, about_s, idle_rss = (
        statistics.median(ready),
        statistics.median(about),
        statistics.median(idle),
    )
    method = "\n".join(
        (
            f"- {starts} starts of `synth serve`, each with a fresh data dir; medians. Ready: "
            "spawn to the URL lines on stdout; first answer: spawn to the first `GET "
            f"/api/about` answered 200. Idle RSS: `VmRSS` {IDLE_SETTLE_S:g} s after ready "
            "(MB = 10^6 bytes).",
            f"- Turns: the last start answers {turns:,} Ollama `POST /api/chat` turns "
            f"(`stream: false`, echo engine, {CONCURRENCY} keep-alive clients in a load "
            f"process, at most {MAX_TURNS_S:g} s per batch); RSS 1 s after the first "
            f"{warm_turns:,} (warm) and 1 s after all.",
        )
    )
    rows: list[tuple[str, ...]] = [
        ("spawn to ready line, s", f"**{ready_s:.2f}**", _all(ready, "{:.2f}")),
        ("spawn to first /api/about 200, s", f"**{about_s:.2f}**", _all(about, "{:.2f}")),
        ("idle RSS, MB", f"**{mb(idle_rss)}**", _all([i / 1e6 for i in idle], "{:.1f}")),
        (f"RSS after {done_warm:,} turns, MB", mb(rss_warm), "-"),
        (f"RSS after {done:,} turns, MB", mb(rss_after), f"{growth:+.1%}"),
        ("turns/s (after warm-up)", f"{done_rest / rest_s:,.0f}" if rest_s else "-", "-"),
        (
            "turn latency p50 / p99, ms",
            f"{latency['p50_ms']:.1f} / {latency['p99_ms']:.1f}",
            f"errors: {errors}",
        ),
    ]
    growth_measured = f"{growth:+.1%} ({mb(rss_warm)} -> {mb(rss_after)} MB, {done:,} turns)"
    return Section(
        TITLE,
        method,
        ("measurement", "median / value", "each start / note"),
        rows,
        [
            Check(
                "idle RSS",
                f"{mb(idle_rss)} MB",
                f"≤ {MAX_IDLE_RSS / 1e6:g} MB",
                idle_rss <= MAX_IDLE_RSS,
            ),
            Check(
                "start to ready", f"{about_s:.2f} s", f"≤ {MAX_READY_S:g} s", about_s <= MAX_READY_S
            ),
            Check(
                f"RSS growth, {warm_turns:,} -> {turns:,} turns",
                growth_measured,
                f"≤ +{MAX_GROWTH:.0%}, all turns, 0 errors",
                growth <= MAX_GROWTH and done == turns and errors == 0,
            ),
            Check("spawn to ready line", f"{ready_s:.2f} s", None, True),
        ],
    )


def _all(values: list[float] | list[int], form: str) -> str:
    return ", ".join(form.format(value) for value in values)
