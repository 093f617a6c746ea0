"""Running one chat turn for an Ollama or OpenAI HTTP client, and streaming its reply.

A streamed reply starts only once the turn's first delta (or its failure) is known, so
a failure before the first token (engine not configured, upstream down or slow) still
reaches the client as a real status code. After that, a failure is the stream's last
line. The client owns its turn: when it hangs up, the body is closed, which closes
the turn's stream and so cancels the chat chain and the upstream request with it.
Hypercorn notices a hang-up only when it next writes, so one that comes before the
first token is acted on when that token is sent.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import trio
from quart import Response
from quart.wrappers.response import ResponseBody

from synth.actors.chat_turn import ChatTurn, TurnDelta, TurnDone, TurnStarted
from synth.errors import SynthError, Unavailable
from synth.http import errors
from synth.http.context import ctx
from synth.http.ollama_requests import TurnRequest
from synth.runtime.actor import StreamReceiver
from synth.runtime.errors import ActorUnavailable, AskTimeout, MailboxFull

log = logging.getLogger("synth.http.ollama")

SOURCE = "ollama"
Item = TurnDelta | TurnDone


def chat_turn(request: TurnRequest, conversation: str) -> ChatTurn:
    """The chain's message: the client's messages are the context, not stored history."""
    return ChatTurn(
        session_id=f"{SOURCE}:{conversation}",
        source=SOURCE,
        text=request.text,
        context=request.messages,
        options=request.options,
        system=request.system,
    )


def ended_early() -> Unavailable:
    return Unavailable("the turn ended before its reply was complete", "turn_incomplete")


async def collect(turn: ChatTurn) -> tuple[str, TurnDone]:
    """Run a turn to its end: the whole visible reply and its ``TurnDone``."""
    receiver: StreamReceiver[Any] = await ctx().actors.chat.ask_stream(turn)
    parts: list[str] = []
    finished: TurnDone | None = None
    async with receiver:
        async for item in receiver:
            if isinstance(item, TurnDelta):
                parts.append(item.text)
            elif isinstance(item, TurnDone):
                finished = item
    if finished is None:
        raise ended_early()
    return "".join(parts), finished


@dataclass(frozen=True)
class Framing:
    """How one wire format renders a turn: ``head`` first, a piece per delta, the end
    (or an error: status, code, sentence) last."""

    delta: Callable[[str], bytes]
    done: Callable[[TurnDone], bytes]
    error: Callable[[int, str, str], bytes]
    head: bytes = b""


def stream_error(exc: Exception) -> tuple[int, str, str]:
    """(status, code, sentence) for a failure mid-stream, outside any request context."""
    if isinstance(exc, SynthError | ActorUnavailable | MailboxFull | AskTimeout):
        return errors.describe(exc)
    log.error("a streamed turn failed", exc_info=exc)
    return 500, "internal_error", "internal error; see the server log"


class TurnBody(ResponseBody):
    """A streaming body that owns its turn: however the response ends, the turn ends too.

    Quart leaves a body through ``__aexit__`` also when the client hung up and a send
    was cancelled; closing the turn there (rather than in a generator's ``finally``,
    which never runs for a generator that never started) ends the turn and its
    upstream request with the response.
    """

    first_chunk_ready = True
    """:func:`start` had the first item in hand: the head and the first chunk (the format's
    own head, then what was read ahead) can leave together (see :mod:`synth.http.connection`)."""

    def __init__(
        self, receiver: StreamReceiver[Any], read_ahead: list[Item], framing: Framing
    ) -> None:
        self._receiver = receiver
        self._read_ahead = read_ahead
        self._framing = framing
        self._lines = self._render()

    async def __aenter__(self) -> TurnBody:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._lines

    async def aclose(self) -> None:
        try:
            await self._lines.aclose()
        finally:
            await self._receiver.aclose()

    async def _render(self) -> AsyncGenerator[bytes, None]:
        framing = self._framing
        # The format's head and what was read ahead go out as the first chunk, together.
        pending = [framing.head] if framing.head else []
        finished = False
        try:
            for item in self._read_ahead:
                finished = finished or isinstance(item, TurnDone)
                pending.append(self._frame(item))
            if pending:
                first, pending = b"".join(pending), []
                yield first
            async for item in self._receiver:
                # What is already waiting behind it goes out in the same chunk: one send.
                frames = [self._frame(item)]
                finished = finished or isinstance(item, TurnDone)
                failure: Exception | None = None
                while True:
                    try:
                        item = self._receiver.receive_nowait()
                    except (trio.WouldBlock, trio.EndOfChannel):
                        break
                    except Exception as exc:  # the turn failed behind these frames
                        failure = exc
                        break
                    frames.append(self._frame(item))
                    finished = finished or isinstance(item, TurnDone)
                yield frames[0] if len(frames) == 1 else b"".join(frames)
                if failure is not None:
                    raise failure
            if not finished:
                raise ended_early()
        except Exception as exc:
            yield b"".join(pending) + framing.error(*stream_error(exc))

    def _frame(self, item: Item) -> bytes:
        if isinstance(item, TurnDone):
            return self._framing.done(item)
        return self._framing.delta(item.text)


async def start(turn: ChatTurn, framing: Framing) -> TurnBody:
    """Start a turn and wait for its first delta, end or failure (which is raised here)."""
    receiver: StreamReceiver[Any] = await ctx().actors.chat.ask_stream(turn)
    read_ahead: list[Item] = []
    try:
        while not read_ahead:
            try:  # TurnStarted and the first delta often arrive together: no checkpoint
                item = receiver.receive_nowait()
            except trio.WouldBlock:
                item = await receiver.receive()
            if not isinstance(item, TurnStarted):
                read_ahead.append(item)
    except trio.EndOfChannel:
        pass  # ended with nothing: the body reports that as its last line
    except BaseException:
        await receiver.aclose()
        raise
    return TurnBody(receiver, read_ahead, framing)


def streaming_response(body: TurnBody, content_type: str) -> Response:
    response = Response(body, 200, {"Cache-Control": "no-cache"}, content_type=content_type)
    response.timeout = None  # a reply may take longer than Quart's response timeout
    return response
