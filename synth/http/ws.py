"""The WebUI's realtime socket, ``/ws``: hello, session, history, chat and broadcasts.

The socket owns no turn: a chat frame asks ChatChain to start one in the background, and
its frames come back over the EventBus like everyone else's, so all clients of a session
see the same thing and a turn outlives the socket that asked for it. Each connection has
one bounded outgoing queue (its bus subscription) and one writer; a client that cannot
keep up is closed with 1013 instead of slowing anybody down.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import trio
from quart import Websocket, websocket

from synth.actors.chat_chain import Attach, Attached, Detach, Replay, StartTurn
from synth.actors.chat_turn import ChatTurn
from synth.actors.cortex_manager import ActiveEngine
from synth.actors.emotion_state import GetEmotion
from synth.actors.karada_state import GetAnimation
from synth.cortex.manual import PendingPrompt
from synth.errors import SynthError
from synth.http import auth
from synth.http.context import AppContext, ctx
from synth.http.current import current_websocket
from synth.http.validate import SESSION_ID
from synth.runtime.errors import ActorError, SubscriberDropped
from synth.runtime.event_bus import Event

log = logging.getLogger("synth.ws")

PROTOCOL = 1
TOPICS = frozenset({"chat", "animation", "emotion", "components", "system", "manual"})
STATE_TOPICS = frozenset({"animation", "emotion", "components", "system"})
# The topic of the frames a connection queues for its own client (pong, errors): the bus
# never publishes it, it only carries them in order with the broadcasts.
DIRECT = "ws.direct"
CLOSE_POLICY = 1008
CLOSE_TRY_AGAIN_LATER = 1013
CLOSE_SERVICE_RESTART = 1012
CLOSE_GOING_AWAY = 1001
MAX_CHAT_CHARS = 20000
COALESCED = frozenset({"animation", "emotion"})
SHUTDOWN_EVENTS = {"restarting": CLOSE_SERVICE_RESTART, "stopping": CLOSE_GOING_AWAY}


class Closing(Exception):
    """Leave the connection with this close code after sending ``frame`` (if any)."""

    def __init__(self, code: int, frame: dict[str, Any] | None = None, reason: str = "") -> None:
        super().__init__(reason)
        self.code = code
        self.frame = frame
        self.reason = reason


def manual_prompt_frame(prompt: PendingPrompt) -> dict[str, Any]:
    return {
        "type": "prompt",
        "prompt_id": prompt.prompt_id,
        "messages": [{"role": m.role, "content": m.content} for m in prompt.messages],
    }


def error_frame(code: str, message: str, **extra: Any) -> dict[str, Any]:
    return {"type": "error", "code": code, "message": message, **extra}


async def ws_endpoint() -> None:
    context = ctx()
    query_token = websocket.args.get("token")
    await websocket.accept()
    try:
        hello = await _hello(context, query_token)
        await _serve(context, hello)
    except Closing as closing:
        await _close(closing)


async def _send(frame: dict[str, Any]) -> None:
    await websocket.send(json.dumps(frame, separators=(",", ":")))


async def _close(closing: Closing) -> None:
    with trio.move_on_after(1):
        if closing.frame is not None:
            await _send(closing.frame)
        await websocket.close(closing.code, closing.reason)


async def _hello(context: AppContext, query_token: str | None) -> dict[str, Any]:
    timeout = float(str(context.live.get("web.hello_timeout_s")))
    unauthorized = Closing(
        CLOSE_POLICY, error_frame("unauthorized", "send a hello with a valid token")
    )
    with trio.move_on_after(timeout):
        raw = await websocket.receive()
        try:
            hello = json.loads(raw)
        except (ValueError, TypeError):
            raise unauthorized from None
        if not isinstance(hello, dict) or hello.get("type") != "hello":
            raise unauthorized
        token = hello.get("token") or query_token
        if context.auth_token is not None and not (
            isinstance(token, str) and auth.token_matches(token, context.auth_token)
        ):
            raise unauthorized
        return hello
    raise Closing(CLOSE_POLICY, error_frame("unauthorized", "no hello within the timeout"))


def _resume_point(hello: dict[str, Any]) -> tuple[str, int | None]:
    session_id = hello.get("session_id") or "default"
    resume = hello.get("resume_after_seq")
    if not isinstance(session_id, str) or not SESSION_ID.fullmatch(session_id):
        raise Closing(CLOSE_POLICY, error_frame("bad_message", "invalid session_id"))
    if resume is not None and (isinstance(resume, bool) or not isinstance(resume, int)):
        raise Closing(
            CLOSE_POLICY, error_frame("bad_message", "resume_after_seq must be an integer")
        )
    return session_id, resume


async def _serve(context: AppContext, hello: dict[str, Any]) -> None:
    session_id, resume = _resume_point(hello)
    queue_size = int(str(context.live.get("web.ws_queue")))
    try:
        attached: Attached = await context.actors.chat.ask(Attach(session_id, TOPICS, queue_size))
    except ActorError:
        raise Closing(
            CLOSE_TRY_AGAIN_LATER, error_frame("unavailable", "the runtime is busy")
        ) from None
    context.manual.attach()
    context.metrics.ws_clients.inc()
    try:
        with attached.subscription:
            await Connection(context, session_id, attached).run(resume)
    finally:
        context.metrics.ws_clients.dec()
        context.manual.detach()
        try:
            context.actors.chat.try_tell(Detach(session_id))
        except ActorError:
            pass  # the chain is gone (shutdown): nothing left to count


class Connection:
    """One client's live part: a reader, and a writer fed by the client's bus subscription.

    The subscription is the client's one outgoing queue (``web.ws_queue`` events): the bus
    fills it with broadcasts and the reader adds its replies to it (``deliver``), so one
    task per client carries a broadcast from the bus to the socket, and a frame that every
    client gets is encoded once (``Event.encoded``), not once per client.
    """

    def __init__(self, context: AppContext, session_id: str, attached: Attached) -> None:
        self.context = context
        self.session_id = session_id
        self.attached = attached
        self.subscription = attached.subscription
        # The socket itself, not the context-local proxy: it is resolved once, not per frame.
        self.socket: Websocket = current_websocket()
        self.last_seq = 0
        self.closing: Closing | None = None

    async def run(self, resume: int | None) -> None:
        await self._greet(resume)
        async with trio.open_nursery() as nursery:
            self.nursery = nursery
            nursery.start_soon(self._write)
            nursery.start_soon(self._read)
        if self.closing is not None:
            raise self.closing

    def _leave(self, closing: Closing) -> None:
        if self.closing is None:
            self.closing = closing
        self.nursery.cancel_scope.cancel()

    async def _greet(self, resume: int | None) -> None:
        context = self.context
        history_limit = int(str(context.live.get("web.history_replay")))
        messages: list[dict[str, Any]] = await context.actors.chat.ask(
            Replay(self.session_id, resume, history_limit)
        )
        if messages:
            self.last_seq = max(m["seq"] for m in messages)
        elif resume is not None:
            self.last_seq = resume
        await _send(
            {
                "type": "session",
                "session_id": self.session_id,
                "protocol": PROTOCOL,
                "state": {
                    "animation": await context.actors.karada.ask(GetAnimation()),
                    "emotion": await context.actors.emotion.ask(GetEmotion()),
                    "active_cortex": await context.actors.cortex.ask(ActiveEngine()),
                },
                "turn": self.attached.turn,
            }
        )
        await _send({"type": "history", "messages": messages})
        for prompt in context.manual.pending():
            await _send(manual_prompt_frame(prompt))

    def _queue(self, frame: dict[str, Any]) -> None:
        """A reply for this client alone, in line behind the broadcasts already waiting."""
        if not self.subscription.deliver(DIRECT, frame):
            self._leave(Closing(CLOSE_TRY_AGAIN_LATER, reason="client too slow"))

    async def _write(self) -> None:
        subscription = self.subscription
        try:
            while self.closing is None:
                batch = await subscription.receive_batch()
                await self._send_batch(self._for_client(batch))
        except SubscriberDropped:
            self._leave(Closing(CLOSE_TRY_AGAIN_LATER, reason="client too slow"))
        except trio.EndOfChannel:
            # Ended without being dropped: nothing will ever come again, so do not stay.
            self._leave(Closing(CLOSE_GOING_AWAY))
        else:
            self._leave(self.closing)  # a shutdown frame was sent last: leave now

    async def _send_batch(self, events: list[Event]) -> None:
        subscription = self.subscription
        socket = self.socket
        for event in coalesce(events):
            if subscription.dropped_reason is not None:
                # The queue overflowed while a send was stuck: what is left would only
                # reach a client that is already too far behind.
                raise SubscriberDropped(subscription.dropped_reason)
            await socket.send(event.encoded(encode))

    def _for_client(self, batch: list[Event]) -> list[Event]:
        """The events of ``batch`` this client is to see, up to a shutdown notice."""
        wanted: list[Event] = []
        for event in batch:
            topic, data = event.topic, event.data
            if topic == "chat" and not self._wants_chat(data):
                continue
            wanted.append(event)
            if topic == "system" and data.get("event") in SHUTDOWN_EVENTS:
                self.closing = Closing(SHUTDOWN_EVENTS[data["event"]])
                break
        return wanted

    def _wants_chat(self, data: dict[str, Any]) -> bool:
        if data.get("session_id") != self.session_id:
            return False
        frame: dict[str, Any] = data["frame"]
        seq = frame.get("seq")
        if frame.get("type") == "message" and isinstance(seq, int):
            if seq <= self.last_seq:
                return False  # already sent in the history replay
            self.last_seq = seq
        if frame.get("type") == "history":
            self.last_seq = max((m["seq"] for m in frame["messages"]), default=self.last_seq)
        return True

    async def _read(self) -> None:
        while True:
            raw = await websocket.receive()
            try:
                frame = json.loads(raw)
            except (ValueError, TypeError):
                self._queue(error_frame("bad_message", "frames must be JSON objects"))
                continue
            if not isinstance(frame, dict):
                self._queue(error_frame("bad_message", "frames must be JSON objects"))
                continue
            await self._handle(frame)

    async def _handle(self, frame: dict[str, Any]) -> None:
        kind = frame.get("type", "chat" if "text" in frame else None)
        if kind == "ping":
            self._queue({"type": "pong"})
        elif kind == "chat":
            await self._chat(frame)
        elif kind == "manual_reply":
            self._manual_reply(frame)
        elif kind == "hello":
            self._queue(error_frame("bad_message", "already said hello"))
        else:
            self._queue(error_frame("bad_message", f"unknown frame type {kind!r}"))

    async def _chat(self, frame: dict[str, Any]) -> None:
        text = frame.get("text")
        client_msg_id = frame.get("client_msg_id")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_CHAT_CHARS:
            self._queue(
                error_frame("bad_message", f"chat text must be 1..{MAX_CHAT_CHARS} characters")
            )
            return
        if client_msg_id is not None and not isinstance(client_msg_id, str):
            self._queue(error_frame("bad_message", "client_msg_id must be a string"))
            return
        turn = ChatTurn(self.session_id, "webui", text, client_msg_id=client_msg_id)
        try:
            await self.context.actors.chat.ask(StartTurn(turn))
        except (SynthError, ActorError) as exc:
            self._queue(error_frame("unavailable", str(exc)))

    def _manual_reply(self, frame: dict[str, Any]) -> None:
        prompt_id = frame.get("prompt_id")
        text = frame.get("text")
        if not isinstance(prompt_id, str) or not isinstance(text, str):
            self._queue(error_frame("bad_message", "manual_reply needs prompt_id and text"))
        elif not self.context.manual.answer(prompt_id, text):
            self._queue(error_frame("not_found", "no such prompt (answered or withdrawn)"))


def frame_of(event: Event) -> dict[str, Any]:
    """The ``/ws`` frame that ``event`` becomes; the same for every client that gets it."""
    if event.topic == "chat":
        frame: dict[str, Any] = event.data["frame"]
        return frame
    if event.topic in STATE_TOPICS:
        return {"type": event.topic, **event.data}
    direct: dict[str, Any] = event.data  # manual prompts and the connection's own replies
    return direct


_ENCODER = json.JSONEncoder(separators=(",", ":"))


def encode(event: Event) -> str:
    """The text of ``event``'s frame (for ``Event.encoded``: once per broadcast)."""
    return _ENCODER.encode(frame_of(event))


