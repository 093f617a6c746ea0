"""One life of an actor: start it, feed it its mailbox, stop it politely or hard.

Fault isolation follows hypercorn's task group: a handler's ``Exception`` is answered
to its asker and then re-raised out of the incarnation (a crash, for the supervisor to
judge); ``Cancelled`` always passes through untouched.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import outcome
import trio

from synth.runtime.actor import Actor, Envelope, Mailbox, Status, StreamFailed
from synth.runtime.errors import ActorUnavailable, Rejection

log = logging.getLogger("synth.runtime")


class Incarnation:
    def __init__(self, mailbox: Mailbox, actor: Actor, shutdown_timeout: float) -> None:
        self.mailbox = mailbox
        self.actor = actor
        self.shutdown_timeout = shutdown_timeout
        self.done = trio.Event()
        self._hard_scope = trio.CancelScope()
        self._receive_scope: trio.CancelScope | None = None
        self._stopping = False

    def request_stop(self) -> None:
        """Finish the message in hand, take no more, give spawned tasks a grace period."""
        self._stopping = True
        if self._receive_scope is not None:
            self._receive_scope.cancel()

    def kill(self) -> None:
        self._hard_scope.cancel()

    async def run(self, started: Callable[[], None]) -> None:
        """Run until stopped (returns) or crashed (raises the crash)."""
        actor = self.actor
        try:
            with self._hard_scope:
                async with trio.open_nursery() as nursery:
                    actor._nursery = nursery
                    await actor.on_start()
                    self.mailbox.status = Status.RUNNING
                    started()
                    await self._loop()
                    self.mailbox.status = Status.STOPPING
                    nursery.cancel_scope.deadline = trio.current_time() + self.shutdown_timeout
                with trio.move_on_after(self.shutdown_timeout) as cleanup:
                    cleanup.shield = True
                    await actor.on_stop()
        finally:
            actor._nursery = None
            self.done.set()

    async def _loop(self) -> None:
        receive = self.mailbox.receive_channel
        while not (self._stopping or self.actor._stop_requested):
            with trio.CancelScope() as scope:
                self._receive_scope = scope
                if self._stopping:
                    scope.cancel()
                try:
                    envelope = await receive.receive()
                except (trio.EndOfChannel, trio.ClosedResourceError):
                    return
            self._receive_scope = None
            if scope.cancelled_caught:
                return
            await self._dispatch(envelope)

    async def _dispatch(self, envelope: Envelope) -> None:
        if envelope.stream is not None:
            self.actor.nursery.start_soon(self._produce, envelope)
            return
        reply = envelope.reply
        try:
            result = await self.actor.handle(envelope.msg)
        except Rejection as exc:
            if reply is None:
                log.warning("%s refused %s: %s", self.actor.name, type(envelope.msg).__name__, exc)
            _answer(reply, outcome.Error(exc))
        except Exception as exc:
            _answer(reply, outcome.Error(exc))
            raise
        except BaseException:
            _answer(reply, outcome.Error(ActorUnavailable(f"{self.actor.name} was stopped")))
            raise
        else:
            _answer(reply, outcome.Value(result))

    async def _produce(self, envelope: Envelope) -> None:
        send = envelope.stream
        scope = envelope.stream_scope
        assert send is not None and scope is not None
        finished = False
        with send:
            try:
                with scope:
                    await self.actor.stream(envelope.msg, send)
                finished = True
            except (trio.BrokenResourceError, trio.ClosedResourceError):
                finished = True  # the consumer went away: nothing left to tell it
            except Rejection as exc:
                finished = True
                await _send_failure(send, exc)
            except Exception as exc:
                finished = True
                await _send_failure(send, exc)
                raise
            finally:
                if not finished and not scope.cancel_called:
                    _send_failure_nowait(send, ActorUnavailable(f"{self.actor.name} stopped"))


def _answer(
    reply: trio.MemorySendChannel[outcome.Outcome[object]] | None,
    result: outcome.Outcome[object],
) -> None:
    if reply is None:
        return
    with reply:
        try:
            reply.send_nowait(result)
        except (trio.BrokenResourceError, trio.WouldBlock):
            pass  # the asker gave up (timeout): a late reply is dropped


async def _send_failure(send: trio.MemorySendChannel[object], error: BaseException) -> None:
    with trio.move_on_after(1) as scope:
        scope.shield = True
        try:
            await send.send(StreamFailed(error))
        except (trio.BrokenResourceError, trio.ClosedResourceError):
            pass


def _send_failure_nowait(send: trio.MemorySendChannel[object], error: BaseException) -> None:
    try:
        send.send_nowait(StreamFailed(error))
    except (trio.BrokenResourceError, trio.ClosedResourceError, trio.WouldBlock):
        pass
