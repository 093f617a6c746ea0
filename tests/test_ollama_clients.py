"""The official ``ollama`` and ``openai`` Python packages against the running listener.

These are the clients people actually point at an Ollama server; if they parse every
reply, the wire format is right where it matters (pydantic models fail on missing keys).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import ollama
import openai
import pytest
import trio

from tests.support.servers import RunningServer

TEXT = "the heart keeps its own time"
MESSAGES = [{"role": "user", "content": TEXT}]


@pytest.fixture
async def ollama_client(server: RunningServer) -> AsyncIterator[ollama.AsyncClient]:
    client = ollama.AsyncClient(host=server.ollama, timeout=10)
    try:
        yield client
    finally:
        await client.close()


@pytest.fixture
async def openai_client(server: RunningServer) -> AsyncIterator[openai.AsyncOpenAI]:
    client = openai.AsyncOpenAI(
        base_url=server.ollama + "/v1", api_key="x", max_retries=0, timeout=10
    )
    async with client:
        yield client


async def test_ollama_list_shows_the_persona(ollama_client: ollama.AsyncClient) -> None:
    with trio.fail_after(20):
        listed = await ollama_client.list()
    [model] = listed.models
    assert model.model == "synth:latest"
    assert model.size == 0
    assert model.details is not None and model.details.family == "synth"


async def test_ollama_show_parses(ollama_client: ollama.AsyncClient) -> None:
    with trio.fail_after(20):
        shown = await ollama_client.show("synth")
    assert shown.capabilities == ["completion"]
    assert shown.modelinfo is not None


async def test_ollama_ps_parses(ollama_client: ollama.AsyncClient) -> None:
    with trio.fail_after(20):
        running = await ollama_client.ps()
    [model] = running.models
    assert model.model == "synth:latest"
    assert model.expires_at is not None


async def test_ollama_chat_without_stream(ollama_client: ollama.AsyncClient) -> None:
    with trio.fail_after(20):
        reply = await ollama_client.chat(model="synth", messages=MESSAGES)
    assert reply.message.content == TEXT
    assert reply.done is True and reply.done_reason == "stop"
    assert reply.eval_count == len(TEXT.split())


async def test_ollama_chat_streamed(ollama_client: ollama.AsyncClient) -> None:
    parts: list[str] = []
    with trio.fail_after(20):
        stream = await ollama_client.chat(model="synth", messages=MESSAGES, stream=True)
        async for chunk in stream:
            parts.append(chunk.message.content or "")
            last = chunk
    assert "".join(parts) == TEXT
    assert last.done is True and last.total_duration is not None


async def test_ollama_generate(ollama_client: ollama.AsyncClient) -> None:
    with trio.fail_after(20):
        reply = await ollama_client.generate(model="synth", prompt=TEXT)
    assert reply.response == TEXT
    assert reply.done_reason == "stop"


async def test_ollama_generate_streamed(ollama_client: ollama.AsyncClient) -> None:
    parts: list[str] = []
    with trio.fail_after(20):
        async for chunk in await ollama_client.generate(model="synth", prompt=TEXT, stream=True):
            parts.append(chunk.response)
    assert "".join(parts) == TEXT


async def test_ollama_unknown_model_raises_response_error_404(
    ollama_client: ollama.AsyncClient,
) -> None:
    with trio.fail_after(20), pytest.raises(ollama.ResponseError) as raised:
        await ollama_client.chat(model="nope", messages=MESSAGES)
    assert raised.value.status_code == 404
    assert raised.value.error == "model 'nope' not found"


async def test_openai_models_list(openai_client: openai.AsyncOpenAI) -> None:
    with trio.fail_after(20):
        page = await openai_client.models.list()
    assert [model.id for model in page.data] == ["synth:latest"]


async def test_openai_chat_completion(openai_client: openai.AsyncOpenAI) -> None:
    with trio.fail_after(20):
        completion = await openai_client.chat.completions.create(
            model="synth", messages=[{"role": "user", "content": TEXT}]
        )
    assert completion.choices[0].message.content == TEXT
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage is not None and completion.usage.completion_tokens > 0


def stream_with_sync_openai(base_url: str) -> tuple[str, str | None]:
    """The streamed text and last finish reason, read by the sync client.

    ``AsyncOpenAI``'s stream breaks out of an inner async generator at ``[DONE]`` and
    leaves it to the garbage collector, which Trio reports as a ResourceWarning; the
    sync client in a worker thread reads the very same bytes without that.
    """
    parts: list[str] = []
    finish: str | None = None
    with openai.OpenAI(base_url=base_url, api_key="x", max_retries=0, timeout=10) as client:
        stream = client.chat.completions.create(
            model="synth", messages=[{"role": "user", "content": TEXT}], stream=True
        )
        with stream:
            for chunk in stream:
                parts.append(chunk.choices[0].delta.content or "")
                finish = chunk.choices[0].finish_reason
    return "".join(parts), finish


async def test_openai_chat_completion_streamed(server: RunningServer) -> None:
    with trio.fail_after(20):
        text, finish = await trio.to_thread.run_sync(
            stream_with_sync_openai, server.ollama + "/v1", abandon_on_cancel=True
        )
    assert text == TEXT
    assert finish == "stop"


async def test_openai_unknown_model_raises_not_found(openai_client: openai.AsyncOpenAI) -> None:
    with trio.fail_after(20), pytest.raises(openai.NotFoundError):
        await openai_client.chat.completions.create(
            model="nope", messages=[{"role": "user", "content": TEXT}]
        )
