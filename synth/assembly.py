"""Builds one incarnation of the persona: settings, actors, and both listeners.

The runtime's System calls ``build`` at start and again after each restart, so every
restart re-reads the config file, the environment and the persisted changes.
"""

from __future__ import annotations

import logging
import os
import platform
import resource
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import trio

import synth
from synth.actors.chat_chain import ActiveSessions, ChatChain
from synth.actors.chat_history import ChatHistory, MetaMemory
from synth.actors.components import Component, Components
from synth.actors.config import ConfigActor, LiveSettings
from synth.actors.cortex_manager import ActiveEngine, CortexManager
from synth.actors.diary import Diary, NotesMemory
from synth.actors.emotion_state import EmotionState
from synth.actors.grillo import Grillo, GrilloEntry, GrilloFeed
from synth.actors.integrations import Integrations
from synth.actors.karada_state import KaradaState
from synth.actors.metrics_feed import MetricsFeed
from synth.actors.outbox import Outbox
from synth.actors.store import Backup, Store
from synth.actors.weather import FetchWeather, OpenMeteo, Weather
from synth.config import Settings, env_values, load_file, load_settings
from synth.config.sources import ConfigFileError
from synth.cortex.manual import ManualBroker
from synth.cortex.registry import build_engines
from synth.cortex.upstream import make_client
from synth.http.auth import resolve_token
from synth.http.context import Actors, AppContext
from synth.http.ollama_app import create_ollama_app
from synth.http.webui_app import create_webui_app
from synth.http.ws import manual_prompt_frame
from synth.logs import LogRing, secret_values
from synth.metrics import Metrics, Throttled
from synth.runtime.event_bus import EventBus
from synth.runtime.listener import ListenerSpec, StartupError
from synth.runtime.shared_ask import SharedAsk
from synth.runtime.supervisor import ChildSpec, Supervisor
from synth.runtime.system import Assembly, StopReason, System
from synth.store.database import DB_NAME, read_persisted_config

log = logging.getLogger("synth")


@dataclass(frozen=True)
class Options:
    """What the command line decided: where things live, and flags that pin config keys."""

    data_dir: Path
    config_path: Path
    overrides: Mapping[str, object]
    environ: Mapping[str, str]


def load_current_settings(options: Options, *, read_only: bool = False) -> Settings:
    """Defaults < file < persisted < environment (command-line flags count as environment)."""
    try:
        file_values = load_file(options.config_path)
        env = {**env_values(options.environ), **options.overrides}
    except ConfigFileError as exc:
        raise StartupError(str(exc)) from None
    persisted = read_persisted_config(options.data_dir / DB_NAME, read_only=read_only)
    try:
        return load_settings(file_values=file_values, env=env, persisted=persisted)
    except Exception as exc:  # a bad file or environment value, named with its key
        raise StartupError(f"{options.config_path}: {exc}") from None


def prepare_data_dir(data_dir: Path) -> None:
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        probe = data_dir / ".write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as exc:
        raise StartupError(f"data dir {data_dir} is not writable: {exc.strerror}") from None


