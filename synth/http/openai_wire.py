"""OpenAI's chat-completion JSON objects and SSE framing, built by pure functions.

The streamed shape follows current OpenAI (and Ollama 0.32.6+): the first chunk carries
the role, later ones only content, a separate chunk carries ``finish_reason``, an
optional usage chunk has no choices, and ``data: [DONE]`` ends the stream.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

from synth.actors.chat_turn import TurnDone

FINGERPRINT = "fp_synth"
OWNER = "library"
DONE_EVENT = b"data: [DONE]\n\n"


def completion_id() -> str:
    return "chatcmpl-" + secrets.token_hex(12)


def owner(name: str) -> str:
    """``owned_by``: a name's namespace (``user/m:tag`` -> ``user``), else Ollama's ``library``."""
    namespace, slash, _ = name.rpartition("/")
    return namespace if slash and namespace else OWNER


def model_entry(name: str, created: int) -> dict[str, Any]:
    return {"id": name, "object": "model", "created": created, "owned_by": owner(name)}


def model_list(names: list[str], created: int) -> dict[str, Any]:
    """``data`` is ``[]`` when empty: Ollama's ``null`` trips up OpenAI clients."""
    return {"object": "list", "data": [model_entry(name, created) for name in names]}


def usage(done: TurnDone) -> dict[str, int]:
    return {
        "prompt_tokens": done.prompt_tokens,
        "completion_tokens": done.eval_count,
        "total_tokens": done.prompt_tokens + done.eval_count,
    }


def completion(
    completion_id: str, created: int, model: str, content: str, done: TurnDone
) -> dict[str, Any]:
    """The whole ``stream: false`` reply; ``usage`` is always present."""
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": created,
        "model": model,
        "system_fingerprint": FINGERPRINT,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": usage(done),
    }


def chunk(
    completion_id: str,
    created: int,
    model: str,
    delta: dict[str, str],
    finish_reason: str | None = None,
) -> dict[str, Any]:
    return {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "system_fingerprint": FINGERPRINT,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
    }


def usage_chunk(completion_id: str, created: int, model: str, done: TurnDone) -> dict[str, Any]:
    """Sent before ``[DONE]`` when the client asked for ``stream_options.include_usage``."""
    return {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": created,
        "model": model,
        "system_fingerprint": FINGERPRINT,
        "choices": [],
        "usage": usage(done),
    }


def error_object(status: int, code: str, message: str) -> dict[str, Any]:
    """OpenAI's error shape, as ``synth.http.errors`` gives it on ``/v1`` paths."""
    kind = {400: "invalid_request_error", 404: "not_found_error"}.get(status, "api_error")
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def event(payload: dict[str, Any]) -> bytes:
    """One SSE event: ``data: <compact json>`` and a blank line."""
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return f"data: {body}\n\n".encode()
