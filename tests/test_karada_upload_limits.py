"""Oversized and abandoned uploads: refused while streaming, with flat memory, leaving no file."""

from __future__ import annotations

import secrets
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import trio

from tests.support.karada import FBX_MAGIC, multipart, multipart_head
from tests.support.servers import running_server, start_process
from tests.support.waiting import eventually

MIB = 1024 * 1024


def memory(pid: int, field: str = "VmRSS") -> int:
    """Resident memory (``VmRSS``) or its peak so far (``VmHWM``) of ``pid`` in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no {field} line")


def staged_files(data_dir: Path) -> list[Path]:
    found: list[Path] = []
    for folder in ("tmp", "uploads"):
        found += [p for p in (data_dir / folder).rglob("*") if p.is_file()]
    return found


async def open_chunked_upload(base_url: str, boundary: str) -> trio.SocketStream:
    """A connection that has sent the headers of a chunked multipart upload, no body yet."""
    parts = urlsplit(base_url)
    stream = await trio.open_tcp_stream(parts.hostname or "127.0.0.1", parts.port or 80)
    head = (
        "POST /api/animations/upload HTTP/1.1\r\n"
        f"Host: {parts.netloc}\r\n"
        f"Content-Type: multipart/form-data; boundary={boundary}\r\n"
        "Transfer-Encoding: chunked\r\n\r\n"
    )
    await stream.send_all(head.encode())
    return stream


def chunk(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(data), data)


async def send_huge_upload(base_url: str, total: int) -> bytes:
    """Stream ``total`` bytes of FBX as fast as the server takes them; the raw response."""
    boundary = secrets.token_hex(8)
    stream = await open_chunked_upload(base_url, boundary)
    response = bytearray()
    async with stream:

        async def send() -> None:
            block = chunk(b"\x00" * (256 * 1024))
            try:
                await stream.send_all(chunk(multipart_head("huge.fbx", boundary) + FBX_MAGIC))
                for _ in range(total // (256 * 1024)):
                    await stream.send_all(block)
            except (trio.BrokenResourceError, trio.ClosedResourceError):
                pass  # the server said no and hung up: expected

        async with trio.open_nursery() as nursery:
            nursery.start_soon(send)
            try:
                while data := await stream.receive_some(65536):
                    response += data
            except trio.BrokenResourceError:
                pass
            nursery.cancel_scope.cancel()
    return bytes(response)


async def test_a_huge_chunked_upload_is_refused_with_flat_memory(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    env = {"SYNTH_LIMITS_ANIMATION_UPLOAD_BYTES": str(10 * MIB)}
    server = start_process(data_dir, env=env)
    try:
        with trio.fail_after(60):
            async with httpx.AsyncClient(base_url=server.webui) as client:
                assert (await client.get("/api/skins")).status_code == 200
            before = memory(server.proc.pid)
            response = await send_huge_upload(server.webui, 200 * MIB)
            after = memory(server.proc.pid)
            peak = memory(server.proc.pid, "VmHWM")
            async with httpx.AsyncClient(base_url=server.webui) as client:
                assert (await client.get("/api/animations/uploads")).json() == {"uploads": []}
    finally:
        assert server.stop() == 0
    assert response.startswith(b"HTTP/1.1 413"), response[:200]
    assert b'"code":"too_large"' in response
    assert after - before < 25 * MIB, (before, after)
    assert peak - before < 25 * MIB, (before, peak)  # never near the 200 MiB sent
    assert staged_files(data_dir) == []


async def test_a_declared_length_over_the_limit_is_413_before_anything_is_staged(
    data_dir: Path,
) -> None:
    env = {"SYNTH_LIMITS_ANIMATION_UPLOAD_BYTES": "1000"}
    body, content_type = multipart({}, "a.fbx", FBX_MAGIC + b"\x00" * 5000)
    with trio.fail_after(10):
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post(
                "/api/animations/upload", content=body, headers={"Content-Type": content_type}
            )
    assert response.status_code == 413
    assert response.json()["code"] == "too_large"
    assert staged_files(data_dir) == []


async def test_a_client_that_hangs_up_mid_upload_leaves_no_file(data_dir: Path) -> None:
    boundary = secrets.token_hex(8)
    with trio.fail_after(10):
        async with running_server(data_dir) as server:
            stream = await open_chunked_upload(server.webui, boundary)
            async with stream:
                start = multipart_head("half.fbx", boundary) + FBX_MAGIC + b"\x00" * MIB
                await stream.send_all(chunk(start))
                await eventually(lambda: bool(staged_files(data_dir)))
            await eventually(lambda: not staged_files(data_dir))
            async with server.client() as client:
                assert (await client.get("/api/animations/uploads")).json() == {"uploads": []}
