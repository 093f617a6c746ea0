"""Checking and keeping uploaded files: animations (FBX, VRMA) and the persona's own VRM.

A file arrives complete at a staging path (the HTTP layer streams it there); these functions
check it by its bytes, never by its name alone, and move it into place under a generated name
with one ``os.replace``, writing its record the same way, so a reader sees a whole upload or
none. Blocking code: callers run it in a worker thread.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from pathlib import Path
from typing import Any

from synth.errors import Conflict, NotFound, UnsupportedMedia
from synth.karada.catalog import FORMATS, UPLOAD_ID, Roots, read_uploads, upload_url
from synth.karada.gltf import GlbError, is_vrm, is_vrma, read_glb_json
from synth.store.database import now_iso

FBX_MAGIC = b"Kaydara FBX Binary  \x00"
GLB_MAGIC = b"glTF"
HEAD_BYTES = len(FBX_MAGIC)
"""How much of a file's start the magic checks need."""
ACTIVE_VRM = "active.json"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def animation_format(filename: str, head: bytes) -> str:
    """``fbx`` or ``vrma`` from the name and the first bytes; 415 when they disagree."""
    ext = filename.rpartition(".")[2].lower() if "." in filename else ""
    if ext not in FORMATS:
        raise UnsupportedMedia(f"{filename!r} is not an .fbx or .vrma file", "unsupported_media")
    magic = FBX_MAGIC if ext == "fbx" else GLB_MAGIC
    if not head.startswith(magic):
        kind = "FBX binary" if ext == "fbx" else "glTF binary"
        raise UnsupportedMedia(f"{filename!r} is not a {kind} file", "unsupported_media")
    return ext


def vrm_head(filename: str, head: bytes) -> str:
    """The early check of a VRM upload: a ``.vrm`` name and glTF binary bytes."""
    if not filename.lower().endswith(".vrm"):
        raise UnsupportedMedia(f"{filename!r} is not a .vrm file", "unsupported_media")
    if not head.startswith(GLB_MAGIC):
        raise UnsupportedMedia(f"{filename!r} is not a glTF binary file", "unsupported_media")
    return "vrm"


def check_animation(path: Path, fmt: str) -> None:
    """The whole-file check: a VRMA must be well-formed GLB declaring VRMC_vrm_animation."""
    with path.open("rb") as f:
        head = f.read(HEAD_BYTES)
    animation_format(f"upload.{fmt}", head)
    if fmt == "vrma":
        _require_glb(path, is_vrma, "a VRM animation (VRMC_vrm_animation)")


def check_vrm(path: Path) -> None:
    _require_glb(path, is_vrm, "a VRM model (VRM or VRMC_vrm)")


def _require_glb(path: Path, test: Any, what: str) -> None:
    try:
        doc = read_glb_json(path)
    except GlbError as exc:
        raise UnsupportedMedia(f"not a valid glTF binary: {exc}", "unsupported_media") from None
    if not test(doc):
        raise UnsupportedMedia(f"the glTF file does not declare {what}", "unsupported_media")


def safe_filename(filename: str, fallback: str) -> str:
    """The client's file name reduced to a harmless label (it never names a path)."""
    base = filename.replace("\\", "/").rpartition("/")[2]
    return _UNSAFE.sub("_", base).strip("._")[:200] or fallback


def default_name(filename: str, fallback: str) -> str:
    """An animation name from the file's stem: letters, digits, ``_`` and ``-`` only."""
    stem = safe_filename(filename, fallback).rpartition(".")[0] or fallback
    name = re.sub(r"[^A-Za-z0-9_-]+", "_", stem).strip("_-")[:100]
    return name or fallback


