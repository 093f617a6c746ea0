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

from synth.runtime.actor import Actor, Envelope, Mailbox, Status
from synth.runtime.errors import ActorUnavailable, Rejection

log = logging.getLogger("synth.runtime")


class Incarnation:
    """One instance of an actor, running on its (shared) mailbox.

    Stopping is polite, then bounded: ``request_stop`` lets the message in hand finish
    for up to ``shutdown_timeout`` seconds, then cancels it; the actor's background
    tasks are cancelled as soon as the message loop ends; ``on_stop`` then gets up to
    ``shutdown_timeout`` seconds of its own. ``done`` is set however the run ends.
    """

    def __init__(self, mailbox: Mailbox, actor: Actor, shutdown_timeout: float) -> None:
        self.mailbox = mailbox
        self.actor = actor
        self.shutdown_timeout = shutdown_timeout
        self.done = trio.Event()
        self._hard_scope = trio.CancelScope()
        self._nursery_scope: trio.CancelScope | None = None
        self._receive_scope: trio.CancelScope | None = None
        self._stopping = False
        self._grace_deadline: float | None = None

    def request_stop(self) -> None:
        """Take no more messages; cancel the one in hand after ``shutdown_timeout`` s."""
        self._stopping = True
        if self._grace_deadline is None:
            self._grace_deadline = trio.current_time() + self.shutdown_timeout
            if self._nursery_scope is not None:
                self._nursery_scope.deadline = self._grace_deadline
        self._wake()

    def kill(self) -> None:
        """Cancel this incarnation now (a brutal kill): ``on_stop`` is skipped unless running."""
        self._hard_scope.cancel()

    def _wake(self) -> None:
        if self._receive_scope is not None:
            self._receive_scope.cancel()

    async def run(self, started: Callable[[], None]) -> None:
        """Run until stopped (returns) or crashed (raises the crash)."""
        actor = self.actor
        actor._wake = self._wake
        was_started = loop_done = False
        try:
            with self._hard_scope:
                async with trio.open_nursery() as nursery:
                    self._nursery_scope = nursery.cancel_scope
                    if self._grace_deadline is not None:
                        nursery.cancel_scope.deadline = self._grace_deadline
                    actor._nursery = nursery
                    await actor.on_start()
                    was_started = True
                    self.mailbox.status = Status.RUNNING
                    started()
                    await self._loop()
                    loop_done = True
                    self.mailbox.status = Status.STOPPING
                    # What the actor left running belongs to this incarnation: a
                    # background loop never ends by itself, so waiting would only
                    # turn every stop into a full shutdown_timeout.
                    nursery.cancel_scope.cancel()
                if not loop_done:
                    log.warning(
                        "%s did not stop within %g s; cancelled it",
                        actor.name,
                        self.shutdown_timeout,
                    )
                if was_started:
                    with trio.move_on_after(self.shutdown_timeout) as cleanup:
                        cleanup.shield = True
                        await actor.on_stop()
        finally:
            actor._nursery = None
            actor._wake = None
            self.done.set()

    async def _loop(self) -> None:
        receive = self.mailbox.receive_channel
        while not (self._stopping or self.actor._stop_requested):
            with trio.CancelScope() as scope:
                self._receive_scope = scope
                try:
                    envelope = await receive.receive()
                except (trio.EndOfChannel, trio.ClosedResourceError):
                    return
                finally:
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
        control = envelope.stream_control
        assert send is not None and control is not None
        with send:
            try:
                with control.scope:
                    await self.actor.stream(envelope.msg, send)
            except (trio.BrokenResourceError, trio.ClosedResourceError):
                pass  # the consumer went away: nothing left to tell it
            except Rejection as exc:
                control.fail(send, exc)
            except Exception as exc:
                control.fail(send, exc)
                raise
            except BaseException:
                # Cancelled with the incarnation (a stop, or a crash elsewhere in the
                # actor), not by the consumer: who must not take the cut for the end.
                if not control.scope.cancel_called:
                    control.fail(send, ActorUnavailable(f"{self.actor.name} stopped"))
                raise


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
