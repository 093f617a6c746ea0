"""HTTP plumbing shared by the engines that talk to an upstream LLM server.

Failures map onto :mod:`synth.errors` in one place:

- unreachable, HTTP 4xx/5xx, a malformed or cut stream, an error in the stream
  -> ``UpstreamError`` (502), with the upstream's status and reason in the message;
- connect or read timeout -> ``Timeout`` (504) naming the upstream;
- no URL or model configured -> ``Unavailable`` (503, code ``engine_not_configured``).

A request is retried (at most :data:`MAX_RETRIES` times) only when it failed to
connect or got 502/503/504, that is before the upstream started answering. Once a
response is streaming nothing is retried: its tokens may already be on screen.
Secrets (the API key) are redacted from every message built here.

Streams are read per network read (:meth:`Upstream.line_batches`): one read of a fast
upstream carries hundreds of NDJSON lines or SSE events, and the engines turn each read
into a few deltas instead of one per line. A stream that ended normally is read to the
end of its body (bounded) before it is closed, so its connection goes back to httpx's
pool and the next turn skips the TCP (and TLS) handshake.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import ClassVar

import httpx
import trio

from synth.cortex.base import ConfigGetter, Delta, config_float, config_str
from synth.errors import Timeout, Unavailable, UpstreamError

DEFAULT_TIMEOUT_S = 120.0
RETRY_BACKOFF_S = (0.1, 0.3)
"""Pauses before each retry; there are as many retries as pauses."""
MAX_RETRIES = len(RETRY_BACKOFF_S)
RETRY_STATUSES = frozenset({502, 503, 504})
_REASON_BYTES = 4096
_REASON_CHARS = 300
DRAIN_CHARS = 64 * 1024
"""At most this much of a body is read after a stream's normal end to reuse its connection."""
DRAIN_TIMEOUT_S = 0.5
"""...and for at most this long; past either, the connection is closed instead."""
MAX_LINES_PER_DELTA = 64
"""An engine joins at most this many upstream deltas into one, so no batch hogs the loop."""

