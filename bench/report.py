"""The benchmark report: the machine it ran on, each benchmark's tables and targets.

Numbers only mean something next to the machine that produced them, so the report
always starts with it. The generated part of ``docs/performance.md`` sits between two
markers and is replaced on every run; what people wrote around it (analysis, history)
is kept.
"""

from __future__ import annotations

import os
import platform
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

BEGIN = "<!-- bench:results -->"
END = "<!-- /bench:results -->"
SOAK_BEGIN = "<!-- bench:soak -->"
SOAK_END = "<!-- /bench:soak -->"
HOW_TO_RUN = (
    "`.venv/bin/python -m bench` (about 2 minutes; `--quick` under 1; `--only bus,http` for "
    "some; `--help` for options; `--profile FILE` also samples synth with py-spy while it "
    "streams). `--soak SECONDS` runs only the soak test and writes its own section below"
)
PACKAGES = ("trio", "hypercorn", "quart", "quart-trio", "h11", "httpx")


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                name, _, value = line.partition(":")
                if name.strip() == "model name":
                    return value.strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "-"


@dataclass(frozen=True)
class Machine:
    cpu: str
    cores: int
    python: str
    system: str
    date: str
    load: str
    """The 1-minute load average when the run began: other work on the machine skews
    every number, so the report says how busy it was."""
    packages: dict[str, str]

    @classmethod
    def here(cls) -> Machine:
        return cls(
            cpu=_cpu_model(),
            cores=len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 0,
            python=f"{platform.python_implementation()} {platform.python_version()}",
            system=platform.platform(),
            date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            load=f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "-",
            packages={name: _version(name) for name in PACKAGES},
        )

    def markdown(self) -> str:
        packages = ", ".join(f"{name} {version}" for name, version in self.packages.items())
        return table(
            ("machine", ""),
            [
                ("CPU", self.cpu),
                ("cores", str(self.cores)),
                ("Python", self.python),
                ("OS", self.system),
                ("packages", packages),
                ("date", self.date),
                ("load average at start (1 min)", self.load),
            ],
        )


@dataclass(frozen=True)
class Check:
    """One metric: its name, its value, its target (None: reported, no target), and
    whether the target was met."""

    name: str
    measured: str
    target: str | None
    passed: bool

    @property
    def result(self) -> str:
        if self.target is None:
            return "-"
        return "pass" if self.passed else "**miss**"


@dataclass(frozen=True)
class Section:
    """One benchmark's results: a heading, how it was measured, a table, its targets."""

    title: str
    method: str
    headers: tuple[str, ...]
    rows: Sequence[Sequence[str]]
    checks: list[Check] = field(default_factory=list)
    notes: str = ""
    """More markdown (further tables), after the table and before the targets."""

    def markdown(self) -> str:
        parts = [f"## {self.title}", self.method, table(self.headers, self.rows)]
        if self.notes:
            parts.append(self.notes)
        if self.checks:
            parts.append(
                table(
                    ("target", "measured", "wanted", "result"),
                    [(c.name, c.measured, c.target or "-", c.result) for c in self.checks],
                )
            )
        return "\n\n".join(parts)

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def summary(sections: Sequence[Section]) -> str:
    """Every metric of every benchmark in one table, targets first."""
    rows = [
        (section.title.partition(":")[0], c.name, c.measured, c.target or "-", c.result)
        for section in sections
        for c in sorted(section.checks, key=lambda check: check.target is None)
    ]
    missed = [c for section in sections for c in section.checks if not c.passed]
    verdict = (
        f"**{len(missed)} target(s) missed**: "
        + "; ".join(f"{c.name} ({c.measured}, wanted {c.target})" for c in missed)
        + "."
        if missed
        else "Every target was met."
    )
    return "\n\n".join(
        (
            "## Summary",
            table(("benchmark", "metric", "measured", "target", "result"), rows),
            verdict,
        )
    )


def results(machine: Machine, sections: Sequence[Section]) -> str:
    """The generated part of the report, markers included."""
    body = [
        BEGIN,
        f"How to run: {HOW_TO_RUN}. Results of the last run, generated by `bench/report.py`:",
        machine.markdown(),
        summary(sections),
        *(section.markdown() for section in sections),
        END,
    ]
    return "\n\n".join(body)


def soak_results(machine: Machine, section: Section) -> str:
    """The generated soak section, markers included."""
    body = [
        SOAK_BEGIN,
        "Generated by `python -m bench --soak SECONDS` (`bench/soak.py`) on:",
        machine.markdown(),
        section.markdown(),
        SOAK_END,
    ]
    return "\n\n".join(body)


def _replace(path: Path, begin: str, end: str, generated: str, *, first: bool) -> None:
    """Put ``generated`` between ``begin`` and ``end`` in ``path``, keeping the rest; without
    the markers, at the top (``first``) or at the end."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in old and end in old:
        head, _, rest = old.partition(begin)
        _, _, tail = rest.partition(end)
        text = head + generated + tail
    elif first:
        text = "# Performance\n\n" + generated + "\n" + (("\n" + old) if old else "")
    else:
        text = (old.rstrip("\n") + "\n\n" if old else "# Performance\n\n") + generated + "\n"
    path.write_text(text, encoding="utf-8")


def write(path: Path, machine: Machine, sections: Sequence[Section]) -> None:
    """Replace the generated results in ``path`` (or create the file), keeping the rest."""
    _replace(path, BEGIN, END, results(machine, sections), first=True)


def write_soak(path: Path, machine: Machine, section: Section) -> None:
    """Replace the generated soak section in ``path`` (appended the first time)."""
    _replace(path, SOAK_BEGIN, SOAK_END, soak_results(machine, section), first=False)
