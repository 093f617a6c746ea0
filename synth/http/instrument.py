"""Request metrics for both listeners, and the ``GET /metrics`` route of the WebUI one.

A request is timed from its arrival (when its request object was made, see
:mod:`synth.http.limits`) to when its response is ready to go, headers first: a streamed
reply counts then, not when its last chunk is written. A request that a hook refuses
(401, a CORS 403) is counted too. It is labelled with the URL rule it matched
(``/api/chat/archives/<archive_id>``, never the raw path, so that ids do not make a
series each), or ``unmatched`` for a 404 or 405.
"""

from __future__ import annotations

from typing import cast

import trio
from quart import Blueprint, Quart, Response

from synth.http.context import AppContext, ctx
from synth.http.current import current_request
from synth.http.limits import LimitedRequest
from synth.metrics import UNMATCHED

bp = Blueprint("metrics", __name__)


def install(app: Quart, listener: str) -> None:
    """Count and time every request of ``app``, whose ``extensions["synth"]`` and request
    class (:func:`synth.http.limits.limited_request_class`) must already be set."""
    if not issubclass(app.request_class, LimitedRequest):
        raise TypeError("request metrics need the request class of synth.http.limits")
    context: AppContext = app.extensions["synth"]
    observe = context.metrics.observe_request

    @app.after_request
    async def count_request(response: Response) -> Response:
        current = cast(LimitedRequest, current_request())
        rule = current.url_rule
        observe(
            listener,
            current.method,
            rule.rule if rule is not None else UNMATCHED,
            response.status_code,
            trio.current_time() - current.arrived_at,
        )
        return response


@bp.get("/metrics")
async def metrics() -> Response:
    """Every metric in Prometheus' text format (behind the token when auth is on)."""
    current = ctx().metrics
    return Response(current.render(), content_type=current.content_type)
