"""System and configuration routes: restart, config, config files, about, activity log."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from quart import Blueprint, Response, request, send_file

from synth.actors.config import (
    CheckFileKey,
    ConfigFile,
    DescribeConfig,
    GetConfigFile,
    SetConfig,
    StoreConfigFile,
)
from synth.actors.grillo import GrilloPage
from synth.actors.pagination import PageRequest, parse_cursor
from synth.errors import BadRequest
from synth.http import validate
from synth.http.context import ctx
from synth.http.upload_stream import answered_after_the_body, staged_upload

bp = Blueprint("system", __name__)
SAFE_FILENAME = re.compile(r"[^A-Za-z0-9._-]+")


@bp.post("/api/system/restart")
async def restart() -> tuple[dict[str, Any], int]:
    # Anything but {"confirm": true} (no body, bad JSON, not an object) is the same refusal.
    try:
        body = await validate.json_object()
    except BadRequest:
        body = {}
    if body.get("confirm") is not True:
        raise BadRequest('send {"confirm": true} to restart', "confirmation_required")
    ctx().request_restart()
    return {"status": "restarting"}, 202


@bp.get("/api/config")
async def get_config() -> dict[str, Any]:
    return {"items": await ctx().actors.config.ask(DescribeConfig())}


@bp.post("/api/config")
async def set_config() -> dict[str, Any]:
    body = await validate.json_object()
    key = validate.string(body, "key", min_len=1, max_len=200)
    if "value" not in body:
        raise BadRequest("missing field 'value'", "missing_field")
    result: dict[str, Any] = await ctx().actors.config.ask(SetConfig(key, body["value"]))
    return result


@bp.post("/api/config/<key>/upload")
async def upload_config_file(key: str) -> dict[str, Any]:
    context = ctx()
    limit = int(str(context.live.get("limits.upload_bytes")))
    # Refuse a key that cannot take a file before staging any of the body.
    async with answered_after_the_body(limit):
        await context.actors.config.ask(CheckFileKey(key))
    async with staged_upload(context.data_dir / "tmp", limit, _any_file, 0) as staged:
        filename = SAFE_FILENAME.sub("_", Path(staged.filename or key).name)[:200] or key
        result: dict[str, Any] = await context.actors.config.ask(
            StoreConfigFile(key, staged.path, filename, staged.size, staged.sha256)
        )
    return result


def _any_file(name: str, head: bytes) -> str:
    """Config files are the user's own text or data: any name and content will do."""
    return "file"


@bp.get("/api/config/<key>/file")
async def download_config_file(key: str) -> Response:
    found: ConfigFile = await ctx().actors.config.ask(GetConfigFile(key))
    response = await send_file(found.path, as_attachment=True, attachment_filename=found.filename)
    return response


@bp.get("/api/about")
async def about() -> dict[str, Any]:
    return await ctx().about()


@bp.get("/api/history/grillo")
async def grillo_history() -> dict[str, Any]:
    limit = validate.query_int("limit", 50, 1, 500)
    before = parse_cursor(request.args.get("before"))
    page: dict[str, Any] = await ctx().actors.grillo.ask(GrilloPage(PageRequest(limit, before)))
    return page
