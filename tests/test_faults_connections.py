"""A connection whose protocol code fails inside Hypercorn ends alone, not the server."""

from __future__ import annotations

import logging

import pytest
from hypercorn.trio.tcp_server import TCPServer

from synth.runtime.connection_guard import GuardedTCPServer


async def test_an_exception_in_one_connection_is_logged_and_contained(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(self: TCPServer) -> None:
        raise TypeError("a bytes-like object is required, not 'str'")

    monkeypatch.setattr(TCPServer, "run", broken)
    server = GuardedTCPServer.__new__(GuardedTCPServer)  # the handler only, no socket
    with caplog.at_level(logging.ERROR, logger="synth.http"):
        await server.run()
    assert "only it was closed" in caplog.text
    assert "TypeError" in caplog.text
