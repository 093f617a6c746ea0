"""A full disk during an upload: a clear 503 ``storage_full``, and no partial file left.

A size-limited file system needs root to mount, so the server runs as a child process
whose files may not grow past ``LIMIT`` bytes (RLIMIT_FSIZE), with SIGXFSZ ignored so
that a write past it fails with EFBIG, exactly as a full disk fails one with ENOSPC.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.servers import URL_LINE, ServerProcess

LIMIT = 256 * 1024
"""Past the database (about 140 KiB when new) and under Quart's in-memory spool (500 KiB)."""
IN_MEMORY = 400 * 1024
"""Held in memory by the multipart parser: the route's own staging write fails."""
SPOOLED = 2 * 1024 * 1024
"""Spooled to a temporary file by the multipart parser, which fails first."""
PORTS = ("--port", "0", "--ollama-port", "0")
FBX_MAGIC = b"Kaydara FBX Binary  \x00"
LIMITED_SERVE = (
    "import resource, signal, sys; "
    "signal.signal(signal.SIGXFSZ, signal.SIG_IGN); "
    f"resource.setrlimit(resource.RLIMIT_FSIZE, ({LIMIT}, {LIMIT})); "
    "from synth.cli import main; sys.exit(main(sys.argv[1:]))"
)


def start_limited(data_dir: Path) -> ServerProcess:
    """``synth serve`` in a child whose files cannot grow past ``LIMIT`` bytes."""
    proc = subprocess.Popen(
        [sys.executable, "-c", LIMITED_SERVE, "serve", "--data-dir", str(data_dir), *PORTS],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={k: v for k, v in os.environ.items() if not k.startswith("SYNTH_")},
    )
    server = ServerProcess(proc)
    assert proc.stdout is not None
    for line in proc.stdout:
        server.output.append(line)
        if match := URL_LINE.match(line):
            server.urls[match.group(1)] = match.group(2)
        if {"WebUI", "Ollama"} <= set(server.urls):
            return server
    server.stop()
    raise RuntimeError(f"server exited early: {''.join(server.output)}")


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, Path]]:
    data_dir = tmp_path_factory.mktemp("limited") / "data"
    server = start_limited(data_dir)
    try:
        with httpx.Client(base_url=server.webui, timeout=20) as client:
            yield client, data_dir
    finally:
        server.stop()


def leftovers(data_dir: Path) -> list[str]:
    """Files that are not the database: what a failed upload must not leave behind."""
    return sorted(
        str(path.relative_to(data_dir))
        for path in data_dir.rglob("*")
        if path.is_file() and not path.name.startswith("synth.db")
    )


def assert_storage_full(response: httpx.Response) -> None:
    assert response.status_code == 503, response.text
    assert response.json()["code"] == "storage_full"
    assert "no room" in response.json()["error"]


@pytest.mark.parametrize("size", [IN_MEMORY, SPOOLED], ids=["staged", "spooled"])
def test_a_config_upload_past_the_disk_is_503_storage_full_and_leaves_nothing(
    limited: tuple[httpx.Client, Path], size: int
) -> None:
    client, data_dir = limited
    before = leftovers(data_dir)
    response = client.post(
        "/api/config/persona.prompt/upload", files={"file": ("prompt.txt", b"x" * size)}
    )
    assert_storage_full(response)
    assert leftovers(data_dir) == before
    assert client.get("/api/config/persona.prompt/file").status_code in (200, 404)
    small = client.post(
        "/api/config/persona.prompt/upload", files={"file": ("prompt.txt", b"You are {name}.")}
    )
    assert small.status_code == 200, small.text
    assert client.get("/api/config/persona.prompt/file").content == b"You are {name}."


@pytest.mark.parametrize(
    ("route", "filename", "head"),
    [("/api/animations/upload", "wave.fbx", FBX_MAGIC), ("/api/vrm", "me.vrm", b"glTF")],
    ids=["animation", "vrm"],
)
def test_a_karada_upload_past_the_disk_is_503_storage_full_and_leaves_nothing(
    limited: tuple[httpx.Client, Path], route: str, filename: str, head: bytes
) -> None:
    client, data_dir = limited
    before = leftovers(data_dir)
    body = head + b"\x00" * (IN_MEMORY - len(head))
    response = client.post(route, files={"file": (filename, body)})
    assert_storage_full(response)
    assert leftovers(data_dir) == before
    assert client.get("/api/about").status_code == 200
