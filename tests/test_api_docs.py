"""docs/api.md documents every route of both listeners, and no route that does not exist.

The apps are built the way the runtime builds them (``create_webui_app`` and
``create_ollama_app`` on a running server's context, no listener started) and their URL
maps are compared with the route headings of docs/api.md. A route heading is a level-4
heading inside a listener's level-2 section, one path and its methods::

    ## WebUI API (listener 127.0.0.1:8000)
    #### GET /api/config
    #### POST /api/config/{key}/upload
    #### WS /ws

    ## Ollama-compatible API (listener 127.0.0.1:11435)
    #### GET, HEAD /api/tags

Quart's ``<key>`` and ``<path:rest>`` become ``{key}`` and ``{rest}``. WebSocket routes are
``WS``. ``HEAD`` and ``OPTIONS`` that Quart adds by itself are not routes of their own; a
``HEAD`` the app declares explicitly (Ollama's ``/``, ``/api/version``, ``/api/tags``) is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from quart import Quart
from quart.routing import QuartRule

from synth.http.ollama_app import create_ollama_app
from synth.http.webui_app import create_webui_app
from tests.support.servers import RunningServer

DOC = Path(__file__).resolve().parents[1] / "docs" / "api.md"
LISTENER_SECTIONS = {
    "WebUI API (listener 127.0.0.1:8000)": "webui",
    "Ollama-compatible API (listener 127.0.0.1:11435)": "ollama",
}
METHOD = r"(?:GET|HEAD|POST|PUT|PATCH|DELETE|WS)"
ROUTE_HEADING = re.compile(rf"({METHOD}(?:, {METHOD})*) (/\S*)")
CONVERTER = re.compile(r"<(?:[A-Za-z_]\w*(?:\([^)]*\))?:)?([A-Za-z_]\w*)>")
AUTOMATIC_METHODS = frozenset({"HEAD", "OPTIONS"})

Route = tuple[str, str, str]
"""(listener, method, path in the doc's ``{name}`` style)."""


class DeclaringRule(QuartRule):
    """A URL rule that remembers the methods its route declared.

    Werkzeug adds ``HEAD`` to every ``GET`` rule, so the finished rule cannot tell an
    explicit ``HEAD`` from an automatic one; the methods given to the constructor can.
    """

    def __init__(self, string: str, **kwargs: Any) -> None:
        methods: Iterable[str] = kwargs.get("methods") or ()
        self.declared_methods = frozenset(method.upper() for method in methods)
        super().__init__(string, **kwargs)


def doc_path(rule: str) -> str:
    """``/api/config/<key>/upload`` -> ``/api/config/{key}/upload``."""
    return CONVERTER.sub(r"{\1}", rule)


def app_routes(listener: str, app: Quart) -> set[Route]:
    routes: set[Route] = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue  # Quart's own /static/<path:filename>, not part of the API
        path = doc_path(rule.rule)
        if rule.websocket:
            routes.add((listener, "WS", path))
            continue
        declared: frozenset[str] = getattr(rule, "declared_methods", frozenset())
        for method in rule.methods or ():
            if method not in AUTOMATIC_METHODS or (method == "HEAD" and method in declared):
                routes.add((listener, method, path))
    return routes


def doc_routes(text: str) -> tuple[set[Route], list[str]]:
    """The routes the doc declares, and its problems (duplicates, misplaced or bad headings)."""
    routes: set[Route] = set()
    problems: list[str] = []
    listener: str | None = None
    for number, line in enumerate(text.splitlines(), start=1):
        if line.startswith("## "):
            listener = LISTENER_SECTIONS.get(line[3:].strip())
            continue
        if not line.startswith("#### "):
            continue
        match = ROUTE_HEADING.fullmatch(line[5:].strip())
        if listener is None:
            if match is not None:
                problems.append(f"line {number}: route heading outside a listener section")
            continue
        if match is None:
            problems.append(f"line {number}: level-4 heading that is not 'METHOD[, METHOD] /path'")
            continue
        for method in match.group(1).split(", "):
            route = (listener, method, match.group(2))
            if route in routes:
                problems.append(f"line {number}: {method} {match.group(2)} documented twice")
            routes.add(route)
    return routes, problems


def listing(routes: Iterable[Route]) -> str:
    return "\n".join(f"  [{listener}] {method} {path}" for listener, method, path in sorted(routes))


def test_converters_become_the_docs_placeholders() -> None:
    assert doc_path("/api/config/<key>/upload") == "/api/config/{key}/upload"
    assert doc_path("/assets/<path:rest>") == "/assets/{rest}"
    assert doc_path("/x/<int(min=1):page>.json") == "/x/{page}.json"


def test_the_doc_parser_reads_headings_per_listener_and_flags_bad_ones() -> None:
    text = (
        "#### GET /outside\n"
        "## WebUI API (listener 127.0.0.1:8000)\n"
        "#### GET /api/config\n"
        "#### GET /api/config\n"
        "#### Client frames\n"
        "## Ollama-compatible API (listener 127.0.0.1:11435)\n"
        "#### GET, HEAD /api/tags\n"
    )
    routes, problems = doc_routes(text)
    assert routes == {
        ("webui", "GET", "/api/config"),
        ("ollama", "GET", "/api/tags"),
        ("ollama", "HEAD", "/api/tags"),
    }
    assert [problem.split(":")[0] for problem in problems] == ["line 1", "line 4", "line 5"]


async def test_docs_api_md_matches_the_routes_of_both_apps(
    server: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Quart, "url_rule_class", DeclaringRule)
    served = app_routes("webui", create_webui_app(server.context)) | app_routes(
        "ollama", create_ollama_app(server.context)
    )
    assert ("ollama", "HEAD", "/api/tags") in served  # the explicit HEAD was seen
    assert ("webui", "HEAD", "/api/config") not in served  # Quart's automatic one was not

    documented, problems = doc_routes(DOC.read_text(encoding="utf-8"))
    missing = served - documented
    stale = documented - served
    report = []
    if missing:
        report.append("served by an app but not documented in docs/api.md:\n" + listing(missing))
    if stale:
        report.append("documented in docs/api.md but served by no app:\n" + listing(stale))
    if problems:
        report.append("malformed route headings in docs/api.md:\n  " + "\n  ".join(problems))
    assert not report, "\n".join(report)
