"""The skin catalog: which skins, animations, uploads and models exist on disk, and their URLs.

A skin is a folder ``<skins>/<skin>/`` with an optional ``model.vrm`` and
``animations/<type>/<name>.(fbx|vrma)``, each with an optional sidecar ``<name>.json``.
Two layers make a skin: the packaged one (read-only, shipped in ``synth/skins``) and the data
dir's folder of the same name, whose files are added to it and win a name clash. Pending
uploads live in ``<data_dir>/uploads/animations`` as ``<upload_id>.<ext>`` beside a JSON
record. Everything here is blocking file-system code: callers run it in a worker thread.

Names are checked against strict patterns before they touch a path, and every file found is
resolved and kept only when it stays inside its root, so a symlink cannot lead out either.
"""

from __future__ import annotations

import json
import math
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synth.errors import BadRequest, NotFound
from synth.karada.gltf import GlbError, animation_duration_s, read_glb_json

PACKAGED_SKINS = Path(__file__).resolve().parent.parent / "skins"
FORMATS = ("fbx", "vrma")
BASE_TYPES = ("idle", "think", "write", "talk")
LOOPING_TYPES = frozenset(BASE_TYPES)
"""Types that loop unless a sidecar says otherwise: the held states. Other types play once."""

SKIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
TYPE_NAME = re.compile(r"[a-z0-9_-]{1,32}")
ANIMATION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
UPLOAD_ID = re.compile(r"[0-9a-f]{32}")
SHA256 = re.compile(r"[0-9a-f]{64}")
FACT_KEYS = frozenset({"skin", "type", "name", "file", "format", "url", "size"})
"""Descriptor fields that state facts about the file: a sidecar cannot change them."""
MAX_SIDECAR_BYTES = 64 * 1024
MODEL_FILE = "model.vrm"


@dataclass(frozen=True)
class Roots:
    """Where the catalog looks: the data dir's folders and the packaged skins."""

    data_dir: Path
    packaged: Path = PACKAGED_SKINS

    @property
    def skins(self) -> Path:
        return self.data_dir / "skins"

    @property
    def uploads(self) -> Path:
        return self.data_dir / "uploads" / "animations"

    @property
    def vrm(self) -> Path:
        return self.data_dir / "vrm"

    @property
    def staging(self) -> Path:
        return self.data_dir / "tmp"


def check_name(value: str, pattern: re.Pattern[str], what: str) -> str:
    """``value`` when it matches; a 400 ``invalid_name`` otherwise (never a path)."""
    if not pattern.fullmatch(value):
        raise BadRequest(f"invalid {what} name {value[:80]!r}", "invalid_name")
    return value


def inside(path: Path, root: Path) -> Path | None:
    """The real path of ``path`` if it exists strictly inside ``root``, else None."""
    try:
        real = path.resolve(strict=True)
        real_root = root.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if real == real_root or not real.is_relative_to(real_root):
        return None
    return real


def skin_layers(roots: Roots, skin: str) -> list[tuple[Path, Path]]:
    """(root, folder) of each layer of ``skin``, the packaged one first."""
    if not SKIN_NAME.fullmatch(skin):
        return []
    layers = []
    for root in (roots.packaged, roots.skins):
        real = inside(root / skin, root)
        if real is not None and real.is_dir():
            layers.append((root, root / skin))
    return layers


def skin_names(roots: Roots) -> list[str]:
    names: set[str] = set()
    for root in (roots.packaged, roots.skins):
        try:
            entries = list(root.iterdir())
        except OSError:
            continue
        names.update(e.name for e in entries if SKIN_NAME.fullmatch(e.name))
    return sorted(name for name in names if skin_layers(roots, name))


def active_skin(roots: Roots, configured: str) -> str:
    """The configured skin when it exists, else ``default`` (a typo must not leave no body)."""
    return configured if skin_layers(roots, configured) else "default"


def require_skin(roots: Roots, skin: str) -> list[tuple[Path, Path]]:
    check_name(skin, SKIN_NAME, "skin")
    layers = skin_layers(roots, skin)
    if not layers:
        raise NotFound(f"unknown skin {skin!r}")
    return layers


def animation_files(roots: Roots, skin: str) -> dict[str, dict[str, Path]]:
    """type -> name -> file of a skin; the data dir's layer wins a clash, then ``.vrma``."""
    found: dict[str, dict[str, Path]] = {}
    for root, folder in skin_layers(roots, skin):
        try:
            type_dirs = sorted((folder / "animations").iterdir())
        except OSError:
            continue
        for type_dir in type_dirs:
            if not TYPE_NAME.fullmatch(type_dir.name) or not type_dir.is_dir():
                continue
            for file in sorted(type_dir.iterdir()):
                stem, _, ext = file.name.rpartition(".")
                if ext not in FORMATS or not ANIMATION_NAME.fullmatch(stem):
                    continue
                real = inside(file, root)
                if real is not None and real.is_file():
                    found.setdefault(type_dir.name, {})[stem] = file
    return found


class DurationCache:
    """VRMA durations by path, mtime and size: each file's JSON chunk is read once.

    Safe to share between worker threads (several may describe files at once).
    """

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._entries: dict[tuple[str, int, int], float | None] = {}
        self._lock = threading.Lock()

    def duration(self, path: Path, stat: os.stat_result) -> float | None:
        key = (str(path), stat.st_mtime_ns, stat.st_size)
        with self._lock:
            if key in self._entries:
                return self._entries[key]
        try:
            value = animation_duration_s(read_glb_json(path))
        except (GlbError, OSError):
            value = None
        with self._lock:
            if len(self._entries) >= self.size:
                self._entries.pop(next(iter(self._entries)))
            self._entries[key] = value
        return value


