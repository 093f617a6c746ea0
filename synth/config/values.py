"""Validation of one key's value, from JSON (``coerce``) or from text (``parse_text``).

Every source of values (file, environment, database, ``POST /api/config``) goes through
``coerce``, so a value that reaches ``Settings`` always has the key's type and fits its
constraints. Errors name the key and the reason, and never echo a secret.
"""

from __future__ import annotations

import json
import math

from synth.errors import BadRequest

from .schema import Constraints, Key

_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off"})
_SHOWN_CHARS = 60


class InvalidValue(BadRequest):
    """A value that does not fit its key; ``reason`` is the bare why, without the key."""

    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"Invalid value for {key}: {reason}.", code="invalid_value")
        self.key = key
        self.reason = reason


NON_BLANK = frozenset(
    {"persona.name", "cortex.active", "web.host", "ollama_compat.host", "ollama_compat.version"}
)
"""Keys whose empty value means nothing (a nameless persona, a listener on no address)."""


def nullable(key: Key) -> bool:
    """Whether the key may be unset: optional by default, or a secret or file."""
    return key.default is None or key.value_type in ("secret", "file")


def coerce(key: Key, raw: object) -> object:
    """Return ``raw`` as a valid value of ``key``, or raise InvalidValue (a BadRequest).

    Types are strict (``true`` is not an integer, ``1`` is not a bool); an int is accepted
    for a float key and returned as a float; a list comes back as a new list. An empty
    string or None clears a key that may be unset.
    """
    if raw is None or raw == "":
        if nullable(key):
            return None
        if raw is None:
            raise InvalidValue(key.key, "a value is required")
    value = _typed(key, raw)
    if key.constraints is not None:
        _check_constraints(key, key.constraints, value)
    return value


def parse_text(key: Key, text: str) -> object:
    """Read a value written as text (an environment variable), then ``coerce`` it.

    Bools accept 1/0/true/false/yes/no/on/off, choices any letter case, lists a JSON array
    or comma-separated items; surrounding spaces are ignored except for strings.
    """
    stripped = text.strip()
    value: object = text
    if stripped == "" and nullable(key):
        return None
    if key.value_type in ("str", "secret", "file"):
        return coerce(key, text)
    if key.value_type == "bool":
        word = stripped.lower()
        if word not in _TRUE | _FALSE:
            expected = "expected 1/0, true/false, yes/no or on/off"
            raise InvalidValue(key.key, f"{expected}, got {_shown(key, text)}")
        value = word in _TRUE
    elif key.value_type == "int":
        try:
            value = int(stripped)
        except ValueError:
            raise InvalidValue(key.key, f"expected an integer, got {_shown(key, text)}") from None
    elif key.value_type == "float":
        try:
            value = float(stripped)
        except ValueError:
            raise InvalidValue(key.key, f"expected a number, got {_shown(key, text)}") from None
    elif key.value_type == "choice":
        choices = key.constraints.choices if key.constraints else None
        value = next((c for c in choices or () if c.lower() == stripped.lower()), stripped)
    elif key.value_type == "list":
        value = _parse_list(key, stripped)
    return coerce(key, value)


def _parse_list(key: Key, text: str) -> object:
    if not text.startswith("["):
        return [item.strip() for item in text.split(",") if item.strip()]
    try:
        return json.loads(text)
    except ValueError:
        raise InvalidValue(key.key, "expected a JSON array or comma-separated items") from None


def _typed(key: Key, raw: object) -> object:
    kind = key.value_type
    if kind in ("str", "secret", "file", "choice"):
        if not isinstance(raw, str):
            raise InvalidValue(key.key, f"expected a string, got {_shown(key, raw)}")
        if key.key in NON_BLANK and not raw.strip():
            raise InvalidValue(key.key, "must not be empty")
        return raw
    if kind == "bool":
        if not isinstance(raw, bool):
            raise InvalidValue(key.key, f"expected true or false, got {_shown(key, raw)}")
        return raw
    if kind == "int":
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise InvalidValue(key.key, f"expected an integer, got {_shown(key, raw)}")
        return raw
    if kind == "float":
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise InvalidValue(key.key, f"expected a number, got {_shown(key, raw)}")
        try:
            number = float(raw)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise InvalidValue(key.key, f"expected a finite number, got {_shown(key, raw)}")
        return number
    if not isinstance(raw, list | tuple) or not all(isinstance(item, str) for item in raw):
        raise InvalidValue(key.key, f"expected a list of strings, got {_shown(key, raw)}")
    return list(raw)


def _check_constraints(key: Key, limits: Constraints, value: object) -> None:
    if limits.choices is not None and value not in limits.choices:
        allowed = ", ".join(limits.choices)
        raise InvalidValue(key.key, f"expected one of {allowed}, got {_shown(key, value)}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if limits.min is not None and value < limits.min:
            bound = f"must be at least {_number(limits.min)}"
            raise InvalidValue(key.key, f"{bound}, got {_shown(key, value)}")
        if limits.max is not None and value > limits.max:
            bound = f"must be at most {_number(limits.max)}"
            raise InvalidValue(key.key, f"{bound}, got {_shown(key, value)}")
    if limits.max_length is not None:
        texts = value if isinstance(value, list) else [value]
        if any(isinstance(text, str) and len(text) > limits.max_length for text in texts):
            what = "each item" if isinstance(value, list) else "it"
            raise InvalidValue(
                key.key, f"{what} must be at most {limits.max_length} characters long"
            )


def _number(limit: float) -> str:
    return str(int(limit)) if float(limit).is_integer() else str(limit)


def _shown(key: Key, raw: object) -> str:
    """The offending value as JSON, cut short; a secret's value is never shown."""
    if key.sensitive:
        return f"a {type(raw).__name__}"
    try:
        text = json.dumps(raw, default=str, ensure_ascii=False)
    except ValueError:  # an integer too long to print, or a float JSON cannot spell
        return f"a {type(raw).__name__}"
    return text if len(text) <= _SHOWN_CHARS else text[: _SHOWN_CHARS - 3] + "..."
