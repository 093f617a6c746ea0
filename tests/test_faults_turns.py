"""A crash of the cortex under a turn in flight: that turn fails cleanly, nobody else crashes.

The manual engine holds a turn open for as long as the test wants (until a person would
answer), which puts the crash exactly under a running turn.
"""

from __future__ import annotations

from typing import Any

import httpx
import trio

from tests.support.history import until
from tests.support.servers import RunningServer
from tests.support.waiting import eventually
from tests.support.ws import receive_json, send_json, websocket
from tests.test_faults_actors import InjectedFault, restart_counts

CHAT = {"model": "synth", "messages": [{"role": "user", "content": "wait for it"}], "stream": False}


async def switch(client: httpx.AsyncClient, engine: str) -> None:
    response = await client.post("/api/components/cortex", json={"name": engine})
    assert response.status_code == 200, response.text


async def crash_cortex(server: RunningServer, client: httpx.AsyncClient) -> dict[str, int]:
    """Crash the cortex once a manual prompt waits; the restart counts after its restart."""
    await eventually(lambda: bool(server.context.manual.pending()))
    before = await restart_counts(client)
    await server.context.actors.cortex.tell(InjectedFault())

    async def restarted() -> bool:
        return (await restart_counts(client))["cortex"] == before["cortex"] + 1

    await until(restarted)
    after = await restart_counts(client)
    assert after == {**before, "cortex": before["cortex"] + 1}, "another actor restarted"
    return after


async def test_a_cortex_crash_under_an_ollama_turn_is_a_503_and_crashes_nobody_else(
    server: RunningServer,
) -> None:
    answers: list[httpx.Response] = []
    with trio.fail_after(20):
        async with (
            server.client() as webui,
            httpx.AsyncClient(base_url=server.ollama, timeout=10) as ollama,
        ):
            await switch(webui, "manual")
            server.context.manual.attach()  # as a WebUI client would: the engine is ready

            async def chat() -> None:
                answers.append(await ollama.post("/api/chat", json=CHAT))

            async with trio.open_nursery() as nursery:
                nursery.start_soon(chat)
                await crash_cortex(server, webui)
            await switch(webui, "echo")
            after = await ollama.post("/api/chat", json=CHAT)
    assert answers[0].status_code == 503
    assert set(answers[0].json()) == {"error", "code"}
    assert after.status_code == 200


async def receive(ws: Any, kind: str) -> dict[str, Any]:
    while (frame := await receive_json(ws))["type"] != kind:
        pass
    return frame


async def test_a_cortex_crash_under_a_ws_turn_is_an_error_frame_and_the_socket_stays(
    server: RunningServer,
) -> None:
    url = server.webui.replace("http://", "ws://") + "/ws"
    with trio.fail_after(20):
        async with server.client() as webui, websocket(url) as ws:
            await switch(webui, "manual")
            await send_json(ws, {"type": "hello"})
            await receive(ws, "history")
            await send_json(ws, {"type": "chat", "text": "wait for it"})
            await crash_cortex(server, webui)
            error = await receive(ws, "error")
            await switch(webui, "echo")
            await send_json(ws, {"type": "chat", "text": "and now"})
            while (reply := await receive(ws, "message"))["role"] != "assistant":
                pass
    assert error["code"] == "unavailable"
    assert set(error) == {"type", "code", "message", "message_id"}
    assert reply["text"] == "and now"
