"""The ``/logs`` WebSocket: the server's recent log lines, then each new one, as text frames.

It opens only while ``web.debug`` is true, and, when auth is on, only with the token
(``?token=`` or ``Authorization: Bearer``). A refusal is a plain HTTP answer before the
upgrade: 401 without a valid token, 403 while debug is off. A reader that falls too far
behind is closed with 1013 instead of slowing anything down.
"""

from __future__ import annotations

import json

from quart import Blueprint, Response, websocket

from synth.http.auth import token_matches
from synth.http.context import AppContext, ctx

bp = Blueprint("logs", __name__)

CLOSE_TOO_SLOW = 1013


@bp.websocket("/logs")
async def logs() -> Response | None:
    context = ctx()
    refusal = _refusal(context)
    if refusal is not None:
        return refusal
    backlog, subscription = context.log_ring.subscribe()
    with subscription:
        await websocket.accept()
        for line in backlog:
            await websocket.send(line)
        async for line in subscription:
            await websocket.send(line)
        if subscription.dropped:
            await websocket.close(CLOSE_TOO_SLOW, "log reader fell behind")
    return None


def _refusal(context: AppContext) -> Response | None:
    """The HTTP answer that refuses this upgrade, or None to accept it."""
    if context.auth_token is not None and not token_matches(_presented_token(), context.auth_token):
        return _error(401, "unauthorized", "a valid token is required (?token=<token>)")
    if context.live.get("web.debug") is not True:
        return _error(403, "forbidden", "/logs is open only while web.debug is true")
    return None


def _presented_token() -> str | None:
    scheme, _, value = websocket.headers.get("Authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value:
        return value.strip()
    return websocket.args.get("token")


def _error(status: int, code: str, message: str) -> Response:
    body = json.dumps({"error": message, "code": code})
    return Response(body, status, content_type="application/json")
