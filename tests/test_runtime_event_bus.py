"""The EventBus: topic fan-out that never blocks a publisher."""

from __future__ import annotations

import inspect

import pytest
import trio
import trio.testing

from synth.runtime.errors import SubscriberDropped
from synth.runtime.event_bus import Event, EventBus, Subscription


async def take(sub: Subscription, n: int) -> list[Event]:
    """The next ``n`` events of ``sub``; they were published already, so no waiting."""
    with trio.fail_after(1):
        return [await sub.receive() for _ in range(n)]


async def test_publish_without_subscribers_is_fine() -> None:
    bus = EventBus()

    bus.publish("chat", {"text": "hello"})

    assert bus.published == 1
    assert bus.drops == 0


async def test_subscriber_receives_only_its_topics() -> None:
    bus = EventBus()
    with bus.subscribe(["chat", "emotion"]) as sub:
        bus.publish("chat", 1)
        bus.publish("weather", 2)
        bus.publish("emotion", 3)

        assert await take(sub, 2) == [Event("chat", 1), Event("emotion", 3)]


async def test_subscriber_without_topics_receives_every_topic() -> None:
    bus = EventBus()
    with bus.subscribe() as sub:
        bus.publish("chat", 1)
        bus.publish("weather", 2)

        assert [event.topic for event in await take(sub, 2)] == ["chat", "weather"]


async def test_every_subscriber_gets_every_event_in_order() -> None:
    bus = EventBus()
    subs = [bus.subscribe(["t"]) for _ in range(3)]
    received: list[list[int]] = [[] for _ in subs]

    async def read(sub: Subscription, into: list[int]) -> None:
        with sub:
            async for event in sub:
                into.append(event.data)
                if len(into) == 100:
                    return

    async with trio.open_nursery() as nursery:
        for sub, into in zip(subs, received, strict=True):
            nursery.start_soon(read, sub, into)
        await trio.testing.wait_all_tasks_blocked()
        for i in range(100):
            bus.publish("t", i)
            if i % 10 == 0:
                await trio.testing.wait_all_tasks_blocked()

    assert received == [list(range(100))] * 3


async def test_slow_subscriber_is_dropped_and_told_after_reading_its_buffer() -> None:
    bus = EventBus()
    slow = bus.subscribe(buffer=3)
    fast = bus.subscribe(buffer=100)

    for i in range(5):
        bus.publish("t", i)

    received: list[int] = []
    with pytest.raises(SubscriberDropped, match="3 events behind"):
        async for event in slow:
            received.append(event.data)
    assert received == [0, 1, 2]
    assert [event.data for event in await take(fast, 5)] == [0, 1, 2, 3, 4]
    assert slow.dropped_reason is not None
    assert bus.subscriber_count == 1


async def test_publish_never_blocks_on_a_subscriber_that_does_not_read(
    autojump_clock: trio.testing.MockClock,
) -> None:
    bus = EventBus()
    stalled = bus.subscribe(buffer=1)
    fast = bus.subscribe(buffer=10_000)
    start = trio.current_time()

    assert not inspect.iscoroutinefunction(bus.publish)
    with trio.testing.assert_no_checkpoints():
        for i in range(5_000):
            bus.publish("t", i)

    assert trio.current_time() == start
    assert [event.data for event in await take(fast, 5_000)] == list(range(5_000))
    assert stalled.dropped_reason is not None


async def test_drops_are_counted_once_per_dropped_subscriber() -> None:
    bus = EventBus()
    bus.subscribe(buffer=1)
    bus.subscribe(buffer=2)
    kept = bus.subscribe(buffer=10)

    for i in range(5):
        bus.publish("t", i)

    assert bus.drops == 2
    assert bus.published == 5
    assert bus.subscriber_count == 1
    assert [event.data for event in await take(kept, 5)] == [0, 1, 2, 3, 4]


