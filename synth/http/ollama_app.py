"""The Ollama-compatible listener's app: Ollama's native routes and OpenAI's ``/v1``.

The persona is offered as a model (``ollama_compat.models``). A chat or generate request
becomes one turn of the chat chain under ``source: "ollama"``, with the client's own
messages as the context, so unmodified Ollama and OpenAI clients talk to the persona.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from quart import Response, jsonify, request
from quart_trio import QuartTrio

from synth.actors.chat_turn import ChatTurn, TurnDone
from synth.errors import NotFound
from synth.http import (
    auth,
    errors,
    guard,
    instrument,
    ollama_cors,
    ollama_wire,
    openai_wire,
    openapi_ollama,
    validate,
)
from synth.http import ollama_requests as parse
from synth.http import ollama_turns as turns
from synth.http.connection import ShieldedSendConnection
from synth.http.context import AppContext, ctx
from synth.http.limits import limited_request_class
from synth.http.ollama_requests import TurnRequest

NDJSON = "application/x-ndjson"
SSE = "text/event-stream"


def catalog() -> list[str]:
    """The model names the persona answers to, each with its tag."""
    value = ctx().live.get("ollama_compat.models")
    names = value if isinstance(value, list | tuple) else []
    return [ollama_wire.full_name(str(name)) for name in names]


def require_model(name: str) -> str:
    """The catalog name for ``name``; 404 in Ollama's words when there is none."""
    found = ollama_wire.find_model(catalog(), name)
    if found is None:
        raise NotFound(f"model '{name}' not found", "model_not_found")
    return found


def prepare(request_turn: TurnRequest) -> None:
    """The checks every turn passes before it runs: a known model, a prompt within limits."""
    require_model(request_turn.model)
    limit = int(str(ctx().live.get("limits.prompt_chars")))
    parse.check_size(request_turn, limit)


def new_turn(request_turn: TurnRequest) -> ChatTurn:
    header = request.headers.get(parse.CONVERSATION_HEADER)
    conversation = parse.conversation_id(header, request_turn.messages)
    return turns.chat_turn(request_turn, conversation)


def one_object(payload: dict[str, Any], stream: bool) -> Response:
    """A reply that is complete at once: JSON, or a one-line stream for a streaming client."""
    if stream:
        return Response(ollama_wire.line(payload), 200, content_type=NDJSON)
    return jsonify(payload)


def ollama_framing(
    chunk: Callable[[str, str], dict[str, Any]],
    final: Callable[[str, TurnDone], dict[str, Any]],
    model: str,
) -> turns.Framing:
    return turns.Framing(
        delta=lambda text: ollama_wire.line(chunk(model, text)),
        done=lambda done: ollama_wire.line(final(model, done)),
        error=lambda _status, _code, message: ollama_wire.error_line(message),
    )


def openai_framing(request_turn: TurnRequest, completion_id: str, created: int) -> turns.Framing:
    model = request_turn.model

    def piece(delta: dict[str, str], finish: str | None = None) -> bytes:
        return openai_wire.event(openai_wire.chunk(completion_id, created, model, delta, finish))

    def done(finished: TurnDone) -> bytes:
        tail = piece({}, "stop")
        if request_turn.include_usage:
            usage = openai_wire.usage_chunk(completion_id, created, model, finished)
            tail += openai_wire.event(usage)
        return tail + openai_wire.DONE_EVENT

    def error(status: int, code: str, message: str) -> bytes:
        failure = openai_wire.error_object(status, code, message)
        return openai_wire.event(failure) + openai_wire.DONE_EVENT

    return turns.Framing(
        delta=lambda text: piece({"content": text}),
        done=done,
        error=error,
        head=piece({"role": "assistant", "content": ""}),
    )


