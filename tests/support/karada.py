"""Tiny VRMA, VRM and FBX files, multipart bodies, and raw HTTP requests for Karada's tests."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

import trio

from synth.karada.gltf import pack_glb

FBX_MAGIC = b"Kaydara FBX Binary  \x00"


def glb(*extensions: str, duration: float | None = None) -> bytes:
    """A minimal glTF binary declaring ``extensions`` (and an animation of ``duration`` s)."""
    doc: dict[str, Any] = {"asset": {"version": "2.0"}, "extensionsUsed": list(extensions)}
    if duration is not None:
        doc["accessors"] = [{"count": 2, "max": [duration], "min": [0.0]}]
        doc["animations"] = [{"samplers": [{"input": 0, "output": 0}], "channels": []}]
    return pack_glb(doc, b"\x00" * 16)


def vrma(duration: float = 1.5) -> bytes:
    return glb("VRMC_vrm_animation", duration=duration)


def vrm() -> bytes:
    return glb("VRMC_vrm")


def fbx(size: int = 64) -> bytes:
    return FBX_MAGIC + b"\x00" * max(size - len(FBX_MAGIC), 0)


def multipart(
    fields: dict[str, str], filename: str | None, content: bytes, field: str = "file"
) -> tuple[bytes, str]:
    """A multipart/form-data body and its Content-Type."""
    boundary = secrets.token_hex(8)
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    if filename is not None:
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
            f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


def multipart_head(filename: str, boundary: str, field: str = "file") -> bytes:
    """The start of a multipart body up to the file's bytes (for hand-streamed bodies)."""
    return (
        f'--{boundary}\r\nContent-Disposition: form-data; name="{field}"; '
        f'filename="{filename}"\r\nContent-Type: application/octet-stream\r\n\r\n'.encode()
    )


async def raw_request(
    base_url: str, target: str, method: str = "GET", headers: dict[str, str] | None = None
) -> tuple[int, bytes]:
    """Send ``target`` exactly as written (no client-side normalising); (status, body)."""
    parts = urlsplit(base_url)
    stream = await trio.open_tcp_stream(parts.hostname or "127.0.0.1", parts.port or 80)
    async with stream:
        lines = [f"{method} {target} HTTP/1.1", f"Host: {parts.netloc}", "Connection: close"]
        lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
        await stream.send_all(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        data = bytearray()
        while chunk := await stream.receive_some(65536):
            data += chunk
    head, _, body = bytes(data).partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if b"transfer-encoding: chunked" in head.lower():
        body = _unchunk(body)
    return status, body


async def until(check: Callable[[], Awaitable[bool]], within: float = 5) -> None:
    """Wait for an asynchronous condition (an answer over HTTP) with nothing to wait on."""
    with trio.fail_after(within):
        while True:
            if await check():
                return
            await trio.sleep(0.02)


def _unchunk(data: bytes) -> bytes:
    out = bytearray()
    while data:
        size_line, _, rest = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0], 16)
        if size == 0:
            break
        out += rest[:size]
        data = rest[size + 2 :]
    return bytes(out)
