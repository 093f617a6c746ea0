"""One actor ask that requests arriving together share, for read-only questions.

An ask is a round trip through the actor's mailbox, and under load a route that every
client polls (``GET /api/about``: which engine, how many sessions) queues the same
question many times over. A :class:`SharedAsk` sends it once: requests that arrive while
it is on its way wait for its answer.

Such an answer is as fresh as each request that shares it needs. The ask is forgotten
when its asker wakes with the answer, one scheduling step after the actor computed it;
a change that a client saw done before it sent its request was made at least two steps
before that request was read (its reply had to wake the changer, then reach the client),
so it is in the answer of any ask that the request can still join.
"""

from __future__ import annotations

from typing import Any

import trio

from synth.runtime.actor import ActorRef


class _Pending:
    def __init__(self) -> None:
        self.done = trio.Event()
        self.answered = False
        self.value: Any = None


class SharedAsk:
    """``ref.ask(msg)`` for a ``msg`` whose answer only reads the actor's state.

    Only an answer is shared. When the shared ask fails or its asker is cancelled (its
    client hung up), each request that waited for it asks on its own, and so gets its
    own error (or answer), as if it had never waited.
    """

    def __init__(self, ref: ActorRef, msg: object) -> None:
        self._ref = ref
        self._msg = msg
        self._pending: _Pending | None = None

    async def ask(self) -> Any:
        pending = self._pending
        if pending is None:
            return await self._lead()
        await pending.done.wait()
        if pending.answered:
            return pending.value
        return await self._ref.ask(self._msg)

    async def _lead(self) -> Any:
        pending = self._pending = _Pending()
        try:
            pending.value = await self._ref.ask(self._msg)
            pending.answered = True
            return pending.value
        finally:
            self._pending = None
            pending.done.set()
