"""Running one conversational turn, from the user's words to the recorded reply.

build the prompt -> start the turn's engine, and record the user message while it
thinks (the user message still goes out before the first delta) -> animation ``think`` ->
animation ``write`` at the first token -> strip inline tags as they stream (emotions and
diary notes go out on the EventBus) -> record the reply -> animation ``idle``. A prompt
over its limit fails the turn before anything is recorded. ChatChain (the actor) decides
when a turn runs; this module is how.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import trio

from synth.actors import chat_records
from synth.actors.config import LiveSettings
from synth.actors.cortex_manager import EngineChosen, Generate
from synth.actors.prompt_builder import PromptBuilder
from synth.actors.store import Run
from synth.actors.tag_parser import DIARY, Tag, TagParser
from synth.cortex.base import ChatMessage
from synth.errors import SynthError, TooLarge, Unavailable
from synth.runtime.actor import ActorRef, StreamReceiver, StreamSend, send_soon
from synth.runtime.errors import ActorError
from synth.runtime.event_bus import EventBus

log = logging.getLogger("synth.chat")

EMOTIONS = ("neutral", "happy", "angry", "sad", "relaxed", "surprised")
ENGINE_READ_AHEAD = 8
"""Deltas an engine may have waiting for the turn, which takes them as one. Not many more:
the engine decodes up to this many in one scheduling step, and the first token's way to
the client waits for such steps (16 cost it ~0.6 ms in the Ollama benchmark; 2 to 8, none,
but 2 sent the rest in more, smaller writes)."""
KNOWN_TAGS = frozenset((*EMOTIONS, DIARY))


@dataclass(frozen=True)
class ChatTurn:
    """Run one turn. ``context`` (an Ollama client's own messages) replaces stored history."""

    session_id: str
    source: str
    text: str
    context: tuple[ChatMessage, ...] | None = None
    options: Mapping[str, object] = field(default_factory=dict)
    system: str | None = None
    client_msg_id: str | None = None


@dataclass(frozen=True)
class TurnStarted:
    user: dict[str, Any]
    assistant_id: str


@dataclass(frozen=True)
class TurnDelta:
    text: str


@dataclass
class TurnStats:
    """What one turn's ``turn_stats`` event reports (for metrics), filled in as it runs."""

    started_at: float
    engine: str | None = None
    first_token_at: float | None = None


@dataclass(frozen=True)
class TurnDone:
    assistant: dict[str, Any]
    tags: tuple[Tag, ...]
    prompt_tokens: int
    eval_count: int
    started_at: float
    first_token_at: float | None
    ended_at: float


class TurnRunner:
    """ChatChain's helper: runs each turn the actor hands it, once the actor has decided it
    is that turn's time. It owns no state: ``in_progress`` is ChatChain's (session -> the
    reply's id and its text so far, for the snapshot a client attaching mid-turn gets); the
    runner only keeps it current while a turn streams."""

    def __init__(
        self,
        store: ActorRef,
        cortex: ActorRef,
        live: LiveSettings,
        bus: EventBus,
        prompts: PromptBuilder,
        in_progress: dict[str, tuple[str, list[str]]],
    ) -> None:
        self.store = store
        self.cortex = cortex
        self.live = live
        self.bus = bus
        self.prompts = prompts
        self._in_progress = in_progress

    async def run(self, turn: ChatTurn, send: StreamSend | None) -> None:
        """Run the turn, then publish ``turn_stats`` however it ended: ok, failed, or
        interrupted (its asker went away, or the runtime is stopping)."""
        stats = TurnStats(trio.current_time())
        outcome = "failed"
        try:
            await self._turn(turn, send, stats)
            outcome = "ok"
        except (trio.Cancelled, trio.BrokenResourceError):
            outcome = "interrupted"
            raise
        finally:
            first = stats.first_token_at
            self.bus.publish(
                "turn_stats",
                {
                    "source": turn.source,
                    "engine": stats.engine,
                    "outcome": outcome,
                    "ttft_s": None if first is None else first - stats.started_at,
                    "total_s": trio.current_time() - stats.started_at,
                },
            )

    async def _turn(self, turn: ChatTurn, send: StreamSend | None, stats: TurnStats) -> None:
        started_at = stats.started_at
        try:
            prompt = await self.prompts.build(turn.session_id, turn.text, turn.context, turn.system)
            limit = int(str(self.live.get("limits.prompt_chars")))
            if sum(len(m.content) for m in prompt) > limit:
                raise TooLarge(
                    f"the prompt is over limits.prompt_chars ({limit} characters)", "too_large"
                )
        except SynthError as exc:
            self._publish_chat(
                turn.session_id, {"type": "error", "code": exc.code, "message": exc.message}
            )
            raise
        # The engine starts now and thinks while the user's message is recorded; that
        # record still comes first, before any frame of the turn goes out.
        opened = await self._open_stream(Generate(prompt, turn.options))
        try:
            user = await self._record_user(turn)
            assistant_id = chat_records.new_message_id()
            self._cue("think", turn, assistant_id)
            user_frame = {"type": "message", **user}
            if turn.client_msg_id is not None:
                user_frame["client_msg_id"] = turn.client_msg_id
            self._publish_chat(turn.session_id, user_frame)
            await _deliver(send, TurnStarted(user, assistant_id))
        except BaseException:
            if not isinstance(opened, ActorError):
                with trio.CancelScope(shield=True):
                    await opened.aclose()  # cancels the engine and its upstream request
            raise

        parser = TagParser(KNOWN_TAGS, max_chars=int(str(self.live.get("chat.tag_max_chars"))))
        visible: list[str] = []
        tags: list[Tag] = []
        first_token_at: float | None = None
        eval_count = 0
        finished = False
        self._in_progress[turn.session_id] = (assistant_id, visible)
        try:
            if isinstance(opened, ActorError):
                raise opened
            async with opened as deltas:
                stats.engine = await _engine_of(deltas)
                while (delta := await _next(deltas)) is not None:
                    if first_token_at is None:
                        first_token_at = stats.first_token_at = trio.current_time()
                        self._cue("write", turn, assistant_id)
                    text, tokens, failure = _with_backlog(delta, deltas)
                    eval_count += tokens
                    await self._emit(parser.feed(text), turn, assistant_id, visible, tags, send)
                    if failure is not None:
                        raise failure
            await self._emit(parser.flush(), turn, assistant_id, visible, tags, send)
            finished = True
        except (SynthError, ActorError) as exc:
            # The cortex stopping under this turn fails the turn, never this actor.
            error = exc if isinstance(exc, SynthError) else Unavailable(str(exc), "unavailable")
            self._publish_chat(
                turn.session_id,
                {
                    "type": "error",
                    "code": error.code,
                    "message": error.message,
                    "message_id": assistant_id,
                },
            )
            if error is exc:
                raise
            raise error from None
        finally:
            self._in_progress.pop(turn.session_id, None)
            if not finished:
                with trio.CancelScope(shield=True), trio.move_on_after(5):
                    await self._record_interrupted(turn, assistant_id, "".join(visible))
                    self._cue("idle", turn, assistant_id)
        assistant = await self._record(turn, assistant_id, "".join(visible), "complete")
        self._cue("idle", turn, assistant_id)
        assistant_frame: dict[str, Any] = {"type": "message", **assistant}
        emotions = [tag for tag in tags if tag.name != DIARY]
        if emotions:
            assistant_frame["emotion"] = emotions[-1].name
        self._publish_chat(turn.session_id, assistant_frame)
        await _deliver(
            send,
            TurnDone(
                assistant,
                tuple(tags),
                prompt_tokens=sum(len(m.content.split()) for m in prompt),
                eval_count=eval_count,
                started_at=started_at,
                first_token_at=first_token_at,
                ended_at=trio.current_time(),
            ),
        )

    async def _emit(
        self,
        parsed: tuple[str, list[Tag]],
        turn: ChatTurn,
        assistant_id: str,
        visible: list[str],
        tags: list[Tag],
        send: StreamSend | None,
    ) -> None:
        text, found = parsed
        for tag in found:
            tags.append(tag)
            topic = "diary_note" if tag.name == DIARY else "emotion_tag"
            self.bus.publish(
                topic,
                {
                    "session_id": turn.session_id,
                    "message_id": assistant_id,
                    "name": tag.name,
                    "value": tag.value,
                    "note": tag.note,
                    "offset": tag.offset,
                },
            )
        if text:
            visible.append(text)
            self._publish_chat(
                turn.session_id, {"type": "chunk", "message_id": assistant_id, "delta": text}
            )
            await _deliver(send, TurnDelta(text))

    async def _open_stream(self, generate: Generate) -> StreamReceiver[Any] | ActorError:
        """Start the engine's stream; a cortex that cannot take it is returned, to fail the
        turn once its user message is recorded (as a turn failing later would)."""
        try:
            return await self.cortex.ask_stream(generate, buffer=ENGINE_READ_AHEAD)
        except ActorError as exc:
            return exc

    async def _record_user(self, turn: ChatTurn) -> dict[str, Any]:
        record: dict[str, Any] = await self.store.ask(
            Run(
                lambda conn: chat_records.append_message(
                    conn,
                    message_id=chat_records.new_message_id(),
                    session_id=turn.session_id,
                    source=turn.source,
                    role="user",
                    text=turn.text,
                )
            )
        )
        return record

    async def _record(
        self, turn: ChatTurn, message_id: str, text: str, status: str
    ) -> dict[str, Any]:
        record: dict[str, Any] = await self.store.ask(
            Run(
                lambda conn: chat_records.append_message(
                    conn,
                    message_id=message_id,
                    session_id=turn.session_id,
                    source=turn.source,
                    role="assistant",
                    text=text,
                    status=status,
                )
            )
        )
        return record

    async def _record_interrupted(self, turn: ChatTurn, message_id: str, text: str) -> None:
        if not text:
            return  # nothing was said: there is no reply to keep
        try:
            await self._record(turn, message_id, text, "interrupted")
        except Exception as exc:  # the turn already failed; this is only bookkeeping
            log.warning("could not record the interrupted reply %s: %s", message_id, exc)

    def _cue(self, state: str, turn: ChatTurn, context_id: str) -> None:
        self.bus.publish(
            "animation_cue",
            {
                "state": state,
                "context_id": context_id,
                "session_id": turn.session_id,
                "source": turn.source,
            },
        )

    def _publish_chat(self, session_id: str, frame: dict[str, Any]) -> None:
        self.bus.publish("chat", {"session_id": session_id, "frame": frame})


async def _engine_of(deltas: StreamReceiver[Any]) -> str:
    """The engine a turn's stream comes from: its first item, already waiting."""
    chosen = await _next(deltas)
    if not isinstance(chosen, EngineChosen):
        raise TypeError(f"a Generate stream began with {chosen!r}, not its engine")
    return chosen.name


async def _next(deltas: StreamReceiver[Any]) -> Any:
    """The next delta (None at the end): one already waiting is taken without a checkpoint."""
    try:
        return deltas.receive_nowait()
    except trio.WouldBlock:
        pass
    except trio.EndOfChannel:
        return None
    try:
        return await deltas.receive()
    except trio.EndOfChannel:
        return None


def _with_backlog(delta: str, deltas: StreamReceiver[Any]) -> tuple[str, int, Exception | None]:
    """``delta`` joined with the deltas already waiting behind it, so a backlog goes out as
    one chunk; with their token count, and the stream's failure if it failed behind them."""
    tokens = getattr(delta, "tokens", 1)
    texts: list[str] | None = None
    failure: Exception | None = None
    while True:
        try:
            more = deltas.receive_nowait()
        except (trio.WouldBlock, trio.EndOfChannel):
            break
        except Exception as exc:  # the engine's error: raised once the text before it is out
            failure = exc
            break
        if texts is None:
            texts = [delta]
        texts.append(more)
        tokens += getattr(more, "tokens", 1)
    return ("".join(texts) if texts is not None else delta), tokens, failure


async def _deliver(send: StreamSend | None, item: object) -> None:
    """Hand ``item`` to the asker; with room in its buffer, without a checkpoint, so the
    first token does not wait a scheduling round (of the engine decoding ahead) per hop."""
    if send is not None:
        await send_soon(send, item)
