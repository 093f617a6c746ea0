"""The WebUI listener's OpenAPI document, served at its ``/openapi.json``.

The WebSocket routes ``/ws`` and ``/logs`` are no HTTP operations: the document's
description points to docs/api.md for them.
"""

from __future__ import annotations

from quart import Response, jsonify

from synth.actors.emotion_state import EMOTIONS
from synth.http.openapi import (
    ANY,
    BOOL,
    OBJECT,
    SESSION_ID,
    Schema,
    array,
    document,
    integer,
    obj,
    operation,
    path,
    query,
    string,
    upload,
)

LIMIT = query("limit", integer(1, 500))
BEFORE = query("before", string(pattern="^[0-9]{0,18}$"))
SESSION_QUERY = query("session_id", string(pattern=SESSION_ID))
ENTRY_IDS = obj("entry_ids", entry_ids=array(string(1, 100), 1, 1000))
STATUS_OK = obj("status", status=string())
TIMELINE = obj(
    "items", "next_before", items=array(OBJECT), next_before={"type": ["string", "null"]}
)
ARCHIVE = obj(
    "archive_id", "name", "created_at", "session_id", "message_count", message_count=integer(0)
)
HTML = {"text/html": {"schema": string()}}
FILE = {"application/octet-stream": {"schema": string()}}
ANIMATION_STATE = obj(
    "state",
    state=string(1, 64),
    context_id=string(1, 128, "^[A-Za-z0-9:_.-]{1,128}$"),
    session_id=string(pattern=SESSION_ID),
    loop=BOOL,
    source=string(1, 64),
)
EMOTION_VALUES: Schema = {
    "type": "object",
    "minProperties": 1,
    "additionalProperties": False,
    "properties": {name: {"type": "number", "minimum": 0, "maximum": 1} for name in EMOTIONS},
}


def _system_paths() -> Schema:
    return {
        "/": {"get": operation("The WebUI page", content=HTML, errors=(404,))},
        "/ui/{name}": {
            "get": operation(
                "A static file of the page", content=FILE, params=(path("name"),), errors=(404,)
            )
        },
        "/openapi.json": {"get": operation("This document")},
        "/metrics": {
            "get": operation(
                "Prometheus metrics", content={"text/plain": {"schema": string()}}, errors=(401,)
            )
        },
        "/api/system/restart": {
            "post": operation(
                "Restart every actor and both listeners in this process",
                STATUS_OK,
                status=202,
                body=obj("confirm", confirm={"const": True}),
                errors=(400,),
            )
        },
        "/api/config": {
            "get": operation(
                "Every config key with its value and schema", obj("items", items=array(OBJECT))
            ),
            "post": operation(
                "Change one config key (persisted)",
                obj(
                    "status",
                    "key",
                    "value",
                    "requires_restart",
                    key=string(),
                    value=ANY,
                    requires_restart=BOOL,
                ),
                body=obj("key", "value", key=string(1, 200), value=ANY),
                errors=(400, 404, 409),
            ),
        },
        "/api/config/{key}/upload": {
            "post": operation(
                "Upload the file of a file key",
                obj(
                    "status",
                    "key",
                    "filename",
                    "size",
                    "sha256",
                    size=integer(0),
                    sha256=string(64, 64),
                ),
                multipart=upload(),
                params=(path("key"),),
                errors=(400, 404, 409, 413),
            )
        },
        "/api/config/{key}/file": {
            "get": operation(
                "The stored file of a file key",
                content=FILE,
                params=(path("key"),),
                errors=(400, 404),
            )
        },
        "/api/about": {"get": operation("Name, version, uptime, restarts and actors")},
        "/api/history/grillo": {
            "get": operation(
                "The activity log, newest first", TIMELINE, params=(LIMIT, BEFORE), errors=(400,)
            )
        },
        "/api/components": {"get": operation("Interfaces, plugins and cortex engines")},
        "/api/components/dev/toggle": {
            "post": operation(
                "Development components on or off", body=obj("enabled", enabled=BOOL), errors=(400,)
            )
        },
        "/api/components/cortex": {
            "post": operation(
                "Switch the active cortex engine",
                obj("status", "active_cortex", active_cortex=string()),
                body=obj("name", name=string(1, 100)),
                errors=(400, 404, 409),
            )
        },
        "/api/components/cortex/login": {
            "post": operation(
                "Check an engine's upstream and credentials",
                body=obj("name", name=string(1, 100)),
                errors=(400, 404, 502),
            )
        },
        "/api/components/run": {
            "post": operation(
                "Run a runnable component (weather fetch, store backup)",
                body=obj("name", name=string(1, 100), args=OBJECT),
                errors=(400, 404, 409, 502, 504),
            )
        },
        "/api/prompt_override": {
            "get": operation(
                "The session's prompt override, persona and tag hints",
                obj("override", "persona", "hints", hints=array(string())),
                params=(SESSION_QUERY,),
                errors=(400,),
            )
        },
    }


