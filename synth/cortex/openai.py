"""The openai engine: streams from any OpenAI-compatible ``/v1/chat/completions``
(llama.cpp server, vLLM, LM Studio, OpenAI itself)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence
from contextlib import aclosing

from synth.cortex.base import ChatMessage, LoginResult, config_str
from synth.cortex.upstream import HttpEngine, Upstream, error_text, upstream_timeout

API_KEY_KEY = "cortex.openai.api_key"

OPTION_NAMES: Mapping[str, str] = {
    "num_predict": "max_tokens",
    "temperature": "temperature",
    "top_p": "top_p",
    "seed": "seed",
    "stop": "stop",
    "presence_penalty": "presence_penalty",
    "frequency_penalty": "frequency_penalty",
}
"""Ollama-style option names that have an OpenAI request field; others are dropped."""


class OpenAIEngine(HttpEngine):
    """Posts to ``{cortex.openai.url}/chat/completions`` (the URL is the base ending in
    ``/v1``) with ``stream: true`` and yields ``choices[0].delta.content`` from each SSE
    event until ``[DONE]``. ``Authorization: Bearer`` is sent only when a key is set."""

    name = "openai"
    url_key = "cortex.openai.url"
    model_key = "cortex.openai.model"
    label = "OpenAI-compatible"
    description = (
        "Streams from an OpenAI-compatible server (cortex.openai.url, cortex.openai.model, "
        "optional cortex.openai.api_key)."
    )
    dev = False
    needs_login = False

    async def stream(
        self, messages: Sequence[ChatMessage], options: Mapping[str, object]
    ) -> AsyncGenerator[str, None]:
        upstream, model = self._configured()
        payload: dict[str, object] = {
            "model": model,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "stream": True,
        }
        payload.update({OPTION_NAMES[k]: v for k, v in options.items() if k in OPTION_NAMES})
        finished = False
        async with (
            upstream.lines(self.client, "POST", "/chat/completions", payload) as lines,
            aclosing(_sse_data(lines)) as events,
        ):
            async for data in events:
                if data == "[DONE]":
                    return
                chunk = upstream.decode(data)
                if (error := error_text(chunk)) is not None:
                    raise upstream.error(f"openai reported an error: {error}")
                choices = chunk.get("choices")
                if not isinstance(choices, list) or not choices:
                    continue  # e.g. the usage chunk
                choice = choices[0]
                if not isinstance(choice, dict):
                    continue
                delta = choice.get("delta")
                content = delta.get("content") if isinstance(delta, dict) else None
                if isinstance(content, str) and content:
                    yield content
                if choice.get("finish_reason"):
                    finished = True
        if not finished:
            raise upstream.error("openai stream ended without [DONE]", "upstream_stream_cut")

    async def models(self) -> list[str]:
        upstream, _ = self._configured()
        data = (await upstream.get_json(self.client, "/models")).get("data")
        if not isinstance(data, list):
            return []  # some servers send "data": null for no models
        return [m["id"] for m in data if isinstance(m, dict) and isinstance(m.get("id"), str)]

    async def login(self) -> LoginResult:
        """Check reachability and credentials by listing the models (401/403 raise)."""
        upstream, model = self._configured()
        names = await self.models()
        listed = "listed" if model in names else "not listed (the server may still accept it)"
        return LoginResult(
            "ok", f"{upstream.display_url} answered with {len(names)} models; {model} is {listed}"
        )

    def _configured(self) -> tuple[Upstream, str]:
        url, model = self.url_and_model()
        key = config_str(self.get, API_KEY_KEY)
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        secrets = (key,) if key else ()
        return Upstream(self.name, url, upstream_timeout(self.get), headers, secrets), model


async def _sse_data(lines: AsyncIterator[str]) -> AsyncGenerator[str, None]:
    """The data of each server-sent event; a multi-line ``data`` is joined with newlines.
    Other fields (``event:``, ``id:``) and comments are skipped."""
    data: list[str] = []
    async for line in lines:
        if line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
        elif not line and data:
            event = "\n".join(data)
            data.clear()
            yield event
    if data:
        yield "\n".join(data)
