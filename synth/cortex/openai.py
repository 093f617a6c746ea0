"""The openai engine: streams from any OpenAI-compatible ``/v1/chat/completions``
(llama.cpp server, vLLM, LM Studio, OpenAI itself)."""

from __future__ import annotations

from collections.abc import AsyncGenerator, AsyncIterator, Mapping, Sequence

from synth.cortex.base import ChatMessage, LoginResult, config_str
from synth.cortex.upstream import HttpEngine, Joiner, Upstream, error_text, upstream_timeout
from synth.errors import UpstreamError

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
    ``/v1``) with ``stream: true`` and yields ``choices[0].delta.content`` from the SSE
    events until ``[DONE]``: the first alone, then each network read's joined.
    ``Authorization: Bearer`` is sent only when a key is set."""

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
        joiner = Joiner()
        events = SseEvents()
        async with upstream.line_batches(
            self.client, "POST", "/chat/completions", payload
        ) as batches:
            ended = False
            while not ended:
                lines = await anext(batches, None)
                if lines is None:
                    ended = True
                    data_list = events.flush()
                else:
                    data_list = events.feed(lines)
                stop = False
                failure: UpstreamError | None = None
                try:
                    for data in data_list:
                        if data == "[DONE]":
                            stop = True
                            break
                        content, finish = _content(upstream, data)
                        if content and (delta := joiner.add(content)) is not None:
                            yield delta
                        if finish:
                            finished = True
                except UpstreamError as exc:
                    failure = exc  # raised once the read's good events are out, as per event
                if (delta := joiner.take()) is not None:
                    yield delta
                if failure is not None:
                    raise failure
                if stop:
                    return
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


def _content(upstream: Upstream, data: str) -> tuple[str | None, bool]:
    """One event's ``choices[0].delta.content`` and whether it carries a ``finish_reason``."""
    chunk = upstream.decode_line(data)
    if chunk is None:
        chunk = upstream.decode(data)  # blank data: malformed, named as before
    if (error := error_text(chunk)) is not None:
        raise upstream.error(f"openai reported an error: {error}")
    choices = chunk.get("choices")
    if not isinstance(choices, list) or not choices:
        return None, False  # e.g. the usage chunk
    choice = choices[0]
    if not isinstance(choice, dict):
        return None, False
    delta = choice.get("delta")
    content = delta.get("content") if isinstance(delta, dict) else None
    return (content if isinstance(content, str) else None), bool(choice.get("finish_reason"))


class SseEvents:
    """Server-sent events from lines: the data of each event; a multi-line ``data`` is
    joined with newlines. Other fields (``event:``, ``id:``) and comments are skipped."""

    def __init__(self) -> None:
        self._data: list[str] = []

    def feed(self, lines: list[str]) -> list[str]:
        """The events completed by ``lines``."""
        events = []
        data = self._data
        for line in lines:
            if line.startswith("data:"):
                data.append(line[5:].removeprefix(" "))
            elif not line and data:
                events.append(data[0] if len(data) == 1 else "\n".join(data))
                data.clear()
        return events

    def flush(self) -> list[str]:
        """At the end of the body: an event left without its blank line."""
        events = ["\n".join(self._data)] if self._data else []
        self._data.clear()
        return events


async def _sse_data(lines: AsyncIterator[str]) -> AsyncGenerator[str, None]:
    """The data of each server-sent event of ``lines`` (see :class:`SseEvents`)."""
    events = SseEvents()
    async for line in lines:
        for event in events.feed([line]):
            yield event
    for event in events.flush():
        yield event
