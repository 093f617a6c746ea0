"""The effective settings: one value per key, and where it came from.

Precedence, lowest first: schema default < config file < persisted (``POST /api/config``)
< environment. An environment variable pins its key: the API cannot change it, so what an
operator set outside the process stays true until they unset it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal, TypeVar

from synth.errors import Conflict, NotFound

from .schema import KEYS, SCHEMA, Key
from .values import InvalidValue, coerce

Source = Literal["default", "file", "persisted", "env"]

_T = TypeVar("_T")

MASK = "********"
"""Stands in for a set sensitive value wherever values leave the process."""


@dataclass(frozen=True)
class Settings:
    """An immutable snapshot; a change makes a new one (``with_persisted``).

    ``values`` holds every key of the schema, already validated. ``skipped`` names the
    persisted keys that were ignored because they are unknown or no longer valid.
    """

    values: Mapping[str, object]
    sources: Mapping[str, Source]
    skipped: tuple[str, ...] = ()

    def get(self, key: str) -> object:
        """The key's value (a list comes back as a copy); NotFound for an unknown key."""
        try:
            value = self.values[key]
        except KeyError:
            raise NotFound(f"unknown config key {key!r}") from None
        return list(value) if isinstance(value, list) else value

    def source(self, key: str) -> Source:
        """Where the key's value came from; NotFound for an unknown key."""
        _schema_key(key)
        return self.sources[key]

    def env_locked(self, key: str) -> bool:
        """True when an environment variable sets the key, so it cannot be changed here."""
        return self.source(key) == "env"

    def with_persisted(self, key: str, value: object) -> Settings:
        """A copy with ``value`` set as a persisted change to ``key``.

        Raises NotFound (unknown key), Conflict with code ``env_override`` (an environment
        variable sets it), or BadRequest with code ``invalid_value``. Persist
        ``result.get(key)``: it is the validated form (an int given for a float key is a float).
        """
        schema_key = _schema_key(key)
        if self.env_locked(key):
            raise Conflict(
                f"{key} is set by the environment variable {schema_key.env_var}"
                " and cannot be changed here",
                code="env_override",
            )
        checked = coerce(schema_key, value)
        values = {**self.values, key: checked}
        sources: dict[str, Source] = {**self.sources, key: "persisted"}
        skipped = tuple(name for name in self.skipped if name != key)
        return Settings(MappingProxyType(values), MappingProxyType(sources), skipped)

    def get_str(self, key: str) -> str:
        """The value of a key that is always a string."""
        return _expect(key, self.get(key), str)

    def get_optional_str(self, key: str) -> str | None:
        """The value of a string, secret or file key that may be unset."""
        value = self.get(key)
        return None if value is None else _expect(key, value, str)

    def get_int(self, key: str) -> int:
        """The value of an int key."""
        return _expect(key, self.get(key), int)

    def get_float(self, key: str) -> float:
        """The value of a float key that is always set."""
        return _expect(key, self.get(key), float)

    def get_optional_float(self, key: str) -> float | None:
        """The value of a float key that may be unset (such as ``weather.latitude``)."""
        value = self.get(key)
        return None if value is None else _expect(key, value, float)

    def get_bool(self, key: str) -> bool:
        """The value of a bool key."""
        return _expect(key, self.get(key), bool)

    def get_list(self, key: str) -> list[str]:
        """The value of a list key, as a new list."""
        return _expect(key, self.get(key), list)

    def describe(self) -> list[dict[str, object]]:
        """The items of ``GET /api/config``, in schema order, sensitive values masked."""
        return [
            {
                "key": key.key,
                "label": key.label,
                "description": key.description,
                "value": public_value(key, self.values[key.key]),
                "default": public_value(key, key.default),
                "group": key.group,
                "component": key.component,
                "value_type": key.value_type,
                "sensitive": key.sensitive,
                "env_override": self.env_locked(key.key),
                "editable": not self.env_locked(key.key),
                "restart_required": key.restart_required,
                "constraints": key.constraints.as_json() if key.constraints else None,
            }
            for key in SCHEMA
        ]


def public_value(key: Key, value: object) -> object:
    """The value as it may be shown or sent: JSON-ready, a set sensitive value masked."""
    if key.sensitive and value is not None:
        return MASK
    return list(value) if isinstance(value, list | tuple) else value


def load_settings(
    *,
    file_values: Mapping[str, object],
    env: Mapping[str, object],
    persisted: Mapping[str, object],
) -> Settings:
    """Merge the sources by precedence: default < file < persisted < env.

    ``file_values`` and ``env`` come from ``load_file`` and ``env_values`` and must be valid
    (InvalidValue or NotFound otherwise). A persisted value that is unknown or no longer valid,
    because the schema changed since it was stored, is skipped and named in ``skipped``.
    """
    values = {key.key: coerce(key, key.default) for key in SCHEMA}
    sources: dict[str, Source] = dict.fromkeys(values, "default")
    for name, raw in file_values.items():
        values[name] = coerce(_schema_key(name), raw)
        sources[name] = "file"
    skipped: list[str] = []
    for name, raw in persisted.items():
        key = KEYS.get(name)
        try:
            if key is None:
                raise InvalidValue(name, "unknown key")
            values[name] = coerce(key, raw)
        except InvalidValue:
            skipped.append(name)
            continue
        sources[name] = "persisted"
    for name, raw in env.items():
        values[name] = coerce(_schema_key(name), raw)
        sources[name] = "env"
    return Settings(MappingProxyType(values), MappingProxyType(sources), tuple(skipped))


def render_show(settings: Settings) -> str:
    """The text of ``synth config show``: key, effective value and source, in columns."""
    rows = [(key.key, _show(key, settings.values[key.key])) for key in SCHEMA]
    key_width = max(len(name) for name, _ in rows)
    value_width = max(len(shown) for _, shown in rows)
    lines = [
        f"{name:<{key_width}}  {shown:<{value_width}}  [{settings.sources[name]}]"
        for name, shown in rows
    ]
    lines += [f"(ignored the stale persisted value of {name})" for name in settings.skipped]
    return "\n".join(lines)


def _show(key: Key, value: object) -> str:
    if key.sensitive and value is not None:
        return MASK
    return json.dumps(value, ensure_ascii=False)


def _schema_key(name: str) -> Key:
    try:
        return KEYS[name]
    except KeyError:
        raise NotFound(f"unknown config key {name!r}") from None


def _expect(key: str, value: object, kind: type[_T]) -> _T:
    """Narrow a value for the type checker; a mismatch is a caller's bug, not bad input."""
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"config key {key} holds {type(value).__name__}, not {kind.__name__}")
    return value
