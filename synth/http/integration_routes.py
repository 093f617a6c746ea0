"""Integration routes: messages in, stored messages listed, and the outbox long poll.

Reading the outbox removes what it returns, and removal is tied to the answer being
written: the handler only waits (claiming nothing, so a client that leaves while it
waits costs nothing); the response body then claims a batch, writes it, and only once
the write returned deletes it. If the body is never written (the client left
meanwhile), the finally block releases the claim and the messages stay queued.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import AsyncGenerator
from typing import Any

import trio
from quart import Blueprint, Response, request

from synth.actors.integrations import ListMessages, PostMessage
from synth.actors.outbox import SOURCE, Ack, Claim, Release, Watch, new_claim_id
from synth.errors import BadRequest, SynthError
from synth.http import validate
from synth.http.context import ctx
from synth.runtime.actor import ActorRef
from synth.runtime.errors import ActorError

log = logging.getLogger("synth.http")
bp = Blueprint("integrations", __name__)

MAX_WAIT_S = 30.0
TYPE_MAX_CHARS = 64
SETTLE_TIMEOUT_S = 5.0


@bp.post("/api/integrations/messages")
async def post_message() -> tuple[dict[str, Any], int]:
    body = await validate.json_object()
    source = _source(validate.string(body, "source"))
    kind = validate.string(body, "type", min_len=1, max_len=TYPE_MAX_CHARS)
    payload = validate.obj(body, "payload")
    metadata = validate.obj(body, "metadata", {})
    message = PostMessage(source, kind, payload, metadata)
    result: dict[str, Any] = await ctx().actors.integrations.ask(message)
    return result, 202


@bp.get("/api/integrations/messages")
async def list_messages() -> dict[str, Any]:
    raw_source = request.args.get("source")
    source = _source(raw_source) if raw_source else None
    kind = request.args.get("type") or None
    if kind is not None and len(kind) > TYPE_MAX_CHARS:
        raise BadRequest(f"type is longer than {TYPE_MAX_CHARS} characters", "invalid_query")
    limit = validate.query_int("limit", 50, 1, 500)
    result: dict[str, Any] = await ctx().actors.integrations.ask(ListMessages(source, kind, limit))
    return result


@bp.get("/api/integrations/outbox")
async def read_outbox() -> Response | dict[str, Any]:
    raw_source = request.args.get("source")
    if not raw_source:
        raise BadRequest("query parameter 'source' is required", "missing_query")
    source = _source(raw_source)
    wait = _wait()
    limit = validate.query_int("limit", 100, 1, 500)
    outbox = ctx().actors.outbox
    ready = False
    async with await outbox.ask_stream(Watch(source, wait)) as watch:
        async for _ in watch:
            ready = True
    if not ready:
        return {"source": source, "messages": []}
    response = Response(outbox_body(outbox, source, limit), 200, content_type="application/json")
    response.timeout = None  # the body is written at once; no cut-off is wanted around it
    return response


async def outbox_body(outbox: ActorRef, source: str, limit: int) -> AsyncGenerator[bytes, None]:
    """Claim, write, then delete; on any way out before the write returned, release."""
    claim_id = new_claim_id()
    written = False
    try:
        try:
            messages: list[dict[str, Any]] = await outbox.ask(Claim(source, claim_id, limit))
        except (SynthError, ActorError) as exc:
            # The status line is already out: answer "nothing now" rather than a broken body.
            log.warning("outbox of %s could not be claimed: %s", source, exc)
            messages = []
        yield json.dumps({"source": source, "messages": messages}).encode()
        written = True
        if messages:
            await _settle(outbox, Ack(claim_id))
    finally:
        if not written:
            await _settle(outbox, Release(claim_id))


async def _settle(outbox: ActorRef, msg: Ack | Release) -> None:
    """Finish a claim even while the request is being cancelled; a failure is only logged.

    A claim left unsettled stays invisible until the Outbox restarts, which releases it.
    """
    with trio.CancelScope(shield=True), trio.move_on_after(SETTLE_TIMEOUT_S):
        try:
            await outbox.ask(msg)
        except (SynthError, ActorError) as exc:
            log.warning("could not settle claim %s: %s", msg.claim_id, exc)


def _source(value: Any) -> str:
    if not isinstance(value, str) or not SOURCE.fullmatch(value):
        raise BadRequest("source must match [a-z0-9_-]{1,64}", "invalid_source")
    return value


def _wait() -> float:
    raw = request.args.get("wait")
    if raw is None or raw == "":
        return 0.0
    try:
        wait = float(raw)
    except ValueError:
        raise BadRequest("query parameter 'wait' must be a number", "invalid_query") from None
    if math.isnan(wait) or not 0 <= wait <= MAX_WAIT_S:
        raise BadRequest(f"query parameter 'wait' must be 0..{MAX_WAIT_S:g}", "out_of_range")
    return wait
