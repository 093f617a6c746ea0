"""Running a few awaitables at once, with their errors as plain exceptions."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import trio


async def all_of(*tasks: Callable[[], Awaitable[None]]) -> None:
    """Run ``tasks`` concurrently and wait for all of them.

    The first failure cancels the others and is raised as itself, not inside an exception
    group, so callers keep catching ``SynthError`` and friends as they would for one await.
    One task is simply awaited: a nursery and a task of its own would only cost time.
    """
    if len(tasks) <= 1:
        for task in tasks:
            await task()
        return
    failure: list[Exception] = []

    async def run(task: Callable[[], Awaitable[None]], cancel: trio.CancelScope) -> None:
        try:
            await task()
        except Exception as exc:
            if not failure:
                failure.append(exc)
            cancel.cancel()

    async with trio.open_nursery() as nursery:
        for task in tasks:
            nursery.start_soon(run, task, nursery.cancel_scope)
    if failure:
        raise failure[0]
