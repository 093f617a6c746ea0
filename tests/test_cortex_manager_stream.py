"""CortexManager names a stream's engine first, then passes its deltas on as they come;
those an engine yields in one go wait together for the consumer."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from pathlib import Path

import pytest
import trio

from synth.actors.config import ConfigActor, LiveSettings
from synth.actors.cortex_manager import CortexManager, EngineChosen, Generate
from synth.actors.store import Store
from synth.config import load_settings
from synth.cortex.base import ChatMessage, Engine, LoginResult
from synth.errors import Unavailable
from synth.runtime.actor import ActorRef
from synth.runtime.event_bus import EventBus
from synth.runtime.supervisor import ChildSpec, Supervisor

DELTAS = "abcdefghijkl"


class AllAtOnce:
    """An engine whose deltas come with no checkpoint between them, as one read's do."""

    name = "at-once"
    label = "At once"
    description = "test engine"
    dev = False
    needs_login = False

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncGenerator[str, None]:
        for delta in DELTAS:
            yield delta

    async def models(self) -> list[str]:
        return []

    async def login(self) -> LoginResult:
        return LoginResult("not_required", "nothing to log into")

    def readiness(self) -> str | None:
        return None


class NeverReady(AllAtOnce):
    name = "never-ready"

    def readiness(self) -> str | None:
        return "cortex.never.url is not set"


@pytest.fixture
async def cortex(tmp_path: Path, nursery: trio.Nursery) -> AsyncIterator[ActorRef]:
    settings = load_settings(file_values={}, env={}, persisted={"cortex.active": "at-once"})
    live = LiveSettings(settings)
    bus = EventBus()
    engines: dict[str, Engine] = {"at-once": AllAtOnce(), "never-ready": NeverReady()}
    supervisor = Supervisor()
    store = supervisor.add(ChildSpec("store", lambda: Store(tmp_path / "synth.db")))
    config = supervisor.add(
        ChildSpec("config", lambda: ConfigActor(live, store, bus, tmp_path / "files"))
    )
    cortex = supervisor.add(ChildSpec("cortex", lambda: CortexManager(engines, live, config, bus)))
    await nursery.start(supervisor.run)
    yield cortex
    await supervisor.stop()


async def test_a_stream_names_its_engine_first(cortex: ActorRef) -> None:
    with trio.fail_after(10):
        async with await cortex.ask_stream(Generate([], {}, "at-once")) as items:
            assert await items.receive() == EngineChosen("at-once")


async def test_the_active_engine_is_named_when_none_is_asked_for(cortex: ActorRef) -> None:
    with trio.fail_after(10):
        async with await cortex.ask_stream(Generate([], {})) as items:
            assert await items.receive() == EngineChosen("at-once")


async def test_an_engine_that_is_not_ready_is_named_before_its_failure(cortex: ActorRef) -> None:
    with trio.fail_after(10):
        async with await cortex.ask_stream(Generate([], {}, "never-ready")) as items:
            assert await items.receive() == EngineChosen("never-ready")
            with pytest.raises(Unavailable, match=r"cortex\.never\.url is not set"):
                await items.receive()


async def test_deltas_an_engine_yields_at_once_wait_together_for_the_consumer(
    cortex: ActorRef,
) -> None:
    batches: list[str] = []
    with trio.fail_after(10):
        async with await cortex.ask_stream(Generate([], {}, "at-once"), buffer=2) as deltas:
            assert await deltas.receive() == EngineChosen("at-once")
            async for delta in deltas:  # each wait, then whatever is already there
                batch = [delta]
                while True:
                    try:
                        batch.append(deltas.receive_nowait())
                    except (trio.WouldBlock, trio.EndOfChannel):
                        break
                batches.append("".join(batch))
    assert "".join(batches) == DELTAS
    assert len(batches) <= len(DELTAS) // 2
