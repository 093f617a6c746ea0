"""The lorem development engine: long, slow, capped by num_predict."""

from __future__ import annotations

import pytest
import trio

from synth.cortex.base import ChatMessage
from synth.cortex.lorem import DEFAULT_WORDS, WORD_DELAY_S, LoremEngine

HELLO = [ChatMessage("user", "hello")]


async def test_num_predict_caps_the_word_count(autojump_clock: trio.abc.Clock) -> None:
    deltas = [delta async for delta in LoremEngine().stream(HELLO, {"num_predict": 7})]
    assert len(deltas) == 7
    assert "".join(deltas) == "Lorem ipsum dolor sit amet, consectetur adipiscing"


async def test_streams_one_word_per_delay(autojump_clock: trio.abc.Clock) -> None:
    start = trio.current_time()
    deltas = [delta async for delta in LoremEngine().stream(HELLO, {"num_predict": "x"})]
    assert len(deltas) == DEFAULT_WORDS
    assert trio.current_time() - start == pytest.approx(DEFAULT_WORDS * WORD_DELAY_S)


async def test_is_a_dev_engine_that_is_always_ready() -> None:
    engine = LoremEngine()
    assert engine.dev is True
    assert engine.readiness() is None
