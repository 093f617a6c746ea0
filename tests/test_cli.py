"""The ``synth`` command as a real child process: start-up, signals, durability, exit codes."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import httpx
import pytest

from synth.cli import configure_logging, reachable
from synth.config import SCHEMA
from tests.support.servers import URL_LINE, ServerProcess, start_process

START_TIMEOUT_S = 20
EXIT_TIMEOUT_S = 15


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SYNTH_")}
    env.update(extra or {})
    return env


def started(data_dir: Path, env: Mapping[str, str] | None = None) -> ServerProcess:
    """``start_process``, but a server that never prints its URLs is killed, not waited on."""
    server = start_process(data_dir, env=env, wait=False)
    watchdog = threading.Timer(START_TIMEOUT_S, server.proc.kill)
    watchdog.start()
    try:
        assert server.proc.stdout is not None
        for line in server.proc.stdout:
            server.output.append(line)
            match = URL_LINE.match(line)
            if match:
                server.urls[match.group(1)] = match.group(2)
            if "WebUI" in server.urls and "Ollama" in server.urls:
                return server
    finally:
        watchdog.cancel()
    server.proc.wait(EXIT_TIMEOUT_S)
    raise AssertionError(f"the server did not start: {''.join(server.output)}")


@pytest.fixture
def processes() -> Iterator[list[ServerProcess]]:
    """Servers a test started; whatever is still running at the end is killed."""
    running: list[ServerProcess] = []
    yield running
    for server in running:
        if server.proc.poll() is None:
            server.proc.kill()
            server.proc.wait(EXIT_TIMEOUT_S)
        if server.proc.stdout is not None:
            server.proc.stdout.close()


def run_synth(*args: str, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "synth", *args],
        capture_output=True,
        text=True,
        env=clean_env(env),
        timeout=START_TIMEOUT_S,
        check=False,
    )


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_serve_prints_its_urls_answers_and_exits_0_on_a_signal(
    data_dir: Path, processes: list[ServerProcess], sig: signal.Signals
) -> None:
    server = started(data_dir)
    processes.append(server)
    assert server.webui.startswith("http://127.0.0.1:")
    assert server.ollama.startswith("http://127.0.0.1:")
    about = httpx.get(server.webui + "/api/about", timeout=10)
    ollama = httpx.get(server.ollama + "/", timeout=10)
    assert about.status_code == 200
    assert about.json()["active_cortex"] == "echo"
    assert ollama.text == "Ollama is running"
    assert server.stop(sig, timeout=EXIT_TIMEOUT_S) == 0


def test_an_acknowledged_config_change_survives_sigkill(
    data_dir: Path, processes: list[ServerProcess]
) -> None:
    first = started(data_dir)
    processes.append(first)
    response = httpx.post(
        first.webui + "/api/config", json={"key": "persona.name", "value": "Durable"}, timeout=10
    )
    assert response.status_code == 200
    first.proc.kill()
    assert first.proc.wait(EXIT_TIMEOUT_S) == -signal.SIGKILL

    second = started(data_dir)
    processes.append(second)
    items = httpx.get(second.webui + "/api/config", timeout=10).json()["items"]
    name = next(item for item in items if item["key"] == "persona.name")
    assert name["value"] == "Durable"
    assert second.stop(timeout=EXIT_TIMEOUT_S) == 0


def test_a_port_in_use_exits_2_with_one_line_saying_so(data_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_synth(
            "serve", "--data-dir", str(data_dir), "--port", str(port), "--ollama-port", "0"
        )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "in use" in lines[0]
    assert str(port) in lines[0]
    assert "Traceback" not in result.stderr


def test_a_bad_config_file_exits_2_naming_the_key(data_dir: Path) -> None:
    (data_dir / "synth.toml").write_text('[web]\nport = "abc"\n')
    result = run_synth("serve", "--data-dir", str(data_dir), "--port", "0", "--ollama-port", "0")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "web.port" in lines[0]
    assert "Traceback" not in result.stderr


def test_an_unwritable_data_dir_exits_2(tmp_path: Path) -> None:
    in_the_way = tmp_path / "not-a-dir"
    in_the_way.write_text("a file where the data dir should be")
    result = run_synth("serve", "--data-dir", str(in_the_way), "--port", "0", "--ollama-port", "0")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(in_the_way) in lines[0]
    assert "Traceback" not in result.stderr


def test_config_show_prints_every_key_with_its_source_and_masks_the_token(
    data_dir: Path,
) -> None:
    token = "show-must-not-print-this"
    (data_dir / "synth.toml").write_text('[persona]\nname = "FromFile"\n')
    result = run_synth(
        "config",
        "show",
        "--data-dir",
        str(data_dir),
        env={"SYNTH_AUTH_TOKEN": token, "SYNTH_WEB_PORT": "9123"},
    )
    assert result.returncode == 0, result.stderr
    assert token not in result.stdout
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert set(rows) >= {key.key for key in SCHEMA}
    assert "********" in rows["auth.token"] and rows["auth.token"].endswith("[env]")
    assert "9123" in rows["web.port"] and rows["web.port"].endswith("[env]")
    assert '"FromFile"' in rows["persona.name"] and rows["persona.name"].endswith("[file]")
    assert rows["cortex.active"].endswith("[default]")


def test_config_show_creates_nothing_in_the_data_dir(tmp_path: Path) -> None:
    data_dir = tmp_path / "never-served"
    result = run_synth("config", "show", "--data-dir", str(data_dir))
    assert result.returncode == 0, result.stderr
    assert "persona.name" in result.stdout
    assert not data_dir.exists()


def test_config_show_reads_changes_persisted_through_the_api(data_dir: Path) -> None:
    server = started(data_dir)
    try:
        response = httpx.post(
            f"{server.webui}/api/config", json={"key": "persona.name", "value": "Ada"}, timeout=10
        )
        assert response.status_code == 200
    finally:
        server.stop()
    result = run_synth("config", "show", "--data-dir", str(data_dir))
    line = next(line for line in result.stdout.splitlines() if line.startswith("persona.name"))
    assert '"Ada"' in line and "[persisted]" in line


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://0.0.0.0:8000", f"http://{socket.gethostname()}:8000"),
        ("http://[::]:8000", f"http://{socket.gethostname()}:8000"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
    ],
)
def test_the_login_url_names_this_machine_when_bound_to_every_address(
    url: str, expected: str
) -> None:
    assert reachable(url) == expected


@pytest.mark.parametrize(
    ("level", "requests_logged"), [("debug", True), ("info", False), ("warning", False)]
)
def test_httpx_logs_its_requests_only_at_debug(
    level: str, requests_logged: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(logging, "basicConfig", lambda **_: None)  # the session's handlers stay
    root, httpx_logger = logging.getLogger(), logging.getLogger("httpx")
    levels = root.level, httpx_logger.level
    root.setLevel(logging.DEBUG)
    try:
        configure_logging(level)
        assert httpx_logger.isEnabledFor(logging.INFO) is requests_logged
        assert httpx_logger.isEnabledFor(logging.WARNING)
    finally:
        root.setLevel(levels[0])
        httpx_logger.setLevel(levels[1])
