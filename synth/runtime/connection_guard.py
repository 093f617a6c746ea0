"""Keep one broken connection from ending the whole server.

Hypercorn's trio worker serves each connection under ``trio.serve_listeners``, which does
not contain an exception raised by a connection's protocol code: it ends the listener, and
with it the process. Any client could reach one such bug (Hypercorn 0.17 and 0.18): a
WebSocket message over ``websocket_max_message_size`` left Hypercorn's message buffer half
full, and a following message of the other kind (text after binary, or binary after text)
raised ``TypeError`` in it. ``install`` fixes that buffer and, for whatever else may raise,
makes the worker log the exception and close only that connection (Hypercorn's own
``finally`` closes its stream).
"""

from __future__ import annotations

import logging
from typing import Any

from hypercorn.protocol import ws_stream
from hypercorn.trio import run as hypercorn_run
from wsproto.events import Message

from synth.runtime.idle_watch import IdleWatchingTCPServer

log = logging.getLogger("synth.http")


class GuardedTCPServer(IdleWatchingTCPServer):
    async def run(self) -> None:
        try:
            await super().run()
        except Exception:
            log.exception("a connection failed inside the HTTP server; only it was closed")


class ClearingWebsocketBuffer(ws_stream.WebsocketBuffer):  # type: ignore[misc]
    """Drops an oversized message instead of keeping its first part for the next one."""

    def extend(self, event: Message[Any]) -> None:
        try:
            super().extend(event)
        except ws_stream.FrameTooLargeError:
            self.clear()
            raise


def install(server: type[GuardedTCPServer] = GuardedTCPServer) -> None:
    """Put the guards in place in Hypercorn's trio worker (idempotent); ``server`` is the
    connection class to use, the guarded one or a subclass of it."""
    hypercorn_run.TCPServer = server  # type: ignore[attr-defined]
    ws_stream.WebsocketBuffer = ClearingWebsocketBuffer  # type: ignore[misc]
