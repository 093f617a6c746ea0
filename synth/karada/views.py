"""The answers of Karada's read-only routes, built from the catalog (blocking file-system code).

KaradaState runs these in a worker thread; they hold no state, so each answer is what the
disk says at that moment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from synth.errors import NotFound
from synth.karada import catalog
from synth.karada.catalog import ANIMATION_NAME, TYPE_NAME, DurationCache, Roots, check_name

SLUG = re.compile(r"[^a-z0-9]+")
CONTENT_TYPES = {
    "vrma": "model/gltf-binary",
    "vrm": "model/gltf-binary",
    "glb": "model/gltf-binary",
    "fbx": "application/octet-stream",
    "json": "application/json",
}


@dataclass(frozen=True)
class Asset:
    """A file ``/assets/...`` may send, with its content type and ETag (unquoted)."""

    path: Path
    content_type: str
    etag: str


def skins(roots: Roots, active: str, vrm: dict[str, Any] | None) -> dict[str, Any]:
    """``GET /api/skins``: no skin is ``active`` while an uploaded VRM is the model."""
    return {
        "skins": catalog.describe_skins(roots, None if vrm is not None else active),
        "custom_vrm": vrm is not None,
        "vrm": vrm,
    }


def current(roots: Roots, active: str, vrm: dict[str, Any] | None) -> dict[str, Any]:
    if vrm is not None:
        return {"skin": None, "model_url": vrm["url"]}
    model = catalog.model_path(roots, active)
    return {"skin": active, "model_url": f"/assets/skins/{active}/model.vrm" if model else None}


def animations(roots: Roots, skin: str, type_: str, durations: DurationCache) -> dict[str, Any]:
    catalog.require_skin(roots, skin)
    check_name(type_, TYPE_NAME, "animation type")
    found = catalog.skin_descriptors(roots, skin, type_, durations)
    found += catalog.upload_descriptors(roots, type_, durations)
    return {"skin": skin, "type": type_, "animations": found}


def descriptor(
    roots: Roots, skin: str, type_: str, name: str, durations: DurationCache
) -> dict[str, Any]:
    catalog.require_skin(roots, skin)
    check_name(type_, TYPE_NAME, "animation type")
    check_name(name, ANIMATION_NAME, "animation")
    path = catalog.animation_files(roots, skin).get(type_, {}).get(name)
    if path is None:
        raise NotFound(f"skin {skin!r} has no {type_} animation named {name!r}")
    url = catalog.skin_url(skin, type_, path.name)
    return catalog.describe(path, skin=skin, type_=type_, name=name, url=url, durations=durations)


def asset(roots: Roots, parts: tuple[str, ...]) -> Asset:
    """The file behind ``/assets/<parts>``: a VRM's ETag is its sha256, others size and mtime."""
    path = catalog.resolve_asset(roots, parts)
    if path is None:
        raise NotFound("no such asset")
    if parts[0] == "vrm":
        etag = path.stem
    else:
        stat = path.stat()
        etag = f"{stat.st_size:x}-{stat.st_mtime_ns:x}"
    content_type = CONTENT_TYPES.get(path.suffix[1:].lower(), "application/octet-stream")
    return Asset(path, content_type, etag)


def slug(name: str) -> str:
    return SLUG.sub("-", name.lower()).strip("-") or "location"


def locations(available: Sequence[str], current_name: object) -> dict[str, Any]:
    """Each name with an id (its slug, made unique); ``current`` is the current one's id."""
    found, ids = [], set()
    for name in available:
        base = candidate = slug(name)
        n = 1
        while candidate in ids:
            n += 1
            candidate = f"{base}-{n}"
        ids.add(candidate)
        found.append({"id": candidate, "name": name, "description": ""})
    chosen = current_name if isinstance(current_name, str) and current_name else None
    current_id = next((loc["id"] for loc in found if loc["name"] == chosen), None)
    if current_id is None and chosen is not None:
        current_id = slug(chosen)
    return {"current": current_id, "current_name": chosen, "locations": found}
