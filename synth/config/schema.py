"""Every configuration key, declared once: type, default, words for humans, and flags.

The schema is the single source that the config file, the environment, ``POST /api/config``,
the WebUI settings page and ``synth config show`` all read, so a key exists everywhere the
moment it is added here. List defaults are tuples so that the schema itself stays immutable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

ValueType = Literal["str", "int", "float", "bool", "choice", "list", "file", "secret"]

DATA_DIR_ENV = "SYNTH_DATA_DIR"
"""Names the data dir; not a key, because the data dir must be known before any key is read."""

ENV_ALIASES: Mapping[str, str] = MappingProxyType({"WEB_DEBUG": "web.debug"})
"""Documented extra variable names; the key's own ``SYNTH_`` variable wins when both are set."""


@dataclass(frozen=True)
class Constraints:
    """Limits a value must respect; ``max_length`` counts characters (of each item, for lists)."""

    min: float | None = None
    max: float | None = None
    choices: tuple[str, ...] | None = None
    max_length: int | None = None

    def as_json(self) -> dict[str, object] | None:
        """The set fields as the API's ``constraints`` object, or None when nothing is set."""
        out: dict[str, object] = {}
        if self.min is not None:
            out["min"] = self.min
        if self.max is not None:
            out["max"] = self.max
        if self.choices is not None:
            out["choices"] = list(self.choices)
        if self.max_length is not None:
            out["max_length"] = self.max_length
        return out or None


@dataclass(frozen=True)
class Key:
    """One configuration key. ``component`` names the part of the runtime that reads it."""

    key: str
    value_type: ValueType
    default: object
    label: str
    description: str
    group: str
    component: str
    sensitive: bool = False
    restart_required: bool = False
    constraints: Constraints | None = None

    @property
    def env_var(self) -> str:
        """The one environment variable that sets this key, e.g. ``SYNTH_CORTEX_OLLAMA_URL``."""
        return "SYNTH_" + self.key.upper().replace(".", "_")


LISTEN_PORT = Constraints(min=0, max=65535)  # 0 asks the OS for any free port (tests use it)
PORT = Constraints(min=1, max=65535)
SECONDS = Constraints(min=0.001)  # timeouts and periods must be positive
COUNT = Constraints(min=0)
SIZE = Constraints(min=1)
BODY_SIZE = Constraints(min=4096)
"""Small enough to test with, large enough that POST /api/config can always undo it."""
HOST = Constraints(max_length=253)
URL = Constraints(max_length=2048)
NAME = Constraints(max_length=200)
LOG_LEVELS = Constraints(choices=("debug", "info", "warning", "error", "critical"))

MIB = 1024 * 1024

