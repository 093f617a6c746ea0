"""The small protocol every cortex engine speaks, and the values it exchanges.

An engine turns a conversation into a stream of text deltas. It holds no persona
state and knows nothing of actors: CortexManager owns the engines and decides which
one a turn uses. Engines read live configuration through a :data:`ConfigGetter` on
every call, so a changed URL or model applies from the next turn on.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

ConfigGetter = Callable[[str], object]
"""Returns the effective value of a config key such as ``"cortex.ollama.url"``."""


class Delta(str):
    """A text delta that joins ``tokens`` of the upstream's deltas (one network read's worth).

    A plain ``str`` to every consumer; only those that count tokens (the ``eval_count`` of
    a turn) read ``tokens``, as ``getattr(delta, "tokens", 1)``, so engines that yield
    plain strings count one token per delta.
    """

    tokens: int

    def __new__(cls, text: str, tokens: int = 1) -> Delta:
        delta = super().__new__(cls, text)
        delta.tokens = tokens
        return delta


@dataclass(frozen=True)
class ChatMessage:
    """One message of the conversation sent to an engine (role: system, user or assistant)."""

    role: str
    content: str


@dataclass(frozen=True)
class LoginResult:
    """What ``login()`` found: ``ok`` (checked and usable), ``not_required``, or ``pending``
    (the user must finish something at ``url``)."""

    status: Literal["ok", "not_required", "pending"]
    detail: str
    url: str | None = None


class Engine(Protocol):
    """A cortex engine. Class attributes describe it to the WebUI and the config."""

    name: str
    label: str
    description: str
    dev: bool
    needs_login: bool

    def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncGenerator[str, None]:
        """Yield the reply's text deltas in order; joined, they are the whole reply.

        A delta may join several of the upstream's (a :class:`Delta` says how many).

        An async generator: to stop early, close it (``contextlib.aclosing``) or cancel
        the enclosing scope; an upstream request is then closed at once. Raises the errors of
        :mod:`synth.errors` (``Unavailable``, ``UpstreamError``, ``Timeout``).
        """
        ...

    async def models(self) -> list[str]:
        """The models this engine can use right now; ``[]`` when it has no choice of model."""
        ...

    async def login(self) -> LoginResult:
        """Check (or start) access to the engine's backend; raises like ``stream``."""
        ...

    def readiness(self) -> str | None:
        """``None`` when a turn could start now, else a one-line reason. No I/O."""
        ...


def last_user_text(messages: Sequence[ChatMessage]) -> str:
    """The content of the last ``user`` message, or ``""`` when there is none."""
    for message in reversed(messages):
        if message.role == "user":
            return message.content
    return ""


def config_str(get: ConfigGetter, key: str) -> str | None:
    """A string setting, or ``None`` when it is unset or blank."""
    value = get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def config_float(get: ConfigGetter, key: str, default: float) -> float:
    """A positive number setting, falling back to ``default`` when unset or unusable."""
    value = get(key)
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return default
    try:
        number = float(value)
    except ValueError:
        return default
    return number if number > 0 else default


def positive_int_option(options: Mapping[str, object], key: str) -> int | None:
    """An option such as ``num_predict`` when it is a positive integer, else ``None``."""
    value = options.get(key)
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return None
