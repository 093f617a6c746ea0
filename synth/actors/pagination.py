"""Cursor pagination shared by the timeline routes: newest first, ``before`` is opaque."""

from __future__ import annotations

from dataclasses import dataclass

from synth.errors import BadRequest


@dataclass(frozen=True)
class PageRequest:
    limit: int = 50
    before: int | None = None


def parse_cursor(value: str | None) -> int | None:
    """A cursor is the text we handed out as ``next_before``; anything else is a 400."""
    if value is None or value == "":
        return None
    # isascii: str.isdigit() also accepts digits int() cannot read, such as "²".
    if not (value.isascii() and value.isdigit()) or len(value) > 18:
        raise BadRequest(f"invalid cursor {value[:40]!r}", "bad_cursor")
    return int(value)


def next_cursor(row_ids: list[int], limit: int) -> str | None:
    """The cursor for the following page, or None at the end."""
    if len(row_ids) < limit or not row_ids:
        return None
    return str(row_ids[-1])
