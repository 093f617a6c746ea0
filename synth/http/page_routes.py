"""The WebUI page: ``/`` and its static files under ``/ui/``, straight from the package.

These files hold no data (the page asks the API for everything, with the token), so they
are served without a token. A path is resolved inside the package's ``webui`` folder and
refused (404) when it names anything outside it, a hidden file or a folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import trio
from quart import Blueprint, Response, request

from synth.errors import NotFound

bp = Blueprint("page", __name__)

WEBUI_ROOT = Path(__file__).resolve().parent.parent / "webui"
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".json": "application/json",
    ".png": "image/png",
    ".ico": "image/x-icon",
    ".md": "text/markdown; charset=utf-8",
    "": "text/plain; charset=utf-8",  # LICENSE files
}
PAGE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    # The login URL carries the token: never hand it on to another site.
    "Referrer-Policy": "no-referrer",
}


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    etag: str
    content_type: str


@bp.get("/")
async def index() -> Response:
    return await _serve("index.html")


@bp.get("/ui/<path:name>")
async def asset(name: str) -> Response:
    return await _serve(name)


def resolve(name: str, root: Path = WEBUI_ROOT) -> Path:
    """The file ``name`` under ``root``; NotFound for anything else (never a file outside)."""
    parts = name.split("/")
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or any(part in ("", ".", "..") or part.startswith(".") for part in parts)
    ):
        raise NotFound(f"no such page file: {name!r}")
    path = (root / name).resolve()
    if not path.is_relative_to(root.resolve()) or not path.is_file():
        raise NotFound(f"no such page file: {name!r}")
    if path.suffix not in CONTENT_TYPES:
        raise NotFound(f"no such page file: {name!r}")
    return path


def _read(path: Path) -> StaticFile:
    stat = path.stat()
    etag = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'
    return StaticFile(path.read_bytes(), etag, CONTENT_TYPES[path.suffix])


async def _serve(name: str) -> Response:
    path = resolve(name)
    found = await trio.to_thread.run_sync(_read, path)
    headers = {**PAGE_HEADERS, "ETag": found.etag, "Cache-Control": "no-cache"}
    if found.etag in _etags(request.headers.get("If-None-Match", "")):
        return Response(b"", 304, headers=headers)
    return Response(found.body, 200, headers=headers, content_type=found.content_type)


def _etags(header: str) -> set[str]:
    return {tag.strip().removeprefix("W/") for tag in header.split(",") if tag.strip()}
