"""Topic fan-out that never blocks a publisher.

Each subscriber has its own bounded buffer. ``publish`` uses ``send_nowait``; a
subscriber whose buffer is full is cut off at once (its iteration raises
``SubscriberDropped`` once it has read what was buffered), so one slow reader can
never delay the publisher or anyone else.

Every subscriber receives the same ``Event`` object, so a text rendering of it (the JSON of
a broadcast frame) can be computed once for all of them with ``Event.encoded``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Collection
from dataclasses import dataclass, field
from typing import Any

import trio

from synth.runtime.errors import SubscriberDropped


@dataclass(frozen=True, slots=True)
class Event:
    topic: str
    data: Any
    _memo: tuple[Callable[[Event], str], str] | None = field(
        default=None, init=False, compare=False, repr=False
    )

    def encoded(self, encode: Callable[[Event], str]) -> str:
        """``encode(self)``, computed once however many subscribers ask with the same
        ``encode``: a frame broadcast to 200 sockets is serialised once, not 200 times.

        ``encode`` must depend on the event alone (never on who asks), and ``data`` must not
        change after publishing (it never should: every subscriber shares it).
        """
        memo = self._memo
        if memo is not None and memo[0] is encode:
            return memo[1]
        text = encode(self)
        object.__setattr__(self, "_memo", (encode, text))
        return text


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

    def deliver(self, topic: str, data: Any) -> bool:
        """Put an event in this subscriber's buffer alone (a reply meant for one reader, in
        order with its broadcasts), under ``publish``'s rule: never waits, and a full buffer
        drops the subscriber. False when it was dropped now or before, or closed."""
        if self._offer(Event(topic, data)):
            return True
        self._bus._drop(self)
        return False

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
            raise self._ended() from None

    async def receive_batch(self) -> list[Event]:
        """The next event and every event already waiting behind it, in order: a reader that
        fell behind catches up in one step. Raises as ``receive`` does."""
        receive = self._receive
        try:
            batch = [await receive.receive()]
        except trio.EndOfChannel:
            raise self._ended() from None
        # Counted first, so taking them cannot fail: no WouldBlock raised on every call.
        for _ in range(receive.statistics().current_buffer_used):
            batch.append(receive.receive_nowait())
        return batch

    def receive_nowait(self) -> Event:
        """An event already waiting, else ``trio.WouldBlock`` (``EndOfChannel`` once closed)."""
        try:
            return self._receive.receive_nowait()
        except trio.EndOfChannel:
            raise self._ended() from None

    def _ended(self) -> Exception:
        """What a reader gets once the buffer is read and no more can come."""
        if self.dropped_reason is not None:
            return SubscriberDropped(self.dropped_reason)
        return trio.EndOfChannel()

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
            topics = sub.topics
            if (topics is None or topic in topics) and not sub._offer(event):
                lagging.append(sub)
        for sub in lagging:
            self._drop(sub)

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def _drop(self, sub: Subscription) -> None:
        """Forget a subscriber that fell behind; counted once, however it was noticed."""
        if sub in self._subscribers:
            self.drops += 1
            self._subscribers.remove(sub)

    def _remove(self, sub: Subscription) -> None:
        if sub in self._subscribers:
            self._subscribers.remove(sub)
