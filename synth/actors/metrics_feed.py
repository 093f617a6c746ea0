"""MetricsFeed: turns the ``turn_stats`` events of the chat chain into metrics.

ChatChain only publishes what a turn took; this actor owns the one task that
records it, so the chain never waits on metrics and no task runs unowned.
"""

from __future__ import annotations

import logging

from synth.metrics import Metrics
from synth.runtime.actor import Actor
from synth.runtime.errors import SubscriberDropped
from synth.runtime.event_bus import EventBus, Subscription

log = logging.getLogger("synth.metrics")

TOPIC = "turn_stats"
BUFFER = 1024


class MetricsFeed(Actor):
    name = "metrics_feed"

    def __init__(self, bus: EventBus, metrics: Metrics) -> None:
        super().__init__()
        self.bus = bus
        self.metrics = metrics

    async def on_start(self) -> None:
        # Subscribed before the actor counts as started: no turn after that is missed.
        self.nursery.start_soon(self._record, self.bus.subscribe({TOPIC}, BUFFER))

    async def _record(self, subscription: Subscription) -> None:
        while True:
            with subscription:
                try:
                    async for event in subscription:
                        self.metrics.observe_turn(event.data)
                    return
                except SubscriberDropped as exc:
                    log.warning("turn metrics fell behind and lost events: %s", exc)
            subscription = self.bus.subscribe({TOPIC}, BUFFER)
