"""The manual engine: a person at a WebUI client answers through the broker."""

from __future__ import annotations

import pytest
import trio
import trio.testing

from synth.cortex.base import ChatMessage
from synth.cortex.manual import NOT_READY, ManualBroker, ManualEngine, PendingPrompt

HELLO = (ChatMessage("system", "You are Synth."), ChatMessage("user", "hello"))


async def run_turn(engine: ManualEngine, replies: list[str]) -> None:
    async for delta in engine.stream(HELLO, {}):
        replies.append(delta)


async def test_an_answer_becomes_the_reply(autojump_clock: trio.abc.Clock) -> None:
    announced: list[PendingPrompt] = []
    engine = ManualEngine(ManualBroker(on_prompt=announced.append))
    replies: list[str] = []
    await trio.sleep(5)
    async with trio.open_nursery() as nursery:
        nursery.start_soon(run_turn, engine, replies)
        await trio.testing.wait_all_tasks_blocked()
        [prompt] = announced
        assert engine.broker.pending() == [prompt]
        assert prompt.messages == HELLO
        assert prompt.created_at == 5
        assert engine.broker.answer(prompt.prompt_id, "[happy] Hi!") is True
    assert replies == ["[happy] Hi!"]
    assert engine.broker.pending() == []


async def test_answer_to_an_unknown_or_answered_prompt_is_refused() -> None:
    engine = ManualEngine()
    assert engine.broker.answer("no-such-prompt", "hi") is False
    async with trio.open_nursery() as nursery:
        nursery.start_soon(run_turn, engine, [])
        await trio.testing.wait_all_tasks_blocked()
        [prompt] = engine.broker.pending()
        assert engine.broker.answer(prompt.prompt_id, "first") is True
        assert engine.broker.answer(prompt.prompt_id, "second") is False


async def test_each_turn_gets_its_own_prompt() -> None:
    engine = ManualEngine()
    first: list[str] = []
    second: list[str] = []
    async with trio.open_nursery() as nursery:
        nursery.start_soon(run_turn, engine, first)
        await trio.testing.wait_all_tasks_blocked()
        nursery.start_soon(run_turn, engine, second)
        await trio.testing.wait_all_tasks_blocked()
        older, newer = engine.broker.pending()
        assert older.prompt_id != newer.prompt_id
        engine.broker.answer(newer.prompt_id, "two")
        engine.broker.answer(older.prompt_id, "one")
    assert (first, second) == (["one"], ["two"])


async def test_cancelled_turn_withdraws_its_prompt() -> None:
    withdrawn: list[str] = []
    engine = ManualEngine(ManualBroker(on_withdrawn=withdrawn.append))
    async with trio.open_nursery() as nursery:
        nursery.start_soon(run_turn, engine, [])
        await trio.testing.wait_all_tasks_blocked()
        [prompt] = engine.broker.pending()
        nursery.cancel_scope.cancel()
    assert engine.broker.pending() == []
    assert withdrawn == [prompt.prompt_id]
    assert engine.broker.answer(prompt.prompt_id, "too late") is False


async def test_an_empty_answer_is_an_empty_reply() -> None:
    engine = ManualEngine()
    replies: list[str] = []
    async with trio.open_nursery() as nursery:
        nursery.start_soon(run_turn, engine, replies)
        await trio.testing.wait_all_tasks_blocked()
        [prompt] = engine.broker.pending()
        engine.broker.answer(prompt.prompt_id, "")
    assert replies == []


def test_readiness_follows_attached_answerers() -> None:
    engine = ManualEngine()
    assert engine.readiness() == NOT_READY
    engine.broker.attach()
    engine.broker.attach()
    engine.broker.detach()
    assert engine.readiness() is None
    engine.broker.detach()
    assert engine.readiness() == NOT_READY
    with pytest.raises(RuntimeError):
        engine.broker.detach()
