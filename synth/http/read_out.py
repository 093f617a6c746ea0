"""Reading out the rest of a request body that the app answered without reading.

Hypercorn closes an HTTP/1 connection as soon as a response ends while its request body
is still arriving (it can only reuse a connection whose request it read to the end), and
the kernel resets a socket closed with unread data. A client still writing its body then
sees a broken pipe or a reset instead of the answer (the ones that stop at a failed write,
such as Python's ``http.client``, never read it), and on a slow link the reset can destroy
the answer itself before it leaves. Hypercorn does not linger: so the app holds the end of
such a response (synth.http.connection) and reads the body out here, dropping it as it
comes, for a bounded while. A body that ends in time leaves the connection reusable; one
that does not is closed.
"""

from __future__ import annotations

import trio
from hypercorn.typing import HTTPRequestEvent
from quart.wrappers.request import Body

DISCARD_FACTOR = 4
"""A refused body is read on until this many times its route's limit in all."""
DISCARD_MIN_BYTES = 1024 * 1024
"""However small the limit, a refused body this long is still read to its end."""
DISCARD_SECONDS = 30.0
"""Reading out a body stops this long after it began, whatever is left."""
DISCARD_IDLE_SECONDS = 5.0
"""...and as soon as the client sends nothing for this long: a stalled client holds nothing."""


def read_out_bound(limit: int) -> int:
    """How much of a body under ``limit`` is read out, in all, before the connection is
    given up."""
    return max(DISCARD_FACTOR * limit, DISCARD_MIN_BYTES)


class IncomingBody:
    """A request body as the connection receives it: handed to Quart's ``Body`` until the
    app is done with it, then dropped as it arrives. Nothing is buffered here.

    ``received`` counts every byte of the body that arrived, ``ended`` says its end did.
    """

    def __init__(self, body: Body, bound: int) -> None:
        self.body = body
        self.bound = bound
        self.received = 0
        self.ended = False
        self._dropping = False
        self._arrival: trio.Event | None = None
        self._deadline: float | None = None

    def receive(self, message: HTTPRequestEvent) -> None:
        """One ``http.request`` message of the body (the connection's receive loop)."""
        data = message.get("body", b"")
        self.received += len(data)
        if not self._dropping:
            self.body.append(data)
        if not message.get("more_body", False):
            self.ended = True
            self.body.set_complete()
        if self._arrival is not None:
            self._arrival.set()

    async def read_out(self, seconds: float | None = None) -> bool:
        """Drop what is buffered and what still comes; True once the end arrived.

        Returns at the end of the body, once more than ``bound`` bytes arrived in all, once
        the client sent nothing for ``DISCARD_IDLE_SECONDS``, or ``seconds`` (default
        ``DISCARD_SECONDS``) after the first call began: a later call shares that deadline.
        Never raises for a client that stops; cancelled only with its caller.
        """
        self._dropping = True
        self.body.clear()
        if self._deadline is None:
            limit = DISCARD_SECONDS if seconds is None else seconds
            self._deadline = trio.current_time() + limit
        with trio.CancelScope(deadline=self._deadline):
            while not self.ended and self.received <= self.bound:
                self._arrival = arrival = trio.Event()
                with trio.move_on_after(DISCARD_IDLE_SECONDS) as idle:
                    await arrival.wait()
                if idle.cancelled_caught:
                    break
        self._arrival = None
        return self.ended
