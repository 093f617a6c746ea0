"""The cortex engines: the hot-swappable LLM behind the persona.

Each engine is a plain class speaking :class:`~synth.cortex.base.Engine`;
:func:`~synth.cortex.registry.build_engines` makes one of each for CortexManager.
"""

from synth.cortex.base import ChatMessage, ConfigGetter, Engine, LoginResult
from synth.cortex.echo import EchoEngine
from synth.cortex.lorem import LoremEngine
from synth.cortex.manual import ManualBroker, ManualEngine, PendingPrompt
from synth.cortex.ollama import OllamaEngine
from synth.cortex.openai import OpenAIEngine
from synth.cortex.registry import ENGINE_NAMES, build_engines
from synth.cortex.upstream import make_client

__all__ = [
    "ENGINE_NAMES",
    "ChatMessage",
    "ConfigGetter",
    "EchoEngine",
    "Engine",
    "LoginResult",
    "LoremEngine",
    "ManualBroker",
    "ManualEngine",
    "OllamaEngine",
    "OpenAIEngine",
    "PendingPrompt",
    "build_engines",
    "make_client",
]
