"""Ollama and OpenAI request bodies, checked and read into one :class:`TurnRequest`.

Everything a client can get wrong is refused here with a 400 (or 413) before a turn
runs, so a bad request never reaches the chat chain and never turns into a 500.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from synth.cortex.base import ChatMessage, last_user_text
from synth.errors import BadRequest, TooLarge
from synth.http import validate
from synth.http.ollama_wire import LifecycleReason

CONVERSATION_HEADER = "X-Synth-Conversation"
CONVERSATION = re.compile(r"[A-Za-z0-9_-]{1,64}")
ROLES = frozenset({"system", "user", "assistant", "tool"})
OPENAI_ROLE_ALIASES = {"developer": "system"}
"""Newer OpenAI clients send ``developer`` where older ones sent ``system``."""
_ZERO_DURATION = re.compile(r"[+-]?0+(\.0*)?(ns|us|µs|ms|s|m|h)?")
_NUMBER_OPTIONS = ("temperature", "top_p", "frequency_penalty", "presence_penalty")


@dataclass(frozen=True)
class TurnRequest:
    """What a chat or generate request asks for, whichever protocol it came in."""

    model: str
    messages: tuple[ChatMessage, ...]
    stream: bool
    options: dict[str, object] = field(default_factory=dict)
    system: str | None = None
    unload: bool = False
    """``keep_alive`` was zero: an empty request then means "unload", not "load"."""
    include_usage: bool = False

    @property
    def text(self) -> str:
        """The user's words for this turn: the last user message."""
        return last_user_text(self.messages)

    @property
    def lifecycle(self) -> LifecycleReason:
        """What a request with nothing to answer means: Ollama's load or unload idiom."""
        return "unload" if self.unload else "load"

    @property
    def chars(self) -> int:
        return sum(len(m.content) for m in self.messages) + len(self.system or "")


def model(body: dict[str, Any], legacy: bool = False) -> str:
    """The ``model`` field (or, with ``legacy``, the old ``name`` of /api/show)."""
    value = body.get("model")
    if (value is None or value == "") and legacy:
        value = body.get("name")
    if value is None or value == "":
        raise BadRequest("model is required", "model_required")
    if not isinstance(value, str):
        raise BadRequest("field 'model' must be a string", "invalid_field")
    return value