def _history_paths() -> Schema:
    archive_id = path("archive_id")
    return {
        "/api/chat/archive": {
            "post": operation(
                "Move the session's conversation into a new archive",
                ARCHIVE,
                status=201,
                body=obj(session_id=string(pattern=SESSION_ID), name=string(1, 200)),
                errors=(400, 409),
            )
        },
        "/api/chat/archives": {
            "get": operation(
                "Every archive, newest first", obj("archives", archives=array(ARCHIVE))
            )
        },
        "/api/chat/archives/{archive_id}": {
            "get": operation("One archive as a download", params=(archive_id,), errors=(404,)),
            "delete": operation(
                "Delete an archive", status=204, params=(archive_id,), errors=(404,)
            ),
        },
        "/api/chat/archives/{archive_id}/rename": {
            "post": operation(
                "Rename an archive",
                ARCHIVE,
                body=obj("name", name=string(1, 200)),
                params=(archive_id,),
                errors=(400, 404),
            )
        },
        "/api/chat/restore": {
            "post": operation(
                "Replace the session's conversation with an archive's",
                obj("status", "restored_count", restored_count=integer(0)),
                body=obj(
                    "archive_id", archive_id=string(1, 100), session_id=string(pattern=SESSION_ID)
                ),
                errors=(400, 404, 409),
            )
        },
        "/api/chat/session_meta": {
            "get": operation(
                "A session's metadata",
                obj("session_id", "meta"),
                params=(SESSION_QUERY,),
                errors=(400,),
            ),
            "post": operation(
                "Merge keys into a session's metadata (null removes a key)",
                obj("session_id", "meta"),
                body=obj("meta", session_id=string(pattern=SESSION_ID), meta=OBJECT),
                errors=(400, 413),
            ),
        },
        "/api/history/chat": {
            "get": operation(
                "Chat messages, newest first",
                TIMELINE,
                params=(LIMIT, BEFORE, SESSION_QUERY, query("source", string(pattern=SESSION_ID))),
                errors=(400,),
            )
        },
        "/api/diary": {
            "get": operation(
                "The diary overview, one page of it",
                obj("persona", "diary"),
                params=(
                    query("days", integer(1, 365)),
                    query("limit", integer(1, 1000)),
                    query(
                        "include_archived",
                        {"enum": ["true", "false", "1", "0", "yes", "no", "on", "off"]},
                    ),
                    query("page", integer(1, 1_000_000)),
                    query("per_page", integer(1, 1000)),
                ),
                errors=(400,),
            ),
            "post": operation(
                "Write a diary entry",
                obj("id", "created_at", "text", "tags", "archived"),
                status=201,
                body=obj("text", text=string(1, 20000), tags=array(string(1, 64), 0, 32)),
                errors=(400,),
            ),
        },
        "/api/diary/archive": {
            "post": operation(
                "Archive entries", obj("success", "archived_count"), body=ENTRY_IDS, errors=(400,)
            ),
            "delete": operation(
                "Delete archived entries (entry_ids, or all)",
                obj("success", "deleted_count"),
                body={
                    **ENTRY_IDS,
                    "required": [],
                    "properties": {**ENTRY_IDS["properties"], "all": BOOL},
                },
                errors=(400,),
            ),
        },
        "/api/diary/unarchive": {
            "post": operation(
                "Unarchive entries",
                obj("success", "unarchived_count"),
                body=ENTRY_IDS,
                errors=(400,),
            )
        },
        "/api/history/diary": {
            "get": operation(
                "Diary entries, newest first", TIMELINE, params=(LIMIT, BEFORE), errors=(400,)
            )
        },
    }


