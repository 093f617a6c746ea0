"""Recent log lines kept in memory, for the ``/logs`` WebSocket.

:class:`LogRing` is a ``logging.Handler``: it formats each record once, keeps the last
``size`` lines, and offers every new line to its subscribers. Logging is synchronous and
happens on any thread (the Store logs from its worker thread), so a line reaches a
subscriber through the Trio run's token, and then with ``send_nowait``: a subscriber whose
buffer is full is dropped, and logging never waits for a reader.

The ring belongs to the process's ``Persona``, not to one incarnation, so the lines logged
around a restart are still there afterwards.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Iterable
from types import TracebackType

import trio

from synth.config import KEYS

LINE_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
RING_SIZE = 200
SUBSCRIBER_BUFFER = 512
REDACTED = "***"
_MIN_SECRET_CHARS = 4  # shorter "secrets" would blank out ordinary words


class LogSubscription:
    """New lines from the moment of subscribing; iterate it, and close it (or ``with``).

    Iteration ends after ``dropped`` is set: the reader fell ``SUBSCRIBER_BUFFER`` lines
    behind. Lines logged before the drop and already buffered are still delivered.
    """

    def __init__(self, ring: LogRing, token: trio.lowlevel.TrioToken, buffer: int) -> None:
        self._ring = ring
        self._token = token
        self._send, self._receive = trio.open_memory_channel[str](buffer)
        self.dropped = False

    def _offer(self, line: str) -> None:
        """Called with the ring's lock held, on any thread; never blocks."""
        try:
            self._token.run_sync_soon(self._deliver, line)
        except trio.RunFinishedError:
            self._ring._remove(self)

    def _deliver(self, line: str) -> None:
        """Runs on the Trio thread, in the order the lines were logged."""
        try:
            self._send.send_nowait(line)
        except trio.WouldBlock:
            self.dropped = True
            self._ring._remove(self)
            self._send.close()
        except (trio.ClosedResourceError, trio.BrokenResourceError):
            self._ring._remove(self)

    def __aiter__(self) -> LogSubscription:
        return self

    async def __anext__(self) -> str:
        try:
            return await self._receive.receive()
        except (trio.EndOfChannel, trio.ClosedResourceError):
            raise StopAsyncIteration from None

    def close(self) -> None:
        self._ring._remove(self)
        self._send.close()
        self._receive.close()

    def __enter__(self) -> LogSubscription:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class LogRing(logging.Handler):
    """The last ``size`` formatted log lines, and live subscribers to the next ones."""

    def __init__(self, size: int = RING_SIZE, subscriber_buffer: int = SUBSCRIBER_BUFFER) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter(LINE_FORMAT))
        self._lines: deque[str] = deque(maxlen=size)
        self._subscribers: list[LogSubscription] = []
        self._subscriber_buffer = subscriber_buffer
        self._secrets: Callable[[], Iterable[str | None]] = tuple
        # Reentrant: a subscriber found dead while a line is offered removes itself.
        self._guard = threading.RLock()

    def redact_with(self, secrets: Callable[[], Iterable[str | None]]) -> None:
        """Blank out the values ``secrets`` returns (asked again for every line) in new lines.

        A second guard behind the rule that sensitive values are never logged at all.
        """
        self._secrets = secrets

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self._redact(self.format(record))
        except Exception:
            self.handleError(record)
            return
        with self._guard:
            self._lines.append(line)
            for subscriber in list(self._subscribers):
                subscriber._offer(line)

    def _redact(self, line: str) -> str:
        for secret in self._secrets():
            if secret and len(secret) >= _MIN_SECRET_CHARS:
                line = line.replace(secret, REDACTED)
        return line

    def recent(self) -> list[str]:
        """The kept lines, oldest first."""
        with self._guard:
            return list(self._lines)

    def subscribe(self) -> tuple[list[str], LogSubscription]:
        """The kept lines and a subscription to every later one, with none lost or repeated.

        Call it from the Trio thread: new lines are delivered there.
        """
        subscription = LogSubscription(
            self, trio.lowlevel.current_trio_token(), self._subscriber_buffer
        )
        with self._guard:
            backlog = list(self._lines)
            self._subscribers.append(subscription)
        return backlog, subscription

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def _remove(self, subscription: LogSubscription) -> None:
        with self._guard:
            if subscription in self._subscribers:
                self._subscribers.remove(subscription)

    def install(self, logger: logging.Logger) -> None:
        """Start receiving ``logger``'s records (and its children's); idempotent."""
        logger.addHandler(self)

    def uninstall(self, logger: logging.Logger) -> None:
        logger.removeHandler(self)


def secret_values(get: Callable[[str], object], *extra: str | None) -> list[str | None]:
    """The values no log line may show: each sensitive key's current value, and ``extra``."""
    values = [get(key.key) for key in KEYS.values() if key.sensitive]
    return [value for value in values if isinstance(value, str)] + list(extra)
