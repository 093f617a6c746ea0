"""The ASGI HTTP connection class of both apps: quart-trio's, with its sends shielded.

quart-trio runs a request as two tasks in one nursery: one sends the response, the other
waits for ``http.disconnect`` and then cancels the nursery. Hypercorn delivers that
disconnect from *inside* the final ``send`` (the end of the body recycles the keep-alive
connection), so the cancel lands in the middle of Hypercorn's bookkeeping, before it
re-arms the connection's idle timer. The connection then never times out and, worse, a
graceful shutdown or restart waits the whole ``runtime.drain_s`` for every idle
keep-alive client. A ``send`` only hands an event to Hypercorn, which already shields
its socket write, so shielding it too costs nothing and lets the bookkeeping finish.
"""

from __future__ import annotations

from typing import Any

import trio
from quart_trio.asgi import TrioASGIHTTPConnection


class ShieldedSendConnection(TrioASGIHTTPConnection):
    async def handle_request(  # type: ignore[override]
        self, nursery: trio.Nursery, request: Any, send: Any
    ) -> None:
        async def shielded_send(message: Any) -> None:
            with trio.CancelScope(shield=True):
                await send(message)

        await super().handle_request(nursery, request, shielded_send)
