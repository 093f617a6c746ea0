"""Polling for a condition that has no event to wait on (a row in a database file)."""

from __future__ import annotations

from collections.abc import Callable

import trio


async def eventually(condition: Callable[[], bool], within: float = 5, step: float = 0.01) -> None:
    with trio.fail_after(within):
        while True:
            if condition():
                return
            await trio.sleep(step)