def create_ollama_app(context: AppContext) -> QuartTrio:
    app = QuartTrio("synth.ollama", static_folder=None)
    app.asgi_http_class = ShieldedSendConnection  # see synth.http.connection
    app.extensions["synth"] = context
    app.request_class = limited_request_class(context.live.get)
    app.config["RESPONSE_TIMEOUT"] = None
    app.json.sort_keys = False  # type: ignore[attr-defined]
    errors.install(app)
    instrument.install(app, "ollama")
    ollama_cors.install(app)
    started = datetime.now(UTC)
    modified_at = ollama_wire.rfc3339(started)
    created = int(started.timestamp())

    @app.before_request
    async def check_token() -> None:
        context = ctx()
        guard.check(request.host, None, auth_on=context.auth_on)
        open_network = not auth.is_loopback(str(context.live.get("ollama_compat.host")))
        required = open_network or bool(context.live.get("ollama_compat.require_token"))
        if request.method != "OPTIONS" and required:
            auth.require(context.auth_token)

    @app.route("/", methods=["GET", "HEAD"])
    async def root() -> Response:
        return Response("Ollama is running", content_type="text/plain; charset=utf-8")

    @app.route("/api/version", methods=["GET", "HEAD"])
    async def version() -> dict[str, Any]:
        return {"version": str(ctx().live.get("ollama_compat.version"))}

    @app.route("/api/tags", methods=["GET", "HEAD"])
    async def tags() -> dict[str, Any]:
        return {"models": [ollama_wire.catalog_entry(name, modified_at) for name in catalog()]}

    @app.get("/api/models/<path:name>")
    async def model_entry(name: str) -> dict[str, Any]:
        return ollama_wire.catalog_entry(require_model(name), modified_at)

    @app.post("/api/show")
    async def show() -> dict[str, Any]:
        body = await validate.json_object()
        return ollama_wire.show(require_model(parse.model(body, legacy=True)), modified_at)

    @app.get("/api/ps")
    async def ps() -> dict[str, Any]:
        return {"models": [ollama_wire.ps_entry(name) for name in catalog()]}

    @app.post("/api/chat")
    async def chat() -> Response:
        wanted = parse.native_chat(await validate.json_object())
        prepare(wanted)
        if not wanted.messages:
            payload = ollama_wire.chat_lifecycle(wanted.model, wanted.lifecycle)
            return one_object(payload, wanted.stream)
        turn = new_turn(wanted)
        if not wanted.stream:
            text, done = await turns.collect(turn)
            return jsonify(ollama_wire.chat_final(wanted.model, done, text))
        framing = ollama_framing(ollama_wire.chat_chunk, ollama_wire.chat_final, wanted.model)
        return turns.streaming_response(await turns.start(turn, framing), NDJSON)

    @app.post("/api/generate")
    async def generate() -> Response:
        wanted = parse.native_generate(await validate.json_object())
        prepare(wanted)
        if not wanted.messages:
            payload = ollama_wire.generate_lifecycle(wanted.model, wanted.lifecycle)
            return one_object(payload, wanted.stream)
        turn = new_turn(wanted)
        if not wanted.stream:
            text, done = await turns.collect(turn)
            return jsonify(ollama_wire.generate_final(wanted.model, done, text))
        framing = ollama_framing(
            ollama_wire.generate_chunk, ollama_wire.generate_final, wanted.model
        )
        return turns.streaming_response(await turns.start(turn, framing), NDJSON)

    @app.get("/v1/models")
    async def openai_models() -> dict[str, Any]:
        return openai_wire.model_list(catalog(), created)

    @app.get("/v1/models/<path:model>")
    async def openai_model(model: str) -> dict[str, Any]:
        require_model(model)
        return openai_wire.model_entry(model, created)

    @app.post("/v1/chat/completions")
    async def openai_chat() -> Response:
        wanted = parse.openai_chat(await validate.json_object())
        prepare(wanted)
        turn = new_turn(wanted)
        completion_id = openai_wire.completion_id()
        now = int(time.time())
        if not wanted.stream:
            text, done = await turns.collect(turn)
            return jsonify(openai_wire.completion(completion_id, now, wanted.model, text, done))
        framing = openai_framing(wanted, completion_id, now)
        return turns.streaming_response(await turns.start(turn, framing), SSE)

    app.get("/openapi.json")(openapi_ollama.serve)
    return app
