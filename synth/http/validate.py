"""Reading request bodies and query strings into checked values, or a clear 400."""

from __future__ import annotations

import json
import re
from typing import Any

from quart import request

from synth.errors import BadRequest

_MISSING = object()
SESSION_ID = re.compile(r"[A-Za-z0-9:_-]{1,100}")
INTEGER = re.compile(r"-?[0-9]{1,18}")


async def json_object() -> dict[str, Any]:
    """The body as a JSON object (whatever the Content-Type said)."""
    data = await request.get_data()
    if not data or not data.strip():
        raise BadRequest("the request body must be a JSON object", "missing_body")
    try:
        body = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise BadRequest(f"malformed JSON: {exc}", "malformed_json") from None
    except RecursionError:
        raise BadRequest("malformed JSON: nested too deeply", "malformed_json") from None
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object", "bad_request")
    return body


def _get(body: dict[str, Any], name: str, default: Any) -> Any:
    value = body.get(name, _MISSING)
    if value is _MISSING or value is None:
        if default is _MISSING:
            raise BadRequest(f"missing field {name!r}", "missing_field")
        return default
    return value


def string(
    body: dict[str, Any],
    name: str,
    default: Any = _MISSING,
    *,
    min_len: int = 0,
    max_len: int | None = None,
    pattern: re.Pattern[str] | None = None,
) -> Any:
    value = _get(body, name, default)
    if value is default and default is not _MISSING:
        return value
    if not isinstance(value, str):
        raise BadRequest(f"field {name!r} must be a string", "invalid_field")
    if len(value) < min_len:
        raise BadRequest(f"field {name!r} must not be empty", "invalid_field")
    if max_len is not None and len(value) > max_len:
        raise BadRequest(f"field {name!r} is longer than {max_len} characters", "invalid_field")
    if pattern is not None and not pattern.fullmatch(value):
        raise BadRequest(f"field {name!r} has an invalid format", "invalid_field")
    return value


def boolean(body: dict[str, Any], name: str, default: Any = _MISSING) -> Any:
    value = _get(body, name, default)
    if value is default and default is not _MISSING:
        return value
    if not isinstance(value, bool):
        raise BadRequest(f"field {name!r} must be true or false", "invalid_field")
    return value


def obj(body: dict[str, Any], name: str, default: Any = _MISSING) -> Any:
    value = _get(body, name, default)
    if value is default and default is not _MISSING:
        return value
    if not isinstance(value, dict):
        raise BadRequest(f"field {name!r} must be an object", "invalid_field")
    return value


def query_int(name: str, default: int, low: int, high: int) -> int:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    # Plain ASCII digits only: int() would also take "1_0", " 5" and non-ASCII digits.
    if not INTEGER.fullmatch(raw):
        raise BadRequest(f"query parameter {name!r} must be an integer", "invalid_query")
    value = int(raw)
    if not low <= value <= high:
        raise BadRequest(f"query parameter {name!r} must be {low}..{high}", "out_of_range")
    return value


def query_bool(name: str, default: bool) -> bool:
    raw = request.args.get(name)
    if raw is None or raw == "":
        return default
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise BadRequest(f"query parameter {name!r} must be true or false", "invalid_query")


def session_id(value: Any) -> str:
    if value is None:
        return "default"
    if not isinstance(value, str) or not SESSION_ID.fullmatch(value):
        raise BadRequest("session_id must match [A-Za-z0-9:_-]{1,100}", "invalid_session_id")
    return value