_scan_json: Callable[[str, int], tuple[object, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]
"""The C scanner behind ``json.loads``: one JSON value starting exactly at an index. Called
directly it skips ``loads``' per-call overhead, which dominated decoding NDJSON lines."""


def upstream_timeout(get: ConfigGetter) -> httpx.Timeout:
    """Timeouts for one upstream request; ``read`` is ``cortex.timeout_s``, the longest
    silence allowed between two chunks (and before the first one)."""
    read = config_float(get, "cortex.timeout_s", DEFAULT_TIMEOUT_S)
    return httpx.Timeout(connect=5.0, read=read, write=10.0, pool=5.0)


def make_client(get: ConfigGetter) -> httpx.AsyncClient:
    """An ``AsyncClient`` for the engines. Requests also pass their own timeout, so a
    changed ``cortex.timeout_s`` applies without a new client."""
    return httpx.AsyncClient(timeout=upstream_timeout(get))


def not_configured(key: str, engine: str) -> Unavailable:
    return Unavailable(f"set {key} to use the {engine} engine", code="engine_not_configured")


def _safe_url(url: str) -> str:
    """The URL without any user:password part, fit for a message."""
    return str(httpx.URL(url).copy_with(userinfo=b""))


@dataclass(frozen=True)
class Upstream:
    """One upstream server as configured for this call, and how its failures read."""

    name: str
    base_url: str
    timeout: httpx.Timeout
    headers: Mapping[str, str] = field(default_factory=dict, repr=False)
    secrets: tuple[str, ...] = field(default=(), repr=False)

    @property
    def display_url(self) -> str:
        return _safe_url(self.base_url)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            if secret:
                text = text.replace(secret, "***")
        return text

    def error(self, message: str, code: str | None = None) -> UpstreamError:
        return UpstreamError(self.redact(message), code=code)

    def decode(self, text: str) -> dict[str, object]:
        """A JSON object from the upstream (a body, an NDJSON line, an SSE event's data)."""
        try:
            value = json.loads(text)
        except ValueError as exc:
            raise self.error(
                f"{self.name} sent malformed JSON: {text[:80]!r}", "upstream_bad_payload"
            ) from exc
        if not isinstance(value, dict):
            raise self.error(
                f"{self.name} sent JSON that is not an object: {text[:80]!r}",
                "upstream_bad_payload",
            )
        return value

    def decode_line(self, line: str) -> dict[str, object] | None:
        """:meth:`decode` for a line of a stream, ``None`` for a blank one.

        The fast path takes a line that is exactly one JSON object; anything else (blank,
        padded, malformed, not an object) goes through :meth:`decode`, which accepts or
        names it just as before.
        """
        try:
            value, end = _scan_json(line, 0)
        except (StopIteration, ValueError):
            pass
        else:
            if end == len(line) and type(value) is dict:
                return value
        if not line.strip():
            return None
        return self.decode(line)

    @asynccontextmanager
    async def stream(
        self, client: httpx.AsyncClient, method: str, path: str, payload: object = None
    ) -> AsyncIterator[httpx.Response]:
        """Open a request and hand over its successful, still unread response.

        The response is closed when the block exits for any reason, including
        cancellation and the consumer closing an async generator: the upstream sees its
        connection go at once. Transport errors while reading map as described above.
        """
        response = await self._open(client, method, path, payload)
        try:
            yield response
        except httpx.TimeoutException as exc:
            raise self._timeout(exc) from exc
        except httpx.HTTPError as exc:
            raise self.error(
                f"{self.name} stream was cut: {_describe(exc)}", "upstream_stream_cut"
            ) from exc
        finally:
            await response.aclose()

    @asynccontextmanager
    async def line_batches(
        self, client: httpx.AsyncClient, method: str, path: str, payload: object = None
    ) -> AsyncIterator[LineBatches]:
        """Like :meth:`stream`, but hand over the body's lines (NDJSON or SSE), as a list
        of the complete lines of each network read.

        When the block ends normally (the consumer saw the stream's last line), the rest
        of the body is read (at most :data:`DRAIN_CHARS`, for at most
        :data:`DRAIN_TIMEOUT_S`) so that its connection can serve the next request. Any
        other exit closes the response, and so the connection, at once.
        """
        async with self.stream(client, method, path, payload) as response:
            batches = LineBatches(response)
            try:
                yield batches
                await batches.drain(DRAIN_CHARS, DRAIN_TIMEOUT_S)
            finally:
                try:
                    await response.aclose()
                finally:
                    await batches.aclose()

    async def get_json(self, client: httpx.AsyncClient, path: str) -> dict[str, object]:
        """GET ``path`` and return its JSON object."""
        async with self.stream(client, "GET", path) as response:
            body = await response.aread()
        return self.decode(body.decode("utf-8", errors="replace"))

    async def _open(
        self, client: httpx.AsyncClient, method: str, path: str, payload: object
    ) -> httpx.Response:
        url = self.base_url.rstrip("/") + path
        request = client.build_request(
            method, url, json=payload, headers=self.headers, timeout=self.timeout
        )
        backoffs = iter(RETRY_BACKOFF_S)
        while True:
            backoff = next(backoffs, None)  # None: this is the last attempt
            try:
                response = await client.send(request, stream=True)
            except httpx.ConnectError as exc:
                if backoff is None:
                    raise self.error(
                        f"{self.name} is unreachable at {_safe_url(url)}: {_describe(exc)}",
                        "upstream_unreachable",
                    ) from exc
                await trio.sleep(backoff)
                continue
            except httpx.TimeoutException as exc:
                raise self._timeout(exc) from exc
            except httpx.HTTPError as exc:
                raise self.error(f"{self.name} request failed: {_describe(exc)}") from exc
            if response.status_code in RETRY_STATUSES and backoff is not None:
                await response.aclose()
                await trio.sleep(backoff)
                continue
            if response.is_error:
                raise await self._status_error(response)  # which also closes the response
            return response

    async def _status_error(self, response: httpx.Response) -> UpstreamError:
        """The error for an HTTP error status, with the upstream's reason; closes the response."""
        status = response.status_code
        reason = await _error_reason(response)
        if status in (401, 403):
            return self.error(
                f"{self.name} rejected the credentials (HTTP {status}): {reason}",
                "upstream_auth_failed",
            )
        return self.error(f"{self.name} returned HTTP {status}: {reason}")

    def _timeout(self, exc: httpx.TimeoutException) -> Timeout:
        if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
            what = f"could not connect to {self.name} within {self.timeout.connect:g} s"
        elif isinstance(exc, httpx.WriteTimeout):
            what = f"could not send the request to {self.name} within {self.timeout.write:g} s"
        else:
            what = f"{self.name} sent nothing for {self.timeout.read:g} s (cortex.timeout_s)"
        return Timeout(self.redact(what), code="upstream_timeout")


async def _error_reason(response: httpx.Response) -> str:
    """The upstream's own words for an error: its JSON ``error`` text, else the body's start."""
    body = b""
    chunks = response.aiter_bytes()
    try:
        async for chunk in chunks:
            body += chunk
            if len(body) >= _REASON_BYTES:
                break
    except httpx.HTTPError:
        pass  # a body cut short still says enough; the status is what matters
    finally:
        try:
            await response.aclose()
        finally:
            await _unwind(chunks)
    text = body[:_REASON_BYTES].decode("utf-8", errors="replace").strip()
    try:
        decoded = json.loads(text)
    except ValueError:
        decoded = None
    reason = error_text(decoded) if decoded is not None else None
    return (reason or text or response.reason_phrase or "no reason given")[:_REASON_CHARS]


def error_text(payload: object) -> str | None:
    """The message of an Ollama (``{"error": "..."}``) or OpenAI
    (``{"error": {"message": "..."}}``) error payload, else ``None``."""
    if not isinstance(payload, dict):
        return None
    error = payload.get("error")
    if isinstance(error, dict):
        error = error.get("message")
    return error if isinstance(error, str) and error else None


class Joiner:
    """Joins an upstream's text deltas into fewer: the very first alone (the time to the
    first token must not wait for the rest of its read), then at most
    :data:`MAX_LINES_PER_DELTA` at a time, as :class:`Delta` values that count them."""

    def __init__(self) -> None:
        self._first = True
        self._parts: list[str] = []

    def add(self, content: str) -> Delta | None:
        """Take one upstream delta; returns a delta due now, if any."""
        if self._first:
            self._first = False
            return Delta(content)
        self._parts.append(content)
        return self.take() if len(self._parts) >= MAX_LINES_PER_DELTA else None

    def take(self) -> Delta | None:
        """The delta joining everything taken since the last one (``None`` if nothing)."""
        if not self._parts:
            return None
        parts, self._parts = self._parts, []
        return Delta("".join(parts), len(parts))


class LineBatches:
    """The lines of a streamed body, one list per network read (lists are never empty).

    Lines end at ``\n``, ``\r\n`` or ``\r`` (as SSE allows) and come without their
    ending; a last line without one comes at the end of the body. Unlike httpx's
    ``aiter_lines`` no other character ends a line, so a JSON string holding U+2028 or
    U+0085 stays in one piece.
    """

    def __init__(self, response: httpx.Response) -> None:
        self._chunks = response.aiter_text()
        self._tail = ""
        self._ended = False

    def __aiter__(self) -> LineBatches:
        return self

    async def __anext__(self) -> list[str]:
        while not self._ended:
            try:
                text = await self._chunks.__anext__()
            except StopAsyncIteration:
                self._ended = True
                tail, self._tail = self._tail, ""
                if tail:
                    return [tail.removesuffix("\r")]
                break
            lines = self._split(text)
            if lines:
                return lines
        raise StopAsyncIteration

    def _split(self, text: str) -> list[str]:
        if self._tail:
            text = self._tail + text
        held = ""
        if "\r" in text:
            if text.endswith("\r"):  # maybe the first half of a \r\n: wait for the next read
                text, held = text[:-1], "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        self._tail = lines.pop() + held
        return lines

    async def drain(self, limit: int, timeout: float) -> None:  # noqa: ASYNC109
        """Read and drop the rest of the body, up to ``limit`` characters and ``timeout``
        seconds; a failure here only means the connection is not reused."""
        received = len(self._tail)
        with trio.move_on_after(timeout):
            try:
                while not self._ended and received <= limit:
                    try:
                        received += len(await self._chunks.__anext__())
                    except StopAsyncIteration:
                        self._ended = True
            except httpx.HTTPError:
                pass

    async def aclose(self) -> None:
        """Finish the iterators under this one (see :func:`_unwind`); call once the
        response is closed."""
        await _unwind(self._chunks)


async def _unwind(iterator: AsyncIterator[object]) -> None:
    """Finish the chain of async generators under an httpx body iterator, once its
    response is closed.

    Closing only the outer generator leaves the inner ones (httpx's and httpcore's)
    suspended, and Trio warns about each when it is garbage collected. Reading once
    more from the closed response raises in the innermost one and unwinds them all.
    """
    try:
        async for _ in iterator:
            pass
    except (httpx.HTTPError, httpx.StreamError):
        pass  # the expected way out: the response is closed


def _describe(exc: httpx.HTTPError) -> str:
    return str(exc) or type(exc).__name__


class HttpEngine:
    """Base of the engines backed by an upstream server: holds the config getter and
    the HTTP client, which it closes in :meth:`aclose` only if it made it itself."""

    name: str
    url_key: ClassVar[str]
    model_key: ClassVar[str]

    def __init__(self, get: ConfigGetter, client: httpx.AsyncClient | None = None) -> None:
        self.get = get
        self._owns_client = client is None
        self.client = client if client is not None else make_client(get)

    async def aclose(self) -> None:
        if self._owns_client:
            await self.client.aclose()

    def readiness(self) -> str | None:
        for key in (self.url_key, self.model_key):
            if config_str(self.get, key) is None:
                return f"set {key} to use the {self.name} engine"
        return None

    def url_and_model(self) -> tuple[str, str]:
        """The URL and model as configured right now; ``Unavailable`` naming an unset key."""
        url = config_str(self.get, self.url_key)
        if url is None:
            raise not_configured(self.url_key, self.name)
        model = config_str(self.get, self.model_key)
        if model is None:
            raise not_configured(self.model_key, self.name)
        return url, model
