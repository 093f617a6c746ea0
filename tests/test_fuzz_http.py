"""Hypothesis throws random requests at every route of both listeners of a live server.

The routes, their JSON fields and their query parameters come from the listeners' OpenAPI
documents (which tests/test_openapi.py holds to the apps' URL maps). Bodies are JSON values
of every type, objects mixing the route's real field names (with plausible and absurd
values) and random keys, invalid JSON and random bytes, under random content types. Every
answer must be a success, or an error in the error shape; never a 500.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from synth.config.schema import KEYS
from synth.http.openapi_ollama import ollama_document
from synth.http.openapi_webui import webui_document
from tests.support.servers import ServerProcess, start_process

FUZZ_ENV = {"SYNTH_CORTEX_ACTIVE": "echo", "SYNTH_CORTEX_TIMEOUT_S": "5"}
"""Pinned so the fuzzer cannot switch to an engine that waits (manual) or calls out."""
EXAMPLES = 400
SAFE_KEY_PREFIXES = ("persona.", "chat.", "animation.", "emotion.", "locations.", "logchat.")
"""Config keys the fuzzer may change: none that opens a door (auth), shrinks a limit under
the fuzzer, or points the runtime at a random URL."""
HINTS: dict[str, list[Any]] = {
    "key": [key for key in KEYS if key.startswith(SAFE_KEY_PREFIXES)],
    "name": ["echo", "manual", "ollama", "openai", "lorem", "store", "weather", "diary"],
    "model": ["synth", "synth:latest", "SYNTH", "other:7b"],
    "source": ["alpha", "webui", "ollama", "Bad Source"],
    "state": ["idle", "think", "write", "talk", "dance"],
    "session_id": ["default", "ollama:x", "bad id"],
}
CONTENT_TYPES = [
    None,
    "application/json",
    "application/json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=fuzz",
    "multipart/form-data",
]
JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=40)
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=10,
)


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    body: dict[str, Any] = field(default_factory=dict)
    params: dict[str, Any] = field(default_factory=dict)


def operations(document: dict[str, Any]) -> list[Operation]:
    """Every operation of a document except HEAD (Quart's or the app's, no body to check)."""
    found = []
    for path, item in document["paths"].items():
        for method, op in item.items():
            if method == "head":
                continue
            content = op.get("requestBody", {}).get("content", {})
            schema = next(iter(content.values()), {}).get("schema", {})
            params = {
                p["name"]: p["schema"] for p in op.get("parameters", []) if p["in"] == "query"
            }
            found.append(Operation(method.upper(), path, schema, params))
    return found


def plausible(name: str, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values near what the schema allows: inside it, on its edges, and just past them."""
    options: list[st.SearchStrategy[Any]] = []
    if name in HINTS:
        options.append(st.sampled_from(HINTS[name]))
    kind = schema.get("type")
    if "const" in schema:
        options.append(st.just(schema["const"]))
    if "enum" in schema:
        options.append(st.sampled_from(schema["enum"]))
    if kind == "string":
        if "pattern" in schema:
            options.append(st.from_regex(schema["pattern"], fullmatch=True))
        high = schema.get("maxLength")
        options.append(st.text(min_size=max(0, schema.get("minLength", 0) - 1), max_size=60))
        if high is not None:
            options.append(st.sampled_from(["x" * high, "x" * (high + 1), " " * min(high, 3)]))
    elif kind in ("integer", "number"):
        low, high = schema.get("minimum", -(10**6)), schema.get("maximum", 10**6)
        options.append(st.integers(low - 1, high + 1))
        if kind == "number":
            options.append(st.floats(low - 1, high + 1))
    elif kind == "boolean":
        options.append(st.booleans())
    elif kind == "array":
        options.append(st.lists(plausible("", schema.get("items", {})), max_size=5))
    elif kind == "object" and schema.get("properties"):
        options.append(bodies(schema))
    if not options:
        return JSON_VALUES
    # Mostly values the schema could accept: absurd ones stop a request at the first field.
    near = st.one_of(options)
    return st.one_of(near, near, near, JSON_VALUES)


