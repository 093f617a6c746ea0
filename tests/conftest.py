"""Shared fixtures: temp data dirs and a running server on ephemeral loopback ports."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.support.servers import RunningServer, running_server


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
async def server(data_dir: Path) -> AsyncIterator[RunningServer]:
    async with running_server(data_dir) as running:
        yield running
