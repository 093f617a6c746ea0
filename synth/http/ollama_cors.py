"""CORS for the Ollama-compatible listener, following ``OLLAMA_ORIGINS``' rules.

Only origins listed in ``ollama_compat.origins`` may call from a browser: an entry is an
exact origin, or ends in ``*`` to match by prefix (``http://localhost:*``), and ``*``
alone allows every origin. A request from any other origin is refused with 403, as
Ollama does, so that a web page cannot drive the persona behind the user's back. A
request without ``Origin`` (every non-browser client), or whose origin is the listener
itself, passes untouched.
"""

from __future__ import annotations

from collections.abc import Iterable

from quart import Quart, Response, request

from synth.errors import Forbidden
from synth.http.context import ctx

ALLOWED_HEADERS = (
    "Authorization",
    "Content-Type",
    "User-Agent",
    "Accept",
    "X-Requested-With",
    "OpenAI-Beta",
    "X-Synth-Conversation",
)
ALLOWED_HEADER_PREFIX = "x-stainless-"
"""The OpenAI SDKs' own headers; echoed by name, since browsers take no wildcards here."""
ALLOWED_METHODS = "GET, POST, HEAD, OPTIONS"
MAX_AGE_S = 12 * 60 * 60


def origin_allowed(origin: str, patterns: Iterable[str]) -> bool:
    candidate = origin.strip().lower()
    for raw in patterns:
        pattern = raw.strip().lower().rstrip("/")
        if pattern == "*":
            return True
        if pattern.endswith("*") and candidate.startswith(pattern[:-1]):
            return True
        if pattern and candidate == pattern:
            return True
    return False


def allow_headers(requested: str | None) -> str:
    """Our fixed list plus any ``x-stainless-*`` header the preflight asked for."""
    names = list(ALLOWED_HEADERS)
    for raw in (requested or "").split(","):
        name = raw.strip()
        if name.lower().startswith(ALLOWED_HEADER_PREFIX):
            names.append(name)
    return ", ".join(names)


def _configured() -> list[str]:
    value = ctx().live.get("ollama_compat.origins")
    return [str(item) for item in value] if isinstance(value, list | tuple) else []


def _same_host(origin: str) -> bool:
    host = request.host.lower()
    return origin.lower() in (f"http://{host}", f"https://{host}")


def install(app: Quart) -> None:
    """Register the origin check; call before other ``before_request`` hooks so that a
    preflight (which carries no token) is answered first."""

    @app.before_request
    async def check_origin() -> Response | None:
        origin = request.headers.get("Origin")
        if origin is None:
            return None
        if not origin_allowed(origin, _configured()) and not _same_host(origin):
            raise Forbidden(f"origin {origin!r} is not allowed (see ollama_compat.origins)")
        if request.method == "OPTIONS" and "Access-Control-Request-Method" in request.headers:
            preflight = Response("", 204)
            preflight.headers["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            preflight.headers["Access-Control-Allow-Headers"] = allow_headers(
                request.headers.get("Access-Control-Request-Headers")
            )
            preflight.headers["Access-Control-Max-Age"] = str(MAX_AGE_S)
            return preflight
        return None

    @app.after_request
    async def add_cors_headers(response: Response) -> Response:
        origin = request.headers.get("Origin")
        if origin is not None and origin_allowed(origin, _configured()):
            response.headers["Access-Control-Allow-Origin"] = origin
            response.vary.add("Origin")
        return response
