"""Actors, their mailboxes and the refs other code uses to reach them.

An :class:`Actor` is a plain object whose ``handle`` runs one message at a time. What
outlives an actor instance is its :class:`Mailbox` (owned by the supervisor): when an
actor crashes, the message that crashed it fails back to its asker and the next
incarnation carries on with the rest of the queue.
"""

from __future__ import annotations

import enum
import math
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import outcome
import trio

from synth.runtime.errors import ActorUnavailable, AskTimeout, MailboxFull

T = TypeVar("T")
StreamSend = trio.MemorySendChannel[Any]


async def send_soon(send: StreamSend, item: object) -> None:
    """Send a stream's ``item`` with a checkpoint only when the consumer's buffer is full:
    items produced in one go then wait together, and the consumer takes them as one."""
    try:
        send.send_nowait(item)
    except trio.WouldBlock:
        await send.send(item)


class Status(enum.Enum):
    STARTING = "starting"
    RUNNING = "running"
    RESTARTING = "restarting"
    STOPPING = "stopping"
    STOPPED = "stopped"
    FAILED = "failed"


class StreamControl:
    """What the two ends of one ``ask_stream`` share besides its channel.

    The consumer cancels the producer through ``scope``. A producer's failure goes in
    ``error`` and its channel is closed: recording it never waits on a full buffer, and
    the consumer raises it after reading every chunk sent before it.
    """

    def __init__(self) -> None:
        self.scope = trio.CancelScope()
        self.error: BaseException | None = None

    def fail(self, send: StreamSend, error: BaseException) -> None:
        """End the stream with ``error`` unless it already ended with one."""
        if self.error is None:
            self.error = error
        send.close()


@dataclass
class Envelope:
    msg: Any
    reply: trio.MemorySendChannel[outcome.Outcome[Any]] | None = None
    stream: StreamSend | None = None
    stream_control: StreamControl | None = None


class Actor:
    """Base class for actors: override ``handle`` (and ``stream`` for ``ask_stream``).

    ``handle`` returns the reply. Raising a ``Rejection`` answers the asker with that
    error and keeps the actor; any other exception also reaches the asker, then crashes
    the actor so that its supervisor restarts it.

    ``self.nursery`` lives as long as this incarnation: tasks started there are part of
    the actor, and a crash in one of them is a crash of the actor. When the incarnation
    stops, they are cancelled.
    """

    name: str = "actor"

    def __init__(self) -> None:
        self._nursery: trio.Nursery | None = None
        self._stop_requested = False
        # Set by the running incarnation: wakes its message loop so that a stop
        # requested outside a handler (say, by a background task) takes effect at once.
        self._wake: Callable[[], None] | None = None

    @property
    def nursery(self) -> trio.Nursery:
        if self._nursery is None:
            raise RuntimeError(f"{self.name} is not running")
        return self._nursery

    async def on_start(self) -> None:
        """Called before the first message; the actor counts as started once it returns."""

    async def on_stop(self) -> None:
        """Called when a started incarnation ends without crashing.

        It runs after the last message and after ``self.nursery``'s tasks were cancelled,
        for at most the child's ``shutdown_timeout``; a cancellation from outside (the
        whole tree being cancelled) skips it.
        """

    async def handle(self, msg: Any) -> Any:
        raise TypeError(f"{self.name} does not understand {type(msg).__name__}")

    async def stream(self, msg: Any, send: StreamSend) -> None:
        """Produce the chunks of an ``ask_stream``; runs as its own task in ``self.nursery``."""
        raise TypeError(f"{self.name} cannot stream {type(msg).__name__}")

    def stop(self) -> None:
        """End this actor normally after the current message (a 'transient' child stays down).

        Callable from a handler or from a task in ``self.nursery``; an idle actor stops at once.
        """
        self._stop_requested = True
        if self._wake is not None:
            self._wake()


class Mailbox:
    """The bounded queue and status of one named actor, shared by every incarnation."""

    def __init__(self, name: str, size: int) -> None:
        if size < 1 or size == math.inf:
            raise ValueError("a mailbox must be bounded")
        self.name = name
        self.send_channel, self.receive_channel = trio.open_memory_channel[Envelope](size)
        self.status = Status.STARTING
        self.restarts = 0
        self.last_error: str | None = None

    @property
    def depth(self) -> int:
        return self.send_channel.statistics().current_buffer_used

    def close(self) -> None:
        """Stop for good: refuse new messages and fail everything still queued."""
        self.status = Status.STOPPED if self.status != Status.FAILED else Status.FAILED
        self.send_channel.close()
        while True:
            try:
                envelope = self.receive_channel.receive_nowait()
            except (trio.WouldBlock, trio.EndOfChannel, trio.ClosedResourceError):
                break
            fail_envelope(envelope, ActorUnavailable(f"actor {self.name!r} stopped"))
        self.receive_channel.close()


