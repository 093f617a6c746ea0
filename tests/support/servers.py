"""Real synth servers for tests: in-process (fast) or as a child process (signals, SIGKILL)."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import trio

from synth.assembly import Options, Persona
from synth.http.context import AppContext
from synth.runtime.system import System
from tests.support.waiting import eventually


@dataclass
class RunningServer:
    system: System
    persona: Persona
    data_dir: Path

    @property
    def webui(self) -> str:
        return self.system.state.urls["webui"]

    @property
    def ollama(self) -> str:
        return self.system.state.urls["ollama"]

    @property
    def context(self) -> AppContext:
        """The current incarnation's actor refs and bus (rebuilt by each restart)."""
        context = self.persona.context
        assert context is not None
        return context

    def client(self, **kwargs: object) -> httpx.AsyncClient:
        return httpx.AsyncClient(base_url=self.webui, timeout=10, **kwargs)  # type: ignore[arg-type]


def make_options(
    data_dir: Path,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, object] | None = None,
) -> Options:
    pinned: dict[str, object] = {"web.port": 0, "ollama_compat.port": 0}
    pinned.update(overrides or {})
    return Options(data_dir, data_dir / "synth.toml", pinned, dict(env or {}))


@asynccontextmanager
async def running_server(
    data_dir: Path,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, object] | None = None,
) -> AsyncIterator[RunningServer]:
    """A whole persona runtime on ephemeral loopback ports, inside this test's Trio run."""
    persona = Persona(make_options(data_dir, env, overrides))
    system = System(persona.build)
    result: list[int] = []
    async with trio.open_nursery() as nursery:

        async def run() -> None:
            result.append(await system.run())

        nursery.start_soon(run)
        with trio.fail_after(10):
            await system.ready.wait()
        try:
            yield RunningServer(system, persona, data_dir)
        finally:
            system.request_stop()


async def wait_ready(system: System) -> None:
    """Wait for the system to be serving again (after a restart)."""
    await eventually(system.ready.is_set, within=10)


URL_LINE = re.compile(r"^\s+(WebUI|Ollama|Login):\s+(\S+)")


@dataclass
class ServerProcess:
    proc: subprocess.Popen[str]
    urls: dict[str, str] = field(default_factory=dict)
    output: list[str] = field(default_factory=list)

    @property
    def webui(self) -> str:
        return self.urls["WebUI"].rstrip("/")

    @property
    def ollama(self) -> str:
        return self.urls["Ollama"]

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        try:
            return self.proc.wait(timeout)
        finally:
            if self.proc.stdout is not None:
                self.proc.stdout.close()


def start_process(
    data_dir: Path,
    *args: str,
    env: Mapping[str, str] | None = None,
    wait: bool = True,
    stderr: Path | None = None,
) -> ServerProcess:
    """``python -m synth serve`` on ephemeral ports; returns once it printed its URLs.

    Its log (stderr) is discarded, or written to the file ``stderr``.
    """
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SYNTH_")}
    full_env.update(env or {})
    log = open(stderr, "w") if stderr is not None else subprocess.DEVNULL
    try:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "synth",
                "serve",
                "--data-dir",
                str(data_dir),
                "--port",
                "0",
                "--ollama-port",
                "0",
                *args,
            ],
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
            env=full_env,
        )
    finally:
        if not isinstance(log, int):
            log.close()  # the child has its own copy
    server = ServerProcess(proc)
    if wait:
        assert proc.stdout is not None
        for line in proc.stdout:
            server.output.append(line)
            match = URL_LINE.match(line)
            if match:
                server.urls[match.group(1)] = match.group(2)
            if "WebUI" in server.urls and "Ollama" in server.urls:
                break
        else:
            raise RuntimeError(f"server exited early: {''.join(server.output)}")
    return server