def skin_url(skin: str, type_: str, file: str) -> str:
    return f"/assets/skins/{skin}/animations/{type_}/{file}"


def upload_url(file: str) -> str:
    return f"/assets/uploads/animations/{file}"


def describe(
    path: Path, *, skin: str | None, type_: str, name: str, url: str, durations: DurationCache
) -> dict[str, Any]:
    """A descriptor D: derived facts, with the sidecar's values merged over the rest."""
    stat = path.stat()
    fmt = path.suffix[1:]
    descriptor: dict[str, Any] = {
        "skin": skin,
        "type": type_,
        "name": name,
        "file": path.name,
        "format": fmt,
        "url": url,
        "loop": type_ in LOOPING_TYPES,
        "duration_s": durations.duration(path, stat) if fmt == "vrma" else None,
        "size": stat.st_size,
    }
    if skin is not None:
        _merge_sidecar(descriptor, path.with_suffix(".json"))
    return descriptor


def _merge_sidecar(descriptor: dict[str, Any], sidecar: Path) -> None:
    try:
        if sidecar.stat().st_size > MAX_SIDECAR_BYTES:
            return
        extra = json.loads(sidecar.read_bytes())
    except (OSError, ValueError, RecursionError):
        return
    if not isinstance(extra, dict):
        return
    for key, value in extra.items():
        if key in FACT_KEYS:
            continue
        if key == "loop" and not isinstance(value, bool):
            continue
        if key == "duration_s" and not _valid_duration(value):
            continue
        descriptor[key] = value


def _valid_duration(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    return math.isfinite(value) and value >= 0


def skin_descriptors(
    roots: Roots, skin: str, type_: str, durations: DurationCache
) -> list[dict[str, Any]]:
    files = animation_files(roots, skin).get(type_, {})
    return [
        describe(
            path,
            skin=skin,
            type_=type_,
            name=name,
            url=skin_url(skin, type_, path.name),
            durations=durations,
        )
        | {"source": "skin"}
        for name, path in sorted(files.items())
    ]


def read_uploads(roots: Roots) -> list[dict[str, Any]]:
    """The pending uploads' records, oldest first; a record without its file is skipped."""
    try:
        records = sorted(roots.uploads.glob("*.json"))
    except OSError:
        return []
    uploads = []
    for record in records:
        if not UPLOAD_ID.fullmatch(record.stem):
            continue
        try:
            meta = json.loads(record.read_bytes())
        except (OSError, ValueError):
            continue
        if not isinstance(meta, dict) or meta.get("format") not in FORMATS:
            continue
        data = roots.uploads / f"{record.stem}.{meta['format']}"
        if inside(data, roots.uploads) is None:
            continue
        meta["upload_id"] = record.stem
        meta["url"] = upload_url(data.name)
        uploads.append(meta)
    uploads.sort(key=lambda u: (str(u.get("created_at")), str(u.get("upload_id"))))
    return uploads


def upload_descriptors(roots: Roots, type_: str, durations: DurationCache) -> list[dict[str, Any]]:
    found = []
    for meta in read_uploads(roots):
        if meta.get("type") != type_:
            continue
        path = roots.uploads / f"{meta['upload_id']}.{meta['format']}"
        try:
            descriptor = describe(
                path,
                skin=None,
                type_=type_,
                name=str(meta.get("name")),
                url=meta["url"],
                durations=durations,
            )
        except OSError:
            continue
        found.append(descriptor | {"source": "upload", "upload_id": meta["upload_id"]})
    return found


def known_types(roots: Roots, skin: str) -> set[str]:
    """The states the animation state accepts: the base four, the skin's, the uploads'."""
    types = set(BASE_TYPES) | set(animation_files(roots, skin))
    types.update(str(u.get("type")) for u in read_uploads(roots))
    return types


def model_path(roots: Roots, skin: str) -> Path | None:
    """The skin's ``model.vrm``, the data dir's layer first."""
    for root, folder in reversed(skin_layers(roots, skin)):
        real = inside(folder / MODEL_FILE, root)
        if real is not None and real.is_file():
            return folder / MODEL_FILE
    return None


def describe_skins(roots: Roots, active: str | None) -> list[dict[str, Any]]:
    skins = []
    for name in skin_names(roots):
        files = animation_files(roots, name)
        skins.append(
            {
                "name": name,
                "active": name == active,
                "has_vrm": model_path(roots, name) is not None,
                "animation_types": {t: len(files[t]) for t in sorted(files)},
            }
        )
    return skins


def resolve_asset(roots: Roots, parts: tuple[str, ...]) -> Path | None:
    """The file an ``/assets/...`` path names, or None: only the shapes served, only inside."""
    match parts:
        case ("skins", skin, "model.vrm"):
            return model_path(roots, skin)
        case ("skins", skin, "animations", type_, file):
            stem, _, ext = file.rpartition(".")
            if not TYPE_NAME.fullmatch(type_) or not ANIMATION_NAME.fullmatch(stem):
                return None
            if ext not in (*FORMATS, "json"):
                return None
            for root, folder in reversed(skin_layers(roots, skin)):
                found = inside(folder / "animations" / type_ / file, root)
                if found is not None and found.is_file():
                    return found
            return None
        case ("uploads", "animations", file):
            stem, _, ext = file.rpartition(".")
            if not UPLOAD_ID.fullmatch(stem) or ext not in FORMATS:
                return None
            return _file_inside(roots.uploads / file, roots.uploads)
        case ("vrm", file):
            stem, _, ext = file.rpartition(".")
            if not SHA256.fullmatch(stem) or ext != "vrm":
                return None
            return _file_inside(roots.vrm / file, roots.vrm)
    return None


def _file_inside(path: Path, root: Path) -> Path | None:
    real = inside(path, root)
    return real if real is not None and real.is_file() else None
