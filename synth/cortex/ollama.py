"""The ollama engine: streams from an Ollama server's native ``/api/chat``."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Mapping, Sequence

import httpx

from synth.cortex.base import ChatMessage, LoginResult
from synth.cortex.upstream import HttpEngine, Joiner, Upstream, error_text, upstream_timeout
from synth.errors import UpstreamError


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
                    for chunk in upstream.objects(lines):
                        if "error" in chunk and (error := error_text(chunk)) is not None:
                            raise upstream.error(f"ollama reported an error: {error}")
                        message = chunk.get("message")
                        content = message.get("content") if type(message) is dict else None
                        if type(content) is str and content:
                            if (delta := joiner.add(content)) is not None:
                                yield delta
                        if chunk.get("done") is True:
                            done = True
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
