"""LogRing driven directly: the kept lines, live subscribers, slow readers, threads, secrets."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import trio

from synth.logs import REDACTED, LogRing


@pytest.fixture
def logger() -> Iterator[logging.Logger]:
    """A private logger, so these tests neither see nor disturb anyone else's records."""
    private = logging.getLogger("synth.test.ring")
    private.propagate = False
    private.setLevel(logging.DEBUG)
    yield private
    private.handlers.clear()
    private.propagate = True


def ring_on(logger: logging.Logger, **kwargs: int) -> LogRing:
    ring = LogRing(**kwargs)
    ring.install(logger)
    return ring


def test_the_ring_keeps_only_the_newest_lines(logger: logging.Logger) -> None:
    ring = ring_on(logger, size=3)
    for index in range(5):
        logger.warning("line %d", index)
    recent = ring.recent()
    assert [line.rsplit(": ", 1)[1] for line in recent] == ["line 2", "line 3", "line 4"]
    assert "WARNING synth.test.ring" in recent[0]


async def test_a_subscriber_gets_the_backlog_then_each_new_line(logger: logging.Logger) -> None:
    ring = ring_on(logger)
    logger.info("before")
    backlog, subscription = ring.subscribe()
    logger.info("after")
    with trio.fail_after(5), subscription:
        line = await subscription.__anext__()
    assert [b.endswith("before") for b in backlog] == [True]
    assert line.endswith("after")


async def test_a_slow_subscriber_is_dropped_and_logging_never_waits(
    logger: logging.Logger,
) -> None:
    ring = ring_on(logger, subscriber_buffer=4)
    _, subscription = ring.subscribe()
    for index in range(50):
        logger.info("flood %d", index)
    with trio.fail_after(5), subscription:
        received = [line async for line in subscription]
    assert subscription.dropped
    # The buffer's 4, and at most one more handed straight to the waiting reader.
    assert [line.rsplit(": ", 1)[1] for line in received] == [
        f"flood {index}" for index in range(len(received))
    ]
    assert 4 <= len(received) <= 5
    assert ring.subscriber_count == 0
    assert ring.recent()[-1].endswith("flood 49")


async def test_lines_logged_in_a_worker_thread_reach_subscribers(logger: logging.Logger) -> None:
    ring = ring_on(logger)
    _, subscription = ring.subscribe()
    await trio.to_thread.run_sync(logger.warning, "from a thread")
    with trio.fail_after(5), subscription:
        line = await subscription.__anext__()
    assert line.endswith("from a thread")


def test_secret_values_are_blanked_out(logger: logging.Logger) -> None:
    ring = ring_on(logger)
    ring.redact_with(lambda: ["s3cret-token", None])
    logger.warning("token is s3cret-token")
    assert len(ring.recent()) == 1
    assert ring.recent()[0].endswith(f"token is {REDACTED}")


async def test_a_closed_subscription_stops_receiving(logger: logging.Logger) -> None:
    ring = ring_on(logger)
    _, subscription = ring.subscribe()
    subscription.close()
    logger.warning("nobody listens")
    assert ring.subscriber_count == 0
