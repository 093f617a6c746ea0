"""The echo engine: deterministic, offline, word by word."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import trio
import trio.testing
from hypothesis import given
from hypothesis import strategies as st

from synth.cortex.base import ChatMessage, LoginResult
from synth.cortex.echo import EMPTY_REPLY, EchoEngine, split_words


async def collect(messages: Sequence[ChatMessage], options: Mapping[str, object] = {}) -> list[str]:
    return [delta async for delta in EchoEngine().stream(messages, options)]


@given(st.text().filter(lambda text: text.strip() != ""))
def test_split_words_joins_back_to_the_text(text: str) -> None:
    assert "".join(split_words(text)) == text


@given(st.text())
def test_each_delta_holds_exactly_one_word(text: str) -> None:
    deltas = split_words(text)
    assert all(len(delta.split()) == 1 for delta in deltas)
    assert [delta.strip() for delta in deltas] == text.split()


async def test_streams_the_last_user_message_word_by_word() -> None:
    messages = [
        ChatMessage("system", "You are Synth."),
        ChatMessage("user", "first question"),
        ChatMessage("assistant", "an answer"),
        ChatMessage("user", "Hello  there,\nfriend "),
    ]
    assert await collect(messages) == ["Hello  ", "there,\n", "friend "]


async def test_echoes_inline_tags_verbatim() -> None:
    text = "[happy] Nice to see you [sad:0.6] [diary: met an old friend]"
    deltas = await collect([ChatMessage("user", text)])
    assert "".join(deltas) == text
    assert "[diary: " in deltas


async def test_without_user_text_gives_the_fixed_reply() -> None:
    for messages in ([], [ChatMessage("system", "persona")], [ChatMessage("user", "  \n")]):
        assert "".join(await collect(messages)) == EMPTY_REPLY


async def test_yields_to_the_scheduler_between_words() -> None:
    stream = EchoEngine().stream([ChatMessage("user", "one two three")], {})
    for _ in range(3):
        with trio.testing.assert_checkpoints():
            await stream.__anext__()
    await stream.aclose()


async def test_needs_nothing() -> None:
    engine = EchoEngine()
    assert engine.readiness() is None
    assert await engine.models() == []
    assert await engine.login() == LoginResult("not_required", "the echo engine needs no login")
    assert (engine.name, engine.dev, engine.needs_login) == ("echo", False, False)
