"""Diary routes: the persona's notes, their archive, and the diary timeline."""

from __future__ import annotations

from typing import Any

from quart import Blueprint, request

from synth.actors.diary import (
    TEXT_MAX_CHARS,
    AddEntry,
    ArchiveEntries,
    DeleteArchived,
    DiaryOverview,
    DiaryPage,
    UnarchiveEntries,
)
from synth.actors.pagination import PageRequest, parse_cursor
from synth.errors import BadRequest
from synth.http import validate
from synth.http.context import ctx

bp = Blueprint("diary", __name__)
TAG_MAX_CHARS = 64
TAGS_MAX = 32
ENTRY_IDS_MAX = 1000
PAGE_MAX = 1_000_000


def _string_list(body: dict[str, Any], name: str, most: int, max_chars: int) -> list[str]:
    value = body[name]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise BadRequest(f"field {name!r} must be a list of strings", "invalid_field")
    if len(value) > most:
        raise BadRequest(f"field {name!r} has more than {most} items", "invalid_field")
    if any(not 1 <= len(item) <= max_chars for item in value):
        raise BadRequest(
            f"each item of {name!r} must be 1..{max_chars} characters", "invalid_field"
        )
    return value


def _entry_ids(body: dict[str, Any]) -> tuple[str, ...]:
    if body.get("entry_ids") is None:
        raise BadRequest("missing field 'entry_ids'", "missing_field")
    ids = _string_list(body, "entry_ids", ENTRY_IDS_MAX, 100)
    if not ids:
        raise BadRequest("field 'entry_ids' must not be empty", "invalid_field")
    return tuple(ids)


@bp.get("/api/diary")
async def diary_overview() -> dict[str, Any]:
    overview = DiaryOverview(
        days=validate.query_int("days", 14, 1, 365),
        limit=validate.query_int("limit", 100, 1, 1000),
        include_archived=validate.query_bool("include_archived", False),
        page=validate.query_int("page", 1, 1, PAGE_MAX),
        per_page=validate.query_int("per_page", 10, 1, 1000),
    )
    result: dict[str, Any] = await ctx().actors.diary.ask(overview)
    return result


@bp.post("/api/diary")
async def add_entry() -> tuple[dict[str, Any], int]:
    body = await validate.json_object()
    text = validate.string(body, "text", min_len=1, max_len=TEXT_MAX_CHARS)
    if not text.strip():
        raise BadRequest("field 'text' must not be blank", "invalid_field")
    tags: list[str] = []
    if body.get("tags") is not None:
        tags = _string_list(body, "tags", TAGS_MAX, TAG_MAX_CHARS)
    entry: dict[str, Any] = await ctx().actors.diary.ask(AddEntry(text, tuple(tags)))
    return entry, 201


@bp.post("/api/diary/archive")
async def archive_entries() -> dict[str, Any]:
    body = await validate.json_object()
    result: dict[str, Any] = await ctx().actors.diary.ask(ArchiveEntries(_entry_ids(body)))
    return result


@bp.post("/api/diary/unarchive")
async def unarchive_entries() -> dict[str, Any]:
    body = await validate.json_object()
    result: dict[str, Any] = await ctx().actors.diary.ask(UnarchiveEntries(_entry_ids(body)))
    return result


@bp.delete("/api/diary/archive")
async def delete_archived() -> dict[str, Any]:
    body = await validate.json_object()
    everything = validate.boolean(body, "all", False)
    if everything and body.get("entry_ids") is not None:
        raise BadRequest("send either 'entry_ids' or 'all', not both", "invalid_field")
    ids = None if everything else _entry_ids(body)
    result: dict[str, Any] = await ctx().actors.diary.ask(DeleteArchived(ids))
    return result


@bp.get("/api/history/diary")
async def diary_history() -> dict[str, Any]:
    limit = validate.query_int("limit", 50, 1, 500)
    before = parse_cursor(request.args.get("before"))
    page: dict[str, Any] = await ctx().actors.diary.ask(DiaryPage(PageRequest(limit, before)))
    return page