def fail_envelope(envelope: Envelope, error: BaseException) -> None:
    """Answer one message with an error, whoever is waiting for it."""
    if envelope.reply is not None:
        with envelope.reply:
            try:
                envelope.reply.send_nowait(outcome.Error(error))
            except (trio.BrokenResourceError, trio.WouldBlock):
                pass
    if envelope.stream is not None:
        assert envelope.stream_control is not None
        envelope.stream_control.fail(envelope.stream, error)


class ActorRef:
    """How everything else talks to an actor. Cheap to copy, valid across restarts."""

    def __init__(self, mailbox: Mailbox) -> None:
        self._mailbox = mailbox

    @property
    def name(self) -> str:
        return self._mailbox.name

    @property
    def status(self) -> Status:
        return self._mailbox.status

    def _check_open(self) -> None:
        if self._mailbox.status in (Status.STOPPED, Status.FAILED):
            raise ActorUnavailable(f"actor {self.name!r} is {self._mailbox.status.value}")

    async def _post(self, envelope: Envelope) -> None:
        self._check_open()
        try:
            await self._mailbox.send_channel.send(envelope)
        except (trio.ClosedResourceError, trio.BrokenResourceError):
            raise ActorUnavailable(f"actor {self.name!r} stopped") from None

    async def tell(self, msg: Any) -> None:
        """Queue ``msg``; waits while the mailbox is full (backpressure)."""
        await self._post(Envelope(msg))

    def try_tell(self, msg: Any) -> None:
        """Queue ``msg`` or raise ``MailboxFull`` at once; never waits."""
        self._check_open()
        try:
            self._mailbox.send_channel.send_nowait(Envelope(msg))
        except trio.WouldBlock:
            raise MailboxFull(f"mailbox of {self.name!r} is full") from None
        except (trio.ClosedResourceError, trio.BrokenResourceError):
            raise ActorUnavailable(f"actor {self.name!r} stopped") from None

    async def ask(self, msg: Any, timeout: float | None = None) -> Any:  # noqa: ASYNC109
        """Send ``msg`` and wait for the reply (or the handler's error, re-raised here).

        Raises ``AskTimeout`` after ``timeout`` seconds (the late reply is dropped) and
        ``ActorUnavailable`` as soon as the actor is known to be gone.
        """
        if timeout is None:
            return await self._ask(msg)
        with trio.move_on_after(timeout) as scope:
            return await self._ask(msg)
        assert scope.cancelled_caught
        raise AskTimeout(f"{self.name!r} did not answer within {timeout:g} s")

    async def _ask(self, msg: Any) -> Any:
        send, receive = trio.open_memory_channel[outcome.Outcome[Any]](1)
        with receive:
            await self._post(Envelope(msg, reply=send))
            try:
                result = await receive.receive()
            except trio.EndOfChannel:
                raise ActorUnavailable(f"actor {self.name!r} stopped before answering") from None
        return result.unwrap()

    async def ask_stream(self, msg: Any, buffer: int = 16) -> StreamReceiver[Any]:
        """Start a stream; close the returned receiver to cancel its producer."""
        send, receive = trio.open_memory_channel[Any](buffer)
        control = StreamControl()
        try:
            await self._post(Envelope(msg, stream=send, stream_control=control))
        except BaseException:
            send.close()
            receive.close()
            raise
        return StreamReceiver(receive, control)


@dataclass
class StreamReceiver(Generic[T]):
    """The consumer end of ``ask_stream``: iterate it, and close it when done.

    Chunks arrive in order. If the producer fails (its own error, or ``ActorUnavailable``
    when its actor stopped or crashed under it), that error is raised after the chunks
    sent before it; a normal end is never a cut-short stream.
    """

    _receive: trio.MemoryReceiveChannel[Any]
    _control: StreamControl
    _closed: bool = field(default=False)

    def __aiter__(self) -> AsyncIterator[T]:
        # The receiver is its own iterator: an async generator here would be left
        # unfinished by every ``break`` and finalized later by the GC, with a warning.
        return self

    async def __anext__(self) -> T:
        try:
            return await self.receive()
        except trio.EndOfChannel:
            raise StopAsyncIteration from None

    async def receive(self) -> T:
        """The next chunk; raises the producer's error, or ``EndOfChannel`` at the end."""
        try:
            return await self._receive.receive()  # type: ignore[no-any-return]
        except trio.EndOfChannel:
            error = self._control.error
            if error is None:
                raise
        raise error  # outside the except block: the producer's error keeps its own context

    def receive_nowait(self) -> T:
        """A chunk already waiting, else ``trio.WouldBlock``: lets a consumer batch a backlog."""
        try:
            return self._receive.receive_nowait()  # type: ignore[no-any-return]
        except trio.EndOfChannel:
            error = self._control.error
            if error is None:
                raise
        raise error

    async def aclose(self) -> None:
        """Stop listening and cancel the producer (and whatever it awaits upstream)."""
        if not self._closed:
            self._closed = True
            self._control.scope.cancel()
            await self._receive.aclose()

    async def __aenter__(self) -> StreamReceiver[T]:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


ActorFactory = Callable[[], Actor]
