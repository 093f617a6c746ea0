"""The Ollama API's JSON objects, built by pure functions.

Strict clients (ollama-python's pydantic models, OllamaKit's Swift decoders) fail on a
missing key, so every documented key is always present: ``""``, ``[]`` or ``null``
rather than left out. Field names, types and framing follow Ollama's own API.
"""

from __future__ import annotations

import hashlib
import json
import time
from datetime import UTC, datetime
from typing import Any, Literal

from synth.actors.chat_turn import TurnDone

FAMILY = "synth"
FORMAT = "synth"
NEVER_EXPIRES = "9999-12-31T23:59:59Z"
"""``expires_at`` of /api/ps: the persona is never unloaded (Ollama's ``keep_alive: -1``)."""
PERSONA_SIZE = 0
"""The persona has no weights of its own; ``size`` stays an integer for strict clients."""
LifecycleReason = Literal["load", "unload"]


def rfc3339(moment: datetime) -> str:
    """UTC with a fraction and ``Z``: the one form every client's parser accepts."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


_second: tuple[int, str] = (-1, "")
"""The last whole second :func:`now` formatted: streamed lines share it, only the fraction
is new on each, so the timestamp of every line costs no ``strftime``."""


def now() -> str:
    """The current time as :func:`rfc3339` gives it, cheap enough for every streamed line."""
    global _second
    seconds, nanos = divmod(time.time_ns(), 1_000_000_000)
    if _second[0] != seconds:
        _second = (seconds, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(seconds)))
    return f"{_second[1]}.{nanos // 1000:06d}Z"


def full_name(name: str) -> str:
    """``synth`` -> ``synth:latest``; clients look models up by their tagged name."""
    base = name.rsplit("/", 1)[-1]
    return name if ":" in base else f"{name}:latest"


def find_model(catalog: list[str], requested: str) -> str | None:
    """The catalog name ``requested`` stands for (tag optional, case ignored), else None."""
    wanted = full_name(requested.strip()).casefold()
    for name in catalog:
        if full_name(name).casefold() == wanted:
            return full_name(name)
    return None


def digest(name: str) -> str:
    """64 hex characters, stable for a name, so clients' caches keyed on it stay valid."""
    return hashlib.sha256(full_name(name).encode()).hexdigest()


def details() -> dict[str, Any]:
    return {
        "parent_model": "",
        "format": FORMAT,
        "family": FAMILY,
        "families": [FAMILY],
        "parameter_size": "",
        "quantization_level": "",
    }


def catalog_entry(name: str, modified_at: str) -> dict[str, Any]:
    """One item of /api/tags."""
    tagged = full_name(name)
    return {
        "name": tagged,
        "model": tagged,
        "modified_at": modified_at,
        "size": PERSONA_SIZE,
        "digest": digest(tagged),
        "details": details(),
    }


def show(name: str, modified_at: str) -> dict[str, Any]:
    """/api/show; ``model_info`` must be present or ollama-python fails to parse."""
    tagged = full_name(name)
    return {
        "modelfile": f"# The Synthetic Heart persona, served as a model.\nFROM {tagged}\n",
        "parameters": "",
        "template": "",
        "license": "",
        "details": details(),
        "model_info": {"general.architecture": FAMILY, "general.basename": tagged},
        "capabilities": ["completion"],
        "modified_at": modified_at,
    }


def ps_entry(name: str) -> dict[str, Any]:
    """One item of /api/ps: the persona is always loaded."""
    tagged = full_name(name)
    return {
        "name": tagged,
        "model": tagged,
        "size": PERSONA_SIZE,
        "digest": digest(tagged),
        "details": details(),
        "expires_at": NEVER_EXPIRES,
        "size_vram": 0,
    }


def nanoseconds(seconds: float) -> int:
    return max(0, round(seconds * 1e9))


def metrics(done: TurnDone) -> dict[str, int]:
    """The final object's counters, from the turn's Trio-clock times.

    ``prompt_eval_duration`` is the wait for the first token, ``eval_duration`` the
    rest; nothing is loaded, so ``load_duration`` is 0.
    """
    first = done.first_token_at if done.first_token_at is not None else done.ended_at
    return {
        "total_duration": nanoseconds(done.ended_at - done.started_at),
        "load_duration": 0,
        "prompt_eval_count": done.prompt_tokens,
        "prompt_eval_duration": nanoseconds(first - done.started_at),
        "eval_count": done.eval_count,
        "eval_duration": nanoseconds(done.ended_at - first),
    }


def chat_chunk(model: str, content: str) -> dict[str, Any]:
    return {
        "model": model,
        "created_at": now(),
        "message": {"role": "assistant", "content": content},
        "done": False,
    }


def chat_final(model: str, done: TurnDone, content: str = "") -> dict[str, Any]:
    """The last streamed object (``content`` empty) or the whole ``stream: false`` reply."""
    return {
        "model": model,
        "created_at": now(),
        "message": {"role": "assistant", "content": content},
        "done": True,
        "done_reason": "stop",
        **metrics(done),
    }


def generate_chunk(model: str, response: str) -> dict[str, Any]:
    return {"model": model, "created_at": now(), "response": response, "done": False}


def generate_final(model: str, done: TurnDone, response: str = "") -> dict[str, Any]:
    return {
        "model": model,
        "created_at": now(),
        "response": response,
        "done": True,
        "done_reason": "stop",
        "context": [],
        **metrics(done),
    }


def chat_lifecycle(model: str, reason: LifecycleReason) -> dict[str, Any]:
    """Answer to empty ``messages``: Ollama's load (or, with ``keep_alive: 0``, unload) idiom."""
    return {
        "model": model,
        "created_at": now(),
        "message": {"role": "assistant", "content": ""},
        "done": True,
        "done_reason": reason,
    }


def generate_lifecycle(model: str, reason: LifecycleReason) -> dict[str, Any]:
    """Answer to an empty ``prompt``, as for :func:`chat_lifecycle`."""
    return {
        "model": model,
        "created_at": now(),
        "response": "",
        "done": True,
        "done_reason": reason,
    }


def line(payload: dict[str, Any]) -> bytes:
    """One NDJSON line: compact, ``\\n``-terminated (a JSON string never holds a raw newline)."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


def error_line(message: str) -> bytes:
    """The last line of a stream that failed after it began; ollama-python raises on it."""
    return line({"error": message})
