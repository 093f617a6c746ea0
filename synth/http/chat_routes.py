"""Chat routes of the WebUI API that are not WebSocket frames."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, request

from synth.actors.chat_chain import PromptOverride
from synth.http import validate
from synth.http.context import ctx

bp = Blueprint("chat", __name__)


@bp.get("/api/prompt_override")
async def prompt_override() -> dict[str, Any]:
    session_id = validate.session_id(request.args.get("session_id"))
    result: dict[str, Any] = await ctx().actors.chat.ask(PromptOverride(session_id))
    return result
