"""What a request handler may reach: actor refs and read-only views, nothing it owns."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quart import current_app

from synth.actors.config import LiveSettings
from synth.cortex.manual import ManualBroker
from synth.logs import LogRing
from synth.metrics import Metrics
from synth.runtime.actor import ActorRef
from synth.runtime.event_bus import EventBus


@dataclass(frozen=True)
class Actors:
    store: ActorRef
    grillo: ActorRef
    config: ActorRef
    cortex: ActorRef
    components: ActorRef
    chat: ActorRef
    history: ActorRef
    diary: ActorRef
    weather: ActorRef
    outbox: ActorRef
    integrations: ActorRef
    emotion: ActorRef
    karada: ActorRef


@dataclass(frozen=True)
class AppContext:
    actors: Actors
    live: LiveSettings
    bus: EventBus
    data_dir: Path
    auth_token: str | None
    request_restart: Callable[[], None]
    about: Callable[[], Awaitable[dict[str, Any]]]
    manual: ManualBroker
    log_ring: LogRing
    metrics: Metrics

    @property
    def auth_on(self) -> bool:
        return self.auth_token is not None


def ctx() -> AppContext:
    context: AppContext = current_app.extensions["synth"]
    return context