def _keep_alive_zero(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return value == 0
    return isinstance(value, str) and _ZERO_DURATION.fullmatch(value.strip()) is not None


def _role(raw: object, index: int, aliases: dict[str, str]) -> str:
    if not isinstance(raw, str):
        raise BadRequest(f"messages[{index}].role must be a string", "invalid_message")
    role = raw.strip().lower()
    role = aliases.get(role, role)
    if role not in ROLES:
        raise BadRequest(
            f"messages[{index}].role {raw!r} is not one of system, user, assistant, tool",
            "invalid_role",
        )
    return role


def _message_list(body: dict[str, Any]) -> list[Any]:
    messages = body.get("messages")
    if messages is None:
        raise BadRequest("field 'messages' is required", "missing_field")
    if not isinstance(messages, list):
        raise BadRequest("field 'messages' must be a list of messages", "invalid_field")
    return messages


def native_messages(body: dict[str, Any]) -> tuple[ChatMessage, ...]:
    """Ollama's ``messages``: each an object with a known role and string content."""
    out: list[ChatMessage] = []
    for index, item in enumerate(_message_list(body)):
        if not isinstance(item, dict):
            raise BadRequest(f"messages[{index}] must be an object", "invalid_message")
        role = _role(item.get("role"), index, {})
        content = item.get("content")
        if not isinstance(content, str):
            raise BadRequest(f"messages[{index}].content must be a string", "invalid_message")
        out.append(ChatMessage(role, content))
    return tuple(out)


def _openai_content(value: object, role: str, index: int) -> str:
    """A string, text parts (joined by newlines), or null on an assistant's tool call."""
    if isinstance(value, str):
        return value
    if value is None and role == "assistant":
        return ""
    if isinstance(value, list):
        texts: list[str] = []
        for part in value:
            text = part.get("text") if isinstance(part, dict) else None
            if not isinstance(text, str) or part.get("type") != "text":
                raise BadRequest(
                    f"messages[{index}].content: only text parts are supported",
                    "invalid_message",
                )
            texts.append(text)
        return "\n".join(texts)
    raise BadRequest(
        f"messages[{index}].content must be a string or a list of text parts", "invalid_message"
    )


def openai_messages(body: dict[str, Any]) -> tuple[ChatMessage, ...]:
    items = _message_list(body)
    if not items:
        raise BadRequest("field 'messages' must not be empty", "invalid_field")
    out: list[ChatMessage] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            raise BadRequest(f"messages[{index}] must be an object", "invalid_message")
        role = _role(item.get("role"), index, OPENAI_ROLE_ALIASES)
        out.append(ChatMessage(role, _openai_content(item.get("content"), role, index)))
    return tuple(out)


def native_chat(body: dict[str, Any]) -> TurnRequest:
    """``POST /api/chat``; ``stream`` defaults to true, as in Ollama."""
    return TurnRequest(
        model=model(body),
        messages=native_messages(body),
        stream=validate.boolean(body, "stream", True),
        options=dict(validate.obj(body, "options", {})),
        unload=_keep_alive_zero(body.get("keep_alive")),
    )


def native_generate(body: dict[str, Any]) -> TurnRequest:
    """``POST /api/generate``: the prompt is the whole context; empty means "load"."""
    prompt: str = validate.string(body, "prompt", "")
    return TurnRequest(
        model=model(body),
        messages=(ChatMessage("user", prompt),) if prompt else (),
        stream=validate.boolean(body, "stream", True),
        options=dict(validate.obj(body, "options", {})),
        system=validate.string(body, "system", None) or None,
        unload=_keep_alive_zero(body.get("keep_alive")),
    )


def _number(body: dict[str, Any], name: str, integer: bool = False) -> int | float | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BadRequest(f"field {name!r} must be a number", "invalid_field")
    if integer and not isinstance(value, int):
        raise BadRequest(f"field {name!r} must be an integer", "invalid_field")
    return value


def openai_options(body: dict[str, Any]) -> dict[str, object]:
    """OpenAI's sampling fields as Ollama-style options (``max_tokens`` -> ``num_predict``)."""
    options: dict[str, object] = {}
    for name in _NUMBER_OPTIONS:
        number = _number(body, name)
        if number is not None:
            options[name] = number
    for name in ("max_completion_tokens", "max_tokens"):
        limit = _number(body, name, integer=True)
        if limit is not None:
            options.setdefault("num_predict", limit)
    seed = _number(body, "seed", integer=True)
    if seed is not None:
        options["seed"] = seed
    stop = body.get("stop")
    if isinstance(stop, str):
        options["stop"] = [stop]
    elif isinstance(stop, list) and all(isinstance(item, str) for item in stop):
        options["stop"] = list(stop)
    elif stop is not None:
        raise BadRequest("field 'stop' must be a string or a list of strings", "invalid_field")
    return options


def openai_chat(body: dict[str, Any]) -> TurnRequest:
    """``POST /v1/chat/completions``; ``stream`` defaults to false, as in OpenAI."""
    stream_options = validate.obj(body, "stream_options", {})
    return TurnRequest(
        model=model(body),
        messages=openai_messages(body),
        stream=validate.boolean(body, "stream", False),
        options=openai_options(body),
        include_usage=validate.boolean(stream_options, "include_usage", False),
    )


def check_size(turn: TurnRequest, limit: int) -> None:
    """Refuse with 413 before a turn runs: the chain would refuse it later anyway."""
    if turn.chars > limit:
        raise TooLarge(f"the prompt is over limits.prompt_chars ({limit} characters)")


def conversation_id(header: str | None, messages: Sequence[ChatMessage]) -> str:
    """The client's ``X-Synth-Conversation``, else one derived from how the talk began.

    The derived id hashes the messages up to the first user message, so a growing
    conversation keeps its id while talks that share only a system prompt do not.
    """
    if header is not None:
        if not CONVERSATION.fullmatch(header):
            raise BadRequest(
                f"{CONVERSATION_HEADER} must match [A-Za-z0-9_-]{{1,64}}", "invalid_conversation"
            )
        return header
    digest = hashlib.sha256()
    for message in messages:
        digest.update(f"{message.role}\x1f{message.content}\x1e".encode())
        if message.role == "user":
            break
    return digest.hexdigest()[:16]
