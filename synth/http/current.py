"""The request or WebSocket being served, as the object itself rather than Quart's proxy.

Hot paths read many attributes of the current request; each read through the context-local
proxy costs a lookup. Quart 0.22 keeps the objects in ``request_ctx``/``websocket_ctx``,
0.23 inside its app context; ``_get_current_object`` is the one spelling both support.
"""

from __future__ import annotations

from typing import Any, cast

from quart import Request, Websocket, request, websocket


def current_request() -> Request:
    return cast(Request, cast(Any, request)._get_current_object())


def current_websocket() -> Websocket:
    return cast(Websocket, cast(Any, websocket)._get_current_object())
