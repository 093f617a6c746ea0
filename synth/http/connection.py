"""The ASGI HTTP connection class of both apps: quart-trio's, with its sends shielded, and
a ready response's head and first chunk written together.

quart-trio runs a request as two tasks in one nursery: one sends the response, the other
waits for ``http.disconnect`` and then cancels the nursery. Hypercorn delivers that
disconnect from *inside* the final ``send`` (the end of the body recycles the keep-alive
connection), so the cancel lands in the middle of Hypercorn's bookkeeping, before it
re-arms the connection's idle timer. The connection then never times out and, worse, a
graceful shutdown or restart waits the whole ``runtime.drain_s`` for every idle
keep-alive client. A ``send`` only hands an event to Hypercorn, which already shields
its socket write, so shielding it too costs nothing and lets the bookkeeping finish.

Hypercorn writes the head (at ``http.response.start``) and each chunk with a ``send()``
of its own; each wakes the client, and between the two other tasks run. A streamed body
that says its first chunk needs no waiting (a turn's reply, which starts once its first
token is in hand) leaves with the head in one write
(:class:`~synth.runtime.write_batch.WriteBatch`). Any other reply is written as Hypercorn
writes it: a body that may wait for its first chunk never holds its head back, and the
timing of replies in memory (a 413 while the client is still sending, say) stays as is.

A response that ends while its request body is still arriving (a 401 from the before-request
hook, a 404, a 413 over ``limits.body_bytes``: answers given without reading the body) has
its content sent at once and its end held while the rest of the body is read out, within
bounds (:mod:`synth.http.read_out`); Hypercorn would otherwise close the connection on the
client still writing. The receive loop is our own: it feeds the request's body, an
:class:`~synth.http.read_out.IncomingBody`, which counts it and drops it once read out, and
it stops receiving while the app has more than ``read_out.HIGH_WATER_BYTES`` of it to take:
Hypercorn then stops reading the socket, and the rest of the body waits in the client, not
in memory. A client that hangs up meanwhile is noticed once the app took what was ahead of
its hang-up (Hypercorn reads nothing for a request whose app does not receive).
"""

from __future__ import annotations

from typing import Any

import trio
from quart_trio.asgi import TrioASGIHTTPConnection

from synth.http.limits import LimitedRequest
from synth.runtime.write_batch import WriteBatch

HTTP1_VERSIONS = frozenset({"1.0", "1.1"})
"""Where writes may be held and a body is read out before a response ends. HTTP/2 writes
the frames of every stream through one connection state (never hold those), and ends a
stream without closing the connection."""


def first_chunk_ready(response: Any) -> bool:
    """Whether the body of ``response`` says it yields its first chunk without waiting."""
    return getattr(getattr(response, "response", None), "first_chunk_ready", False) is True


def ends_response(message: Any) -> bool:
    return message["type"] == "http.response.body" and not message.get("more_body", False)


class ShieldedSendConnection(TrioASGIHTTPConnection):
    async def handle_messages(  # type: ignore[override]
        self, nursery: trio.Nursery, request: Any, receive: Any
    ) -> None:
        if not isinstance(request, LimitedRequest):
            await super().handle_messages(nursery, request, receive)
            return
        incoming = request.incoming
        # HTTP/2 streams share one connection's flow control: hold back only HTTP/1 bodies.
        bounded = self.scope.get("http_version") in HTTP1_VERSIONS
        while True:
            message = await receive()
            if message["type"] == "http.request":
                incoming.receive(message)
                if bounded and incoming.full:
                    await incoming.wait_for_room()
            elif message["type"] == "http.disconnect":
                break
        nursery.cancel_scope.cancel()

    async def handle_request(  # type: ignore[override]
        self, nursery: trio.Nursery, request: Any, send: Any
    ) -> None:
        incoming = request.incoming if isinstance(request, LimitedRequest) else None
        http1 = self.scope.get("http_version") in HTTP1_VERSIONS

        async def shielded_send(message: Any) -> None:
            if http1 and incoming is not None and not incoming.ended:
                # The app answers: it reads no more of the body, and the receive loop must
                # not wait for it again (any send may wait on the loop: see drop()).
                incoming.drop()
            if incoming is not None and not incoming.ended and ends_response(message):
                if not http1:
                    incoming.drop()  # before the send that ends the stream: see drop()
                else:
                    # The client is still sending: all but the end now, the end once read out.
                    if message.get("body", b""):
                        with trio.CancelScope(shield=True):
                            await send({**message, "more_body": True})
                    await incoming.read_out()
                    message = {"type": "http.response.body", "body": b"", "more_body": False}
            with trio.CancelScope(shield=True):
                await send(message)

        await super().handle_request(nursery, request, shielded_send)

    async def _send_response(self, send: Any, response: Any) -> None:
        if self.scope.get("http_version") not in HTTP1_VERSIONS or not first_chunk_ready(response):
            await super()._send_response(send, response)
            return
        batch = WriteBatch()
        batching = True

        async def batched_send(message: Any) -> None:
            nonlocal batching
            if not batching:
                await send(message)
                return
            with batch.collecting():
                await send(message)
            if message["type"] == "http.response.body":
                batching = False
                await batch.flush()

        try:
            await super()._send_response(batched_send, response)
        finally:
            await batch.flush()
