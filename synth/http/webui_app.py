"""The WebUI listener's app: the JSON API (and, later, the page and /ws)."""

from __future__ import annotations

from quart_trio import QuartTrio

from synth.http import auth, chat_routes, component_routes, errors, system_routes
from synth.http.context import AppContext, ctx
from synth.http.limits import limited_request_class

OPEN_PATHS = frozenset({"/", "/favicon.ico"})


def create_webui_app(context: AppContext) -> QuartTrio:
    app = QuartTrio("synth.webui")
    app.extensions["synth"] = context
    app.request_class = limited_request_class(context.live.get)
    app.config["RESPONSE_TIMEOUT"] = None
    app.config["BODY_TIMEOUT"] = 60
    app.json.sort_keys = False  # type: ignore[attr-defined]
    errors.install(app)

    @app.before_request
    async def check_token() -> None:
        from quart import request

        if request.path not in OPEN_PATHS:
            auth.require(ctx().auth_token)

    app.register_blueprint(system_routes.bp)
    app.register_blueprint(component_routes.bp)
    app.register_blueprint(chat_routes.bp)
    return app
