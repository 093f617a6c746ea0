"""A development engine: a long, slow reply for testing streaming UIs and cancellation."""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator, Mapping, Sequence

import trio

from synth.cortex.base import ChatMessage, LoginResult, positive_int_option

LOREM = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
    "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
    "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure "
    "dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. "
    "Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt "
    "mollit anim id est laborum."
)
DEFAULT_WORDS = 200
"""Words in a reply when ``num_predict`` does not say: ten seconds at one word per 50 ms."""
WORD_DELAY_S = 0.05


class LoremEngine:
    """Streams lorem ipsum one word every 50 ms; ``options["num_predict"]`` caps the words."""

    name = "lorem"
    label = "Lorem ipsum"
    description = "Development: a long lorem-ipsum reply, streamed slowly."
    dev = True
    needs_login = False

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncGenerator[str, None]:
        count = positive_int_option(options, "num_predict") or DEFAULT_WORDS
        words = itertools.islice(itertools.cycle(LOREM.split()), count)
        for index, word in enumerate(words):
            await trio.sleep(WORD_DELAY_S)
            yield word if index == count - 1 else word + " "

    async def models(self) -> list[str]:
        return []

    async def login(self) -> LoginResult:
        return LoginResult("not_required", "the lorem engine needs no login")

    def readiness(self) -> str | None:
        return None
