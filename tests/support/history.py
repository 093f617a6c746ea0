"""Helpers for history and diary tests: run chat turns, read rows, make old entries."""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import trio

from synth.actors import chat_records
from synth.actors.chat_turn import ChatTurn, TurnDone
from synth.actors.store import Run
from tests.support.servers import RunningServer

T = TypeVar("T")


async def say(
    server: RunningServer, text: str, session_id: str = "default", source: str = "webui"
) -> dict[str, Any]:
    """Run one whole turn through the ChatChain actor; returns the recorded reply."""
    done: TurnDone | None = None
    chat = server.context.actors.chat
    async with await chat.ask_stream(ChatTurn(session_id, source, text)) as stream:
        async for item in stream:
            if isinstance(item, TurnDone):
                done = item
    assert done is not None
    return done.assistant


async def record(
    server: RunningServer, session_id: str, text: str, *, status: str, source: str = "webui"
) -> dict[str, Any]:
    """Write one message straight through the Store (for statuses a turn rarely leaves)."""
    message: dict[str, Any] = await server.context.actors.store.ask(
        Run(
            lambda conn: chat_records.append_message(
                conn,
                message_id=chat_records.new_message_id(),
                session_id=session_id,
                source=source,
                role="assistant",
                text=text,
                status=status,
            )
        )
    )
    return message


async def sql(server: RunningServer, statement: str, *args: object) -> list[sqlite3.Row]:
    """Run one statement through the Store actor (the test never opens the database itself)."""
    rows: list[sqlite3.Row] = await server.context.actors.store.ask(
        Run(lambda conn: conn.execute(statement, args).fetchall())
    )
    return rows


async def until(probe: Callable[[], Awaitable[T]], within: float = 5, step: float = 0.01) -> T:
    """Ask ``probe`` again until it answers something truthy (work done in the background)."""
    with trio.fail_after(within):
        while True:
            value = await probe()
            if value:
                return value
            await trio.sleep(step)
