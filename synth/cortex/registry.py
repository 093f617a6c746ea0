"""Every engine the runtime offers, built in one place: adding an engine is one line in
``ENGINE_TYPES`` and one in :func:`build_engines`."""

from __future__ import annotations

import httpx

from synth.cortex.base import ConfigGetter, Engine
from synth.cortex.echo import EchoEngine
from synth.cortex.lorem import LoremEngine
from synth.cortex.manual import ManualBroker, ManualEngine
from synth.cortex.ollama import OllamaEngine
from synth.cortex.openai import OpenAIEngine

ENGINE_TYPES = (EchoEngine, ManualEngine, OllamaEngine, OpenAIEngine, LoremEngine)
ENGINE_NAMES: tuple[str, ...] = tuple(engine_type.name for engine_type in ENGINE_TYPES)
"""Engine names in the order the WebUI lists them; ``echo`` is the default."""


def build_engines(
    get: ConfigGetter, client: httpx.AsyncClient, broker: ManualBroker | None = None
) -> dict[str, Engine]:
    """One instance of each engine, keyed by name.

    The HTTP engines share ``client``, which stays the caller's to close. Pass the
    ``broker`` the WebUI layer answers through (a fresh one is made otherwise; it is
    reachable as ``engines["manual"].broker``).
    """
    engines: tuple[Engine, ...] = (
        EchoEngine(),
        ManualEngine(broker),
        OllamaEngine(get, client),
        OpenAIEngine(get, client),
        LoremEngine(),
    )
    return {engine.name: engine for engine in engines}
