"""The Ollama-compatible listener's app."""

from __future__ import annotations

from quart import Response, request
from quart_trio import QuartTrio

from synth.http import auth, errors
from synth.http.context import AppContext, ctx
from synth.http.limits import limited_request_class


def create_ollama_app(context: AppContext) -> QuartTrio:
    app = QuartTrio("synth.ollama")
    app.extensions["synth"] = context
    app.request_class = limited_request_class(context.live.get)
    app.config["RESPONSE_TIMEOUT"] = None
    app.json.sort_keys = False  # type: ignore[attr-defined]
    errors.install(app)

    @app.before_request
    async def check_token() -> None:
        if request.method != "OPTIONS" and bool(ctx().live.get("ollama_compat.require_token")):
            auth.require(ctx().auth_token)

    @app.route("/", methods=["GET", "HEAD"])
    async def root() -> Response:
        return Response("Ollama is running", content_type="text/plain; charset=utf-8")

    return app
