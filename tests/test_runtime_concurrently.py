"""all_of: awaitables run at once, the first failure raised as itself."""

from __future__ import annotations

import pytest
import trio
import trio.testing

from synth.runtime.concurrently import all_of


async def test_no_tasks_is_done_at_once() -> None:
    await all_of()


async def test_one_task_runs_in_the_callers_own_task() -> None:
    caller = trio.lowlevel.current_task()
    ran_in: list[trio.lowlevel.Task] = []

    async def task() -> None:
        ran_in.append(trio.lowlevel.current_task())

    await all_of(task)
    assert ran_in == [caller]


async def test_one_failing_task_raises_its_own_error() -> None:
    async def task() -> None:
        raise KeyError("lost")

    with pytest.raises(KeyError, match="lost"):
        await all_of(task)


async def test_tasks_run_concurrently(autojump_clock: trio.testing.MockClock) -> None:
    async def a_second() -> None:
        await trio.sleep(1)

    start = trio.current_time()
    await all_of(a_second, a_second, a_second)
    assert trio.current_time() - start == pytest.approx(1)


async def test_the_first_failure_cancels_the_others_and_is_raised_as_itself() -> None:
    cancelled: list[bool] = []

    async def fails() -> None:
        await trio.lowlevel.checkpoint()
        raise ValueError("first")

    async def waits() -> None:
        try:
            await trio.sleep_forever()
        except trio.Cancelled:
            cancelled.append(True)
            raise

    with trio.fail_after(5), pytest.raises(ValueError, match="first"):
        await all_of(waits, fails)
    assert cancelled == [True]
