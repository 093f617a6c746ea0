"""A small, safe reader for glTF binary (GLB) files: VRM models and VRMA animations.

The runtime describes uploads and skin files without trusting them, so the reader looks only at
the 12-byte header and the JSON chunk: it never loads the BIN chunk, never allocates more than
the JSON size cap, and turns every malformation into one ``GlbError`` with a reason.
"""

from __future__ import annotations

import io
import json
import math
import os
import struct
from typing import Any, BinaryIO, TypeAlias

MAGIC = b"glTF"
CHUNK_JSON = 0x4E4F534A  # b"JSON" read as a little-endian uint32
CHUNK_BIN = 0x004E4942  # b"BIN\0"
MAX_JSON_BYTES = 16 * 1024 * 1024
_HEADER = struct.Struct("<4sII")  # magic, version, total length
_CHUNK = struct.Struct("<II")  # chunk length, chunk type

Source: TypeAlias = bytes | bytearray | memoryview | str | os.PathLike[str] | BinaryIO


class GlbError(ValueError):
    """The data is not a well-formed glTF 2.0 binary; ``str(err)`` says why."""


def read_glb_json(source: Source, *, max_json_bytes: int = MAX_JSON_BYTES) -> dict[str, Any]:
    """Return the parsed JSON chunk of a GLB given as bytes, a path or a binary file.

    A file object is read from its current position, and at most the header plus the JSON
    chunk are read from it. Raises ``GlbError`` for malformed data (bad magic, version or
    length, a first chunk that is not JSON, JSON over ``max_json_bytes``, invalid JSON);
    ``OSError`` from opening or reading a path or file passes through unchanged, and a file
    opened in text mode is a ``TypeError``.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return _read(io.BytesIO(source), max_json_bytes)
    if isinstance(source, str | os.PathLike):
        with open(source, "rb") as f:
            return _read(f, max_json_bytes)
    return _read(source, max_json_bytes)


def pack_glb(doc: dict[str, Any], bin_chunk: bytes = b"") -> bytes:
    """Pack a glTF JSON document and its binary buffer as GLB; the inverse of the reader.

    The JSON chunk is padded with spaces and the BIN chunk with zeros to 4 bytes; an empty
    ``bin_chunk`` leaves the BIN chunk out.
    """
    js = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()
    js += b" " * (-len(js) % 4)
    parts = [_CHUNK.pack(len(js), CHUNK_JSON), js]
    if bin_chunk:
        bin_chunk += b"\0" * (-len(bin_chunk) % 4)
        parts += [_CHUNK.pack(len(bin_chunk), CHUNK_BIN), bin_chunk]
    body = b"".join(parts)
    return _HEADER.pack(MAGIC, 2, _HEADER.size + len(body)) + body


def _read(f: BinaryIO, max_json_bytes: int) -> dict[str, Any]:
    magic, version, length = _HEADER.unpack(_read_exact(f, _HEADER.size, "header"))
    if magic != MAGIC:
        raise GlbError(f"not a glTF binary: magic is {magic!r}, expected {MAGIC!r}")
    if version != 2:
        raise GlbError(f"unsupported glTF binary version {version}, expected 2")
    if length < _HEADER.size + _CHUNK.size:
        raise GlbError(f"declared length {length} is too short for a JSON chunk")
    available = _remaining(f)
    if available is not None and available != length - _HEADER.size:
        raise GlbError(
            f"header declares {length} bytes but the data has {available + _HEADER.size}"
        )
    chunk_length, chunk_type = _CHUNK.unpack(_read_exact(f, _CHUNK.size, "JSON chunk header"))
    if chunk_type != CHUNK_JSON:
        raise GlbError(f"first chunk has type 0x{chunk_type:08x}, expected JSON")
    if chunk_length > length - _HEADER.size - _CHUNK.size:
        raise GlbError(f"JSON chunk length {chunk_length} runs past the declared end")
    if chunk_length > max_json_bytes:
        raise GlbError(f"JSON chunk of {chunk_length} bytes is over the {max_json_bytes} cap")
    raw = _read_exact(f, chunk_length, "JSON chunk")
    try:
        # Padding is spaces by the spec; some writers pad with NULs, which JSON refuses.
        doc = json.loads(raw.rstrip(b"\0").decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise GlbError(f"JSON chunk is not valid UTF-8 JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise GlbError("JSON chunk is not a JSON object")
    asset = doc.get("asset")
    if not isinstance(asset, dict) or not str(asset.get("version", "")).startswith("2."):
        raise GlbError("JSON has no asset.version 2.x")
    return doc


def _read_exact(f: BinaryIO, n: int, what: str) -> bytes:
    data = f.read(n)
    if not isinstance(data, bytes | bytearray):
        raise TypeError("read_glb_json needs a file opened in binary mode")
    if len(data) != n:
        raise GlbError(f"truncated: the {what} needs {n} bytes")
    return bytes(data)


def _remaining(f: BinaryIO) -> int | None:
    """Bytes left after the current position, or None when the stream cannot tell."""
    try:
        if not f.seekable():
            return None
        here = f.tell()
        end = f.seek(0, io.SEEK_END)
        f.seek(here)
    except (OSError, ValueError):
        return None
    return end - here


def animation_duration_s(gltf: dict[str, Any]) -> float | None:
    """The longest animation in seconds: the largest ``max`` of any sampler's time input.

    None when no animation declares one. Tolerates malformed entries (they are skipped), since
    the JSON comes from untrusted uploads.
    """
    accessors = gltf.get("accessors")
    animations = gltf.get("animations")
    if not isinstance(accessors, list) or not isinstance(animations, list):
        return None
    best: float | None = None
    for anim in animations:
        samplers = anim.get("samplers") if isinstance(anim, dict) else None
        for sampler in samplers if isinstance(samplers, list) else ():
            t = _input_max(sampler, accessors)
            if t is not None and (best is None or t > best):
                best = t
    return best


def _input_max(sampler: object, accessors: list[Any]) -> float | None:
    index = sampler.get("input") if isinstance(sampler, dict) else None
    if type(index) is not int or not 0 <= index < len(accessors):
        return None
    acc = accessors[index]
    bounds = acc.get("max") if isinstance(acc, dict) else None
    if not isinstance(bounds, list) or not bounds:
        return None
    value = bounds[0]
    if type(value) not in (int, float) or not math.isfinite(value) or value < 0:
        return None
    return float(value)


def declares(gltf: dict[str, Any], extension: str) -> bool:
    """Whether the document names ``extension`` in ``extensionsUsed`` or ``extensions``."""
    used = gltf.get("extensionsUsed")
    top = gltf.get("extensions")
    return (isinstance(used, list) and extension in used) or (
        isinstance(top, dict) and extension in top
    )


def is_vrma(gltf: dict[str, Any]) -> bool:
    """A VRM animation: declares ``VRMC_vrm_animation``."""
    return declares(gltf, "VRMC_vrm_animation")


def is_vrm(gltf: dict[str, Any]) -> bool:
    """A VRM model: declares ``VRM`` (0.x) or ``VRMC_vrm`` (1.0)."""
    return declares(gltf, "VRM") or declares(gltf, "VRMC_vrm")
