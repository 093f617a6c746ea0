"""Child processes of a benchmark: synth itself and fake upstreams.

Everything measured runs in its own process, so the load generator (the ``python -m
bench`` process) never shares an event loop or a GIL with what it measures. A child
announces its URLs on stdout; :func:`spawn` waits for them under a deadline (a child
that hangs or dies early fails the benchmark instead of stalling it) and then keeps
draining stdout, so a chatty child can never block on a full pipe.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.fake_ollama import READY_PREFIX
from bench.hello_server import READY_PREFIX as HELLO_PREFIX

STARTUP_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 15.0
SYNTH_URL_LINE = re.compile(r"^\s+(WebUI|Ollama):\s+(\S+)")


@dataclass
class Child:
    """A running child process and the URLs it announced."""

    name: str
    proc: subprocess.Popen[str]
    urls: dict[str, str] = field(default_factory=dict)
    output: list[str] = field(default_factory=list)
    spawned_at: float = 0.0
    """``time.perf_counter()`` just before the process was spawned."""
    ready_at: float = 0.0
    """``time.perf_counter()`` when stdout had announced every wanted URL."""
    log: Path | None = None
    """Where its stderr goes, when kept."""

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self) -> int:
        """SIGTERM, a bounded wait, then SIGKILL; returns the exit status."""
        if self.proc.poll() is None:
            self.proc.terminate()
        try:
            return self.proc.wait(STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()


def _drain(child: Child) -> None:
    assert child.proc.stdout is not None
    for line in child.proc.stdout:
        child.output.append(line)


@contextmanager
def spawn(
    name: str,
    argv: list[str],
    url_pattern: re.Pattern[str],
    wanted: set[str],
    *,
    stderr: Path | None = None,
    env: Mapping[str, str] | None = None,
) -> Iterator[Child]:
    """Start ``argv``, wait until stdout matched every URL name in ``wanted``, stop it on exit.

    ``url_pattern`` has two groups: the URL's name and the URL.
    """
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SYNTH_")}
    full_env.update(env or {})
    full_env["PYTHONUNBUFFERED"] = "1"
    with open(stderr or os.devnull, "w") as err:
        spawned_at = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, text=True, env=full_env)
    child = Child(name, proc, spawned_at=spawned_at, log=stderr)
    # A watchdog instead of a non-blocking read: if no URL arrives in time, killing the
    # child ends the blocking read below with EOF.
    watchdog = threading.Timer(STARTUP_TIMEOUT_S, proc.kill)
    watchdog.start()
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            child.output.append(line)
            match = url_pattern.match(line)
            if match:
                child.urls[match.group(1)] = match.group(2).rstrip("/")
            if wanted <= child.urls.keys():
                child.ready_at = time.perf_counter()
                break
        else:
            raise RuntimeError(f"{name} exited before it was ready:\n{''.join(child.output)}")
    except BaseException:
        watchdog.cancel()
        child.stop()
        raise
    watchdog.cancel()
    drainer = threading.Thread(target=_drain, args=(child,), daemon=True)
    drainer.start()
    try:
        yield child
    finally:
        child.stop()
        drainer.join(STOP_TIMEOUT_S)


@contextmanager
def fake_ollama(batch: int) -> Iterator[Child]:
    """The fast fake upstream (:mod:`bench.fake_ollama`); its URL is ``urls["fake"]``."""
    pattern = re.compile(rf"^({re.escape(READY_PREFIX.strip())}) (\S+)")
    argv = [sys.executable, "-m", "bench.fake_ollama", "--batch", str(batch)]
    with spawn("fake ollama", argv, pattern, {READY_PREFIX.strip()}) as child:
        child.urls["fake"] = child.urls.pop(READY_PREFIX.strip())
        yield child


@contextmanager
def hello_server() -> Iterator[Child]:
    """The bare Quart-Trio hello-world (:mod:`bench.hello_server`); its URL is ``urls["hello"]``."""
    pattern = re.compile(rf"^({re.escape(HELLO_PREFIX)}) (\S+)")
    argv = [sys.executable, "-m", "bench.hello_server"]
    with spawn("hello server", argv, pattern, {HELLO_PREFIX}) as child:
        child.urls["hello"] = child.urls.pop(HELLO_PREFIX)
        yield child


def load(args: Sequence[str], timeout_s: float) -> dict[str, Any]:
    """Run one load process (``python -m bench.loadgen ARGS``) to its end; its JSON result.

    The load generator is its own process, so it never shares a CPU's worth of event loop
    with the parent or with what it measures. Its last stdout line is the result.
    """
    argv = [sys.executable, "-m", "bench.loadgen", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    try:
        done = subprocess.run(
            argv, capture_output=True, text=True, timeout=timeout_s, env=env, check=False
        )
    except subprocess.TimeoutExpired:
        raise RuntimeError(f"load process {args[0]} ran past {timeout_s:g} s") from None
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(
            f"load process {args[0]} failed ({done.returncode}):\n{done.stderr[-4000:]}"
        )
    result: dict[str, Any] = json.loads(lines[-1])
    return result


@contextmanager
def synth_server() -> Iterator[Child]:
    """``python -m synth serve`` on ephemeral loopback ports with a fresh data dir, the way
    a user runs it (default log level, SQLite on disk). URLs: ``WebUI`` and ``Ollama``."""
    with tempfile.TemporaryDirectory(prefix="synth-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        argv = [
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
        ]
        log = Path(tmp) / "synth.log"
        try:
            with spawn("synth", argv, SYNTH_URL_LINE, {"WebUI", "Ollama"}, stderr=log) as child:
                yield child
        except BaseException:
            if log.exists():
                sys.stderr.write(f"--- synth's log ---\n{log.read_text()[-4000:]}\n")
            raise
