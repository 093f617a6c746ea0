"""The ollama engine: streams from an Ollama server's native ``/api/chat``."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncGenerator, Mapping, Sequence

import httpx

from synth.cortex.base import ChatMessage, LoginResult
from synth.cortex.upstream import HttpEngine, Joiner, Upstream, error_text, upstream_timeout
from synth.errors import UpstreamError

_JSON_CHARS = r'[^"\\\x00-\x1f]*(?:\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})[^"\\\x00-\x1f]*)*'
"""The inside of a JSON string, exactly as JSON allows it (no raw control characters, only
JSON's escapes)."""
_TOKEN_LINE = re.compile(
    r'\{"model":"'
    + _JSON_CHARS
    + r'","created_at":"'
    + _JSON_CHARS
    + r'","message":\{"role":"assistant","content":"('
    + _JSON_CHARS
    + r')"\},"done":false\}'
).fullmatch
"""Ollama's line for one token, as Ollama writes it (compact, in this key order). A line
it matches is valid JSON meaning exactly ``{model, created_at, message: {role: assistant,
content}, done: false}``, so its content is taken without decoding the rest (two to three
times faster than JSON decoding; every token of a reply is such a line). Any other
line is decoded as JSON."""


def _token(line: str) -> str | None:
    """The content of a line :data:`_TOKEN_LINE` matches, else None."""
    match = _TOKEN_LINE(line)
    if match is None:
        return None
    content = match[1]
    return content if "\\" not in content else str(json.loads(f'"{content}"'))


class OllamaEngine(HttpEngine):
    """Sends the conversation to ``{cortex.ollama.url}/api/chat`` and yields the NDJSON
    lines' ``message.content`` until the ``done`` line: the first alone, then the lines of
    each network read joined (see :class:`~synth.cortex.upstream.Joiner`). ``options`` go
    through as Ollama's ``options`` (``num_predict``, ``temperature``, ...)."""

    name = "ollama"
    url_key = "cortex.ollama.url"
    model_key = "cortex.ollama.model"
    label = "Ollama"
    description = "Streams from an Ollama server (cortex.ollama.url, cortex.ollama.model)."
    dev = False
    needs_login = False

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncGenerator[str, None]:
        upstream, model = self._configured()
        payload = {
            "model": model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": True,
            "options": dict(options),
        }
        joiner = Joiner()
        async with upstream.line_batches(self.client, "POST", "/api/chat", payload) as batches:
            async for lines in batches:
                done = False
                failure: UpstreamError | None = None
                try:
                    for line in lines:
                        content: object = _token(line)
                        if content is None:
                            chunk = upstream.decode_line(line)
                            if chunk is None:
                                continue
                            if "error" in chunk and (error := error_text(chunk)) is not None:
                                raise upstream.error(f"ollama reported an error: {error}")
                            message = chunk.get("message")
                            content = message.get("content") if type(message) is dict else None
                            done = chunk.get("done") is True
                        if type(content) is str and content:
                            if (delta := joiner.add(content)) is not None:
                                yield delta
                        if done:
                            break
                except UpstreamError as exc:
                    failure = exc  # raised once the read's good lines are out, as per line
                if (delta := joiner.take()) is not None:
                    yield delta
                if failure is not None:
                    raise failure
                if done:
                    return
        raise upstream.error("ollama stream ended without its done line", "upstream_stream_cut")

    async def models(self) -> list[str]:
        upstream, _ = self._configured()
        return await _model_names(upstream, self.client)

    async def login(self) -> LoginResult:
        """Check that the server answers and has the configured model."""
        upstream, model = self._configured()
        version = (await upstream.get_json(self.client, "/api/version")).get("version")
        names = await _model_names(upstream, self.client)
        if not any(_same_model(model, name) for name in names):
            raise upstream.error(
                f"ollama at {upstream.display_url} has no model {model!r}"
                f" (run `ollama pull {model}`)",
                "model_not_found",
            )
        return LoginResult("ok", f"ollama {version} at {upstream.display_url} has {model}")

    def _configured(self) -> tuple[Upstream, str]:
        url, model = self.url_and_model()
        return Upstream(self.name, url, upstream_timeout(self.get)), model


async def _model_names(upstream: Upstream, client: httpx.AsyncClient) -> list[str]:
    models = (await upstream.get_json(client, "/api/tags")).get("models")
    if not isinstance(models, list):
        return []
    return [m["name"] for m in models if isinstance(m, dict) and isinstance(m.get("name"), str)]


def _same_model(configured: str, listed: str) -> bool:
    """``llama3.2`` means ``llama3.2:latest``, as it does for the ollama CLI."""
    return listed == configured or (":" not in configured and listed == configured + ":latest")
