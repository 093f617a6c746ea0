"""The ``synth`` command: ``synth serve`` and ``synth config show``."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import socket
import sys
from collections.abc import Sequence

import trio

from synth.assembly import Options, Persona, load_current_settings
from synth.config import config_file_path, render_show, resolve_data_dir
from synth.runtime.listener import StartupError
from synth.runtime.system import System


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="synth", description="Synthetic Heart persona runtime")
    commands = parser.add_subparsers(dest="command", required=True)

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--data-dir", help="where the database and files live")
        sub.add_argument("--config", help="config file (default: <data dir>/synth.toml)")

    serve = commands.add_parser("serve", help="run the persona")
    common(serve)
    serve.add_argument("--host", help="WebUI listener address (pins web.host)")
    serve.add_argument("--port", type=int, help="WebUI listener port (pins web.port)")
    serve.add_argument("--ollama-port", type=int, help="Ollama listener port (pins it)")
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning"])

    config = commands.add_parser("config", help="inspect the configuration")
    config_commands = config.add_subparsers(dest="config_command", required=True)
    show = config_commands.add_parser("show", help="print each value and where it came from")
    common(show)
    return parser.parse_args(argv)


def options_from(args: argparse.Namespace) -> Options:
    data_dir = resolve_data_dir(args.data_dir, os.environ)
    overrides: dict[str, object] = {}
    if getattr(args, "host", None):
        overrides["web.host"] = args.host
    if getattr(args, "port", None) is not None:
        overrides["web.port"] = args.port
    if getattr(args, "ollama_port", None) is not None:
        overrides["ollama_compat.port"] = args.ollama_port
    return Options(data_dir, config_file_path(args.config, data_dir), overrides, dict(os.environ))


def ready(persona: Persona, system: System) -> None:
    if system.state.restarts == 0:
        gc.freeze()
    announce(persona, system)


def announce(persona: Persona, system: System) -> None:
    urls = system.state.urls
    if system.state.restarts == 0:
        print(f"Synthetic Heart is ready. Data: {persona.options.data_dir}", flush=True)
        print(f"  WebUI:  {urls.get('webui')}/", flush=True)
        if "ollama" in urls:
            print(f"  Ollama: {urls['ollama']}", flush=True)
    if persona.announce_token is not None:
        login = f"{reachable(urls.get('webui', ''))}/?token={persona.announce_token}"
        print(f"  Login:  {login}", flush=True)
        persona.announce_token = None


def reachable(url: str) -> str:
    """``url`` with a wildcard bind address replaced by this machine's name, so the login
    URL printed for a LAN listener works from another machine."""
    for wildcard in ("0.0.0.0", "[::]"):
        if f"//{wildcard}:" in url:
            return url.replace(wildcard, socket.gethostname(), 1)
    return url


def configure_logging(level: str) -> None:
    """Log to stderr from ``level`` on (``debug``, ``info``, ``warning``).

    httpx logs every request it makes at INFO: a line per chat turn, formatted and written
    on the way to the turn's first token. Above ``debug`` only its warnings show.
    """
    threshold = logging.getLevelNamesMapping()[level.upper()]
    logging.basicConfig(
        level=threshold,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    quiet = threshold > logging.DEBUG
    logging.getLogger("httpx").setLevel(logging.WARNING if quiet else logging.NOTSET)


def serve(args: argparse.Namespace) -> int:
    configure_logging(args.log_level)
    persona = Persona(options_from(args))
    # Fewer, cheaper collections: with 200 WebSocket clients the default thresholds made
    # full collections of ~100k long-lived objects stall every socket for ~100 ms
    # (docs/performance.md, "WS fan-out"). Objects alive at start-up are frozen out of them.
    # A young collection costs about 0.4 us per object it finds: 10,000 keeps each pause
    # at 2-4 ms (50,000 paused 8-28 ms), and steady traffic frees its objects before that.
    gc.set_threshold(10_000, 50, 100)
    system = System(persona.build, handle_signals=True, on_ready=lambda s: ready(persona, s))
    try:
        return trio.run(system.run)
    except StartupError as exc:
        print(f"synth: {exc}", file=sys.stderr)
        return 2


def config_show(args: argparse.Namespace) -> int:
    options = options_from(args)
    try:
        print(render_show(load_current_settings(options, read_only=True)))
    except StartupError as exc:
        print(f"synth: {exc}", file=sys.stderr)
        return 2
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "serve":
        return serve(args)
    return config_show(args)
