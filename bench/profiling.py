"""Sampling a child process with py-spy while a benchmark drives it, and its CPU time.

py-spy is optional (``.venv/bin/pip install py-spy``): it attaches to a running pid, so
synth runs exactly as in the measured runs. Profiling happens in extra, unmeasured runs,
because the sampler pauses synth for each sample (py-spy's default: ``--nonblocking``
sampling would be lighter, but half its stacks come out torn) and takes CPU of its own.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FORMATS = {".svg": "flamegraph", ".json": "speedscope"}
"""By the output's suffix; anything else gets py-spy's ``raw`` collapsed stacks (text)."""
RATE_HZ = 250


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far (Linux ``/proc``; 0 elsewhere)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            # The command name (field 2) may hold spaces: count fields after its ")".
            fields = stat.read().rpartition(")")[2].split()
    except OSError:
        return 0.0
    utime, stime = int(fields[11]), int(fields[12])
    return (utime + stime) / os.sysconf("SC_CLK_TCK")


def py_spy() -> str | None:
    beside = Path(sys.executable).parent / "py-spy"
    return str(beside) if beside.exists() else shutil.which("py-spy")


@contextmanager
def sampling(pid: int, output: Path) -> Iterator[None]:
    """Sample ``pid`` with py-spy for the duration of the block and write ``output``."""
    executable = py_spy()
    if executable is None:
        raise RuntimeError("--profile needs py-spy: .venv/bin/pip install py-spy")
    output.parent.mkdir(parents=True, exist_ok=True)
    argv = [
        executable,
        "record",
        "--pid",
        str(pid),
        "--rate",
        str(RATE_HZ),
        "--format",
        FORMATS.get(output.suffix, "raw"),
        "--output",
        str(output),
    ]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        yield
    finally:
        # SIGINT is py-spy's "stop and write the file".
        proc.send_signal(signal.SIGINT)
        try:
            _, errors = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, errors = proc.communicate()
        if not output.exists():
            raise RuntimeError(f"py-spy wrote no profile: {errors.strip()}")