def _body_paths() -> Schema:
    skin, kind = path("skin"), path("animation_type")
    return {
        "/api/emotion_state": {
            "get": operation("The current feelings", obj("values", "dominant", "updated_at")),
            "post": operation(
                "Set feelings",
                obj("values", "dominant", "updated_at"),
                body=obj("values", values=EMOTION_VALUES, source=string(1, 64)),
                errors=(400,),
            ),
        },
        "/api/skins": {"get": operation("Every skin", obj("skins", "custom_vrm"))},
        "/api/skins/current_skin": {
            "get": operation("The active skin, null with an uploaded VRM", obj("skin"))
        },
        "/api/animations/{skin}/{animation_type}": {
            "get": operation(
                "The animations of one type",
                obj("skin", "type", "animations"),
                params=(skin, kind),
                errors=(400, 404),
            )
        },
        "/api/skins/{skin}/animations/{animation_type}/{animation_file}.json": {
            "get": operation(
                "One animation's descriptor",
                params=(skin, kind, path("animation_file")),
                errors=(400, 404),
            )
        },
        "/api/animation_state": {
            "get": operation("The animation state", obj("state", "animation", "animation_id")),
            "post": operation("Set the animation state", body=ANIMATION_STATE, errors=(400,)),
        },
        "/api/locations": {
            "get": operation("Where the persona can be", obj("current", "locations"))
        },
        "/api/animations/upload": {
            "post": operation(
                "Upload an animation (.fbx or .vrma)",
                status=201,
                multipart=upload(type=string(), name=string()),
                errors=(400, 413, 415),
            )
        },
        "/api/animations/uploads": {"get": operation("The uploaded animations", obj("uploads"))},
        "/api/animations/uploads/{upload_id}": {
            "delete": operation(
                "Delete an upload", status=204, params=(path("upload_id"),), errors=(400, 404)
            )
        },
        "/api/animations/promote": {
            "post": operation(
                "Move an upload into the active skin",
                obj("skin", "type", "file"),
                body=obj(
                    "upload_id", upload_id=string(1, 64), type=string(1, 64), name=string(1, 100)
                ),
                errors=(400, 403, 404, 409),
            )
        },
        "/api/vrm": {
            "post": operation(
                "Upload a VRM model", status=201, multipart=upload(), errors=(400, 413, 415)
            )
        },
        "/assets/{subpath}": {
            "get": operation(
                "A raw skin, upload or VRM file",
                content=FILE,
                params=(path("subpath"),),
                errors=(400, 404),
            )
        },
    }


def _integration_paths() -> Schema:
    source = string(pattern="^[a-z0-9_-]{1,64}$")
    return {
        "/api/integrations/messages": {
            "post": operation(
                "A message from another app; a chat one is answered in the outbox",
                obj("status", "message_id"),
                status=202,
                body=obj(
                    "source",
                    "type",
                    "payload",
                    source=source,
                    type=string(1, 64),
                    payload=OBJECT,
                    metadata=OBJECT,
                ),
                errors=(400,),
            ),
            "get": operation(
                "The stored messages, newest first",
                obj("messages", messages=array(OBJECT)),
                params=(query("source", source), query("type", string(0, 64)), LIMIT),
                errors=(400,),
            ),
        },
        "/api/integrations/outbox": {
            "get": operation(
                "Take the messages waiting for a source (each is returned once)",
                obj("source", "messages", messages=array(OBJECT)),
                params=(
                    query("source", source, True),
                    query("wait", {"type": "number", "minimum": 0, "maximum": 30}),
                    LIMIT,
                ),
                errors=(400,),
            )
        },
        "/api/weather/current": {
            "get": operation("The weather", obj("status", "weather", "last_fetch", "detail"))
        },
        "/api/logchat/info": {
            "get": operation("Log chat settings", obj("enabled", "interface", "chat_id", "level"))
        },
        "/api/selkies": {
            "get": operation(
                "Selkies settings", obj("enabled", "url", "host", "http_port", "https_port")
            )
        },
        "/api/selkies/health": {
            "get": operation(
                "Probe the Selkies stream", obj("status", "latency_ms", "checked_at", "detail")
            )
        },
    }


def webui_document() -> Schema:
    paths = {**_system_paths(), **_history_paths(), **_body_paths(), **_integration_paths()}
    description = (
        'The WebUI listener\'s JSON API. Errors are {"error", "code"}. The WebSocket routes '
        "/ws (chat and broadcasts) and /logs (log lines, while web.debug is on) are described in "
        "docs/api.md."
    )
    return document("Synthetic Heart WebUI API", description, paths)


async def serve() -> Response:
    return jsonify(webui_document())