def bodies(schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Objects with the real fields (plausible or absurd values, the required ones mostly
    present) and random keys."""
    fields = {n: plausible(n, s) for n, s in schema.get("properties", {}).items()}
    required = {n: v for n, v in fields.items() if n in schema.get("required", ())}
    optional = {n: v for n, v in fields.items() if n not in required}
    complete = st.fixed_dictionaries(required, optional=optional)
    real = st.one_of(complete, complete, complete, st.fixed_dictionaries({}, optional=fields))
    extra = st.dictionaries(st.text(max_size=12), JSON_VALUES, max_size=2)
    return st.builds(lambda ours, theirs: {**theirs, **ours}, real, extra)


def query_text(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    return value if isinstance(value, str) else json.dumps(value)


@st.composite
def requests(draw: st.DrawFn, op: Operation) -> dict[str, Any]:
    """One request for ``op``: keyword arguments for ``httpx.Client.request``."""
    path = op.path
    for name in re.findall(r"{(\w+)}", path):
        segment = draw(st.text(min_size=1, max_size=30) | st.sampled_from(["default", "x.json"]))
        path = path.replace(f"{{{name}}}", quote(segment, safe=draw(st.sampled_from(["", "/"]))))
    params = draw(
        st.fixed_dictionaries(
            {}, optional={n: plausible(n, s).map(query_text) for n, s in op.params.items()}
        )
        | st.dictionaries(st.text(max_size=10), st.text(max_size=20), max_size=3)
    )
    kwargs: dict[str, Any] = {"method": op.method, "url": path, "params": params}
    if op.method in ("POST", "DELETE"):
        objects = bodies(op.body).map(lambda b: json.dumps(b).encode())
        others = (
            JSON_VALUES.map(lambda v: json.dumps(v).encode())
            | st.binary(max_size=200)
            | st.text(max_size=200).map(str.encode)
        )
        # Mostly objects with the route's fields: those get past the first checks.
        body = draw(st.one_of(objects, objects, objects, others))
        content_type = draw(st.sampled_from(CONTENT_TYPES))
        kwargs["content"] = body
        kwargs["headers"] = {} if content_type is None else {"Content-Type": content_type}
    return kwargs


def bounded(op: Operation, request: dict[str, Any]) -> bool:
    """Leave out the two requests that are slow or disruptive by design, not by fault."""
    if op.path == "/api/system/restart":
        try:
            return json.loads(request["content"]).get("confirm") is not True  # type: ignore[no-any-return]
        except (ValueError, AttributeError):
            return True
    if op.path == "/api/integrations/outbox":
        try:
            return not 0.5 < float(request["params"].get("wait", "0")) <= 30
        except ValueError:
            return True
    return True


def assert_answered(response: httpx.Response) -> None:
    """Success, or an error in the listener's error shape; a 500 never."""
    status = response.status_code
    where = f"{response.request.method} {response.request.url}"
    assert status < 500 or status in (502, 503, 504), f"{status} on {where}: {response.text}"
    if status < 400:
        return
    assert response.headers["content-type"].startswith("application/json"), where
    body = response.json()
    if response.request.url.path.startswith("/v1/"):
        error = body["error"]
        assert isinstance(error["message"], str) and isinstance(error["type"], str), where
    else:
        assert isinstance(body["error"], str) and isinstance(body["code"], str), where


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, httpx.Client]]:
    server: ServerProcess = start_process(tmp_path_factory.mktemp("fuzz") / "data", env=FUZZ_ENV)
    try:
        with (
            httpx.Client(base_url=server.webui, timeout=15) as webui,
            httpx.Client(base_url=server.ollama, timeout=15) as ollama,
        ):
            yield {"webui": webui, "ollama": ollama}
    finally:
        server.stop()


FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(data=st.data())
def test_random_requests_to_the_webui_listener_never_get_a_500(
    live: dict[str, httpx.Client], data: st.DataObject
) -> None:
    op = data.draw(st.sampled_from(operations(webui_document())))
    request = data.draw(requests(op))
    assume(bounded(op, request))
    assert_answered(live["webui"].request(**request))


@FUZZ
@given(data=st.data())
def test_random_requests_to_the_ollama_listener_never_get_a_500(
    live: dict[str, httpx.Client], data: st.DataObject
) -> None:
    op = data.draw(st.sampled_from(operations(ollama_document())))
    request = data.draw(requests(op))
    assert_answered(live["ollama"].request(**request))
