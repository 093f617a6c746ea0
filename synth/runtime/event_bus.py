"""Topic fan-out that never blocks a publisher.

Each subscriber has its own bounded buffer. ``publish`` uses ``send_nowait``; a
subscriber whose buffer is full is cut off at once (its iteration raises
``SubscriberDropped`` once it has read what was buffered), so one slow reader can
never delay the publisher or anyone else.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass
from typing import Any

import trio

from synth.runtime.errors import SubscriberDropped


@dataclass(frozen=True)
class Event:
    topic: str
    data: Any


class Subscription:
    """One subscriber's view of the bus: iterate it; close it (or use ``with``) to leave."""

    def __init__(self, bus: EventBus, topics: frozenset[str] | None, buffer: int) -> None:
        self._bus = bus
        self.topics = topics
        self._send, self._receive = trio.open_memory_channel[Event](buffer)
        self.dropped_reason: str | None = None
        self.dropped = trio.Event()

    def wants(self, topic: str) -> bool:
        return self.topics is None or topic in self.topics

    def _offer(self, event: Event) -> bool:
        try:
            self._send.send_nowait(event)
        except trio.WouldBlock:
            self.dropped_reason = (
                f"subscriber fell {self._send.statistics().max_buffer_size} events behind"
            )
            self._send.close()
            self.dropped.set()
            return False
        except trio.ClosedResourceError:
            return False
        return True

    async def receive(self) -> Event:
        try:
            return await self._receive.receive()
        except trio.EndOfChannel:
            if self.dropped_reason is not None:
                raise SubscriberDropped(self.dropped_reason) from None
            raise

    def receive_nowait(self) -> Event:
        """An event already waiting, else ``trio.WouldBlock`` (``EndOfChannel`` once closed)."""
        try:
            return self._receive.receive_nowait()
        except trio.EndOfChannel:
            if self.dropped_reason is not None:
                raise SubscriberDropped(self.dropped_reason) from None
            raise

    def __aiter__(self) -> AsyncIterator[Event]:
        # Its own iterator, not an async generator: a ``break`` out of the loop must not
        # leave a half-run generator for the GC to finalize (with a warning).
        return self

    async def __anext__(self) -> Event:
        try:
            return await self.receive()
        except trio.EndOfChannel:
            raise StopAsyncIteration from None

    def close(self) -> None:
        self._bus._remove(self)
        self._send.close()
        self._receive.close()

    def __enter__(self) -> Subscription:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class EventBus:
    def __init__(self) -> None:
        self._subscribers: list[Subscription] = []
        self.published = 0
        self.drops = 0

    def subscribe(self, topics: Collection[str] | None = None, buffer: int = 256) -> Subscription:
        """Receive events of ``topics`` (all topics when None) from now on."""
        sub = Subscription(self, frozenset(topics) if topics is not None else None, buffer)
        self._subscribers.append(sub)
        return sub

    def publish(self, topic: str, data: Any) -> None:
        """Deliver to every interested subscriber without waiting; drop the ones that are full."""
        event = Event(topic, data)
        self.published += 1
        lagging: list[Subscription] = []
        for sub in self._subscribers:
            if sub.wants(topic) and not sub._offer(event):
                lagging.append(sub)
        for sub in lagging:
            self.drops += 1
            self._remove(sub)

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def _remove(self, sub: Subscription) -> None:
        if sub in self._subscribers:
            self._subscribers.remove(sub)
