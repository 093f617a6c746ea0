"""Each listener's /openapi.json names exactly the operations its app serves.

Both directions: every route of the app (each method it declares, HEAD only where a route
declares it itself, WebSocket routes aside) is in the document, and every operation of the
document is a route of the app. schemathesis fuzzes the documents in
tests/test_fuzz_openapi.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio
from quart import Quart
from quart.routing import QuartRule

from synth.http.ollama_app import create_ollama_app
from synth.http.openapi_ollama import ollama_document
from synth.http.openapi_webui import webui_document
from synth.http.webui_app import create_webui_app
from tests.support.servers import RunningServer, running_server

CONVERTER = re.compile(r"<(?:[A-Za-z_]\w*(?:\([^)]*\))?:)?([A-Za-z_]\w*)>")
AUTOMATIC = frozenset({"HEAD", "OPTIONS"})
METHODS = frozenset({"get", "head", "post", "put", "patch", "delete", "options"})


class DeclaringRule(QuartRule):
    """A URL rule that keeps the methods its route declared (Werkzeug adds HEAD to GET)."""

    def __init__(
        self, string: str, *args: Any, methods: Iterable[str] | None = None, **kwargs: Any
    ) -> None:
        self.declared = frozenset(method.upper() for method in methods or ())
        super().__init__(string, *args, methods=methods, **kwargs)


def served(app: Quart) -> set[tuple[str, str]]:
    """(METHOD, /path/{name}) of every HTTP route of ``app``.

    Quart answers OPTIONS on every route by itself: no route declares it as its own.
    """
    routes = set()
    for rule in app.url_map.iter_rules():
        if rule.websocket or rule.endpoint == "static":
            continue
        declared: frozenset[str] = getattr(rule, "declared", frozenset())
        for method in rule.methods or ():
            if method not in AUTOMATIC or (method == "HEAD" and method in declared):
                routes.add((method, CONVERTER.sub(r"{\1}", rule.rule)))
    return routes


def documented(document: dict[str, Any]) -> set[tuple[str, str]]:
    return {
        (method.upper(), route)
        for route, item in document["paths"].items()
        for method in item
        if method in METHODS
    }


@pytest.fixture
def declaring_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Quart, "url_rule_class", DeclaringRule)


async def test_the_webui_document_has_every_route_of_the_webui_app_and_no_other(
    server: RunningServer, declaring_rules: None
) -> None:
    app_routes = served(create_webui_app(server.context))
    doc_routes = documented(webui_document())
    assert ("GET", "/openapi.json") in app_routes
    assert sorted(app_routes - doc_routes) == [], "served but not documented"
    assert sorted(doc_routes - app_routes) == [], "documented but not served"


async def test_the_ollama_document_has_every_route_of_the_ollama_app_and_no_other(
    server: RunningServer, declaring_rules: None
) -> None:
    app_routes = served(create_ollama_app(server.context))
    doc_routes = documented(ollama_document())
    assert ("HEAD", "/api/tags") in app_routes  # the explicit HEAD was seen
    assert sorted(app_routes - doc_routes) == [], "served but not documented"
    assert sorted(doc_routes - app_routes) == [], "documented but not served"


def test_every_path_parameter_is_declared_once_as_required() -> None:
    for document in (webui_document(), ollama_document()):
        for route, item in document["paths"].items():
            names = re.findall(r"{(\w+)}", route)
            for method, operation in item.items():
                params = [p for p in operation.get("parameters", []) if p["in"] == "path"]
                assert [p["name"] for p in params] == names, f"{method} {route}"
                assert all(p["required"] for p in params)


async def test_both_documents_are_served_without_a_token_while_auth_is_off(
    server: RunningServer,
) -> None:
    with trio.fail_after(10):
        async with httpx.AsyncClient(timeout=10) as client:
            webui = await client.get(f"{server.webui}/openapi.json")
            ollama = await client.get(f"{server.ollama}/openapi.json")
    assert webui.status_code == ollama.status_code == 200
    assert webui.json() == webui_document()
    assert ollama.json() == ollama_document()
    assert webui.json()["openapi"] == "3.1.0"


async def test_the_webui_document_needs_the_token_while_auth_is_on(tmp_path: Path) -> None:
    with trio.fail_after(10):
        async with running_server(tmp_path, overrides={"auth.token": "s3cret"}) as server:
            async with server.client() as client:
                refused = await client.get("/openapi.json")
                allowed = await client.get(
                    "/openapi.json", headers={"Authorization": "Bearer s3cret"}
                )
    assert refused.status_code == 401
    assert refused.json()["code"] == "unauthorized"
    assert allowed.status_code == 200
