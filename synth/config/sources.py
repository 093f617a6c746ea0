"""Reading values from the config file and the environment, with errors a person can act on.

Both sources are checked in full before the runtime starts: a typo or a bad value stops
startup with one line that names the file (or variable), the key and the reason, instead of
being ignored or failing later in some actor.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path

from .schema import ENV_ALIASES, KEYS, SCHEMA, Key
from .values import InvalidValue, coerce, parse_text

ENVIRONMENT = "environment"
"""The ``path`` of a ConfigFileError about an environment variable."""


class ConfigFileError(Exception):
    """A config source that cannot be used; ``key`` is the key or variable at fault, if any."""

    def __init__(self, path: str, key: str | None, reason: str) -> None:
        super().__init__(path, key, reason)
        self.path = path
        self.key = key
        self.reason = reason

    def __str__(self) -> str:
        where = [self.path] if self.key is None else [self.path, self.key]
        return ": ".join([*where, self.reason])


def load_file(path: Path) -> dict[str, object]:
    """Return the file's values by dotted key, validated; a missing file is ``{}``.

    Tables nest (``[cortex.ollama] url = ...`` is ``cortex.ollama.url``). Raises
    ConfigFileError for unreadable or invalid TOML, an unknown key, or a bad value.
    """
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    except UnicodeDecodeError:
        raise ConfigFileError(where, None, "not UTF-8 text") from None
    except OSError as exc:
        raise ConfigFileError(where, None, f"cannot read: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigFileError(where, None, f"invalid TOML: {exc}") from None
    values: dict[str, object] = {}
    for name, raw in _flatten(data, ""):
        key = KEYS.get(name)
        if key is None:
            raise ConfigFileError(where, name, _unknown_key(name))
        try:
            values[name] = coerce(key, raw)
        except InvalidValue as exc:
            raise ConfigFileError(where, name, exc.reason) from None
    return values


def env_values(environ: Mapping[str, str]) -> dict[str, object]:
    """Return the values set by ``SYNTH_<KEY>`` variables (and aliases), validated.

    Variables that name no key are ignored (``SYNTH_DATA_DIR`` is read elsewhere). Raises
    ConfigFileError with path ``"environment"`` and the variable's name for a bad value.
    """
    values: dict[str, object] = {}
    for key in SCHEMA:
        var = _env_var_set(key, environ)
        if var is None:
            continue
        try:
            values[key.key] = parse_text(key, environ[var])
        except InvalidValue as exc:
            raise ConfigFileError(ENVIRONMENT, var, exc.reason) from None
    return values


def _env_var_set(key: Key, environ: Mapping[str, str]) -> str | None:
    """The variable that sets ``key``: its own name first, then a documented alias."""
    if key.env_var in environ:
        return key.env_var
    return next((a for a, k in ENV_ALIASES.items() if k == key.key and a in environ), None)


def _flatten(table: Mapping[str, object], prefix: str) -> Iterator[tuple[str, object]]:
    for name, value in table.items():
        dotted = prefix + name
        if isinstance(value, dict) and dotted not in KEYS:
            yield from _flatten(value, dotted + ".")
        else:
            yield dotted, value


def _unknown_key(name: str) -> str:
    close = difflib.get_close_matches(name, KEYS, n=1)
    return f"unknown key (did you mean {close[0]}?)" if close else "unknown key"
