"""End to end: POST and GET /api/integrations/messages, and the chat turns they start."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from tests.support.servers import RunningServer, wait_ready
from tests.support.waiting import eventually

MESSAGE_FIELDS = {"id", "source", "type", "payload", "metadata", "created_at", "status"}


def error_code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "code"}
    code: str = body["code"]
    return code


async def post(client: httpx.AsyncClient, source: str, kind: str, **payload: Any) -> str:
    response = await client.post(
        "/api/integrations/messages", json={"source": source, "type": kind, "payload": payload}
    )
    assert response.status_code == 202, response.text
    message_id: str = response.json()["message_id"]
    return message_id


async def poll(client: httpx.AsyncClient, source: str, wait: float = 10) -> list[dict[str, Any]]:
    response = await client.get("/api/integrations/outbox", params={"source": source, "wait": wait})
    assert response.status_code == 200, response.text
    assert response.json()["source"] == source
    messages: list[dict[str, Any]] = response.json()["messages"]
    return messages


async def listed(client: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    response = await client.get("/api/integrations/messages", params=params)
    assert response.status_code == 200, response.text
    messages: list[dict[str, Any]] = response.json()["messages"]
    return messages


async def test_a_message_of_another_type_is_stored_and_listed(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.post(
                "/api/integrations/messages",
                json={
                    "source": "home-assistant_1",
                    "type": "sensor",
                    "payload": {"temp": 21.5},
                    "metadata": {"room": "kitchen"},
                },
            )
            assert response.status_code == 202
            body = response.json()
            assert body["status"] == "stored"
            [message] = await listed(client)
            outbox = await poll(client, "home-assistant_1", wait=0)
    assert set(message) == MESSAGE_FIELDS
    assert message["id"] == body["message_id"]
    assert message["source"] == "home-assistant_1"
    assert message["type"] == "sensor"
    assert message["payload"] == {"temp": 21.5}
    assert message["metadata"] == {"room": "kitchen"}
    assert message["status"] == "stored"
    assert message["created_at"].endswith("Z")
    assert outbox == []


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"{not json", "malformed_json"),
        (b"", "missing_body"),
        (b"[1, 2]", "bad_request"),
        (b'{"type": "note", "payload": {}}', "missing_field"),
        (b'{"source": "bot", "payload": {}}', "missing_field"),
        (b'{"source": "bot", "type": "note"}', "missing_field"),
        (b'{"source": "Bot", "type": "note", "payload": {}}', "invalid_source"),
        (b'{"source": "bot.x", "type": "note", "payload": {}}', "invalid_source"),
        (b'{"source": "' + b"a" * 65 + b'", "type": "note", "payload": {}}', "invalid_source"),
        (b'{"source": 7, "type": "note", "payload": {}}', "invalid_field"),
        (b'{"source": "bot", "type": "", "payload": {}}', "invalid_field"),
        (b'{"source": "bot", "type": "' + b"t" * 65 + b'", "payload": {}}', "invalid_field"),
        (b'{"source": "bot", "type": "note", "payload": [1]}', "invalid_field"),
        (b'{"source": "bot", "type": "note", "payload": "text"}', "invalid_field"),
        (b'{"source": "bot", "type": "note", "payload": {}, "metadata": 3}', "invalid_field"),
        (b'{"source": "bot", "type": "chat", "payload": {}}', "missing_text"),
        (b'{"source": "bot", "type": "chat", "payload": {"text": ""}}', "missing_text"),
        (b'{"source": "bot", "type": "chat", "payload": {"text": 5}}', "missing_text"),
    ],
)
async def test_a_bad_message_is_refused_with_400_and_nothing_is_stored(
    server: RunningServer, body: bytes, code: str
) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.post(
                "/api/integrations/messages",
                content=body,
                headers={"Content-Type": "application/json"},
            )
            assert error_code(response, 400) == code
            assert await listed(client) == []


async def test_a_chat_message_is_answered_in_the_outbox_with_the_reply(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.post(
                "/api/integrations/messages",
                json={"source": "telegram", "type": "chat", "payload": {"text": "good morning"}},
            )
            assert response.status_code == 202
            assert response.json()["status"] == "accepted"
            message_id = response.json()["message_id"]
            [reply] = await poll(client, "telegram")
            [message] = await listed(client, source="telegram")
            history = await client.get(
                "/api/history/chat", params={"session_id": "integration:telegram"}
            )
    assert set(reply) == {"id", "created_at", "type", "text", "payload"}
    assert reply["type"] == "chat"
    assert reply["text"] == "good morning"  # the echo engine says it back verbatim
    assert reply["payload"]["in_reply_to"] == message_id
    assert message["status"] == "answered"
    recorded = {item["id"]: item for item in history.json()["items"]}
    assert recorded[reply["payload"]["message_id"]]["role"] == "assistant"
    assert recorded[reply["payload"]["message_id"]]["source"] == "telegram"


async def test_chat_replies_of_one_source_keep_the_order_of_its_messages(
    server: RunningServer,
) -> None:
    texts = [f"message number {i}" for i in range(6)]
    received: list[dict[str, Any]] = []
    with trio.fail_after(20):
        async with server.client() as client:
            ids = [await post(client, "bridge", "chat", text=text) for text in texts]
            while len(received) < len(texts):
                received.extend(await poll(client, "bridge"))
    assert [m["text"] for m in received] == texts
    assert [m["payload"]["in_reply_to"] for m in received] == ids


async def test_listing_filters_by_source_and_type_newest_first(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            a1 = await post(client, "alpha", "note", n=1)
            b1 = await post(client, "beta", "note", n=2)
            a2 = await post(client, "alpha", "alarm", n=3)
            a3 = await post(client, "alpha", "note", n=4)
            everything = await listed(client)
            alpha = await listed(client, source="alpha")
            alpha_notes = await listed(client, source="alpha", type="note")
            alarms = await listed(client, type="alarm")
            newest_two = await listed(client, limit=2)
            nobody = await listed(client, source="gamma")
    assert [m["id"] for m in everything] == [a3, a2, b1, a1]
    assert [m["id"] for m in alpha] == [a3, a2, a1]
    assert [m["id"] for m in alpha_notes] == [a3, a1]
    assert [m["id"] for m in alarms] == [a2]
    assert [m["id"] for m in newest_two] == [a3, a2]
    assert nobody == []


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({"limit": "0"}, "out_of_range"),
        ({"limit": "501"}, "out_of_range"),
        ({"limit": "many"}, "invalid_query"),
        ({"source": "Not Valid"}, "invalid_source"),
        ({"type": "t" * 65}, "invalid_query"),
    ],
)
async def test_listing_refuses_bad_filters(
    server: RunningServer, params: dict[str, str], code: str
) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.get("/api/integrations/messages", params=params)
    assert error_code(response, 400) == code


async def test_a_failing_turn_queues_an_error_for_its_source(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            # The manual engine needs a person at a WebUI; with nobody there it is not ready.
            switched = await client.post("/api/components/cortex", json={"name": "manual"})
            assert switched.status_code == 200
            message_id = await post(client, "bot", "chat", text="anyone there?")
            [error] = await poll(client, "bot")
            [message] = await listed(client, source="bot")
    assert error["type"] == "error"
    assert error["text"]
    assert error["payload"] == {"in_reply_to": message_id, "code": "engine_not_ready"}
    assert message["status"] == "failed"


def user_messages(db: Path, session_id: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT COUNT(*) FROM messages WHERE session_id = ? AND role = 'user'", (session_id,)
        ).fetchone()
    finally:
        conn.close()
    return int(row[0])


async def test_a_turn_cut_short_by_a_restart_is_reported_as_interrupted(
    server: RunningServer,
) -> None:
    with trio.fail_after(30):
        async with server.client() as client:
            # Lorem (a development engine) takes ten seconds: the restart comes mid-turn.
            dev = await client.post("/api/components/dev/toggle", json={"enabled": True})
            assert dev.status_code == 200
            lorem = await client.post("/api/components/cortex", json={"name": "lorem"})
            assert lorem.status_code == 200
            message_id = await post(client, "slow", "chat", text="tell me a long story")
            db = server.data_dir / "synth.db"
            await eventually(lambda: user_messages(db, "integration:slow") == 1, within=10)
            before = server.system.state.restarts
            restart = await client.post("/api/system/restart", json={"confirm": True})
            assert restart.status_code == 202
            await eventually(lambda: server.system.state.restarts > before, within=10)
            await wait_ready(server.system)
            [error] = await poll(client, "slow")
            [message] = await listed(client, source="slow")
    assert error["type"] == "error"
    assert error["payload"] == {"in_reply_to": message_id, "code": "interrupted"}
    assert message["status"] == "failed"


async def test_a_source_with_too_many_waiting_chat_messages_gets_503(
    server: RunningServer,
) -> None:
    statuses: list[int] = []
    with trio.fail_after(30):
        async with server.client() as client:
            dev = await client.post("/api/components/dev/toggle", json={"enabled": True})
            assert dev.status_code == 200
            lorem = await client.post("/api/components/cortex", json={"name": "lorem"})
            assert lorem.status_code == 200
            # The first turn takes ten seconds, so the ones after it wait in line.
            while 503 not in statuses and len(statuses) < 70:
                response = await client.post(
                    "/api/integrations/messages",
                    json={"source": "flood", "type": "chat", "payload": {"text": "hi"}},
                )
                statuses.append(response.status_code)
            refused = response
            stored = await listed(client, source="flood", limit=500)
    assert error_code(refused, 503) == "busy"
    assert statuses[:-1] == [202] * (len(statuses) - 1)
    assert len(statuses) - 1 in (64, 65)  # 64 waiting, plus the one being answered
    assert len(stored) == len(statuses) - 1
