"""A fast fake Ollama for benchmarks, run as its own process: ``python -m bench.fake_ollama``.

The tests' fake (``tests/fakes/upstreams.py``) yields one NDJSON line per ``yield``, and one
yield is one ASGI send and one HTTP chunk: about 17k lines/s on a 2-core machine, which
would make the fake, not synth, the bottleneck of a direct measurement. This one renders a
reply's lines once, caches them, and sends ``--batch`` lines per yield, so a direct
measurement shows what an upstream at its best delivers.

It answers ``POST /api/chat`` with ``options.num_predict`` tokens (``--tokens`` when unset),
``t0 ``, ``t1 ``, ... then Ollama's ``done`` line; ``/api/version`` and ``/api/tags`` too.
It prints ``Fake Ollama: <url>`` once it listens, and runs until killed.
"""

from __future__ import annotations

import argparse
import functools
import json
import logging
from collections.abc import AsyncIterator, Sequence
from typing import Any

import trio
from hypercorn.config import Config
from hypercorn.trio import serve
from quart import Response, request
from quart_trio import QuartTrio

READY_PREFIX = "Fake Ollama: "
MAX_TOKENS = 1_000_000
CREATED_AT = "2025-01-01T00:00:00.000000Z"
"""A fixed timestamp: Ollama sends one per line, the fake need not compute it."""


def token(index: int) -> str:
    """The ``index``-th token; distinct, so a reordering or a loss would show."""
    return f"t{index} "


def expected_text(count: int) -> str:
    """The whole reply of ``count`` tokens, for checking what a client received."""
    return "".join(token(index) for index in range(count))


def _line(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode() + b"\n"


@functools.lru_cache(maxsize=8)
def rendered(model: str, count: int, batch: int) -> tuple[bytes, ...]:
    """The reply's NDJSON body in chunks of ``batch`` lines, built once per (model, count)."""
    lines = [
        _line(
            {
                "model": model,
                "created_at": CREATED_AT,
                "message": {"role": "assistant", "content": token(index)},
                "done": False,
            }
        )
        for index in range(count)
    ]
    done = {
        "model": model,
        "created_at": CREATED_AT,
        "message": {"role": "assistant", "content": ""},
        "done": True,
        "done_reason": "stop",
        "total_duration": 0,
        "load_duration": 0,
        "prompt_eval_count": 1,
        "prompt_eval_duration": 0,
        "eval_count": count,
        "eval_duration": 0,
    }
    lines.append(_line(done))
    return tuple(b"".join(lines[at : at + batch]) for at in range(0, len(lines), batch))


def _count(body: object, default: int) -> int:
    options = body.get("options") if isinstance(body, dict) else None
    wanted = options.get("num_predict") if isinstance(options, dict) else None
    if isinstance(wanted, int) and not isinstance(wanted, bool) and 0 < wanted <= MAX_TOKENS:
        return wanted
    return default


def create_app(default_tokens: int, batch: int) -> QuartTrio:
    app = QuartTrio("bench.fake_ollama")
    app.config["RESPONSE_TIMEOUT"] = None  # Quart would cut a long stream otherwise

    @app.post("/api/chat")
    async def chat() -> Response:
        body = await request.get_json(silent=True)
        model = body.get("model", "") if isinstance(body, dict) else ""
        chunks = rendered(str(model), _count(body, default_tokens), batch)

        async def stream() -> AsyncIterator[bytes]:
            for chunk in chunks:
                yield chunk

        response = Response(stream(), 200, content_type="application/x-ndjson")
        response.timeout = None
        return response

    @app.get("/api/version")
    async def version() -> dict[str, Any]:
        return {"version": "0.12.3"}

    @app.get("/api/tags")
    async def tags() -> dict[str, Any]:
        return {"models": [{"name": "llama3.2:latest", "model": "llama3.2:latest"}]}

    return app


async def main(default_tokens: int, batch: int) -> None:
    config = Config()
    config.bind = ["127.0.0.1:0"]
    config.accesslog = None
    config.errorlog = logging.getLogger("bench.fake_ollama")
    async with trio.open_nursery() as nursery:
        binds: list[str] = await nursery.start(serve, create_app(default_tokens, batch), config)
        print(f"{READY_PREFIX}{binds[0]}", flush=True)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.fake_ollama", description=__doc__)
    parser.add_argument("--tokens", type=int, default=2000, help="tokens when not asked")
    parser.add_argument("--batch", type=int, default=100, help="NDJSON lines per HTTP chunk")
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = parse_args()
    trio.run(main, arguments.tokens, max(1, arguments.batch))
