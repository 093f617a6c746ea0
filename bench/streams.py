"""Timing one streamed reply as a client sees it, and summarising repeated timings.

The clock starts just before the request is sent and stops at each token's line, so
time to first token and tokens per second include everything a real client waits for:
connection reuse, the server's work before streaming, and the transport. The response
is always read to its end, so a server that sends tokens fast but finishes slowly is
not flattered.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any

import httpx


class StreamFailed(Exception):
    """The reply was not what was asked for: an error status, an error line, lost tokens."""


@dataclass(frozen=True)
class Sample:
    """One streamed reply: how many tokens it carried in how many lines, and when the first
    and the last token arrived (seconds after the request was sent)."""

    tokens: int
    lines: int
    first_s: float
    last_s: float

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.last_s

    @property
    def ttft_ms(self) -> float:
        return self.first_s * 1000

    @property
    def streaming_tokens_per_s(self) -> float:
        """The rate once the first token is out: the per-token cost, without the start."""
        return (self.tokens - 1) / (self.last_s - self.first_s) if self.last_s > self.first_s else 0


@dataclass(frozen=True)
class Summary:
    """Medians over repeated samples (with the spread, to show how noisy they were)."""

    runs: int
    lines: float
    """Median NDJSON lines with text per reply."""
    tokens_per_s: float
    tokens_per_s_min: float
    tokens_per_s_max: float
    ttft_ms: float
    ttft_ms_min: float
    ttft_ms_max: float
    streaming_tokens_per_s: float

    @classmethod
    def of(cls, samples: Sequence[Sample]) -> Summary:
        rates = [sample.tokens_per_s for sample in samples]
        ttfts = [sample.ttft_ms for sample in samples]
        return cls(
            len(samples),
            statistics.median(sample.lines for sample in samples),
            statistics.median(rates),
            min(rates),
            max(rates),
            statistics.median(ttfts),
            min(ttfts),
            max(ttfts),
            statistics.median(sample.streaming_tokens_per_s for sample in samples),
        )


def ollama_chat_content(line: str) -> str:
    """The token text of one Ollama ``/api/chat`` NDJSON line (``""`` for the done line)."""
    chunk: dict[str, Any] = json.loads(line)
    if "error" in chunk:
        raise StreamFailed(f"error line: {chunk['error']}")
    message = chunk.get("message")
    content = message.get("content") if isinstance(message, dict) else None
    return content if isinstance(content, str) else ""


async def time_ndjson_stream(
    client: httpx.AsyncClient,
    url: str,
    payload: dict[str, Any],
    content: Callable[[str], str],
    expected: str,
    tokens: int,
) -> Sample:
    """POST ``payload`` and read the NDJSON reply to its end; ``content`` extracts a line's
    token text, and the texts joined must equal ``expected``, which is ``tokens`` tokens.

    Tokens are counted from ``expected``, not from the lines: a server may carry several
    tokens in one line (Ollama clients concatenate ``content``), and that must neither
    inflate nor deflate its rate. The last token is the end of the last line with text.
    """
    parts: list[str] = []
    first = last = 0.0
    start = time.perf_counter()
    async with client.stream("POST", url, json=payload) as response:
        if response.status_code != 200:
            body = await response.aread()
            raise StreamFailed(f"HTTP {response.status_code} from {url}: {body[:300]!r}")
        async with aclosing(response.aiter_lines()) as lines:  # type: ignore[type-var]
            async for line in lines:
                if not line:
                    continue
                text = content(line)
                if text:
                    last = time.perf_counter()
                    if not parts:
                        first = last
                    parts.append(text)
    if "".join(parts) != expected:
        raise StreamFailed(f"{url} sent {len(parts)} lines that do not join to the reply")
    return Sample(tokens, len(parts), first - start, last - start)
