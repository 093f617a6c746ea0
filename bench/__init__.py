"""Benchmarks of a real ``synth serve`` process: ``python -m bench``.

Not tests: they measure, print a table and write ``docs/performance.md``; a missed
target is reported, not raised. Each benchmark is a module with a ``TITLE`` and a
``run(options) -> report.Section`` function (see :class:`Benchmark`), listed in
``bench/__main__.py``; it starts what it measures as child processes
(:mod:`bench.processes`) and drives it from another process, so the client never shares
a process with the server it measures: a load process (:mod:`bench.loadgen`), or this
one for the streaming benchmark. The actor bus is measured in-process, as it runs.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from bench.report import Section


@dataclass(frozen=True)
class Options:
    """What every benchmark is asked to honour; counts stay small so a run stays short."""

    runs: int = 15
    """Measured repetitions per path, after the warm-up ones; medians are reported. On a
    shared 2-core machine the median of 7 still moved by a third from one run to the next."""
    warmup: int = 2
    profile: Path | None = None
    """When set, sample synth with py-spy during extra, unmeasured runs and write here."""
    quick: bool = False
    """Smaller counts and shorter times everywhere: a check that it all works, not numbers."""


class Benchmark(Protocol):
    TITLE: str

    def run(self, options: Options) -> Section: ...
