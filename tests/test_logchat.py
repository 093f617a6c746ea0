"""``GET /api/logchat/info``: the log chat settings, as configured."""

from __future__ import annotations

from pathlib import Path

import trio

from tests.support.servers import RunningServer, running_server


async def test_logchat_info_shows_the_defaults(server: RunningServer) -> None:
    with trio.fail_after(10):
        async with server.client() as client:
            response = await client.get("/api/logchat/info")
    assert response.status_code == 200
    assert response.json() == {
        "enabled": False,
        "interface": None,
        "chat_id": None,
        "level": "warning",
    }


async def test_logchat_info_follows_the_config(data_dir: Path) -> None:
    overrides = {
        "logchat.enabled": True,
        "logchat.interface": "telegram",
        "logchat.chat_id": "12345",
        "logchat.level": "error",
    }
    with trio.fail_after(10):
        async with (
            running_server(data_dir, overrides=overrides) as server,
            server.client() as client,
        ):
            response = await client.get("/api/logchat/info")
    assert response.json() == {
        "enabled": True,
        "interface": "telegram",
        "chat_id": "12345",
        "level": "error",
    }
