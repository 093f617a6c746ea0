"""The Ollama-compatible listener's OpenAPI document, served at its ``/openapi.json``.

Request bodies name the fields the listener reads and checks; the fields it accepts and
ignores (``format``, ``think``, ``tools``, ``keep_alive`` except for unloading, ...) are
open, as Ollama's clients send many more than any one server reads.
"""

from __future__ import annotations

from quart import Response, jsonify

from synth.http.openapi import (
    BOOL,
    OBJECT,
    OPENAI_ERROR,
    Schema,
    array,
    document,
    integer,
    obj,
    operation,
    path,
    string,
)

NDJSON_OR_JSON = {
    "application/json": {"schema": OBJECT},
    "application/x-ndjson": {"schema": string()},
}
SSE_OR_JSON = {
    "application/json": {"schema": OBJECT},
    "text/event-stream": {"schema": string()},
}
TEXT = {"text/plain": {"schema": string()}}
ROLE = {"enum": ["system", "user", "assistant", "tool"]}
DETAILS = obj(
    "parent_model", "format", "family", "families", "parameter_size", "quantization_level"
)
MODEL = obj("name", "model", "modified_at", "size", "digest", "details", details=DETAILS)
OPENAI_MODEL = obj("id", "object", "created", "owned_by", id=string(), created=integer())
NATIVE_MESSAGE = obj("role", "content", role=ROLE, content=string(), images=array(string()))
OPENAI_MESSAGE = obj(
    "role",
    role={"enum": ["system", "developer", "user", "assistant", "tool"]},
    content={"type": ["string", "array", "null"]},
)
NUMBER_OPTION: Schema = {"type": "number"}


def _native_paths() -> Schema:
    model = string(1)
    return {
        "/": {
            "get": operation("Ollama is running", content=TEXT),
            "head": operation("Ollama is running (no body)", content={}),
        },
        "/api/version": {
            "get": operation("The Ollama version spoken", obj("version", version=string())),
            "head": operation("The Ollama version spoken (no body)", content={}),
        },
        "/api/tags": {
            "get": operation("The persona model(s)", obj("models", models=array(MODEL))),
            "head": operation("The persona model(s) (no body)", content={}),
        },
        "/api/models/{name}": {
            "get": operation("One catalog entry", MODEL, params=(path("name"),), errors=(404,))
        },
        "/api/ps": {"get": operation("The loaded model(s): always the persona")},
        "/api/show": {
            "post": operation(
                "A model's details (Ollama's ``model``, or the legacy ``name``)",
                obj("modelfile", "parameters", "template", "details", "model_info", "capabilities"),
                body=obj(model=model, name=model),
                errors=(400, 404),
            )
        },
        "/api/chat": {
            "post": operation(
                "A chat turn with the persona; NDJSON unless stream is false",
                content=NDJSON_OR_JSON,
                body=obj(
                    "model",
                    "messages",
                    model=model,
                    messages=array(NATIVE_MESSAGE),
                    stream=BOOL,
                    options=OBJECT,
                ),
                errors=(400, 404, 413, 502, 504),
            )
        },
        "/api/generate": {
            "post": operation(
                "A completion of one prompt; an empty prompt loads the model",
                content=NDJSON_OR_JSON,
                body=obj(
                    "model",
                    model=model,
                    prompt=string(),
                    system=string(),
                    stream=BOOL,
                    options=OBJECT,
                ),
                errors=(400, 404, 413, 502, 504),
            )
        },
    }


def _openai_paths() -> Schema:
    stop = {"anyOf": [string(), array(string())]}
    return {
        "/v1/models": {
            "get": operation(
                "The persona model(s)",
                obj("object", "data", data=array(OPENAI_MODEL)),
                error=OPENAI_ERROR,
            )
        },
        "/v1/models/{model}": {
            "get": operation(
                "One model",
                OPENAI_MODEL,
                params=(path("model"),),
                errors=(404,),
                error=OPENAI_ERROR,
            )
        },
        "/v1/chat/completions": {
            "post": operation(
                "A chat completion; text/event-stream when stream is true",
                content=SSE_OR_JSON,
                body=obj(
                    "model",
                    "messages",
                    model=string(1),
                    messages=array(OPENAI_MESSAGE, 1),
                    stream=BOOL,
                    stream_options=obj(include_usage=BOOL),
                    temperature=NUMBER_OPTION,
                    top_p=NUMBER_OPTION,
                    frequency_penalty=NUMBER_OPTION,
                    presence_penalty=NUMBER_OPTION,
                    max_tokens=integer(),
                    max_completion_tokens=integer(),
                    seed=integer(),
                    stop=stop,
                ),
                errors=(400, 404, 413, 502, 504),
                error=OPENAI_ERROR,
            )
        },
    }


def ollama_document() -> Schema:
    description = (
        "The Ollama-compatible listener: Ollama's native routes and OpenAI's /v1. Errors "
        'are {"error", "code"}; under /v1 OpenAI\'s {"error": {"message", "type", "param", '
        '"code"}}.'
    )
    paths = {
        **_native_paths(),
        **_openai_paths(),
        "/openapi.json": {"get": operation("This document")},
    }
    return document("Synthetic Heart Ollama-compatible API", description, paths)


async def serve() -> Response:
    return jsonify(ollama_document())
