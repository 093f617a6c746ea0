"""Request metrics for both listeners, and the ``GET /metrics`` route of the WebUI one.

A request is counted when its response is ready to go, headers first: a streamed reply
counts then, not when its last chunk is written. It is labelled with the URL rule it
matched (``/api/chat/archives/<archive_id>``, never the raw path, so that ids do not
make a series each), or ``unmatched`` for a 404 or 405.
"""

from __future__ import annotations

import trio
from quart import Blueprint, Quart, Response, g, request

from synth.http.context import ctx
from synth.metrics import UNMATCHED

bp = Blueprint("metrics", __name__)


def install(app: Quart, listener: str) -> None:
    """Time every request of ``app``; call before any other ``before_request`` hook, so
    that a request another hook refuses (401, a CORS 403) is timed too."""

    @app.before_request
    async def start_clock() -> None:
        g.synth_started_at = trio.current_time()

    @app.after_request
    async def count_request(response: Response) -> Response:
        started_at: float = g.get("synth_started_at", trio.current_time())
        rule = request.url_rule
        route = rule.rule if rule is not None else UNMATCHED
        ctx().metrics.observe_request(
            listener,
            request.method,
            route,
            response.status_code,
            trio.current_time() - started_at,
        )
        return response


@bp.get("/metrics")
async def metrics() -> Response:
    """Every metric in Prometheus' text format (behind the token when auth is on)."""
    current = ctx().metrics
    return Response(current.render(), content_type=current.content_type)
