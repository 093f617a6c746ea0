"""HTTP: ``GET /api/about`` through synth's real listener versus a bare Quart-Trio hello-world.

Three processes besides this one: ``synth serve``, the hello-world
(:mod:`bench.hello_server`, the same Quart-Trio and Hypercorn with nothing of synth), and,
for each measurement, a load process (:mod:`bench.loadgen` ``http``) holding N keep-alive
connections that send one request after the other for a fixed time. The same load
generator, with the same request bytes, drives both servers, alternately.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bench import Options
from bench.processes import Child, hello_server, load, synth_server
from bench.profiling import cpu_seconds
from bench.report import Check, Section
from bench.stats import percentile

TITLE = "HTTP: GET /api/about versus a Quart-Trio hello-world"
MIN_RATIO = 0.8
CONNECTIONS = 10
ROUNDS, DURATION_S, WARMUP_S = 2, 5.0, 1.0
QUICK_ROUNDS, QUICK_DURATION_S = 1, 2.0


@dataclass
class Target:
    """One server under load, and what the rounds against it gave."""

    name: str
    url: str
    server: Child
    requests: int = 0
    seconds: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    errors: int = 0
    server_cpu_s: float = 0.0
    load_cpu: list[float] = field(default_factory=list)

    def add(self, result: dict[str, Any], server_cpu_s: float) -> None:
        self.requests += int(result["requests"])
        self.seconds += float(result["seconds"])
        self.latencies_ms.extend(result["latencies_ms"])
        self.errors += sum(result["errors"].values())
        self.server_cpu_s += server_cpu_s
        self.load_cpu.append(result["cpu_s"] / result["wall_s"])

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def row(self) -> tuple[str, ...]:
        return (
            self.name,
            f"{self.requests:,}",
            f"**{self.rate:,.0f}**",
            f"{percentile(self.latencies_ms, 50):.2f}",
            f"{percentile(self.latencies_ms, 99):.2f}",
            str(self.errors),
            f"{self.server_cpu_s / self.seconds:.0%}" if self.seconds else "-",
            f"{max(self.load_cpu, default=0):.0%}",
        )


def run(options: Options) -> Section:
    rounds, duration = (QUICK_ROUNDS, QUICK_DURATION_S) if options.quick else (ROUNDS, DURATION_S)
    with hello_server() as hello, synth_server() as synth:
        targets = [
            Target("hello-world", f"{hello.urls['hello']}/api/about", hello),
            Target("synth", f"{synth.urls['WebUI']}/api/about", synth),
        ]
        for _ in range(rounds):
            for target in targets:
                args = ["http", "--url", target.url, "--connections", str(CONNECTIONS)]
                args += ["--duration", str(duration), "--warmup", str(WARMUP_S)]
                before = cpu_seconds(target.server.pid)
                result = load(args, timeout_s=duration + WARMUP_S + 60)
                # The server's CPU over the whole load run, warm-up included.
                used = cpu_seconds(target.server.pid) - before
                target.add(result, used * duration / result["wall_s"])
    return section(targets, rounds, duration)


def section(targets: list[Target], rounds: int, duration: float) -> Section:
    hello, synth = targets
    ratio = synth.rate / hello.rate if hello.rate else 0.0
    method = "\n".join(
        (
            f"- Load process: {CONNECTIONS} keep-alive connections (raw sockets, "
            "`bench/rawhttp.py`), each sending the next `GET /api/about` when the last reply "
            f"is read; {WARMUP_S:g} s warm-up, then {duration:g} s counted; {rounds} round(s) "
            "per server, alternating. Latency: request sent to reply read, in the load process.",
            "- *hello-world*: `python -m bench.hello_server`, a Quart-Trio route returning "
            '`{"hello": "world"}` on Hypercorn (access log off). *synth*: `synth serve` '
            "(fresh data dir, echo engine), whose `/api/about` asks two actors and reads the RSS.",
            "- server CPU: that server's CPU time / wall time (100 % = one core); load CPU: the "
            "load process's, the busiest round.",
        )
    )
    return Section(
        TITLE,
        method,
        ("server", "requests", "req/s", "p50 ms", "p99 ms", "errors", "server CPU", "load CPU"),
        [hello.row(), synth.row()],
        [
            Check("req/s ÷ hello-world", f"{ratio:.2f}", f"≥ {MIN_RATIO:.2f}", ratio >= MIN_RATIO),
            Check("errors", str(synth.errors), "0", synth.errors == 0),
            Check("synth req/s", f"{synth.rate:,.0f}", None, True),
            Check("synth p50 / p99", _latency(synth), None, True),
            Check("hello-world req/s", f"{hello.rate:,.0f}", None, True),
            Check("hello-world p50 / p99", _latency(hello), None, True),
        ],
    )


def _latency(target: Target) -> str:
    p50, p99 = percentile(target.latencies_ms, 50), percentile(target.latencies_ms, 99)
    return f"{p50:.2f} / {p99:.2f} ms"
