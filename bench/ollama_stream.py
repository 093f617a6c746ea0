"""Streaming 2,000 tokens through synth's Ollama listener versus straight from the upstream.

Three processes: this one (the client), a fast fake Ollama (:mod:`bench.fake_ollama`) and
``synth serve`` with its ollama engine pointed at the fake. The same httpx client streams
``POST /api/chat`` from the fake directly and from synth (which in turn streams it from
the fake), alternating the two so drift on a noisy machine hits both alike. The targets
say what synth may cost a client: at least 70 % of the upstream's tokens per second, and
at most 5 ms more to the first token.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import httpx
import trio

from bench import Options
from bench.fake_ollama import expected_text
from bench.processes import Child, fake_ollama, synth_server
from bench.profiling import cpu_seconds, sampling
from bench.report import Check, Section
from bench.streams import Sample, Summary, ollama_chat_content, time_ndjson_stream

TITLE = "Ollama streaming: synth versus direct"
TOKENS = 2000
FAKE_BATCH = 100
"""NDJSON lines per chunk from the fake: enough that the fake is never the bottleneck."""
UPSTREAM_MODEL = "llama3.2"
PERSONA_MODEL = "synth"
MIN_RATE_RATIO = 0.70
MAX_ADDED_TTFT_MS = 5.0
PROFILE_RUNS = 25
SETTLE_S = 0.05
"""A pause before each measured run, so one run's aftermath (the server logging, the
database writing) does not land in the next run's numbers."""
REQUEST_TIMEOUT_S = 30.0
BUDGET_S = 90.0
"""The whole measurement, warm-ups and profiling included, fails past this."""


@dataclass
class Route:
    """One way to the tokens: where to send the request, and the samples gathered."""

    name: str
    url: str
    model: str
    server: Child
    samples: list[Sample]
    server_cpu_s: float = 0.0
    client_cpu_s: float = 0.0
    wall_s: float = 0.0

    def payload(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "messages": [{"role": "user", "content": f"Count to {TOKENS}."}],
            "stream": True,
            "options": {"num_predict": TOKENS},
        }

    async def once(self, client: httpx.AsyncClient) -> Sample:
        with trio.fail_after(REQUEST_TIMEOUT_S):
            return await time_ndjson_stream(
                client,
                self.url,
                self.payload(),
                ollama_chat_content,
                expected_text(TOKENS),
                TOKENS,
            )

    async def measured(self, client: httpx.AsyncClient) -> None:
        """One measured run, with the CPU its server and this client spent on it."""
        await trio.sleep(SETTLE_S)
        server_cpu, client_cpu = cpu_seconds(self.server.pid), time.process_time()
        wall = time.perf_counter()
        self.samples.append(await self.once(client))
        self.wall_s += time.perf_counter() - wall
        self.client_cpu_s += time.process_time() - client_cpu
        self.server_cpu_s += cpu_seconds(self.server.pid) - server_cpu

    def busy(self, cpu_s: float) -> str:
        """How much of one core a process used while streaming (100 %: CPU-bound)."""
        return f"{cpu_s / self.wall_s:.0%}" if self.wall_s else "-"


async def _post(client: httpx.AsyncClient, url: str, body: dict[str, Any]) -> None:
    response = await client.post(url, json=body)
    if response.status_code != 200:
        raise RuntimeError(f"POST {url} answered {response.status_code}: {response.text}")


async def use_fake(client: httpx.AsyncClient, webui: str, fake_url: str) -> None:
    """Switch synth's cortex to its ollama engine, pointed at the fake, as a user would."""
    await _post(client, f"{webui}/api/config", {"key": "cortex.ollama.url", "value": fake_url})
    await _post(
        client, f"{webui}/api/config", {"key": "cortex.ollama.model", "value": UPSTREAM_MODEL}
    )
    await _post(client, f"{webui}/api/components/cortex", {"name": "ollama"})


