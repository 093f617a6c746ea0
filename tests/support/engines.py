"""Pointing a running server's ``ollama`` engine at a fake upstream, as a user would."""

from __future__ import annotations

from collections.abc import Mapping

import trio

from tests.fakes.upstreams import FakeUpstream
from tests.support.servers import RunningServer


async def use_fake_ollama(
    server: RunningServer, fake: FakeUpstream, extra: Mapping[str, object] | None = None
) -> None:
    """Set the engine's URL and model (and ``extra`` config) and make it the active engine."""
    settings = {
        "cortex.ollama.url": fake.url,
        "cortex.ollama.model": fake.models[0],
        **(extra or {}),
    }
    with trio.fail_after(20):
        async with server.client() as webui:
            for key, value in settings.items():
                response = await webui.post("/api/config", json={"key": key, "value": value})
                assert response.status_code == 200, response.text
            response = await webui.post("/api/components/cortex", json={"name": "ollama"})
            assert response.status_code == 200, response.text
