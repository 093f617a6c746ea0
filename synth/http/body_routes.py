"""Face routes: the emotion state (skins and animations are in ``karada_routes``)."""

from __future__ import annotations

from typing import Any

from quart import Blueprint

from synth.actors.emotion_state import GetEmotion, SetEmotion, check_values
from synth.errors import BadRequest
from synth.http import validate
from synth.http.context import ctx

bp = Blueprint("body", __name__)


@bp.get("/api/emotion_state")
async def get_emotion() -> dict[str, Any]:
    state: dict[str, Any] = await ctx().actors.emotion.ask(GetEmotion())
    return state


@bp.post("/api/emotion_state")
async def set_emotion() -> dict[str, Any]:
    body = await validate.json_object()
    if "values" not in body:
        raise BadRequest("missing field 'values'", "missing_field")
    values = check_values(body["values"])
    source = validate.string(body, "source", "api", min_len=1, max_len=64)
    state: dict[str, Any] = await ctx().actors.emotion.ask(SetEmotion(values, source))
    return state
