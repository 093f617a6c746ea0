"""deploy/synth.service and docs/deploy.md: the unit says what the runtime needs, the docs agree.

Offline and fast. The wheel table itself comes from ``scripts/check_wheels.py``, which needs
the network; here only its shape and completeness are checked.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path, PurePosixPath

import pytest

from synth.cli import parse_args
from synth.config import KEYS, SCHEMA
from synth.config.schema import DATA_DIR_ENV, ENV_ALIASES
from synth.config.sources import load_file

ROOT = Path(__file__).resolve().parents[1]
UNIT = ROOT / "deploy" / "synth.service"
DOC = ROOT / "docs" / "deploy.md"

Unit = dict[str, list[tuple[str, str]]]
"""Section name -> its (key, value) lines in order; systemd allows a key more than once."""


def parse_unit(text: str) -> Unit:
    """A systemd unit file, strictly: every line is blank, a comment, a section or key=value."""
    sections: Unit = {}
    current: str | None = None
    pending = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = pending + raw.strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1].rstrip() + " "
            continue
        if not line or line.startswith(("#", ";")):
            continue
        section = re.fullmatch(r"\[([A-Za-z]+)\]", line)
        if section:
            current = section.group(1)
            sections.setdefault(current, [])
            continue
        assignment = re.fullmatch(r"([A-Za-z][A-Za-z0-9]*)\s*=\s*(.*)", line)
        if assignment is None or current is None:
            raise ValueError(f"line {number}: not a section or key=value inside one: {raw!r}")
        sections[current].append((assignment.group(1), assignment.group(2)))
    assert not pending, "the file ends inside a continued line"
    return sections


def values(unit: Unit, section: str, key: str) -> list[str]:
    return [value for name, value in unit.get(section, []) if name == key]


def single(unit: Unit, section: str, key: str) -> str:
    found = values(unit, section, key)
    assert len(found) == 1, f"[{section}] {key}= appears {len(found)} times, expected once"
    return found[0]


@pytest.fixture(scope="module")
def unit() -> Unit:
    return parse_unit(UNIT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def doc() -> str:
    return DOC.read_text(encoding="utf-8")


def test_the_parser_rejects_what_systemd_would_not_read() -> None:
    with pytest.raises(ValueError):
        parse_unit("User=synth\n")  # outside any section
    with pytest.raises(ValueError):
        parse_unit("[Service]\nthis is not an assignment\n")
    assert parse_unit("[Service]\n# c\nA=1\nA=2 \\\n  3\n") == {
        "Service": [("A", "1"), ("A", "2 3")]
    }


def test_the_unit_has_its_sections(unit: Unit) -> None:
    assert set(unit) == {"Unit", "Service", "Install"}
    assert single(unit, "Install", "WantedBy") == "multi-user.target"


def test_the_service_runs_as_the_dedicated_user(unit: Unit) -> None:
    assert single(unit, "Service", "User") == "synth"
    assert single(unit, "Service", "Group") == "synth"
    assert single(unit, "Service", "NoNewPrivileges") == "yes"


def data_dir_argument(unit: Unit) -> tuple[list[str], str]:
    argv = shlex.split(single(unit, "Service", "ExecStart"))
    try:
        args = parse_args(argv[1:])  # the real CLI: a renamed flag or command fails here
    except SystemExit:
        pytest.fail(f"synth does not accept ExecStart's arguments: {argv[1:]}")
    assert args.command == "serve"
    assert args.data_dir, "ExecStart must name the data dir (--data-dir)"
    return argv, str(args.data_dir)


def writable_dirs(unit: Unit) -> set[str]:
    """What the service may write under ProtectSystem=strict, in the spellings ExecStart may use."""
    dirs: set[str] = set()
    for entry in values(unit, "Service", "StateDirectory"):
        for name in entry.split():
            dirs |= {f"%S/{name}", f"/var/lib/{name}"}
    for entry in values(unit, "Service", "ReadWritePaths"):
        dirs |= {path.lstrip("-+") for path in entry.split()}
    return dirs


def test_exec_start_runs_synth_serve_from_the_venv_with_a_writable_data_dir(unit: Unit) -> None:
    argv, data_dir = data_dir_argument(unit)
    assert PurePosixPath(argv[0]) == PurePosixPath("/opt/synth/.venv/bin/synth")
    assert argv[1] == "serve"
    assert single(unit, "Service", "ProtectSystem") == "strict"
    writable = writable_dirs(unit)
    assert any(
        data_dir == path or PurePosixPath(data_dir).is_relative_to(path) for path in writable
    ), f"--data-dir {data_dir} is not writable under ProtectSystem=strict ({writable})"


def test_a_supervisor_give_up_restarts_but_a_startup_error_does_not(unit: Unit) -> None:
    # synth serve: exit 1 when the supervisor gives up, 2 on a start-up error (tests/test_cli.py).
    assert single(unit, "Service", "Restart") == "on-failure"
    prevented = " ".join(values(unit, "Service", "RestartPreventExitStatus")).split()
    assert "2" in prevented
    assert "1" not in prevented


def seconds(text: str) -> float:
    """A systemd time span: ``20``, ``20s``, ``1min 30s``."""
    units = {"": 1, "s": 1, "sec": 1, "m": 60, "min": 60, "ms": 0.001}
    total = 0.0
    for amount, unit in re.findall(r"(\d+(?:\.\d+)?)\s*([a-z]*)", text):
        total += float(amount) * units[unit]
    assert total > 0, f"not a time span: {text!r}"
    return total


def test_stop_sends_sigterm_and_waits_longer_than_the_drain(unit: Unit) -> None:
    assert single(unit, "Service", "KillSignal") == "SIGTERM"
    drain = KEYS["runtime.drain_s"].default
    assert isinstance(drain, float)
    # Draining is followed by stopping the actors and closing the database.
    assert seconds(single(unit, "Service", "TimeoutStopSec")) >= drain + 5


def test_the_unit_is_hardened_and_keeps_files_private(unit: Unit) -> None:
    expected = {
        "ProtectHome": "yes",
        "PrivateTmp": "yes",
        "ProtectKernelTunables": "yes",
        "ProtectControlGroups": "yes",
        "RestrictSUIDSGID": "yes",
        "LockPersonality": "yes",
        "RestrictRealtime": "yes",
        "SystemCallArchitectures": "native",
        "UMask": "0077",
    }
    for key, value in expected.items():
        assert single(unit, "Service", key) == value, key
    families = single(unit, "Service", "RestrictAddressFamilies").split()
    assert sorted(families) == ["AF_INET", "AF_INET6", "AF_UNIX"]


def test_the_unit_holds_no_settings_or_secrets(unit: Unit) -> None:
    for section in unit.values():
        for key, value in section:
            assert key not in {"Environment", "EnvironmentFile"}, f"{key}={value}"
            assert "SYNTH_" not in value, f"{key}={value}"


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="no systemd-analyze")
def test_systemd_analyze_verify_accepts_the_unit(tmp_path: Path) -> None:
    # verify also checks that ExecStart's program exists, so point it at this venv's synth.
    synth = Path(sys.executable).parent / "synth"
    if not synth.exists():
        pytest.skip("no synth console script next to this interpreter")
    text = UNIT.read_text(encoding="utf-8").replace("/opt/synth/.venv/bin/synth", str(synth))
    copy = tmp_path / "synth.service"
    copy.write_text(text, encoding="utf-8")
    done = subprocess.run(
        ["systemd-analyze", "verify", str(copy)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    complaints = [line for line in done.stderr.splitlines() if "synth.service" in line]
    assert done.returncode == 0 and not complaints, done.stderr


def test_the_doc_covers_install_lan_ollama_and_backups(doc: str, unit: Unit) -> None:
    for needed in (
        "deploy/synth.service",
        "systemctl enable --now synth",
        "journalctl -u synth | grep Login",
        "?token=",
        "auth_token",
        "cortex.ollama.url",
        "cortex.ollama.model",
        "OLLAMA_HOST=0.0.0.0",
        "/api/components/cortex",
        "/api/components/run",
        "python3 -m venv /opt/synth/.venv",
        "userdel synth",
    ):
        assert needed in doc, needed
    # The data dir the doc names is the one the unit makes writable.
    _, data_dir = data_dir_argument(unit)
    for name in values(unit, "Service", "StateDirectory"):
        assert f"/var/lib/{name}" in doc
    assert data_dir in doc or data_dir.replace("%S", "/var/lib") in doc


def test_every_toml_example_in_the_doc_is_a_valid_config_file(doc: str, tmp_path: Path) -> None:
    blocks = re.findall(r"```toml\n(.*?)```", doc, re.DOTALL)
    heredocs = re.findall(r"synth\.toml >/dev/null <<'EOF'\n(.*?)\nEOF", doc, re.DOTALL)
    assert blocks and heredocs
    for number, text in enumerate(blocks + heredocs):
        path = tmp_path / f"example{number}.toml"
        path.write_text(text, encoding="utf-8")
        assert load_file(path), text  # raises ConfigFileError on an unknown key or bad value


def test_every_variable_and_json_body_in_the_doc_is_real(doc: str) -> None:
    known = {key.env_var for key in SCHEMA} | {DATA_DIR_ENV, *ENV_ALIASES}
    mentioned = set(re.findall(r"\bSYNTH_[A-Z0-9_]*[A-Z0-9]", doc))
    assert mentioned, "the doc shows no environment variable"
    assert mentioned <= known | {"SYNTH_"}, mentioned - known
    bodies = re.findall(r"-d '(\{.*?\})'", doc)
    assert bodies
    for body in bodies:
        parsed = json.loads(body)
        if "key" in parsed:
            assert parsed["key"] in KEYS, parsed["key"]


WHEEL_HEADER = "| package | version | aarch64 | armv7 | checked |"
WHEEL_CELL = re.compile(r"pure|binary wheel \([^)]+\)|missing \([^)]+\)")


def wheel_rows(doc: str) -> list[list[str]]:
    lines = doc.splitlines()
    assert WHEEL_HEADER in lines, "no wheel table"
    start = lines.index(WHEEL_HEADER) + 2
    rows = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        rows.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    return rows


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_wheel_table_lists_every_runtime_dependency_with_a_verdict(doc: str) -> None:
    rows = wheel_rows(doc)
    listed = {canonical(row[0].removesuffix(" (build only)")) for row in rows}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    direct = {
        canonical(re.match(r"[A-Za-z0-9._-]+", spec).group(0))  # type: ignore[union-attr]
        for spec in project["project"]["dependencies"]
    }
    assert direct <= listed, f"not in the wheel table: {direct - listed}"
    for row in rows:
        assert len(row) == 5, row
        _name, version, aarch64, armv7, checked = row
        assert re.fullmatch(r"\d+(\.\d+)*([a-z0-9.+]*)", version), row
        assert WHEEL_CELL.fullmatch(aarch64), row
        assert WHEEL_CELL.fullmatch(armv7), row
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", checked), row