async def measure(direct: Route, synth: Route, options: Options) -> None:
    webui = synth.server.urls["WebUI"]
    with trio.fail_after(BUDGET_S):
        async with httpx.AsyncClient(timeout=REQUEST_TIMEOUT_S) as client:
            await use_fake(client, webui, direct.server.urls["fake"])
            for _ in range(options.warmup):
                await direct.once(client)
                await synth.once(client)
            for _ in range(options.runs):
                await direct.measured(client)
                await synth.measured(client)
            if options.profile is not None:
                with sampling(synth.server.pid, options.profile):
                    for _ in range(PROFILE_RUNS):
                        await synth.once(client)


def _row(route: Route) -> tuple[str, ...]:
    summary = Summary.of(route.samples)
    return (
        route.name,
        f"{summary.lines:,.0f}",
        f"**{summary.tokens_per_s:,.0f}** ({summary.tokens_per_s_min:,.0f}-"
        f"{summary.tokens_per_s_max:,.0f})",
        f"**{summary.ttft_ms:.2f}** ({summary.ttft_ms_min:.2f}-{summary.ttft_ms_max:.2f})",
        f"{summary.streaming_tokens_per_s:,.0f}",
        route.busy(route.server_cpu_s),
        route.busy(route.client_cpu_s),
    )


def section(direct: Route, synth: Route, options: Options) -> Section:
    direct_summary, synth_summary = Summary.of(direct.samples), Summary.of(synth.samples)
    ratio = synth_summary.tokens_per_s / direct_summary.tokens_per_s
    added = synth_summary.ttft_ms - direct_summary.ttft_ms
    method = "\n".join(
        (
            f"- {TOKENS:,} tokens per reply: `POST /api/chat`, `stream: true`, read with httpx "
            "`aiter_lines` to the end of each response. One client process, one `AsyncClient`.",
            "- *direct*: from the fake Ollama (its own process, "
            f"{FAKE_BATCH} NDJSON lines per HTTP chunk). *synth*: from `synth serve` (its own "
            "process, a fresh data dir), whose ollama engine streams from the same fake.",
            f"- {options.warmup} warm-up run(s), then {options.runs} measured runs per path, "
            "alternating; medians, with min-max.",
            "- tokens/s: tokens received / time from sending the request to the last token. "
            "TTFT: time from sending the request to the first token. Tokens/s after the first: "
            "the rate from the first token to the last (the per-token cost without the start).",
            "- lines per reply: NDJSON lines with text; a server may carry several tokens per "
            "line, so tokens are counted from the reply's text, which must match exactly.",
            "- server / client CPU: CPU time of that process / wall time of the runs "
            "(100 % = one core busy); the server is the fake for *direct*, synth for *synth*.",
        )
    )
    return Section(
        TITLE,
        method,
        (
            "path",
            "lines per reply",
            "tokens/s (min-max)",
            "TTFT ms (min-max)",
            "tokens/s after the first",
            "server CPU",
            "client CPU",
        ),
        [_row(direct), _row(synth)],
        [
            Check(
                "synth tokens/s ÷ direct",
                f"{ratio:.2f}",
                f"≥ {MIN_RATE_RATIO:.2f}",
                ratio >= MIN_RATE_RATIO,
            ),
            Check(
                "synth TTFT - direct",
                f"{added:+.2f} ms",
                f"≤ +{MAX_ADDED_TTFT_MS:g} ms",
                added <= MAX_ADDED_TTFT_MS,
            ),
        ],
    )


def run(options: Options) -> Section:
    with fake_ollama(FAKE_BATCH) as fake, synth_server() as server:
        direct = Route("direct", f"{fake.urls['fake']}/api/chat", UPSTREAM_MODEL, fake, [])
        synth = Route("synth", f"{server.urls['Ollama']}/api/chat", PERSONA_MODEL, server, [])
        trio.run(measure, direct, synth, options)
    return section(direct, synth, options)