class Persona:
    """Holds the options across restarts and builds each incarnation."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self.started_at = time.time()
        self.machine = machine_facts()
        self.announce_token: str | None = None
        # The current incarnation's refs, for tests and tools that drive actors directly.
        self.context: AppContext | None = None
        # Recent log lines for /logs; one per process, so they survive restarts.
        self.log_ring = LogRing()

    async def build(self, system: System) -> Assembly:
        options = self.options
        await trio.to_thread.run_sync(prepare_data_dir, options.data_dir)
        settings = await trio.to_thread.run_sync(load_current_settings, options)
        live = LiveSettings(settings)
        bus = EventBus()
        hosts = [settings.get_str("web.host")]
        if settings.get_bool("ollama_compat.enabled"):
            hosts.append(settings.get_str("ollama_compat.host"))
        token, generated = resolve_token(
            settings.get_optional_str("auth.token"), hosts, options.data_dir
        )
        if generated:
            self.announce_token = token
        self.log_ring.install(logging.getLogger())  # the root: every library's lines too
        self.log_ring.redact_with(lambda: secret_values(live.get, token))

        supervisor = Supervisor(
            mailbox_size=settings.get_int("runtime.mailbox_size"),
            on_event=lambda event: bus.publish("supervision", event),
        )
        client = make_client(live.get)
        broker = ManualBroker(
            on_prompt=lambda prompt: bus.publish("manual", manual_prompt_frame(prompt)),
            on_withdrawn=lambda prompt_id: bus.publish(
                "manual", {"type": "prompt_withdrawn", "prompt_id": prompt_id}
            ),
        )
        engines = build_engines(live.get, client, broker)
        metrics = Metrics(supervisor.children, bus)
        supervisor.add(ChildSpec("metrics_feed", lambda: MetricsFeed(bus, metrics)))
        store = supervisor.add(ChildSpec("store", lambda: Store(options.data_dir / DB_NAME)))
        emotion = supervisor.add(ChildSpec("emotion", lambda: EmotionState(live, bus)))
        karada = supervisor.add(
            ChildSpec("karada", lambda: KaradaState(live, bus, options.data_dir))
        )
        grillo_feed = GrilloFeed(bus)
        grillo = supervisor.add(ChildSpec("grillo", lambda: Grillo(store, bus, grillo_feed)))
        config = supervisor.add(
            ChildSpec("config", lambda: ConfigActor(live, store, bus, options.data_dir / "files"))
        )
        cortex = supervisor.add(
            ChildSpec("cortex", lambda: CortexManager(engines, live, config, bus))
        )
        # What the Diary and ChatHistory keep in memory outlives their restarts (each new
        # incarnation forgets it all), so the prompt builder can read it directly.
        notes, metas = NotesMemory(), MetaMemory()
        diary = supervisor.add(ChildSpec("diary", lambda: Diary(store, bus, live, notes)))
        history = supervisor.add(ChildSpec("chat_history", lambda: ChatHistory(store, bus, metas)))
        files_dir = options.data_dir / "files"
        chat = supervisor.add(
            ChildSpec(
                "chat_chain",
                lambda: ChatChain(
                    store, cortex, live, bus, files_dir, diary, history, notes, metas
                ),
            )
        )

        weather = supervisor.add(
            ChildSpec("weather", lambda: Weather(live.get, OpenMeteo(client), bus))
        )
        outbox = supervisor.add(ChildSpec("outbox", lambda: Outbox(store, bus)))
        integrations = supervisor.add(
            ChildSpec("integrations", lambda: Integrations(store, chat, outbox))
        )

        async def run_weather(args: Mapping[str, Any]) -> dict[str, Any]:
            reading: dict[str, Any] = await weather.ask(FetchWeather())
            return reading

        async def run_backup(args: Mapping[str, Any]) -> dict[str, Any]:
            path: Path = await store.ask(Backup(options.data_dir / "backups"))
            size = (await trio.Path(path).stat()).st_size
            return {"path": str(path), "size": size}

        components = supervisor.add(
            ChildSpec(
                "components",
                lambda: Components(
                    [
                        Component("webui", "interfaces", "WebUI", "The browser UI and its API."),
                        Component(
                            "ollama_compat_server",
                            "interfaces",
                            "Ollama-compatible server",
                            "Lets any Ollama or OpenAI client chat with the persona.",
                            enabled=lambda: bool(live.get("ollama_compat.enabled")),
                        ),
                        Component(
                            "store",
                            "plugins",
                            "Store",
                            "The SQLite database; run it to write a consistent backup.",
                            actor="store",
                            runner=run_backup,
                        ),
                        Component(
                            "grillo",
                            "plugins",
                            "Grillo",
                            "The activity log of the runtime.",
                            actor="grillo",
                        ),
                        Component(
                            "weather",
                            "plugins",
                            "Weather",
                            "The weather where the persona is; run it to fetch now.",
                            actor="weather",
                            runner=run_weather,
                            enabled=lambda: bool(live.get("weather.url")),
                        ),
                        Component(
                            "diary",
                            "plugins",
                            "Diary",
                            "The persona's own notes, also written inline as [diary: ...].",
                            actor="diary",
                        ),
                        Component(
                            "outbox",
                            "plugins",
                            "Outbox",
                            "Messages waiting for integrations to fetch them, each delivered once.",
                            actor="outbox",
                        ),
                        Component(
                            "integrations",
                            "plugins",
                            "Integrations",
                            "Messages from other apps; chat messages are answered in the outbox.",
                            actor="integrations",
                        ),
                        Component(
                            "karada",
                            "plugins",
                            "Karada",
                            "The body: skins, animations and their state, uploads, the VRM.",
                            actor="karada",
                        ),
                    ],
                    cortex,
                    bus,
                    supervisor.children,
                ),
            )
        )

        started_at = _iso(self.started_at)
        # A client may poll /api/about as fast as it likes: /proc is read once a second, and
        # requests that come together share their questions to the actors.
        memory_rss = Throttled(rss_bytes, max_age_s=1.0)
        engine_ask = SharedAsk(cortex, ActiveEngine())
        sessions_ask = SharedAsk(chat, ActiveSessions())

        async def about() -> dict[str, Any]:
            active_cortex = await engine_ask.ask()
            active_sessions = await sessions_ask.ask()
            return {
                "name": live.get("persona.name"),
                "version": synth.__version__,
                "started_at": started_at,
                "uptime_s": round(time.time() - self.started_at, 3),
                "restarts": system.state.restarts,
                "active_sessions": active_sessions,
                "active_cortex": active_cortex,
                "system": {**self.machine, "memory_rss_bytes": memory_rss()},
                "actors": [
                    {
                        "name": child.name,
                        "status": child.status,
                        "restarts": child.restarts,
                        "mailbox_size": child.mailbox_size,
                    }
                    for child in supervisor.children()
                ],
            }

        context = AppContext(
            actors=Actors(
                store,
                grillo,
                config,
                cortex,
                components,
                chat,
                history,
                diary,
                weather,
                outbox,
                integrations,
                emotion,
                karada,
            ),
            live=live,
            bus=bus,
            data_dir=options.data_dir,
            auth_token=token,
            request_restart=system.request_restart,
            about=about,
            manual=broker,
            log_ring=self.log_ring,
            metrics=metrics,
        )
        self.context = context
        listeners = [
            ListenerSpec(
                "webui",
                create_webui_app(context),
                settings.get_str("web.host"),
                settings.get_int("web.port"),
                websocket_max_message_size=settings.get_int("web.ws_max_frame_bytes"),
            )
        ]
        if settings.get_bool("ollama_compat.enabled"):
            listeners.append(
                ListenerSpec(
                    "ollama",
                    create_ollama_app(context),
                    settings.get_str("ollama_compat.host"),
                    settings.get_int("ollama_compat.port"),
                )
            )

        def before_shutdown(reason: StopReason) -> None:
            bus.publish(
                "system", {"event": "restarting" if reason is StopReason.RESTART else "stopping"}
            )
            if reason is StopReason.RESTART:
                bus.publish("grillo", GrilloEntry("system_restart", "system", "restart requested"))
            else:
                # The run is over: leave the root logger as it was (one process may run many).
                self.log_ring.uninstall(logging.getLogger())

        async def after_shutdown() -> None:
            await client.aclose()

        return Assembly(
            supervisor=supervisor,
            listeners=listeners,
            drain_s=settings.get_float("runtime.drain_s"),
            before_shutdown=before_shutdown,
            after_shutdown=after_shutdown,
        )


def _iso(timestamp: float) -> str:
    stamp = datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="milliseconds")
    return stamp.replace("+00:00", "Z")


def machine_facts() -> dict[str, Any]:
    """What /api/about says of the machine; it does not change while the process runs."""
    return {
        "python": platform.python_version(),
        "platform": sys.platform,
        "machine": platform.machine(),
        "cpu_count": os.cpu_count(),
    }


def rss_bytes() -> int:
    """Current resident memory (Linux /proc), else the peak from getrusage."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
