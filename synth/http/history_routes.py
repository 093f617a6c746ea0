"""Chat archives, session metadata and the chat timeline.

An archive or a restore replaces a session's live conversation, so it goes through
ChatChain (``BetweenTurns``) to take its place among the session's turns; the rest goes
straight to ChatHistory.
"""

from __future__ import annotations

import re
from typing import Any

import outcome
from quart import Blueprint, Response, jsonify, request

from synth.actors.chat_chain import BetweenTurns
from synth.actors.chat_history import (
    ArchiveChat,
    ChatPage,
    DeleteArchive,
    GetArchive,
    GetSessionMeta,
    ListArchives,
    MergeSessionMeta,
    RenameArchive,
    RestoreArchive,
)
from synth.actors.pagination import PageRequest, parse_cursor
from synth.errors import BadRequest
from synth.http import validate
from synth.http.context import ctx

bp = Blueprint("history", __name__)
NAME_MAX = 200
ARCHIVE_ID_MAX = 100
SOURCE = re.compile(r"[A-Za-z0-9:_-]{1,100}")
UNSAFE_FILENAME = re.compile(r"[^A-Za-z0-9 ._-]+")


def _name(body: dict[str, Any]) -> str:
    name: str = validate.string(body, "name", min_len=1, max_len=NAME_MAX)
    if not name.strip():
        raise BadRequest("field 'name' must not be blank", "invalid_field")
    return name


def _archive_id(value: Any) -> str:
    if not isinstance(value, str) or not 1 <= len(value) <= ARCHIVE_ID_MAX:
        raise BadRequest(
            f"archive_id must be a string of 1..{ARCHIVE_ID_MAX} characters", "invalid_field"
        )
    return value


async def _between_turns(session_id: str, msg: object) -> Any:
    """ChatHistory's answer to ``msg``, asked once the session's turn in progress has ended;
    hanging up while it waits gives up the wait."""
    chat = ctx().actors.chat
    async with await chat.ask_stream(BetweenTurns(session_id, msg), buffer=1) as stream:
        answer: outcome.Outcome[Any] = await stream.receive()
    return answer.unwrap()


def attachment_filename(name: str) -> str:
    """A name safe inside a quoted Content-Disposition on any file system."""
    safe = UNSAFE_FILENAME.sub("_", name).strip(" ._")[:NAME_MAX]
    return f"{safe or 'archive'}.json"


@bp.post("/api/chat/archive")
async def archive_chat() -> tuple[dict[str, Any], int]:
    body = await validate.json_object()
    session_id = validate.session_id(body.get("session_id"))
    name = _name(body) if body.get("name") is not None else None
    result: dict[str, Any] = await _between_turns(session_id, ArchiveChat(session_id, name))
    return result, 201


@bp.get("/api/chat/archives")
async def list_archives() -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.history.ask(ListArchives())
    return result


@bp.get("/api/chat/archives/<archive_id>")
async def download_archive(archive_id: str) -> Response:
    archive: dict[str, Any] = await ctx().actors.history.ask(GetArchive(archive_id))
    response = jsonify(archive)
    filename = attachment_filename(archive["name"])
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@bp.post("/api/chat/restore")
async def restore_archive() -> dict[str, Any]:
    body = await validate.json_object()
    archive_id = _archive_id(validate.string(body, "archive_id"))
    session_id = validate.session_id(body.get("session_id"))
    result: dict[str, Any] = await _between_turns(
        session_id, RestoreArchive(archive_id, session_id)
    )
    return result


@bp.delete("/api/chat/archives/<archive_id>")
async def delete_archive(archive_id: str) -> tuple[str, int]:
    await ctx().actors.history.ask(DeleteArchive(archive_id))
    return "", 204


@bp.post("/api/chat/archives/<archive_id>/rename")
async def rename_archive(archive_id: str) -> dict[str, Any]:
    body = await validate.json_object()
    name = _name(body)
    result: dict[str, Any] = await ctx().actors.history.ask(RenameArchive(archive_id, name))
    return result


@bp.post("/api/chat/session_meta")
async def set_session_meta() -> dict[str, Any]:
    body = await validate.json_object()
    session_id = validate.session_id(body.get("session_id"))
    meta = validate.obj(body, "meta")
    result: dict[str, Any] = await ctx().actors.history.ask(MergeSessionMeta(session_id, meta))
    return result


@bp.get("/api/chat/session_meta")
async def get_session_meta() -> dict[str, Any]:
    session_id = validate.session_id(request.args.get("session_id"))
    result: dict[str, Any] = await ctx().actors.history.ask(GetSessionMeta(session_id))
    return result


@bp.get("/api/history/chat")
async def chat_history() -> dict[str, Any]:
    limit = validate.query_int("limit", 50, 1, 500)
    before = parse_cursor(request.args.get("before"))
    session_id = request.args.get("session_id")
    if session_id is not None:
        session_id = validate.session_id(session_id)
    source = request.args.get("source")
    if source is not None and not SOURCE.fullmatch(source):
        raise BadRequest("source must match [A-Za-z0-9:_-]{1,100}", "invalid_query")
    page: dict[str, Any] = await ctx().actors.history.ask(
        ChatPage(PageRequest(limit, before), session_id, source)
    )
    return page
