"""The WebUI page and its static files: served without a token, never anything outside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import trio

from synth.errors import NotFound
from synth.http.page_routes import WEBUI_ROOT, resolve
from tests.support.karada import raw_request
from tests.support.servers import running_server

TOKEN = "page-test-token"
AUTH_ENV = {"SYNTH_AUTH_TOKEN": TOKEN}


async def test_index_is_served_at_the_root_without_a_token(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir, env=AUTH_ENV) as server, server.client() as client:
            page = await client.get("/")
            api = await client.get("/api/about")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert '<script type="importmap">' in page.text
    assert page.headers["referrer-policy"] == "no-referrer"
    assert api.status_code == 401


CONTENT_TYPES = {
    "/ui/app.js": "text/javascript; charset=utf-8",
    "/ui/style.css": "text/css; charset=utf-8",
    "/ui/vendor/three/build/three.module.js": "text/javascript; charset=utf-8",
    "/ui/vendor/three/LICENSE": "text/plain; charset=utf-8",
}


async def test_static_files_have_their_content_types(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir, env=AUTH_ENV) as server, server.client() as client:
            responses = {path: await client.get(path) for path in CONTENT_TYPES}
    for path, response in responses.items():
        assert response.status_code == 200, path
        assert response.headers["content-type"] == CONTENT_TYPES[path]
        assert response.headers["x-content-type-options"] == "nosniff"


async def test_an_unchanged_file_answers_304_to_its_etag(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir) as server, server.client() as client:
            first = await client.get("/ui/app.js")
            again = await client.get("/ui/app.js", headers={"If-None-Match": first.headers["etag"]})
            stale = await client.get("/ui/app.js", headers={"If-None-Match": '"other"'})
    assert again.status_code == 304
    assert again.content == b""
    assert stale.status_code == 200


ESCAPES = (
    "/ui/../api/about",
    "/ui/%2e%2e/http/auth.py",
    "/ui/vendor/../../http/auth.py",
    "/ui/..%2f..%2fpyproject.toml",
    "/ui/%5c..%5chttp%5cauth.py",
    "/ui/.hidden",
    "/ui/vendor",
    "/ui/vendor/",
    "/ui/",
)


async def test_paths_that_leave_the_page_folder_are_refused(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir, env=AUTH_ENV) as server:
            answers = {target: await raw_request(server.webui, target) for target in ESCAPES}
    for target, (status, body) in answers.items():
        assert status in (401, 404), target
        assert b'"code"' in body, target


def test_resolve_refuses_names_outside_the_root(tmp_path: Path) -> None:
    root = tmp_path / "webui"
    root.mkdir()
    (root / "ok.js").write_text("export {};")
    (tmp_path / "secret.js").write_text("secret")
    (root / "link.js").symlink_to(tmp_path / "secret.js")
    assert resolve("ok.js", root) == (root / "ok.js").resolve()
    for name in ("../secret.js", "link.js", "/etc/passwd", "a\\b.js", "x\x00.js", ""):
        with pytest.raises(NotFound):
            resolve(name, root)


def test_every_module_the_page_imports_is_in_the_package() -> None:
    """Relative imports between the page's own modules all point at files that exist."""
    pattern = re.compile(r"""from\s+["'](\.{1,2}/[^"']+)["']|import\(["'](\.{1,2}/[^"']+)["']\)""")
    sources = [p for p in WEBUI_ROOT.rglob("*.js") if "vendor" not in p.parts]
    assert sources
    for source in sources:
        for match in pattern.finditer(source.read_text(encoding="utf-8")):
            target = (source.parent / (match.group(1) or match.group(2))).resolve()
            assert target.is_file(), f"{source.relative_to(WEBUI_ROOT)} imports a missing {target}"
