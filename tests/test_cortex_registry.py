"""The engine registry: one of each engine, described for the WebUI."""

from __future__ import annotations

import httpx

from synth.cortex.manual import ManualBroker, ManualEngine
from synth.cortex.registry import ENGINE_NAMES, build_engines

NOTHING_SET: dict[str, object] = {}


async def test_builds_every_named_engine_with_a_description() -> None:
    async with httpx.AsyncClient() as client:
        engines = build_engines(NOTHING_SET.get, client)
    assert tuple(engines) == ENGINE_NAMES
    assert ENGINE_NAMES[0] == "echo"
    assert {name for name, engine in engines.items() if engine.dev} == {"lorem"}
    for name, engine in engines.items():
        assert engine.name == name
        assert engine.label and engine.description


async def test_unconfigured_engines_say_what_to_set() -> None:
    async with httpx.AsyncClient() as client:
        engines = build_engines(NOTHING_SET.get, client)
    assert engines["echo"].readiness() is None
    assert engines["ollama"].readiness() == "set cortex.ollama.url to use the ollama engine"
    assert engines["openai"].readiness() == "set cortex.openai.url to use the openai engine"
    assert engines["manual"].readiness() == "no WebUI client is connected to answer"


async def test_the_manual_engine_answers_through_the_given_broker() -> None:
    broker = ManualBroker()
    async with httpx.AsyncClient() as client:
        manual = build_engines(NOTHING_SET.get, client, broker)["manual"]
    assert isinstance(manual, ManualEngine)
    assert manual.broker is broker
