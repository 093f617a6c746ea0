"""The default engine: answers offline and deterministically, so the runtime works with no model."""

from __future__ import annotations

import re
from collections.abc import AsyncGenerator, Mapping, Sequence

import trio

from synth.cortex.base import ChatMessage, LoginResult, last_user_text

EMPTY_REPLY = "I'm listening."
"""The reply when there is no user text to echo."""

_WORD = re.compile(r"\s*\S+\s*")


def split_words(text: str) -> list[str]:
    """Split ``text`` into deltas of one word plus the whitespace after it.

    Leading whitespace stays on the first delta, so ``"".join(split_words(t)) == t``
    for any ``t`` that has a word in it.
    """
    return _WORD.findall(text)


class EchoEngine:
    """Replies with the last user message verbatim, word by word.

    Inline tags the user wrote (``[happy]``, ``[diary: note]``) come back unchanged,
    which makes the whole emotion and diary path testable without a model.
    """

    name = "echo"
    label = "Echo"
    description = "Offline: repeats your last message word by word. Needs nothing."
    dev = False
    needs_login = False

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncGenerator[str, None]:
        text = last_user_text(messages)
        for word in split_words(text) or split_words(EMPTY_REPLY):
            # A checkpoint, not a sleep: other tasks run between words, tests stay instant.
            await trio.lowlevel.checkpoint()
            yield word

    async def models(self) -> list[str]:
        return []

    async def login(self) -> LoginResult:
        return LoginResult("not_required", "the echo engine needs no login")

    def readiness(self) -> str | None:
        return None
