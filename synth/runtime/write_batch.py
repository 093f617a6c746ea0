"""Holding a connection's writes for a moment to send them as one.

Hypercorn writes a response's head and each body chunk with a ``send()`` of its own.
A :class:`WriteBatch` lets the app hold a connection's writes and send them together: a
reply whose head and first chunk are both ready then wakes its client once, with both,
instead of twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import trio
from hypercorn.events import Closed, Event, RawData

from synth.runtime.connection_guard import GuardedTCPServer

_BATCH: ContextVar[WriteBatch | None] = ContextVar("synth_write_batch", default=None)


class WriteBatch:
    """Bytes written to one connection while collecting, held until :meth:`flush`.

    Only the writes of the task inside :meth:`collecting` are held (Hypercorn writes from
    the task that sends the ASGI message); anything else that task makes the connection do
    (close it, say) flushes them first. Whoever collects must flush, in a ``finally``:
    nothing else will, and a held response head is a client left waiting.
    """

    def __init__(self) -> None:
        self._server: BatchingTCPServer | None = None
        self._held: list[bytes] = []

    @contextmanager
    def collecting(self) -> Iterator[None]:
        token = _BATCH.set(self)
        try:
            yield
        finally:
            _BATCH.reset(token)

    def hold(self, server: BatchingTCPServer, data: bytes) -> bool:
        """Keep ``data`` for ``server``; False (keep nothing) for another connection."""
        if self._server is None:
            self._server = server
        elif self._server is not server:
            return False
        self._held.append(data)
        return True

    async def flush(self) -> None:
        """Send what is held in one write; shielded, as Hypercorn's own writes are."""
        if not self._held or self._server is None:
            return
        data = b"".join(self._held)
        self._held = []
        with trio.CancelScope(shield=True):
            await self._server.write(data)


class BatchingTCPServer(GuardedTCPServer):
    """Hypercorn's connection, guarded, whose writes a :class:`WriteBatch` may hold."""

    async def protocol_send(self, event: Event) -> None:
        batch = _BATCH.get()
        if batch is not None:
            if isinstance(event, RawData) and batch.hold(self, event.data):
                return
            await batch.flush()
        await super().protocol_send(event)

    async def write(self, data: bytes) -> None:
        """Hypercorn's write, without its checkpoint when no other write holds the lock:
        a reply that is ready reaches the socket in the same scheduling step."""
        try:
            self.send_lock.acquire_nowait()
        except trio.WouldBlock:
            await super().protocol_send(RawData(data=data))
            return
        try:
            with trio.CancelScope(shield=True):
                await self.stream.send_all(data)
        except (trio.BrokenResourceError, trio.ClosedResourceError):
            await self.protocol.handle(Closed())
        finally:
            self.send_lock.release()
