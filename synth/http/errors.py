"""The one place where exceptions become HTTP error responses.

Native routes answer ``{"error": sentence, "code": snake_case}``; OpenAI-compatible
routes (``/v1/...``) answer OpenAI's ``{"error": {"message", "type", "param", "code"}}``.
A 500 never shows internals: the traceback goes to the log, not to the client.
"""

from __future__ import annotations

import logging
from typing import Any

from quart import (
    Quart,
    Response,
    has_request_context,
    has_websocket_context,
    jsonify,
    request,
    websocket,
)
from werkzeug.exceptions import HTTPException

from synth.errors import STORAGE_FULL, SynthError, storage_failure
from synth.runtime.errors import ActorUnavailable, AskTimeout, MailboxFull

log = logging.getLogger("synth.http")

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    408: "request_timeout",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media",
    502: "upstream_error",
    503: "unavailable",
    504: "timeout",
}


def describe(exc: BaseException) -> tuple[int, str, str]:
    """(status, code, sentence) for any exception a handler let through."""
    if isinstance(exc, SynthError):
        return exc.status, exc.code, exc.message
    if isinstance(exc, ActorUnavailable | MailboxFull):
        return 503, "unavailable", f"the runtime cannot take this now: {exc}"
    if isinstance(exc, AskTimeout):
        return 504, "timeout", str(exc)
    if isinstance(exc, OSError) and exc.errno in STORAGE_FULL:
        # Any write (an upload, Quart's own spooling of one) that found no room: not a bug.
        log.warning("storage full on %s %s: %s", *_where(), exc)
        failure = storage_failure(exc)
        return failure.status, failure.code, failure.message
    if isinstance(exc, HTTPException):
        status = exc.code or 500
        code = _HTTP_CODES.get(status, "error")
        if status == 404:
            return status, code, f"no such route: {' '.join(_where())}"
        if status == 405:
            return status, code, f"{_where()[0]} is not allowed on {_where()[1]}"
        if status == 413:
            return status, code, "the request body is over its size limit"
        return status, code, exc.description or exc.name
    log.error("unhandled error on %s %s", *_where(), exc_info=exc)
    return 500, "internal_error", "internal error; see the server log"


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    path = _where()[1]
    if path.startswith("/v1/") or path == "/v1":
        kind = {400: "invalid_request_error", 404: "not_found_error"}.get(status, "api_error")
        return {"error": {"message": message, "type": kind, "param": None, "code": code}}
    return {"error": message, "code": code}


def error_response(exc: BaseException) -> Response:
    status, code, message = describe(exc)
    response = jsonify(error_body(status, code, message))
    response.status_code = status
    if status == 405 and isinstance(exc, HTTPException):
        allowed = exc.get_headers()
        for name, value in allowed:
            if name.lower() == "allow":
                response.headers["Allow"] = value
    return response


def install(app: Quart) -> None:
    async def handle(exc: Exception) -> Response:
        return error_response(exc)

    app.register_error_handler(Exception, handle)


def _where() -> tuple[str, str]:
    """Method and path of the request or WebSocket being answered."""
    if has_request_context():
        return request.method, request.path
    if has_websocket_context():
        return "WEBSOCKET", websocket.path
    return "-", "-"