def _kind(event: Event) -> str:
    if event.topic == "chat":
        return str(event.data["frame"]["type"])
    if event.topic in STATE_TOPICS:
        return event.topic
    return str(event.data["type"])


def coalesce(events: list[Event]) -> list[Event]:
    """Fewer frames, same meaning: consecutive chunks of one message become one chunk, and
    of several ``animation`` or ``emotion`` frames waiting together only the newest stays.

    Sending a frame costs far more than building one, so a writer that fell behind catches
    up by sending what is waiting in as few frames as it can.
    """
    if len(events) == 1:
        return events
    kinds = [_kind(event) for event in events]
    newest_state = {kind: i for i, kind in enumerate(kinds) if kind in COALESCED}
    out: list[Event] = []
    previous_kind: str | None = None
    for index, (event, kind) in enumerate(zip(events, kinds, strict=True)):
        if kind in COALESCED and newest_state[kind] != index:
            continue
        if kind == "chunk" and previous_kind == "chunk":
            previous = out[-1].data["frame"]
            frame = event.data["frame"]
            if previous["message_id"] == frame["message_id"]:
                merged = {**previous, "delta": previous["delta"] + frame["delta"]}
                out[-1] = Event(event.topic, {**event.data, "frame": merged})
                continue
        out.append(event)
        previous_kind = kind
    return out