async def test_closing_a_subscription_unsubscribes() -> None:
    bus = EventBus()
    sub = bus.subscribe()
    other = bus.subscribe()
    assert bus.subscriber_count == 2

    sub.close()
    bus.publish("t", 1)

    assert bus.subscriber_count == 1
    assert bus.drops == 0
    with pytest.raises(trio.ClosedResourceError):
        await sub.receive()
    assert await take(other, 1) == [Event("t", 1)]


async def test_leaving_the_with_block_unsubscribes() -> None:
    bus = EventBus()

    with bus.subscribe() as sub:
        bus.publish("t", 1)
        async for event in sub:
            assert event.data == 1
            break

    assert bus.subscriber_count == 0


async def test_an_event_is_encoded_once_for_every_subscriber_that_asks() -> None:
    bus = EventBus()
    subs = [bus.subscribe(["t"]) for _ in range(3)]
    calls: list[Event] = []

    def encode(event: Event) -> str:
        calls.append(event)
        return f"{event.topic}:{event.data}"

    bus.publish("t", 7)
    texts = [(await take(sub, 1))[0].encoded(encode) for sub in subs]

    assert texts == ["t:7"] * 3
    assert len(calls) == 1


async def test_another_encoder_gets_its_own_encoding_of_an_event() -> None:
    event = Event("t", 7)

    assert event.encoded(lambda e: "first") == "first"
    assert event.encoded(lambda e: "second") == "second"


async def test_an_encoded_event_still_equals_the_same_event() -> None:
    event = Event("t", 7)

    event.encoded(lambda e: "text")

    assert event == Event("t", 7)


async def test_deliver_reaches_only_that_subscriber_in_order_with_broadcasts() -> None:
    bus = EventBus()
    with bus.subscribe(["t"]) as one, bus.subscribe(["t"]) as other:
        bus.publish("t", 1)
        assert one.deliver("reply", 2)
        bus.publish("t", 3)

        assert await take(one, 3) == [Event("t", 1), Event("reply", 2), Event("t", 3)]
        assert await take(other, 2) == [Event("t", 1), Event("t", 3)]
        assert bus.published == 2


async def test_deliver_to_a_full_subscriber_drops_it_once() -> None:
    bus = EventBus()
    sub = bus.subscribe(buffer=1)
    bus.publish("t", 1)

    assert not sub.deliver("reply", 2)
    assert not sub.deliver("reply", 3)

    assert sub.dropped_reason is not None
    assert bus.drops == 1
    assert bus.subscriber_count == 0
    assert [event.data for event in await take(sub, 1)] == [1]
    with pytest.raises(SubscriberDropped):
        await sub.receive()


async def test_receive_batch_returns_the_next_event_and_every_one_waiting() -> None:
    bus = EventBus()
    with bus.subscribe() as sub:
        for i in range(4):
            bus.publish("t", i)

        with trio.fail_after(1):
            batch = await sub.receive_batch()
            bus.publish("t", 4)
            later = await sub.receive_batch()

    assert [event.data for event in batch] == [0, 1, 2, 3]
    assert [event.data for event in later] == [4]


async def test_receive_batch_waits_for_the_next_event() -> None:
    bus = EventBus()
    received: list[list[Event]] = []
    with bus.subscribe() as sub:
        async with trio.open_nursery() as nursery:

            async def read() -> None:
                received.append(await sub.receive_batch())

            nursery.start_soon(read)
            await trio.testing.wait_all_tasks_blocked()
            assert received == []
            bus.publish("t", 1)

    assert received == [[Event("t", 1)]]


async def test_receive_batch_raises_subscriber_dropped_after_the_buffer_is_read() -> None:
    bus = EventBus()
    slow = bus.subscribe(buffer=2)
    for i in range(3):
        bus.publish("t", i)

    with trio.fail_after(1):
        assert [event.data for event in await slow.receive_batch()] == [0, 1]
        with pytest.raises(SubscriberDropped, match="2 events behind"):
            await slow.receive_batch()