SCHEMA: tuple[Key, ...] = (
    # web
    Key(
        "web.host",
        "str",
        "127.0.0.1",
        "WebUI address",
        "Address the WebUI listener binds to. Anything but loopback turns auth on.",
        "Web interface",
        "webui",
        restart_required=True,
        constraints=HOST,
    ),
    Key(
        "web.port",
        "int",
        8000,
        "WebUI port",
        "TCP port of the WebUI listener; 0 picks any free port.",
        "Web interface",
        "webui",
        restart_required=True,
        constraints=LISTEN_PORT,
    ),
    Key(
        "web.debug",
        "bool",
        False,
        "Debug mode",
        "Opens the /logs WebSocket (checked on each connect). Error bodies still hide internals.",
        "Web interface",
        "webui",
    ),
    Key(
        "web.hello_timeout_s",
        "float",
        10.0,
        "WebSocket hello timeout (s)",
        "Seconds a new WebSocket client has to send its hello frame before it is closed.",
        "Web interface",
        "webui",
        constraints=SECONDS,
    ),
    Key(
        "web.history_replay",
        "int",
        50,
        "History replay",
        "How many recent messages a WebSocket client receives on connect.",
        "Web interface",
        "webui",
        constraints=COUNT,
    ),
    Key(
        "web.ws_max_frame_bytes",
        "int",
        65536,
        "Max WebSocket frame (bytes)",
        "Largest WebSocket frame the server accepts from a client.",
        "Web interface",
        "webui",
        restart_required=True,
        constraints=Constraints(min=1024),
    ),
    Key(
        "web.ws_queue",
        "int",
        256,
        "WebSocket send queue",
        "Frames queued for one slow WebSocket client before it is disconnected.",
        "Web interface",
        "webui",
        constraints=SIZE,
    ),
    # ollama_compat
    Key(
        "ollama_compat.enabled",
        "bool",
        True,
        "Ollama-compatible server",
        "Run the second listener that speaks the Ollama and OpenAI protocols.",
        "Ollama-compatible server",
        "ollama_compat_server",
        restart_required=True,
    ),
    Key(
        "ollama_compat.host",
        "str",
        "127.0.0.1",
        "Ollama-compatible address",
        "Address the Ollama-compatible listener binds to.",
        "Ollama-compatible server",
        "ollama_compat_server",
        restart_required=True,
        constraints=HOST,
    ),
    Key(
        "ollama_compat.port",
        "int",
        11435,
        "Ollama-compatible port",
        "TCP port of the Ollama-compatible listener; 0 picks any free port.",
        "Ollama-compatible server",
        "ollama_compat_server",
        restart_required=True,
        constraints=LISTEN_PORT,
    ),
    Key(
        "ollama_compat.version",
        "str",
        "0.12.3",
        "Reported Ollama version",
        "Version string returned by /api/version; some clients check it.",
        "Ollama-compatible server",
        "ollama_compat_server",
        constraints=Constraints(max_length=64),
    ),
    Key(
        "ollama_compat.models",
        "list",
        ("synth:latest",),
        "Model names",
        "Model names the persona answers to and that /api/tags lists.",
        "Ollama-compatible server",
        "ollama_compat_server",
        constraints=NAME,
    ),
    Key(
        "ollama_compat.origins",
        "list",
        (),
        "CORS origins",
        "Browser origins allowed to call the Ollama-compatible listener; empty: CORS off.",
        "Ollama-compatible server",
        "ollama_compat_server",
        restart_required=True,
        constraints=URL,
    ),
    Key(
        "ollama_compat.require_token",
        "bool",
        False,
        "Require token",
        "Ask Ollama clients for the auth token too.",
        "Ollama-compatible server",
        "ollama_compat_server",
    ),
    # auth
    Key(
        "auth.token",
        "secret",
        None,
        "Access token",
        "Token clients must present when auth is on. Unset: one is generated on first start"
        " if a listener binds beyond loopback.",
        "Authentication",
        "auth",
        sensitive=True,
        restart_required=True,
        constraints=Constraints(max_length=512),
    ),
    # runtime
    Key(
        "runtime.drain_s",
        "float",
        5.0,
        "Shutdown drain (s)",
        "Seconds in-flight requests may take to finish on shutdown or restart.",
        "Runtime",
        "runtime",
        restart_required=True,
        constraints=Constraints(min=0),
    ),
    Key(
        "runtime.mailbox_size",
        "int",
        256,
        "Actor mailbox size",
        "Messages an actor's mailbox holds before senders wait.",
        "Runtime",
        "runtime",
        restart_required=True,
        constraints=SIZE,
    ),
    # limits
    Key(
        "limits.body_bytes",
        "int",
        MIB,
        "Max request body (bytes)",
        "Largest JSON request body either listener accepts.",
        "Limits",
        "http",
        constraints=BODY_SIZE,
    ),
    Key(
        "limits.upload_bytes",
        "int",
        10 * MIB,
        "Max file upload (bytes)",
        "Largest file accepted for a file-type config key.",
        "Limits",
        "webui",
        constraints=SIZE,
    ),
    Key(
        "limits.animation_upload_bytes",
        "int",
        50 * MIB,
        "Max animation upload (bytes)",
        "Largest FBX or VRMA animation upload.",
        "Limits",
        "karada",
        constraints=SIZE,
    ),
    Key(
        "limits.vrm_upload_bytes",
        "int",
        100 * MIB,
        "Max VRM upload (bytes)",
        "Largest VRM avatar upload.",
        "Limits",
        "karada",
        constraints=SIZE,
    ),
    Key(
        "limits.prompt_chars",
        "int",
        100_000,
        "Max prompt length (characters)",
        "Longest user message or prompt override accepted.",
        "Limits",
        "chat",
        constraints=SIZE,
    ),
    # cortex
    Key(
        "cortex.active",
        "str",
        "echo",
        "Active cortex engine",
        "Engine that answers as the persona (echo, manual, ollama, openai, ...).",
        "Cortex",
        "cortex",
        constraints=Constraints(max_length=64),
    ),
    Key(
        "cortex.timeout_s",
        "float",
        120.0,
        "Cortex timeout (s)",
        "Seconds an engine's upstream may take to answer.",
        "Cortex",
        "cortex",
        constraints=SECONDS,
    ),
    Key(
        "cortex.ollama.url",
        "str",
        "http://127.0.0.1:11434",
        "Ollama URL",
        "Base URL of the Ollama server the ollama engine streams from.",
        "Cortex",
        "cortex:ollama",
        constraints=URL,
    ),
    Key(
        "cortex.ollama.model",
        "str",
        "llama3.2",
        "Ollama model",
        "Model the ollama engine asks for.",
        "Cortex",
        "cortex:ollama",
        constraints=NAME,
    ),
    Key(
        "cortex.openai.url",
        "str",
        None,
        "OpenAI-compatible URL",
        "Base URL of an OpenAI-compatible server (llama.cpp, vLLM, LM Studio, OpenAI).",
        "Cortex",
        "cortex:openai",
        constraints=URL,
    ),
    Key(
        "cortex.openai.model",
        "str",
        None,
        "OpenAI-compatible model",
        "Model the openai engine asks for.",
        "Cortex",
        "cortex:openai",
        constraints=NAME,
    ),
    Key(
        "cortex.openai.api_key",
        "secret",
        None,
        "OpenAI-compatible API key",
        "Bearer key for the OpenAI-compatible server; unset when it needs none.",
        "Cortex",
        "cortex:openai",
        sensitive=True,
        constraints=Constraints(max_length=512),
    ),
    # persona
    Key(
        "persona.name",
        "str",
        "Synth",
        "Persona name",
        "Name the persona goes by.",
        "Persona",
        "chat",
        constraints=NAME,
    ),
    Key(
        "persona.prompt",
        "file",
        None,
        "System prompt file",
        "Uploaded text file with the persona's system prompt.",
        "Persona",
        "chat",
    ),
    # chat
    Key(
        "chat.context_messages",
        "int",
        20,
        "Context messages",
        "Recent messages of the conversation included in each prompt.",
        "Chat",
        "chat",
        constraints=COUNT,
    ),
    Key(
        "chat.tag_max_chars",
        "int",
        64,
        "Max emotion tag length",
        "Longest text held back while a '[' might still open an emotion tag.",
        "Chat",
        "chat",
        constraints=Constraints(min=3, max=4096),
    ),
    # animation
    Key(
        "animation.skin",
        "str",
        "default",
        "Skin",
        "Active avatar skin.",
        "Animation",
        "karada",
        constraints=NAME,
    ),
    Key(
        "animation.context_ttl_s",
        "float",
        120.0,
        "Animation context TTL (s)",
        "Seconds an animation context lives, so a vanished client cannot leave the avatar stuck.",
        "Animation",
        "karada",
        constraints=SECONDS,
    ),
    Key(
        "animation.promotion_enabled",
        "bool",
        False,
        "Allow promotion",
        "Allow uploaded animations to be moved into the active skin.",
        "Animation",
        "karada",
    ),
    # emotion
    Key(
        "emotion.half_life_s",
        "float",
        30.0,
        "Emotion half-life (s)",
        "Seconds for an emotion to decay halfway back to neutral.",
        "Emotion",
        "emotion",
        constraints=SECONDS,
    ),
    Key(
        "emotion.max_events_per_s",
        "int",
        10,
        "Max emotion events per second",
        "Emotion changes accepted per second; the excess is dropped.",
        "Emotion",
        "emotion",
        constraints=SIZE,
    ),
    # weather
    Key(
        "weather.url",
        "str",
        None,
        "Weather service URL",
        "Open-Meteo-style forecast URL. Unset: weather is off and nothing is fetched.",
        "Weather",
        "weather",
        constraints=URL,
    ),
    Key(
        "weather.latitude",
        "float",
        None,
        "Latitude",
        "Latitude of the place whose weather the persona feels.",
        "Weather",
        "weather",
        constraints=Constraints(min=-90, max=90),
    ),
    Key(
        "weather.longitude",
        "float",
        None,
        "Longitude",
        "Longitude of the place whose weather the persona feels.",
        "Weather",
        "weather",
        constraints=Constraints(min=-180, max=180),
    ),
    Key(
        "weather.interval_s",
        "float",
        1800.0,
        "Weather interval (s)",
        "Seconds between weather fetches.",
        "Weather",
        "weather",
        constraints=Constraints(min=1),
    ),
    # selkies
    Key(
        "selkies.enabled",
        "bool",
        False,
        "Selkies",
        "Show the Selkies remote desktop stream and probe its health.",
        "Selkies",
        "selkies",
    ),
    Key(
        "selkies.url",
        "str",
        None,
        "Selkies URL",
        "URL of the Selkies stream.",
        "Selkies",
        "selkies",
        constraints=URL,
    ),
    Key(
        "selkies.host",
        "str",
        None,
        "Selkies host",
        "Host name of the Selkies server.",
        "Selkies",
        "selkies",
        constraints=HOST,
    ),
    Key(
        "selkies.http_port",
        "int",
        5006,
        "Selkies HTTP port",
        "HTTP port of the Selkies server.",
        "Selkies",
        "selkies",
        constraints=PORT,
    ),
    Key(
        "selkies.https_port",
        "int",
        5007,
        "Selkies HTTPS port",
        "HTTPS port of the Selkies server.",
        "Selkies",
        "selkies",
        constraints=PORT,
    ),
    # logchat
    Key(
        "logchat.enabled",
        "bool",
        False,
        "Log chat",
        "Forward runtime log messages to a chat.",
        "Log chat",
        "logchat",
        restart_required=True,
    ),
    Key(
        "logchat.interface",
        "str",
        None,
        "Log chat interface",
        "Chat interface that receives the log messages.",
        "Log chat",
        "logchat",
        restart_required=True,
        constraints=NAME,
    ),
    Key(
        "logchat.chat_id",
        "str",
        None,
        "Log chat id",
        "Chat within that interface that receives the log messages.",
        "Log chat",
        "logchat",
        restart_required=True,
        constraints=NAME,
    ),
    Key(
        "logchat.level",
        "choice",
        "warning",
        "Log chat level",
        "Least severe log level forwarded to the chat.",
        "Log chat",
        "logchat",
        restart_required=True,
        constraints=LOG_LEVELS,
    ),
    # locations
    Key(
        "locations.available",
        "list",
        ("Living room", "Study", "Garden"),
        "Locations",
        "Places the persona can be.",
        "Locations",
        "locations",
        constraints=NAME,
    ),
    Key(
        "locations.current",
        "str",
        "Living room",
        "Current location",
        "Where the persona is now.",
        "Locations",
        "locations",
        constraints=NAME,
    ),
)

KEYS: Mapping[str, Key] = MappingProxyType({k.key: k for k in SCHEMA})


def check_env_names(keys: Iterable[Key]) -> None:
    """Raise ValueError if two keys (or one key twice), an alias or ``SYNTH_DATA_DIR`` clash.

    Each variable must mean exactly one thing, or setting it would silently set two keys.
    """
    owners: dict[str, str] = {DATA_DIR_ENV: "the data dir"}
    for alias, target in ENV_ALIASES.items():
        owners[alias] = f"the alias of {target}"
    for key in keys:
        if key.env_var in owners:
            raise ValueError(f"{key.key} and {owners[key.env_var]} both map to {key.env_var}")
        owners[key.env_var] = key.key


check_env_names(SCHEMA)
