"""A request body as the connection receives it: held for the app within a bound, and read
out and dropped after an answer the app gave without reading it.

Held within a bound. Quart's ``Body`` keeps every chunk the connection receives until the
app takes it, bounded only by ``max_content_length``: an upload behind a gigabit link and in
front of an SD card would wait in memory almost whole (a refused body is read out to 4x its
route's limit, so that bound is 400 MiB for a VRM model). Hypercorn stops reading a socket
while the app does not receive (its per-request queue holds ``max_app_queue_size`` messages),
so the connection's receive loop stops receiving while more than ``HIGH_WATER_BYTES`` wait
here, until the app takes them; the client then waits on TCP flow control. A handler that
awaits the whole body (``get_data``, ``get_json``, a urlencoded form) lifts that bound: its
body is held up to the request's ``max_content_length``, 413 past it, as in Quart.

Read out. Hypercorn closes an HTTP/1 connection as soon as a response ends while its request
body is still arriving (it can only reuse a connection whose request it read to the end), and
the kernel resets a socket closed with unread data. A client still writing its body then
sees a broken pipe or a reset instead of the answer (the ones that stop at a failed write,
such as Python's ``http.client``, never read it), and on a slow link the reset can destroy
the answer itself before it leaves. Hypercorn does not linger: so the app holds the end of
such a response (synth.http.connection) and reads the body out here, dropping it as it
comes, for a bounded while. A body that ends in time leaves the connection reusable; one
that does not is closed.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import trio
from hypercorn.typing import HTTPRequestEvent
from quart_trio.wrappers.request import TrioBody
from werkzeug.exceptions import RequestEntityTooLarge

HIGH_WATER_BYTES = 1024 * 1024
"""The receive loop waits while more than this of a body is held and not yet taken by the app.
The app takes all that is held at each step (Quart's ``async for``), so the loop resumes as
soon as it does (no low-water mark would ever be seen), and a consumer that keeps up (a
staging file written per step) never makes it wait; a slow one, a disk slower than the link,
holds about this much, not the whole upload. At most one message more arrives before the
loop waits (over HTTP/1, one socket read of Hypercorn's: 64 KiB)."""
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


class IncomingBody(TrioBody):
    """A request's body (the ``body_class`` of synth.http.limits' requests), fed by the
    connection's receive loop, and dropped as it arrives once the app is done with it.

    The app reads it as Quart's ``Body``: ``async for`` takes what arrived so far, ``await``
    the whole body (kept for a second await until ``clear``); both raise 413 once more than
    ``max_content_length`` is held. It keeps its own state and replaces each of Quart's
    methods that would touch Quart's, so it behaves the same under Quart 0.22 (a buffer)
    and 0.23 (a queue); 0.23's ``put``, ``get`` and ``disconnect`` belong to Quart's own
    receive loop, which never feeds it.

    ``received`` counts every byte of the body that arrived, ``ended`` says its end did,
    ``buffered`` how much is held for the app.
    """

    bound = DISCARD_MIN_BYTES
    """How much is read out in all (:func:`read_out_bound`, set by the request)."""

    def __init__(self, expected_content_length: int | None, max_content_length: int | None) -> None:
        self._chunks: list[bytes] = []
        self.buffered = 0
        self.received = 0
        self.ended = False
        self._max_content_length = max_content_length
        self._must_raise: Exception | None = None
        if (
            expected_content_length is not None
            and max_content_length is not None
            and expected_content_length > max_content_length
        ):
            self._must_raise = RequestEntityTooLarge()
        self._whole = False
        self._dropping = False
        self._arrival: trio.Event | None = None
        self._taken: trio.Event | None = None
        self._deadline: float | None = None

    # The connection's side.

    def receive(self, message: HTTPRequestEvent) -> None:
        """One ``http.request`` message of the body; then, while ``full``, the loop awaits
        :meth:`wait_for_room` before it receives the next."""
        data = message.get("body", b"")
        if data:
            self.received += len(data)
            if not self._dropping:
                self.append(data)
        if not message.get("more_body", False):
            self.ended = True
        if self._arrival is not None:
            self._arrival.set()

    @property
    def full(self) -> bool:
        """Whether more than ``HIGH_WATER_BYTES`` wait for an app that takes them piecewise."""
        return self.buffered > HIGH_WATER_BYTES and not self._whole and not self.ended

    async def wait_for_room(self) -> None:
        """Returns once the body is no longer ``full``: the app took what is held, awaits the
        whole body, was refused it (413), or the body is being read out."""
        while self.full:
            taken = self._taken
            if taken is None or taken.is_set():
                self._taken = taken = trio.Event()
            await taken.wait()

    # The app's side: Quart's Body.

    def append(self, data: bytes) -> None:
        """Hold ``data`` for the app; past ``max_content_length`` held, refuse the body."""
        if self._must_raise is not None:
            return
        self._chunks.append(data)
        self.buffered += len(data)
        if self._max_content_length is not None and self.buffered > self._max_content_length:
            self._must_raise = RequestEntityTooLarge()
            self.clear()

    def set_complete(self) -> None:
        self.ended = True
        if self._arrival is not None:
            self._arrival.set()

    def set_result(self, data: bytes) -> None:
        """The whole body at once (Quart's test request context)."""
        if data:
            self.append(data)
        self.set_complete()

    def clear(self) -> None:
        """Drop what is held (``get_data(cache=False)``, a refusal, a read-out)."""
        self._chunks = []
        self.buffered = 0
        if self._taken is not None:
            self._taken.set()

    async def __anext__(self) -> bytes:
        while True:
            if self._must_raise is not None:
                raise self._must_raise
            if self._chunks:
                data = b"".join(self._chunks)
                self.clear()
                return data
            if self.ended:
                raise StopAsyncIteration
            await self._next_arrival()

    def __await__(self) -> Generator[Any, None, Any]:
        return self._whole_body().__await__()

    async def _whole_body(self) -> bytes:
        if not self._whole:
            self._whole = True
            if self._taken is not None:
                self._taken.set()
        while not self.ended and self._must_raise is None:
            await self._next_arrival()
        if self._must_raise is not None:
            raise self._must_raise
        if len(self._chunks) > 1:
            self._chunks = [b"".join(self._chunks)]
        return self._chunks[0] if self._chunks else b""

    async def _next_arrival(self) -> None:
        arrival = self._arrival
        if arrival is None or arrival.is_set():
            self._arrival = arrival = trio.Event()
        await arrival.wait()

    # Once the app is done with it.

    def drop(self) -> None:
        """Drop what is held and whatever still comes: the receive loop never waits again.

        Called once the app answers. Hypercorn puts ``http.disconnect`` in the request's
        queue from inside the app's ``send`` (at the end of an HTTP/2 stream; on a write to
        a client that reset the connection): a loop waiting for room would never take it,
        and that shielded send would never return, nor would a shutdown waiting for it.
        """
        self._dropping = True
        self.clear()

    async def read_out(self, seconds: float | None = None) -> bool:
        """Drop what is held and what still comes; True once the end arrived.

        Returns at the end of the body, once more than ``bound`` bytes arrived in all, once
        the client sent nothing for ``DISCARD_IDLE_SECONDS``, or ``seconds`` (default
        ``DISCARD_SECONDS``) after the first call began: a later call shares that deadline.
        Never waits on the app; never raises for a client that stops; cancelled only with
        its caller.
        """
        self.drop()
        if self._deadline is None:
            limit = DISCARD_SECONDS if seconds is None else seconds
            self._deadline = trio.current_time() + limit
        with trio.CancelScope(deadline=self._deadline):
            while not self.ended and self.received <= self.bound:
                with trio.move_on_after(DISCARD_IDLE_SECONDS) as idle:
                    await self._next_arrival()
                if idle.cancelled_caught:
                    break
        return self.ended
