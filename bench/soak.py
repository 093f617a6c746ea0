"""Soak: mixed traffic against one ``synth serve`` for a while (``python -m bench --soak S``).

One synth process (fresh data dir, echo engine) and one load process (:mod:`bench.loadgen`
``soak``) that, for the whole duration and without pauses, runs HTTP clients (``GET
/api/about``, ``POST /api/emotion_state``, ``GET /api/config`` in turn), ``/ws`` clients
(each its own session, a chat turn and its reply, then the next) and Ollama clients
(``POST /api/chat`` streamed, read to the end), and samples synth's RSS and CPU. What
counts: errors (by kind, from the clients, and ERROR lines in synth's log), that synth
still answers at the end, and whether its memory levels off.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from bench.footprint import first_about
from bench.processes import Child, load, synth_server
from bench.report import Check, Section, table
from bench.stats import mb

TITLE = "Soak: mixed HTTP, WebSocket and Ollama traffic"
HTTP_WORKERS, WS_CLIENTS, OLLAMA_WORKERS = 3, 3, 2
MAX_GROWTH = 0.10
SHOWN_SAMPLES = 13
"""Rows of the RSS table; every sample is also listed on one line."""


def log_problems(child: Child) -> Counter[str]:
    """ERROR and CRITICAL lines (and tracebacks) in synth's log, by logger and message start."""
    problems: Counter[str] = Counter()
    if child.log is None or not child.log.exists():
        return problems
    for line in child.log.read_text(encoding="utf-8", errors="replace").splitlines():
        # "date time LEVEL logger: message"
        parts = line.split(" ", 3)
        if len(parts) == 4 and parts[2] in ("ERROR", "CRITICAL"):
            problems[f"{parts[2]} {parts[3][:80]}"] += 1
        elif line.startswith("Traceback"):
            problems["traceback"] += 1
    return problems


def answers(child: Child) -> bool:
    try:
        first_about(child, deadline_s=5)
    except RuntimeError:
        return False
    return True


def run_soak(duration: float, sample_s: float | None = None) -> Section:
    every = sample_s or max(5.0, duration / 60)
    with synth_server() as synth:
        args = ["soak", "--webui", synth.urls["WebUI"], "--ollama", synth.urls["Ollama"]]
        args += ["--pid", str(synth.pid), "--duration", str(duration), "--sample", str(every)]
        args += ["--http-workers", str(HTTP_WORKERS), "--ws-clients", str(WS_CLIENTS)]
        args += ["--ollama-workers", str(OLLAMA_WORKERS)]
        result = load(args, timeout_s=duration + 240)
        alive = synth.proc.poll() is None and answers(synth)
        problems = log_problems(synth)
    return section(result, duration, every, alive, problems)


def _warm_index(samples: list[dict[str, Any]], duration: float) -> int:
    """The first sample a tenth of the way in (at least 30 s): the baseline for growth."""
    for index, sample in enumerate(samples):
        if sample["t"] >= max(30.0, duration / 10):
            return index
    return 0


def section(
    result: dict[str, Any], duration: float, every: float, alive: bool, problems: Counter[str]
) -> Section:
    seconds = float(result["seconds"])
    ok: dict[str, int] = result["ok"]
    errors: dict[str, int] = result["errors"]
    latency: dict[str, dict[str, float]] = result["latency"]
    samples: list[dict[str, Any]] = result["samples"]
    rows = [
        (
            kind,
            f"{count:,}",
            f"{count / seconds:,.1f}",
            f"{latency[kind]['p50_ms']:.1f}",
            f"{latency[kind]['p99_ms']:.1f}",
            f"{latency[kind]['max_ms']:.1f}",
            str(sum(n for name, n in errors.items() if name.startswith(f"{kind}:"))),
        )
        for kind, count in sorted(ok.items())
    ]
    warm = _warm_index(samples, duration)
    rss_warm, rss_end = samples[warm]["rss"], samples[-1]["rss"]
    rss_max = max(sample["rss"] for sample in samples)
    growth = rss_end / rss_warm - 1 if rss_warm else 0.0
    step = max(1, -(-len(samples) // SHOWN_SAMPLES))
    shown = samples[::step] if samples[-1] in samples[::step] else [*samples[::step], samples[-1]]
    rss_table = table(
        ("t s", "RSS MB", "synth CPU (since the last sample)"),
        [(f"{s['t']:.0f}", mb(s["rss"]), f"{s['cpu']:.0%}" if s["t"] else "-") for s in shown],
    )
    error_table = table(
        ("client error", "count"),
        [(kind, str(n)) for kind, n in Counter(errors).most_common()] or [("none", "0")],
    )
    log_table = table(
        ("synth log: ERROR/CRITICAL lines", "count"),
        [(k.replace("|", "/"), str(n)) for k, n in problems.most_common(10)] or [("none", "0")],
    )
    every_sample = ", ".join(mb(s["rss"]) for s in samples)
    notes = "\n\n".join(
        (
            error_table,
            log_table,
            f"RSS over time (sampled every {every:g} s; {len(shown)} of {len(samples)} "
            "samples shown):",
            rss_table,
            f"Every sample, MB: {every_sample}.",
        )
    )
    method = "\n".join(
        (
            f"- {duration:g} s against one `synth serve` (fresh data dir, echo engine), from "
            f"one load process with no pauses: {HTTP_WORKERS} HTTP clients (keep-alive; "
            "`GET /api/about`, `POST /api/emotion_state`, `GET /api/config` in turn), "
            f"{WS_CLIENTS} `/ws` clients (own sessions; a chat turn with a `[happy]` tag, "
            f"its reply, the next), {OLLAMA_WORKERS} Ollama clients (`POST /api/chat` streamed, "
            "read to the end).",
            "- Errors: a non-200 reply, a failed or timed-out request (30 s HTTP, 60 s turns), "
            "an error frame or a closed socket (the client reconnects), an Ollama stream not "
            "ending in `done`; and ERROR lines in synth's log.",
            f"- RSS growth: from the first sample at least {max(30.0, duration / 10):g} s in "
            f"({mb(rss_warm)} MB at {samples[warm]['t']:g} s) to the last.",
        )
    )
    total_errors = sum(errors.values())
    log_errors = sum(problems.values())
    return Section(
        TITLE,
        method,
        ("traffic", "ok", "per s", "p50 ms", "p99 ms", "max ms", "errors"),
        rows,
        [
            Check("client errors", str(total_errors), "0", total_errors == 0),
            Check("ERROR lines in synth's log", str(log_errors), "0", log_errors == 0),
            Check("synth alive and answering at the end", "yes" if alive else "no", "yes", alive),
            Check(
                "RSS growth after warm-up",
                f"{growth:+.1%} ({mb(rss_warm)} -> {mb(rss_end)} MB)",
                f"≤ +{MAX_GROWTH:.0%}",
                growth <= MAX_GROWTH,
            ),
            Check("RSS max", f"{mb(rss_max)} MB", None, True),
            Check("requests and turns", f"{sum(ok.values()):,} in {seconds:.0f} s", None, True),
        ],
        notes,
    )
