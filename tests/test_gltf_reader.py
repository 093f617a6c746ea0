"""The GLB reader refuses malformed or hostile files with a GlbError and reads only the JSON."""

from __future__ import annotations

import io
import json
import struct
from pathlib import Path
from typing import Any

import pytest

from synth.karada.gltf import (
    GlbError,
    animation_duration_s,
    is_vrm,
    is_vrma,
    pack_glb,
    read_glb_json,
)

DOC: dict[str, Any] = {"asset": {"version": "2.0"}, "nodes": [{"name": "root"}]}


def _raw(magic: bytes, version: int, length: int, *chunks: tuple[int, bytes, bytes]) -> bytes:
    """A GLB assembled field by field, so each field can be wrong on purpose."""
    body = b"".join(struct.pack("<I4s", n, kind) + data for n, kind, data in chunks)
    return struct.pack("<4sII", magic, version, length) + body


class CountingStream(io.RawIOBase):
    """A non-seekable stream that records every read size, like an upload body."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)
        self.requests: list[int] = []

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.requests.append(size)
        return self._data.read(size)


def test_reads_the_json_of_bytes_a_path_and_a_file(tmp_path: Path) -> None:
    data = pack_glb(DOC, b"\1\2\3")
    path = tmp_path / "a.glb"
    path.write_bytes(data)
    assert read_glb_json(data) == DOC
    assert read_glb_json(memoryview(data)) == DOC
    assert read_glb_json(path) == DOC
    assert read_glb_json(str(path)) == DOC
    with path.open("rb") as f:
        assert read_glb_json(f) == DOC


def test_reads_only_the_header_and_json_chunk_from_a_stream() -> None:
    js_len = len(pack_glb(DOC)) - 20
    stream = CountingStream(pack_glb(DOC, b"\0" * 100_000))
    assert read_glb_json(stream) == DOC  # type: ignore[arg-type]
    assert sum(stream.requests) == 12 + 8 + js_len


def test_reads_a_seekable_file_from_its_position_and_leaves_the_bin_unread() -> None:
    data = pack_glb(DOC, b"\0" * 4096)
    f = io.BytesIO(b"prefix" + data)
    f.seek(6)
    assert read_glb_json(f) == DOC
    assert f.tell() == 6 + 20 + len(pack_glb(DOC)) - 20


@pytest.mark.parametrize("keep", [0, 4, 11, 12, 16, 19, 20, 30])
def test_truncated_file_is_refused(keep: int) -> None:
    data = pack_glb(DOC, b"\0" * 16)[:keep]
    with pytest.raises(GlbError):
        read_glb_json(data)
    with pytest.raises(GlbError, match="truncated"):
        read_glb_json(CountingStream(data))  # type: ignore[arg-type]


def test_wrong_magic_is_refused() -> None:
    data = b"GLTF" + pack_glb(DOC)[4:]
    with pytest.raises(GlbError, match="magic"):
        read_glb_json(data)


@pytest.mark.parametrize("version", [0, 1, 3])
def test_wrong_version_is_refused(version: int) -> None:
    data = bytearray(pack_glb(DOC))
    struct.pack_into("<I", data, 4, version)
    with pytest.raises(GlbError, match="version"):
        read_glb_json(bytes(data))


def test_declared_length_that_disagrees_with_the_data_is_refused() -> None:
    data = pack_glb(DOC)
    with pytest.raises(GlbError, match="declares"):
        read_glb_json(data + b"    ")
    short = bytearray(data)
    struct.pack_into("<I", short, 8, len(data) + 4)
    with pytest.raises(GlbError, match="declares"):
        read_glb_json(bytes(short))


def test_json_chunk_running_past_the_end_is_refused() -> None:
    js = b'{"asset":{"version":"2.0"}}  '
    for data in (
        _raw(b"glTF", 2, 20 + len(js), (len(js) + 4, b"JSON", js)),
        _raw(b"glTF", 2, 20 + len(js), (2**32 - 4, b"JSON", js)),
    ):
        with pytest.raises(GlbError, match="past the declared end"):
            read_glb_json(data)


def test_first_chunk_that_is_not_json_is_refused() -> None:
    data = _raw(b"glTF", 2, 28, (8, b"BIN\0", b"\0" * 8))
    with pytest.raises(GlbError, match="expected JSON"):
        read_glb_json(data)


@pytest.mark.parametrize(
    "js",
    [b"not json", b"\xff\xfe{}", b"[1, 2, 3]", b'{"nodes": []}', b'{"asset": {"version": "1.0"}}'],
)
def test_json_chunk_that_is_not_a_gltf_object_is_refused(js: bytes) -> None:
    js += b" " * (-len(js) % 4)
    data = _raw(b"glTF", 2, 20 + len(js), (len(js), b"JSON", js))
    with pytest.raises(GlbError):
        read_glb_json(data)


def test_deeply_nested_json_is_refused_not_a_recursion_error() -> None:
    js = b'{"asset":{"version":"2.0"},"x":' + b"[" * 200_000 + b"]" * 200_000 + b"}"
    js += b" " * (-len(js) % 4)
    with pytest.raises(GlbError):
        read_glb_json(_raw(b"glTF", 2, 20 + len(js), (len(js), b"JSON", js)))


def test_huge_declared_json_is_refused_before_reading_it() -> None:
    header = _raw(b"glTF", 2, 2**32 - 1, (2**32 - 32, b"JSON", b"{}  "))
    stream = CountingStream(header)
    with pytest.raises(GlbError, match="cap"):
        read_glb_json(stream)  # type: ignore[arg-type]
    assert stream.requests == [12, 8]


def test_json_over_a_custom_cap_is_refused() -> None:
    with pytest.raises(GlbError, match="cap"):
        read_glb_json(pack_glb({**DOC, "pad": "x" * 100}), max_json_bytes=64)


def test_nul_padded_json_is_accepted() -> None:
    js = json.dumps(DOC).encode()
    js += b"\0" * (-len(js) % 4 or 4)
    assert read_glb_json(_raw(b"glTF", 2, 20 + len(js), (len(js), b"JSON", js))) == DOC


def test_text_mode_file_is_a_type_error(tmp_path: Path) -> None:
    path = tmp_path / "a.glb"
    path.write_bytes(pack_glb(DOC))
    with path.open(encoding="latin-1") as f, pytest.raises(TypeError):
        read_glb_json(f)  # type: ignore[arg-type]


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_glb_json(tmp_path / "missing.glb")


@pytest.mark.parametrize(
    "doc",
    [
        {"extensionsUsed": ["VRMC_vrm"], "extensions": {"VRMC_vrm": {"specVersion": "1.0"}}},
        {"extensionsUsed": ["VRM"]},
        {"extensions": {"VRM": {"exporterVersion": "x"}}},
    ],
)
def test_vrm_models_are_recognised(doc: dict[str, Any]) -> None:
    parsed = read_glb_json(pack_glb({**DOC, **doc}))
    assert is_vrm(parsed) and not is_vrma(parsed)


def test_plain_gltf_is_neither_vrm_nor_vrma() -> None:
    doc = {**DOC, "extensionsUsed": ["KHR_materials_unlit", 7], "extensions": []}
    assert not is_vrm(doc) and not is_vrma(doc)
    assert is_vrma({"extensionsUsed": ["VRMC_vrm_animation"]})


def test_duration_is_the_longest_sampler_input() -> None:
    doc = {
        "accessors": [{"max": [1.5]}, {"max": [0.5, 2.0]}, {"max": [3.25]}, {}],
        "animations": [
            {"samplers": [{"input": 0}, {"input": 3}]},
            {"samplers": [{"input": 2}, {"input": 1}]},
        ],
    }
    assert animation_duration_s(doc) == 3.25


@pytest.mark.parametrize(
    "doc",
    [
        {},
        {"animations": [], "accessors": []},
        {"animations": "x", "accessors": [{"max": [1.0]}]},
        {"animations": [{"samplers": [{"input": 5}]}], "accessors": [{"max": [1.0]}]},
        {"animations": [{"samplers": [{"input": True}]}], "accessors": [{"max": [1.0]}]},
        {"animations": [7, {"samplers": None}], "accessors": [{"max": [1.0]}]},
        {"animations": [{"samplers": [{"input": 0}]}], "accessors": [{"max": ["1"]}]},
        {"animations": [{"samplers": [{"input": 0}]}], "accessors": [{"max": [float("nan")]}]},
    ],
)
def test_duration_is_none_when_no_sampler_declares_one(doc: dict[str, Any]) -> None:
    assert animation_duration_s(doc) is None
