"""Karada routes: skins, animations, the animation state, locations, uploads and the VRM."""

from __future__ import annotations

import re
from typing import Any

from quart import Blueprint, Response, request

from synth.actors.karada_state import (
    AdoptUpload,
    AdoptVrm,
    CurrentSkin,
    DeleteUpload,
    GetAnimation,
    GetDescriptor,
    GetLocations,
    ListAnimations,
    ListSkins,
    ListUploads,
    Promote,
    SetAnimation,
)
from synth.errors import BadRequest
from synth.http import validate
from synth.http.context import ctx
from synth.http.upload_stream import staged_upload
from synth.karada.uploads import HEAD_BYTES, animation_format, vrm_head

bp = Blueprint("karada", __name__)
CONTEXT_ID = re.compile(r"[A-Za-z0-9:_.-]{1,128}")
GUARDED_PREFIXES = ("/assets/", "/api/skins/", "/api/animations/")
ENCODED_TRICKS = (b"%2f", b"%5c", b"%00", b"%2e", b"\\")
"""In a raw path these only ever serve to smuggle a separator or a dot segment past a check."""


@bp.before_app_request
async def refuse_path_tricks() -> None:
    """400 for a name-taking path that hides separators, dot segments or NUL.

    It runs before routing answers (which would otherwise merge ``//`` with a redirect), so
    every such path is refused the same way, whatever route it would have reached.
    """
    path = request.path
    if not path.startswith(GUARDED_PREFIXES):
        return
    raw = request.scope.get("raw_path") or path.encode("utf-8", "surrogateescape")
    segments = path.split("/")[1:]
    if (
        any(trick in raw.lower() for trick in ENCODED_TRICKS)
        or "\x00" in path
        or "\\" in path
        or any(s in (".", "..") for s in segments)
        or "" in segments[:-1]
    ):
        raise BadRequest("the path names no file that may be served", "invalid_path")


@bp.get("/api/skins")
async def list_skins() -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.karada.ask(ListSkins())
    return result


@bp.get("/api/skins/current_skin")
async def current_skin() -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.karada.ask(CurrentSkin())
    return result


@bp.get("/api/animations/<skin>/<animation_type>")
async def list_animations(skin: str, animation_type: str) -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.karada.ask(ListAnimations(skin, animation_type))
    return result


@bp.get("/api/skins/<skin>/animations/<animation_type>/<animation_file>.json")
async def animation_descriptor(skin: str, animation_type: str, animation_file: str) -> Any:
    msg = GetDescriptor(skin, animation_type, animation_file)
    result: dict[str, Any] = await ctx().actors.karada.ask(msg)
    return result


@bp.get("/api/animation_state")
async def get_animation_state() -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.karada.ask(GetAnimation())
    return result


@bp.post("/api/animation_state")
async def set_animation_state() -> dict[str, Any]:
    body = await validate.json_object()
    state = validate.string(body, "state", min_len=1, max_len=64)
    context_id = validate.string(body, "context_id", None, pattern=CONTEXT_ID)
    session_id = body.get("session_id")
    msg = SetAnimation(
        state,
        context_id,
        None if session_id is None else validate.session_id(session_id),
        validate.boolean(body, "loop", None),
        validate.string(body, "source", "api", min_len=1, max_len=64),
    )
    result: dict[str, Any] = await ctx().actors.karada.ask(msg)
    return result


@bp.get("/api/locations")
async def locations() -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.karada.ask(GetLocations())
    return result


@bp.post("/api/animations/upload")
async def upload_animation() -> tuple[dict[str, Any], int]:
    context = ctx()
    limit = int(str(context.live.get("limits.animation_upload_bytes")))
    async with staged_upload(context.data_dir / "tmp", limit, animation_format, HEAD_BYTES) as up:
        msg = AdoptUpload(
            up.path,
            up.filename,
            up.format,
            up.fields.get("type") or "idle",
            up.fields.get("name") or None,
        )
        result: dict[str, Any] = await context.actors.karada.ask(msg)
    return result, 201


@bp.get("/api/animations/uploads")
async def list_uploads() -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.karada.ask(ListUploads())
    return result


@bp.delete("/api/animations/uploads/<upload_id>")
async def delete_upload(upload_id: str) -> Response:
    await ctx().actors.karada.ask(DeleteUpload(upload_id))
    return Response(status=204)


@bp.post("/api/animations/promote")
async def promote() -> dict[str, Any]:
    body = await validate.json_object()
    msg = Promote(
        validate.string(body, "upload_id", min_len=1, max_len=64),
        validate.string(body, "type", None, min_len=1, max_len=64),
        validate.string(body, "name", None, min_len=1, max_len=100),
    )
    result: dict[str, Any] = await ctx().actors.karada.ask(msg)
    return result


@bp.post("/api/vrm")
async def upload_vrm() -> tuple[dict[str, Any], int]:
    context = ctx()
    limit = int(str(context.live.get("limits.vrm_upload_bytes")))
    async with staged_upload(context.data_dir / "tmp", limit, vrm_head, 4) as up:
        msg = AdoptVrm(up.path, up.filename, up.size, up.sha256)
        result: dict[str, Any] = await context.actors.karada.ask(msg)
    return result, 201
