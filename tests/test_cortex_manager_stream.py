"""CortexManager passes an engine's deltas on as they come; those an engine yields in one
go wait together for the consumer."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from pathlib import Path

import trio

from synth.actors.config import ConfigActor, LiveSettings
from synth.actors.cortex_manager import CortexManager, Generate
from synth.actors.store import Store
from synth.config import load_settings
from synth.cortex.base import ChatMessage, Engine, LoginResult
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
    ) -> AsyncIterator[str]:
        for delta in DELTAS:
            yield delta

    async def models(self) -> list[str]:
        return []

    async def login(self) -> LoginResult:
        return LoginResult("not_required", "nothing to log into")

    def readiness(self) -> str | None:
        return None


async def test_deltas_an_engine_yields_at_once_wait_together_for_the_consumer(
    tmp_path: Path, nursery: trio.Nursery
) -> None:
    live = LiveSettings(load_settings(file_values={}, env={}, persisted={}))
    bus = EventBus()
    engines: dict[str, Engine] = {"at-once": AllAtOnce()}
    supervisor = Supervisor()
    store = supervisor.add(ChildSpec("store", lambda: Store(tmp_path / "synth.db")))
    config = supervisor.add(
        ChildSpec("config", lambda: ConfigActor(live, store, bus, tmp_path / "files"))
    )
    cortex = supervisor.add(ChildSpec("cortex", lambda: CortexManager(engines, live, config, bus)))
    await nursery.start(supervisor.run)
    batches: list[str] = []
    with trio.fail_after(10):
        async with await cortex.ask_stream(Generate([], {}, "at-once"), buffer=2) as deltas:
            async for delta in deltas:  # each wait, then whatever is already there
                batch = [delta]
                while True:
                    try:
                        batch.append(deltas.receive_nowait())
                    except (trio.WouldBlock, trio.EndOfChannel):
                        break
                batches.append("".join(batch))
    await supervisor.stop()
    assert "".join(batches) == DELTAS
    assert len(batches) <= len(DELTAS) // 2
