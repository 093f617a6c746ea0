"""WebSocket fan-out: one ``animation`` event to 200 connected ``/ws`` clients.

``synth serve`` in its own process; one load process (:mod:`bench.loadgen` ``ws-fanout``)
holds every client (trio-websocket, each said hello and read its greeting) and sends the
``POST /api/animation_state`` that causes each event, so a delivery's latency is measured
on one clock: from just before the POST is sent to that client's receipt of the matching
frame. The next event waits until every client got this one (or a timeout), so none is
coalesced away.
"""

from __future__ import annotations

from bench import Options
from bench.loadgen import CONNECT_CONCURRENCY
from bench.processes import load, synth_server
from bench.report import Check, Section
from bench.stats import percentile

TITLE = "WebSocket fan-out: one animation event to 200 clients"
CLIENTS = 200
ROUNDS, QUICK_ROUNDS = 20, 5
MAX_P99_MS = 50.0
EVENT_TIMEOUT_S = 5.0


def run(options: Options) -> Section:
    rounds = QUICK_ROUNDS if options.quick else ROUNDS
    with synth_server() as synth:
        args = ["ws-fanout", "--webui", synth.urls["WebUI"], "--pid", str(synth.pid)]
        args += ["--clients", str(CLIENTS), "--rounds", str(rounds)]
        args += ["--event-timeout", str(EVENT_TIMEOUT_S)]
        result = load(args, timeout_s=120 + rounds * 2 * EVENT_TIMEOUT_S)
    latencies: list[float] = result["latencies_ms"]
    posts: list[float] = result["post_ms"]
    events, lost = int(result["events"]), int(result["lost"])
    p50, p99 = percentile(latencies, 50), percentile(latencies, 99)
    method = "\n".join(
        (
            f"- {CLIENTS} `/ws` clients in one load process (trio-websocket; hello, then the "
            f"greeting read; connected {CONNECT_CONCURRENCY} at a time). {rounds} rounds of two "
            "events: "
            '`POST /api/animation_state` `{"state": "think"}`, then `"idle"` (base state, no '
            "context), from a keep-alive connection of the same process.",
            "- Delivery latency: from just before the POST is sent to a client's receipt of the "
            "`animation` frame with that state (`time.perf_counter`, one process); p50/p99 over "
            "every delivery. The POST's own reply time is shown beside it. Once every client "
            "is connected the load process freezes its own collector (`gc.freeze()`), so that "
            "a collection of 200 clients' objects there is not counted as synth's latency.",
            "- Lost: deliveries missing when an event's "
            f"{EVENT_TIMEOUT_S:g} s timeout ended it. CPU: share of a core during the events.",
        )
    )
    return Section(
        TITLE,
        method,
        (
            "clients",
            "events",
            "deliveries",
            "lost",
            "p50 ms",
            "p99 ms",
            "max ms",
            "POST reply p50 ms",
            "connect all s",
            "synth CPU",
            "load CPU",
        ),
        [
            (
                str(result["clients"]),
                str(events),
                f"{len(latencies):,}",
                str(lost),
                f"**{p50:.1f}**",
                f"**{p99:.1f}**",
                f"{max(latencies, default=0):.1f}",
                f"{percentile(posts, 50):.1f}",
                f"{result['connect_s']:.2f}",
                f"{result['server_cpu']:.0%}",
                f"{result['client_cpu']:.0%}",
            )
        ],
        [
            Check("delivery p99", f"{p99:.1f} ms", f"≤ {MAX_P99_MS:g} ms", p99 <= MAX_P99_MS),
            Check("deliveries lost", str(lost), "0", lost == 0),
            Check("delivery p50", f"{p50:.1f} ms", None, True),
        ],
    )