def write_json_atomically(path: Path, data: dict[str, Any]) -> None:
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        with partial.open("w", encoding="utf-8") as out:
            json.dump(data, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def store_upload(roots: Roots, staged: Path, meta: dict[str, Any]) -> dict[str, Any]:
    """Move a checked file into the uploads folder under a new id; its record last."""
    roots.uploads.mkdir(parents=True, exist_ok=True)
    upload_id = secrets.token_hex(16)
    data = roots.uploads / f"{upload_id}.{meta['format']}"
    record = {"upload_id": upload_id, **meta}
    os.replace(staged, data)
    try:
        write_json_atomically(roots.uploads / f"{upload_id}.json", record)
    except BaseException:
        data.unlink(missing_ok=True)
        raise
    return record | {"url": upload_url(data.name)}


def adopt_upload(
    roots: Roots, staged: Path, filename: str, fmt: str, type_: str, name: str | None
) -> dict[str, Any]:
    """Check a staged animation whole and keep it; its name defaults to the file's stem."""
    check_animation(staged, fmt)
    label = safe_filename(filename, f"upload.{fmt}")
    meta = {
        "filename": label,
        "name": name or default_name(label, "upload"),
        "type": type_,
        "format": fmt,
        "size": staged.stat().st_size,
        "created_at": now_iso(),
    }
    return store_upload(roots, staged, meta)


def find_upload(roots: Roots, upload_id: str) -> dict[str, Any]:
    if UPLOAD_ID.fullmatch(upload_id):
        for meta in read_uploads(roots):
            if meta["upload_id"] == upload_id:
                return meta
    raise NotFound(f"unknown upload {upload_id[:80]!r}")


def delete_upload(roots: Roots, upload_id: str) -> dict[str, Any]:
    """Remove an upload: its record first, so a half-done delete is no upload at all."""
    meta = find_upload(roots, upload_id)
    (roots.uploads / f"{upload_id}.json").unlink(missing_ok=True)
    (roots.uploads / f"{upload_id}.{meta['format']}").unlink(missing_ok=True)
    return meta


def promote_upload(
    roots: Roots, upload_id: str, skin: str, type_: str, name: str, taken: set[str]
) -> dict[str, Any]:
    """Move an upload into the data dir's layer of ``skin``; 409 when ``name`` is taken."""
    meta = find_upload(roots, upload_id)
    if name in taken:
        raise Conflict(f"{skin}/{type_} already has an animation named {name!r}", "name_taken")
    folder = roots.skins / skin / "animations" / type_
    folder.mkdir(parents=True, exist_ok=True)
    file = f"{name}.{meta['format']}"
    target = folder / file
    if any((folder / f"{name}.{fmt}").exists() for fmt in FORMATS):
        raise Conflict(f"{skin}/{type_} already has an animation named {name!r}", "name_taken")
    os.replace(roots.uploads / f"{upload_id}.{meta['format']}", target)
    (roots.uploads / f"{upload_id}.json").unlink(missing_ok=True)
    return {"skin": skin, "type": type_, "file": file, "name": name, "upload_id": upload_id}


def vrm_url(sha256: str) -> str:
    return f"/assets/vrm/{sha256}.vrm"


def store_vrm(roots: Roots, staged: Path, record: dict[str, Any]) -> dict[str, Any]:
    """Keep a checked VRM as ``<sha256>.vrm`` and make it the active one; drop older ones."""
    roots.vrm.mkdir(parents=True, exist_ok=True)
    sha256 = record["sha256"]
    os.replace(staged, roots.vrm / f"{sha256}.vrm")
    write_json_atomically(roots.vrm / ACTIVE_VRM, record)
    for old in roots.vrm.glob("*.vrm"):
        if old.name != f"{sha256}.vrm":
            old.unlink(missing_ok=True)
    return record | {"url": vrm_url(sha256)}


def adopt_vrm(roots: Roots, staged: Path, filename: str, size: int, sha256: str) -> dict[str, Any]:
    """Check a staged VRM whole and make it the persona's model."""
    check_vrm(staged)
    record = {
        "filename": safe_filename(filename, "model.vrm"),
        "size": size,
        "sha256": sha256,
        "uploaded_at": now_iso(),
    }
    return store_vrm(roots, staged, record)


def read_active_vrm(roots: Roots) -> dict[str, Any] | None:
    """The active VRM's record, or None when none is set (or its file is gone)."""
    try:
        record = json.loads((roots.vrm / ACTIVE_VRM).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(record, dict) or not isinstance(record.get("sha256"), str):
        return None
    if not (roots.vrm / f"{record['sha256']}.vrm").is_file():
        return None
    return record | {"url": vrm_url(record["sha256"])}


def clear_vrm(roots: Roots) -> None:
    """Stop using the uploaded VRM (the skin's model is back); its file goes too."""
    (roots.vrm / ACTIVE_VRM).unlink(missing_ok=True)
    for old in roots.vrm.glob("*.vrm"):
        old.unlink(missing_ok=True)
