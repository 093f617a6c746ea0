"""Check that every runtime dependency installs on a Raspberry Pi without compiling anything.

Needs network access to the package index, so it is a script, not a test. It:

1. resolves the project's full runtime dependency closure with
   ``pip install --dry-run --report`` (plus the build backend from ``[build-system]``,
   because ``pip install /opt/synth`` builds the project on the Pi);
2. re-evaluates every dependency's environment markers for the Pi (CPython 3.11 on
   aarch64 and armv7l) and fails if the Pi would need a package the closure lacks
   (pip evaluates markers for the machine it runs on, not for ``--platform``);
3. asks the index, for each distribution and each architecture, for a wheel the Pi can
   install: ``pip download --only-binary=:all: --no-deps --platform ... <name>==<version>``.
   A pure-Python wheel (``py3-none-any``) counts for both. For armv7 it also asks piwheels
   (the extra index Raspberry Pi OS configures) when that host is reachable.

pip runs without any local configuration (``PIP_CONFIG_FILE=/dev/null``, no ``PIP_*``
variables but ``PIP_CERT``), so local wheel caches or mirrors cannot hide a missing wheel.

Prints a Markdown table for docs/deploy.md. Exit status: 0 when every distribution has a
wheel for both architectures, 1 when some are missing (or the Pi needs an unlisted package),
2 when the check itself could not run.

    .venv/bin/python scripts/check_wheels.py [--project .] [--index-url URL]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

try:
    from packaging.markers import Marker
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
except ImportError:  # pip always carries a copy
    from pip._vendor.packaging.markers import Marker  # type: ignore[assignment]
    from pip._vendor.packaging.requirements import Requirement  # type: ignore[assignment]
    from pip._vendor.packaging.utils import canonicalize_name  # type: ignore[assignment]

PYPI = "https://pypi.org/simple"
PIWHEELS = "https://www.piwheels.org/simple"
PYTHON_VERSION = "3.11"
PYTHON_FULL_VERSION = "3.11.2"  # Raspberry Pi OS Bookworm
GLIBC_MINORS = range(17, 37)  # manylinux_2_17 .. manylinux_2_36 (Bookworm has glibc 2.36)


@dataclass(frozen=True)
class Arch:
    name: str
    machine: str
    platforms: tuple[str, ...]
    extra_index: str | None  # asked when the main index has no wheel


def _platforms(machine: str) -> tuple[str, ...]:
    # pip does not widen manylinux_2_X on its own, so every glibc the Pi satisfies is listed.
    # musllinux is left out on purpose: Raspberry Pi OS is glibc-based.
    many = [f"manylinux_2_{minor}_{machine}" for minor in GLIBC_MINORS]
    return (f"linux_{machine}", f"manylinux2014_{machine}", *many)


ARCHES = (
    Arch("aarch64", "aarch64", _platforms("aarch64"), None),
    Arch("armv7", "armv7l", _platforms("armv7l"), PIWHEELS),
)


@dataclass(frozen=True)
class Dist:
    name: str
    version: str
    build_only: bool = False


@dataclass(frozen=True)
class Verdict:
    kind: str  # "pure", "binary wheel", "missing"
    source: str  # the index that answered, or why nothing did
    filename: str | None = None

    def cell(self, show_source: bool) -> str:
        if self.kind == "pure" or not show_source:
            return self.kind
        return f"{self.kind} ({self.source})"


class CheckError(Exception):
    """The check itself could not run (no network, pip failed for another reason)."""


def clean_env() -> dict[str, str]:
    """The environment for pip: no local config, no PIP_* but the certificate bundle."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") or k == "PIP_CERT"}
    env["PIP_CONFIG_FILE"] = os.devnull
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def pip(args: Sequence[str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", *args],
        env=clean_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def resolve(targets: Sequence[str], index_url: str) -> list[dict[str, object]]:
    """pip's install report for ``targets`` resolved from scratch against ``index_url``."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        done = pip(
            [
                "install",
                "--dry-run",
                "--ignore-installed",
                "--quiet",
                "--index-url",
                index_url,
                "--report",
                str(report),
                *targets,
            ]
        )
        if done.returncode != 0 or not report.exists():
            raise CheckError(f"resolving {' '.join(targets)} failed:\n{done.stderr.strip()}")
        items: list[dict[str, object]] = json.loads(report.read_text())["install"]
        return items


def build_requires(project: Path) -> list[str]:
    data = tomllib.loads((project / "pyproject.toml").read_text(encoding="utf-8"))
    requires: list[str] = data.get("build-system", {}).get("requires", [])
    return requires


def target_environment(machine: str) -> dict[str, str]:
    return {
        "implementation_name": "cpython",
        "implementation_version": PYTHON_FULL_VERSION,
        "os_name": "posix",
        "platform_machine": machine,
        "platform_python_implementation": "CPython",
        "platform_release": "",
        "platform_system": "Linux",
        "platform_version": "",
        "python_full_version": PYTHON_FULL_VERSION,
        "python_version": PYTHON_VERSION,
        "sys_platform": "linux",
    }


def missing_on_target(items: Iterable[Mapping[str, object]], machine: str) -> list[str]:
    """Requirements that apply on the Pi but name no distribution of the resolved closure."""
    items = list(items)
    names = {canonicalize_name(str(_meta(i)["name"])) for i in items}
    env = target_environment(machine)
    problems = []
    for item in items:
        meta = _meta(item)
        extras = [str(e) for e in item.get("requested_extras") or []]  # type: ignore[attr-defined]
        for line in meta.get("requires_dist") or []:  # type: ignore[attr-defined]
            req = Requirement(str(line))
            if req.marker is not None and not _applies(req.marker, env, extras):
                continue
            if canonicalize_name(req.name) not in names:
                problems.append(f"{meta['name']} needs {req} on {machine}")
    return problems


def _applies(marker: Marker, env: dict[str, str], extras: list[str]) -> bool:
    return any(marker.evaluate({**env, "extra": extra}) for extra in extras or [""])


def _meta(item: Mapping[str, object]) -> Mapping[str, object]:
    meta = item["metadata"]
    assert isinstance(meta, Mapping)
    return meta


def reachable(index_url: str, timeout: float = 15) -> bool:
    try:
        with urllib.request.urlopen(index_url.rstrip("/") + "/pip/", timeout=timeout) as reply:
            return bool(reply.status == 200)
    except (urllib.error.URLError, OSError):
        return False


WHEEL = re.compile(r"^(?P<rest>.+)-(?P<py>[^-]+)-(?P<abi>[^-]+)-(?P<plat>[^-]+)\.whl$")


def ask(dist: Dist, arch: Arch, index_url: str) -> Verdict | None:
    """The wheel ``index_url`` offers for ``dist`` on ``arch``, or None if it has none."""
    with tempfile.TemporaryDirectory() as tmp:
        args = ["download", "--only-binary=:all:", "--no-deps", "--index-url", index_url]
        for platform in arch.platforms:
            args += ["--platform", platform]
        args += ["--python-version", PYTHON_VERSION, "--implementation", "cp"]
        args += ["--abi", "cp311", "--abi", "abi3", "--abi", "none"]
        args += ["--dest", tmp, f"{dist.name}=={dist.version}"]
        done = pip(args, timeout=300)
        wheels = sorted(Path(tmp).glob("*.whl"))
        if done.returncode == 0 and wheels:
            match = WHEEL.match(wheels[0].name)
            pure = match is not None and match["plat"] == "any"
            return Verdict("pure" if pure else "binary wheel", _host(index_url), wheels[0].name)
        if "No matching distribution" in done.stderr or "Could not find a version" in done.stderr:
            return None
        raise CheckError(
            f"asking {index_url} about {dist.name}=={dist.version} failed:\n{done.stderr.strip()}"
        )


def _host(index_url: str) -> str:
    if index_url.rstrip("/") == PYPI:
        return "PyPI"
    if index_url.rstrip("/") == PIWHEELS:
        return "piwheels"
    return index_url


def check(dist: Dist, arch: Arch, index_url: str, extra_ok: bool) -> Verdict:
    found = ask(dist, arch, index_url)
    if found is not None:
        return found
    asked = [_host(index_url)]
    if arch.extra_index is not None:
        if extra_ok:
            found = ask(dist, arch, arch.extra_index)
            if found is not None:
                return found
            asked.append(_host(arch.extra_index))
        else:
            asked.append(f"{_host(arch.extra_index)} unreachable")
    return Verdict("missing", ", ".join(asked))


def table(rows: Sequence[tuple[Dist, Mapping[str, Verdict]]], today: str) -> str:
    lines = [
        "| package | version | aarch64 | armv7 | checked |",
        "|---|---|---|---|---|",
    ]
    for dist, verdicts in rows:
        name = f"{dist.name} (build only)" if dist.build_only else dist.name
        cells = [verdicts["aarch64"].cell(True), verdicts["armv7"].cell(True)]
        lines.append(f"| {name} | {dist.version} | {cells[0]} | {cells[1]} | {today} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--project", default=str(Path(__file__).resolve().parent.parent))
    parser.add_argument("--index-url", default=PYPI)
    parser.add_argument("--jobs", type=int, default=8)
    args = parser.parse_args(argv)
    project = Path(args.project).resolve()
    try:
        runtime = resolve([str(project)], args.index_url)
        build = resolve(build_requires(project), args.index_url)
    except (CheckError, subprocess.TimeoutExpired) as exc:
        print(f"check_wheels: {exc}", file=sys.stderr)
        return 2

    own = canonicalize_name(
        str(tomllib.loads((project / "pyproject.toml").read_text())["project"]["name"])
    )
    dists: dict[str, Dist] = {}
    for items, build_only in ((runtime, False), (build, True)):
        for item in items:
            meta = _meta(item)
            key = canonicalize_name(str(meta["name"]))
            if key != own and key not in dists:
                dists[key] = Dist(str(meta["name"]), str(meta["version"]), build_only)

    problems = [p for arch in ARCHES for p in missing_on_target(runtime, arch.machine)]
    extra_ok = {
        arch.name: arch.extra_index is None or reachable(arch.extra_index) for arch in ARCHES
    }

    ordered = sorted(dists.values(), key=lambda d: (d.build_only, d.name.lower()))
    jobs = [(d, a) for d in ordered for a in ARCHES]
    try:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            answers = list(
                pool.map(
                    lambda job: check(job[0], job[1], args.index_url, extra_ok[job[1].name]), jobs
                )
            )
    except (CheckError, subprocess.TimeoutExpired) as exc:
        print(f"check_wheels: {exc}", file=sys.stderr)
        return 2
    verdicts: dict[Dist, dict[str, Verdict]] = {d: {} for d in ordered}
    for (dist, arch), verdict in zip(jobs, answers, strict=True):
        verdicts[dist][arch.name] = verdict

    today = datetime.date.today().isoformat()
    print(table([(d, verdicts[d]) for d in ordered], today))
    print()
    print(
        f"Index: {_host(args.index_url)}; piwheels for armv7: "
        f"{'reachable' if extra_ok['armv7'] else 'unreachable from this machine'}; "
        f"target: CPython {PYTHON_FULL_VERSION}, glibc <= 2.{GLIBC_MINORS[-1]}."
    )
    for dist in ordered:
        for arch_name, verdict in verdicts[dist].items():
            if verdict.kind == "binary wheel":
                print(f"- {arch_name}: {verdict.filename} ({verdict.source})")
    for problem in problems:
        print(f"- not in the closure: {problem}")
    missing = [
        f"{d.name} ({a})" for d in ordered for a, v in verdicts[d].items() if v.kind == "missing"
    ]
    for name in missing:
        print(f"- needs a source build: {name}")
    return 1 if missing or problems else 0


if __name__ == "__main__":
    sys.exit(main())
