"""OpenAPI 3.1 documents of both listeners, written by hand as data: the shared parts.

Each listener serves its own document at ``/openapi.json`` (two servers on two ports: one
document each keeps every path resolvable against the URL it was read from), built in
``openapi_webui`` and ``openapi_ollama`` from the helpers here. ``tests/test_openapi.py``
checks that the documents and the apps' URL maps name the same operations;
``tests/test_fuzz_openapi.py`` fuzzes both documents with schemathesis.
"""

from __future__ import annotations

from typing import Any

import synth

Schema = dict[str, Any]

SESSION_ID = "^[A-Za-z0-9:_-]{1,100}$"
REASONS = {
    400: "Malformed JSON, or a missing, mistyped or out-of-range field",
    401: "Auth is on and the token is missing or wrong",
    403: "Switched off by configuration",
    404: "Unknown resource",
    409: "The current state forbids it",
    413: "Body or upload over its limit",
    415: "Upload of the wrong kind",
    502: "The cortex engine's upstream failed",
    503: "Restarting, busy, not configured, database locked or storage full",
    504: "An actor or upstream did not answer in time",
}
ERROR: Schema = {
    "type": "object",
    "required": ["error", "code"],
    "properties": {"error": {"type": "string"}, "code": {"type": "string"}},
}
OPENAI_ERROR: Schema = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["message", "type", "param", "code"],
            "properties": {
                "message": {"type": "string"},
                "type": {"type": "string"},
                "param": {"type": ["string", "null"]},
                "code": {"type": ["string", "null"]},
            },
        }
    },
}
ANY: Schema = {}
OBJECT: Schema = {"type": "object"}
BOOL: Schema = {"type": "boolean"}


def string(low: int = 0, high: int | None = None, pattern: str | None = None) -> Schema:
    out: Schema = {"type": "string"}
    if low:
        out["minLength"] = low
    if high is not None:
        out["maxLength"] = high
    if pattern is not None:
        out["pattern"] = pattern
    return out


def integer(low: int | None = None, high: int | None = None) -> Schema:
    out: Schema = {"type": "integer"}
    if low is not None:
        out["minimum"] = low
    if high is not None:
        out["maximum"] = high
    return out


def obj(*required: str, **properties: Schema) -> Schema:
    """An object with these properties; ``required`` names those that must be present."""
    return {"type": "object", "required": list(required), "properties": properties}


def array(items: Schema, low: int = 0, high: int | None = None) -> Schema:
    out: Schema = {"type": "array", "items": items}
    if low:
        out["minItems"] = low
    if high is not None:
        out["maxItems"] = high
    return out


def json_content(schema: Schema) -> Schema:
    return {"application/json": {"schema": schema}}


def query(name: str, schema: Schema, required: bool = False) -> Schema:
    return {"name": name, "in": "query", "required": required, "schema": schema}


def path(name: str) -> Schema:
    return {"name": name, "in": "path", "required": True, "schema": string(1)}


def operation(
    summary: str,
    ok: Schema | None = None,
    *,
    status: int = 200,
    body: Schema | None = None,
    multipart: Schema | None = None,
    params: tuple[Schema, ...] = (),
    errors: tuple[int, ...] = (),
    content: Schema | None = None,
    error: Schema = ERROR,
) -> Schema:
    """One operation: its success response, the errors it is known for, and a default error.

    ``content`` replaces the JSON success body (text, files, streams); ``ok`` is its schema.
    """
    success: Schema = {"description": "Success"}
    if content is not None:
        if content:  # an empty mapping: no body at all (HEAD)
            success["content"] = content
    elif status != 204:
        success["content"] = json_content(ok if ok is not None else OBJECT)
    failure = {"description": "An error", "content": json_content(error)}
    responses: Schema = {str(status): success}
    for code in (*errors, 503):
        responses[str(code)] = {**failure, "description": REASONS[code]}
    responses["default"] = failure
    op: Schema = {"summary": summary, "responses": responses}
    if params:
        op["parameters"] = list(params)
    if body is not None:
        op["requestBody"] = {"required": True, "content": json_content(body)}
    if multipart is not None:
        op["requestBody"] = {"required": True, "content": {"multipart/form-data": multipart}}
    return op


def upload(**fields: Schema) -> Schema:
    file: Schema = {"type": "string", "format": "binary"}
    return {"schema": obj("file", file=file, **fields), "encoding": {"file": {}}}


def document(title: str, description: str, paths: Schema) -> Schema:
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": synth.__version__, "description": description},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        # With auth off no token is needed; with it on, every route here needs one.
        "security": [{"bearer": []}, {}],
        "paths": paths,
    }
