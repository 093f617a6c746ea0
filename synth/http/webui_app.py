"""The WebUI listener's app: the JSON API (and, later, the page and /ws)."""

from __future__ import annotations

from collections.abc import Iterable

from quart import websocket
from quart_trio import QuartTrio

from synth.http import (
    asset_routes,
    auth,
    body_routes,
    chat_routes,
    component_routes,
    diary_routes,
    errors,
    guard,
    history_routes,
    instrument,
    integration_routes,
    karada_routes,
    logs_ws,
    misc_routes,
    openapi_webui,
    page_routes,
    system_routes,
    ws,
)
from synth.http.connection import ShieldedSendConnection
from synth.http.context import AppContext, ctx
from synth.http.current import current_request
from synth.http.limits import limited_request_class

OPEN_PATHS = frozenset({"/", "/favicon.ico"})
# The page's static files: code and styles, no data. Nothing else lives under /ui/.
OPEN_PREFIX = "/ui/"


def is_open(path: str) -> bool:
    """Whether ``path`` is served without a token (the page, never the API)."""
    if path in OPEN_PATHS:
        return True
    return path.startswith(OPEN_PREFIX) and ".." not in path.split("/")


def origin_header(headers: Iterable[tuple[bytes, bytes]]) -> str | None:
    """The first ``Origin`` of a request's raw (ASGI) headers, as Quart would decode it.

    Werkzeug's ``headers.get`` finds a missing header by raising and catching an error,
    and most requests carry no ``Origin``.
    """
    for name, value in headers:
        if name.lower() == b"origin":
            return value.decode("latin1")
    return None


def create_webui_app(context: AppContext) -> QuartTrio:
    app = QuartTrio("synth.webui", static_folder=None)
    app.asgi_http_class = ShieldedSendConnection  # see synth.http.connection
    app.extensions["synth"] = context
    app.request_class = limited_request_class(context.live.get)
    app.config["RESPONSE_TIMEOUT"] = None
    app.config["BODY_TIMEOUT"] = 60
    app.json.sort_keys = False  # type: ignore[attr-defined]
    errors.install(app)
    instrument.install(app, "webui")

    host_guard = guard.HostGuard(auth_on=context.auth_on)
    token = context.auth_token

    @app.before_request
    async def check_request() -> None:
        """The Host and Origin guard, then the token: one hook, no proxy looked up twice."""
        current = current_request()
        host_guard.check(current.host, origin_header(current.scope["headers"]))
        if token is not None and not is_open(current.path):
            auth.require(token)

    @app.before_websocket
    async def check_websocket() -> None:
        # Tokens for sockets come in the hello frame (or ?token=), checked by each handler.
        guard.check(websocket.host, websocket.headers.get("Origin"), auth_on=ctx().auth_on)

    app.register_blueprint(system_routes.bp)
    app.register_blueprint(component_routes.bp)
    app.register_blueprint(chat_routes.bp)
    app.register_blueprint(history_routes.bp)
    app.register_blueprint(diary_routes.bp)
    app.register_blueprint(misc_routes.bp)
    app.register_blueprint(integration_routes.bp)
    app.register_blueprint(logs_ws.bp)
    app.register_blueprint(body_routes.bp)
    app.register_blueprint(karada_routes.bp)
    app.register_blueprint(asset_routes.bp)
    app.register_blueprint(page_routes.bp)
    app.register_blueprint(instrument.bp)
    app.websocket("/ws")(ws.ws_endpoint)
    app.get("/openapi.json")(openapi_webui.serve)
    return app
