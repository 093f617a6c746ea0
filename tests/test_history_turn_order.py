"""Archive and restore take their place among a session's turns (ChatChain's BetweenTurns).

A turn in progress ends before an archive or restore of its session runs, so its reply lands
in the conversation it belongs to; a turn that arrives meanwhile runs after it. The replies
come from a fake Ollama that sends each reply's first token, then holds the rest until the
test releases it. That an archive is waiting is seen with ``wait_all_tasks_blocked``: the
server, the fake and the clients all run in this test's Trio run.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
import trio
import trio.testing
from hypercorn.config import Config
from hypercorn.trio import serve
from trio_websocket import WebSocketConnection

from synth.actors import chat_chain, chat_history
from tests.fakes.upstreams import FakeUpstream, ollama_app
from tests.support.engines import use_fake_ollama
from tests.support.history import say
from tests.support.servers import RunningServer
from tests.support.ws import receive_json, send_json, websocket

TOKENS = ["Hello ", "there ", "friend"]
REPLY = "".join(TOKENS)
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class HeldReplies:
    """ASGI middleware over a fake Ollama: every ``/api/chat`` reply sends its first line,
    then waits for ``release`` before the rest."""

    def __init__(self, app: Any, release: trio.Event) -> None:
        self.app = app
        self.release = release

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/api/chat":
            await self.app(scope, receive, send)
            return
        sent = 0

        async def held_send(message: Message) -> None:
            nonlocal sent
            if message["type"] == "http.response.body" and message.get("body"):
                if sent:
                    await self.release.wait()
                sent += 1
            await send(message)

        await self.app(scope, receive, held_send)


@dataclass
class Held:
    fake: FakeUpstream
    release: trio.Event = field(default_factory=trio.Event)


@pytest.fixture
async def held() -> AsyncIterator[Held]:
    """A fake Ollama whose replies stop after one token until ``release`` is set."""
    held = Held(FakeUpstream(tokens=list(TOKENS)))
    config = Config()
    config.bind = ["127.0.0.1:0"]
    config.errorlog = logging.getLogger("tests.fakes")
    async with trio.open_nursery() as nursery:
        app = HeldReplies(ollama_app(held.fake), held.release)
        binds: list[str] = await nursery.start(serve, app, config)
        held.fake.url = binds[0]
        try:
            yield held
        finally:
            held.release.set()
            nursery.cancel_scope.cancel()


@dataclass
class Pending:
    """A request sent in the background; ``response`` once it is answered."""

    response: httpx.Response | None = None


async def post(client: httpx.AsyncClient, path: str, body: dict[str, Any], into: Pending) -> None:
    into.response = await client.post(path, json=body)


@asynccontextmanager
async def connected(
    server: RunningServer, session_id: str = "default"
) -> AsyncIterator[WebSocketConnection]:
    """A WebUI client of ``session_id`` past its hello (session and history frames read)."""
    async with websocket(server.webui.replace("http://", "ws://") + "/ws") as ws:
        await send_json(ws, {"type": "hello", "session_id": session_id})
        await receive_until(ws, "history")
        yield ws


async def receive_until(
    ws: WebSocketConnection, kind: str, role: str | None = None
) -> list[dict[str, Any]]:
    """The chat frames up to and including the first of ``kind`` (and ``role``)."""
    frames = []
    while True:
        frame = await receive_json(ws)
        if frame["type"] in ("message", "chunk", "history", "error", "session"):
            frames.append(frame)
        if frame["type"] == kind and (role is None or frame.get("role") == role):
            return frames


def story(frames: list[dict[str, Any]]) -> list[tuple[str, ...]]:
    """Messages and history replacements in the order a client saw them."""
    told: list[tuple[str, ...]] = []
    for frame in frames:
        if frame["type"] == "message":
            told.append((frame["role"], frame["text"]))
        elif frame["type"] == "history":
            told.append(("history", *(m["text"] for m in frame["messages"])))
    return told


async def start_held_turn(ws: WebSocketConnection, text: str) -> list[dict[str, Any]]:
    """Send a chat turn and return once its first token has streamed."""
    await send_json(ws, {"type": "chat", "text": text})
    return await receive_until(ws, "chunk")


async def live(client: httpx.AsyncClient, session_id: str = "default") -> list[tuple[str, str]]:
    response = await client.get("/api/history/chat", params={"session_id": session_id})
    return [(m["role"], m["text"]) for m in response.json()["items"][::-1]]


async def archived(client: httpx.AsyncClient, archive_id: str) -> list[tuple[str, str]]:
    document = (await client.get(f"/api/chat/archives/{archive_id}")).json()
    return [(m["role"], m["text"]) for m in document["messages"]]


async def archives(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    listed: list[dict[str, Any]] = (await client.get("/api/chat/archives")).json()["archives"]
    return listed


async def test_an_archive_during_a_turn_waits_for_it_and_holds_the_whole_turn(
    server: RunningServer, held: Held
) -> None:
    await use_fake_ollama(server, held.fake)
    pending = Pending()
    with trio.fail_after(20):
        async with connected(server) as ws, server.client() as client:
            frames = await start_held_turn(ws, "tell me")
            async with trio.open_nursery() as nursery:
                nursery.start_soon(post, client, "/api/chat/archive", {}, pending)
                await trio.testing.wait_all_tasks_blocked()
                assert pending.response is None, "the archive did not wait for the turn"
                held.release.set()
            frames += await receive_until(ws, "history")
            assert pending.response is not None
            assert pending.response.status_code == 201, pending.response.text
            summary = pending.response.json()
            kept = await archived(client, summary["archive_id"])
            remaining = await live(client)
    assert story(frames) == [("user", "tell me"), ("assistant", REPLY), ("history",)]
    assert summary["message_count"] == 2
    assert kept == [("user", "tell me"), ("assistant", REPLY)]
    assert remaining == []


async def test_an_archive_during_an_ollama_clients_turn_waits_for_its_stream(
    server: RunningServer, held: Held
) -> None:
    await use_fake_ollama(server, held.fake)
    pending = Pending()
    body = {"model": "synth", "messages": [{"role": "user", "content": "tell me"}]}
    headers = {"X-Synth-Conversation": "talk"}
    with trio.fail_after(20):
        async with httpx.AsyncClient(base_url=server.ollama, timeout=10) as ollama:
            async with ollama.stream("POST", "/api/chat", json=body, headers=headers) as reply:
                lines = reply.aiter_lines()
                first = json.loads(await anext(lines))
                async with server.client() as client, trio.open_nursery() as nursery:
                    archive_body = {"session_id": "ollama:talk"}
                    nursery.start_soon(post, client, "/api/chat/archive", archive_body, pending)
                    await trio.testing.wait_all_tasks_blocked()
                    assert pending.response is None, "the archive did not wait for the stream"
                    held.release.set()
                rest = [json.loads(line) async for line in lines]
            async with server.client() as client:
                assert pending.response is not None
                assert pending.response.status_code == 201, pending.response.text
                kept = await archived(client, pending.response.json()["archive_id"])
    streamed = first["message"]["content"] + "".join(line["message"]["content"] for line in rest)
    assert (streamed, rest[-1]["done"]) == (REPLY, True)
    assert kept == [("user", "tell me"), ("assistant", REPLY)]


async def test_a_restore_during_a_turn_waits_and_archives_that_turn_first(
    server: RunningServer, held: Held
) -> None:
    pending = Pending()
    with trio.fail_after(20):
        async with server.client() as client:
            await say(server, "old times")  # the echo engine, before the held one
            old = (await client.post("/api/chat/archive", json={})).json()
            await use_fake_ollama(server, held.fake)
            async with connected(server) as ws:
                frames = await start_held_turn(ws, "tell me")
                async with trio.open_nursery() as nursery:
                    body = {"archive_id": old["archive_id"]}
                    nursery.start_soon(post, client, "/api/chat/restore", body, pending)
                    await trio.testing.wait_all_tasks_blocked()
                    assert pending.response is None, "the restore did not wait for the turn"
                    held.release.set()
                frames += await receive_until(ws, "history")
            listed = await archives(client)
            before_restore = await archived(client, listed[0]["archive_id"])
            restored = await live(client)
    assert pending.response is not None
    assert pending.response.json() == {"status": "ok", "restored_count": 2}
    assert story(frames) == [
        ("user", "tell me"),
        ("assistant", REPLY),
        ("history", "old times", "old times"),
    ]
    # DESIGN of restore: the live conversation is archived first, the turn's reply with it.
    assert [a["archive_id"] for a in listed[1:]] == [old["archive_id"]]
    assert listed[0]["name"].startswith("Before restore ")
    assert before_restore == [("user", "tell me"), ("assistant", REPLY)]
    assert restored == [("user", "old times"), ("assistant", "old times")]


async def test_a_turn_sent_while_an_archive_waits_runs_after_it_in_the_new_conversation(
    server: RunningServer, held: Held
) -> None:
    await use_fake_ollama(server, held.fake)
    pending = Pending()
    with trio.fail_after(20):
        async with connected(server) as ws, server.client() as client:
            frames = await start_held_turn(ws, "first")
            async with trio.open_nursery() as nursery:
                nursery.start_soon(post, client, "/api/chat/archive", {}, pending)
                await trio.testing.wait_all_tasks_blocked()
                await send_json(ws, {"type": "chat", "text": "second"})
                await trio.testing.wait_all_tasks_blocked()
                assert pending.response is None
                held.release.set()
            frames += await receive_until(ws, "history")
            frames += await receive_until(ws, "message", "assistant")
            assert pending.response is not None
            kept = await archived(client, pending.response.json()["archive_id"])
            remaining = await live(client)
    assert story(frames) == [
        ("user", "first"),
        ("assistant", REPLY),
        ("history",),
        ("user", "second"),
        ("assistant", REPLY),
    ]
    assert kept == [("user", "first"), ("assistant", REPLY)]
    assert remaining == [("user", "second"), ("assistant", REPLY)]


async def test_an_archive_is_refused_409_when_the_turn_outlasts_the_wait(
    server: RunningServer, held: Held, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(chat_chain, "BETWEEN_TURNS_WAIT_S", 0.2)
    await use_fake_ollama(server, held.fake)
    with trio.fail_after(20):
        async with connected(server) as ws, server.client() as client:
            await start_held_turn(ws, "tell me")
            refused = await client.post("/api/chat/archive", json={})
            held.release.set()
            await receive_until(ws, "message", "assistant")
            listed = await archives(client)
            remaining = await live(client)
    assert refused.status_code == 409
    assert refused.json() == {
        "error": "a turn of session 'default' is still in progress after 0.2 s;"
        " try again once it has ended",
        "code": "turn_in_progress",
    }
    assert listed == []
    assert remaining == [("user", "tell me"), ("assistant", REPLY)]


async def test_an_archive_of_another_session_is_not_held_up_by_a_waiting_one(
    server: RunningServer, held: Held
) -> None:
    waiting = Pending()
    with trio.fail_after(20):
        await say(server, "elsewhere", session_id="other")  # the echo engine
        await use_fake_ollama(server, held.fake)
        async with connected(server) as ws, server.client() as client:
            await start_held_turn(ws, "tell me")
            async with trio.open_nursery() as nursery:
                nursery.start_soon(post, client, "/api/chat/archive", {}, waiting)
                await trio.testing.wait_all_tasks_blocked()
                other = await client.post("/api/chat/archive", json={"session_id": "other"})
                assert waiting.response is None
                held.release.set()
    assert other.status_code == 201, other.text
    assert other.json()["message_count"] == 2
    assert waiting.response is not None and waiting.response.status_code == 201


async def test_an_archive_whose_client_hangs_up_while_waiting_leaves_the_session_free(
    server: RunningServer, held: Held
) -> None:
    await use_fake_ollama(server, held.fake)
    url = httpx.URL(server.webui)
    payload = b"{}"
    head = (
        f"POST /api/chat/archive HTTP/1.1\r\nHost: {url.host}:{url.port}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode()
    with trio.fail_after(20):
        async with connected(server) as ws, server.client() as client:
            await start_held_turn(ws, "first")
            async with await trio.open_tcp_stream(url.host, url.port or 80) as stream:
                await stream.send_all(head + payload)
                await trio.testing.wait_all_tasks_blocked()
            await trio.testing.wait_all_tasks_blocked()
            held.release.set()
            await receive_until(ws, "message", "assistant")
            await send_json(ws, {"type": "chat", "text": "second"})
            frames = await receive_until(ws, "message", "assistant")
            listed = await archives(client)
            remaining = await live(client)
    assert story(frames) == [("user", "second"), ("assistant", REPLY)]
    assert listed == []
    assert remaining == [
        ("user", "first"),
        ("assistant", REPLY),
        ("user", "second"),
        ("assistant", REPLY),
    ]


async def test_an_archive_slower_than_the_wait_keeps_the_session_until_it_is_done(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wait bounds only the wait for a turn in progress: once ChatHistory has the
    archive, the session's next turn waits for it, however slow the store is."""
    bound = 0.2
    monkeypatch.setattr(chat_chain, "BETWEEN_TURNS_WAIT_S", bound)
    gate = trio.Event()
    handle = chat_history.ChatHistory.handle

    async def slow_archive(self: chat_history.ChatHistory, msg: Any) -> Any:
        if isinstance(msg, chat_history.ArchiveChat):
            await gate.wait()  # a store busy for longer than the wait's bound
        return await handle(self, msg)

    monkeypatch.setattr(chat_history.ChatHistory, "handle", slow_archive)
    pending = Pending()
    with trio.fail_after(20):
        async with server.client() as client:
            await say(server, "before")
            async with trio.open_nursery() as nursery:
                nursery.start_soon(post, client, "/api/chat/archive", {}, pending)
                await trio.testing.wait_all_tasks_blocked()
                nursery.start_soon(say, server, "after")
                await trio.sleep(2 * bound)  # past the bound, where a deadline would give up
                assert pending.response is None
                gate.set()
            assert pending.response is not None
            kept = await archived(client, pending.response.json()["archive_id"])
            remaining = await live(client)
    assert pending.response.status_code == 201
    assert kept == [("user", "before"), ("assistant", "before")]
    assert remaining == [("user", "after"), ("assistant", "after")]
