"""The Config actor: the one writer of the live settings.

Everyone else reads through ``LiveSettings`` (a plain attribute read, no message), so a
change made here takes effect at once for every key that is not ``restart_required``.
Changes are written to the database before they are acknowledged.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import trio

from synth.actors.grillo import GrilloEntry
from synth.actors.store import Run
from synth.config import KEYS, Settings, public_value
from synth.errors import BadRequest, NotFound
from synth.runtime.actor import Actor, ActorRef
from synth.runtime.event_bus import EventBus
from synth.store.database import now_iso


class LiveSettings:
    """The current settings, swapped whole by the Config actor on every change."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def get(self, key: str) -> object:
        return self.settings.get(key)


@dataclass(frozen=True)
class DescribeConfig:
    pass


@dataclass(frozen=True)
class SetConfig:
    key: str
    value: object


@dataclass(frozen=True)
class StoreConfigFile:
    """Adopt an uploaded file (already complete at ``staged``) as the file of ``key``."""

    key: str
    staged: Path
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class CheckFileKey:
    """Answers only if ``key`` could take an upload now (a file key, not env-locked)."""

    key: str


@dataclass(frozen=True)
class GetConfigFile:
    key: str


@dataclass(frozen=True)
class ConfigFile:
    path: Path
    filename: str


class ConfigActor(Actor):
    name = "config"

    def __init__(self, live: LiveSettings, store: ActorRef, bus: EventBus, files_dir: Path) -> None:
        super().__init__()
        self.live = live
        self.store = store
        self.bus = bus
        self.files_dir = files_dir

    async def handle(self, msg: Any) -> Any:
        if isinstance(msg, DescribeConfig):
            return self.live.settings.describe()
        if isinstance(msg, SetConfig):
            return await self._set(msg.key, msg.value)
        if isinstance(msg, StoreConfigFile):
            return await self._store_file(msg)
        if isinstance(msg, CheckFileKey):
            self._file_key(msg.key)
            self.live.settings.with_persisted(msg.key, "check.txt")
            return None
        if isinstance(msg, GetConfigFile):
            return self._file_of(msg.key)
        return await super().handle(msg)

    async def _set(self, key: str, value: object) -> dict[str, Any]:
        schema_key = KEYS.get(key)
        if schema_key is None:
            raise NotFound(f"unknown config key {key!r}")
        if schema_key.value_type == "file" and value is not None:
            raise BadRequest(
                f"{key} holds a file: upload it with POST /api/config/{key}/upload",
                "use_upload",
            )
        updated = self.live.settings.with_persisted(key, value)
        checked = updated.get(key)
        await self._persist(key, checked)
        self.live.settings = updated
        if schema_key.value_type == "file" and checked is None:
            await trio.Path(self.files_dir / key).unlink(missing_ok=True)
        shown = public_value(schema_key, checked)
        self.bus.publish("config", {"key": key, "value": shown})
        self.bus.publish(
            "grillo",
            GrilloEntry("config_changed", "config", f"{key} changed", {"key": key, "value": shown}),
        )
        return {
            "status": "ok",
            "key": key,
            "value": shown,
            "requires_restart": schema_key.restart_required,
        }

    async def _persist(self, key: str, value: object) -> None:
        encoded = json.dumps(value)
        at = now_iso()

        def write(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO config_values (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                "updated_at = excluded.updated_at",
                (key, encoded, at),
            )

        await self.store.ask(Run(write))

    def _file_key(self, key: str) -> None:
        schema_key = KEYS.get(key)
        if schema_key is None:
            raise NotFound(f"unknown config key {key!r}")
        if schema_key.value_type != "file":
            raise BadRequest(f"{key} is not a file key", "not_a_file_key")

    async def _store_file(self, msg: StoreConfigFile) -> dict[str, Any]:
        self._file_key(msg.key)
        # Check the lock before touching the file, so a refused upload changes nothing.
        self.live.settings.with_persisted(msg.key, msg.filename)
        self.files_dir.mkdir(parents=True, exist_ok=True)
        os.replace(msg.staged, self.files_dir / msg.key)
        await self._set_file_value(msg.key, msg.filename)
        return {
            "status": "ok",
            "key": msg.key,
            "filename": msg.filename,
            "size": msg.size,
            "sha256": msg.sha256,
        }

    async def _set_file_value(self, key: str, filename: str) -> None:
        updated = self.live.settings.with_persisted(key, filename)
        await self._persist(key, filename)
        self.live.settings = updated
        self.bus.publish("config", {"key": key, "value": filename})
        self.bus.publish(
            "grillo", GrilloEntry("config_file", "config", f"{key} uploaded", {"key": key})
        )

    def _file_of(self, key: str) -> ConfigFile:
        self._file_key(key)
        path = self.files_dir / key
        filename = self.live.settings.get(key)
        if not isinstance(filename, str) or not path.is_file():
            raise NotFound(f"no file has been uploaded for {key}")
        return ConfigFile(path, filename)
