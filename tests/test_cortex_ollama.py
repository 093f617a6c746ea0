"""The ollama engine against a fake Ollama server on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing

import pytest
import trio

from synth.cortex.base import ChatMessage
from synth.cortex.ollama import OllamaEngine
from synth.errors import Timeout, Unavailable, UpstreamError
from tests.fakes.upstreams import FakeUpstream, closed_port_url, running_fake_ollama

HELLO = [ChatMessage("system", "You are Synth."), ChatMessage("user", "hello")]


@pytest.fixture
async def fake() -> AsyncIterator[FakeUpstream]:
    async with running_fake_ollama() as fake:
        yield fake


@pytest.fixture
def config(fake: FakeUpstream) -> dict[str, object]:
    return {"cortex.ollama.url": fake.url, "cortex.ollama.model": "llama3.2"}


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("synth.cortex.upstream.RETRY_BACKOFF_S", (0.01, 0.01))


@pytest.fixture
async def engine(config: dict[str, object]) -> AsyncIterator[OllamaEngine]:
    engine = OllamaEngine(config.get)
    yield engine
    await engine.aclose()


async def collect(engine: OllamaEngine, into: list[str] | None = None) -> list[str]:
    deltas = [] if into is None else into
    with trio.fail_after(10):
        async for delta in engine.stream(HELLO, {"temperature": 0.2}):
            deltas.append(delta)
    return deltas


def chat_requests(fake: FakeUpstream) -> int:
    return fake.paths().count("/api/chat")


async def test_streams_tokens_in_order(engine: OllamaEngine, fake: FakeUpstream) -> None:
    fake.tokens = ["Hel", "lo", " [happy]", " world"]
    # Lines that arrive in one network read come joined: only the text and its order are fixed.
    assert "".join(await collect(engine)) == "Hello [happy] world"
    [request] = fake.requests
    assert request.body == {
        "model": "llama3.2",
        "messages": [
            {"role": "system", "content": "You are Synth."},
            {"role": "user", "content": "hello"},
        ],
        "stream": True,
        "options": {"temperature": 0.2},
    }


async def test_upstream_500_is_an_upstream_error_with_status(
    engine: OllamaEngine, fake: FakeUpstream
) -> None:
    fake.mode = "error500"
    with pytest.raises(UpstreamError, match="HTTP 500: fake upstream failure"):
        await collect(engine)


async def test_silent_upstream_times_out(
    engine: OllamaEngine, fake: FakeUpstream, config: dict[str, object]
) -> None:
    config["cortex.timeout_s"] = 0.3
    fake.mode = "hang"
    with pytest.raises(Timeout, match=r"ollama sent nothing for 0\.3 s"):
        await collect(engine)


async def test_a_stall_mid_stream_times_out_after_the_tokens_already_sent(
    engine: OllamaEngine, fake: FakeUpstream, config: dict[str, object]
) -> None:
    config["cortex.timeout_s"] = 0.2
    fake.tokens, fake.delay = ["first ", "never "], 5.0
    deltas: list[str] = []
    with pytest.raises(Timeout, match="ollama sent nothing"):
        await collect(engine, deltas)
    assert deltas == ["first "]


async def test_malformed_line_is_an_upstream_error(
    engine: OllamaEngine, fake: FakeUpstream
) -> None:
    fake.mode = "garbage"
    with pytest.raises(UpstreamError, match="ollama sent malformed JSON") as caught:
        await collect(engine)
    assert caught.value.code == "upstream_bad_payload"


async def test_cut_stream_fails_after_the_tokens_already_sent(
    engine: OllamaEngine, fake: FakeUpstream
) -> None:
    fake.mode, fake.cut_after = "cut", 2
    deltas: list[str] = []
    with pytest.raises(UpstreamError, match="stream was cut"):
        await collect(engine, deltas)
    assert "".join(deltas) == "".join(fake.tokens[:2])


async def test_error_line_mid_stream_is_an_upstream_error(
    engine: OllamaEngine, fake: FakeUpstream
) -> None:
    fake.mode = "error_line"
    deltas: list[str] = []
    with pytest.raises(UpstreamError, match="fake ollama failed mid-stream"):
        await collect(engine, deltas)
    assert "".join(deltas) == "".join(fake.tokens[:2])


@pytest.mark.parametrize("key", ["cortex.ollama.url", "cortex.ollama.model"])
async def test_not_configured_is_unavailable_naming_the_key(
    engine: OllamaEngine, config: dict[str, object], key: str
) -> None:
    config[key] = ""
    assert engine.readiness() == f"set {key} to use the ollama engine"
    with pytest.raises(Unavailable, match=key) as caught:
        await collect(engine)
    assert caught.value.code == "engine_not_configured"


async def test_closing_the_stream_closes_the_upstream_connection(
    engine: OllamaEngine, fake: FakeUpstream
) -> None:
    fake.tokens, fake.delay = ["tick "] * 100, 0.05
    with trio.fail_after(10):
        async with aclosing(engine.stream(HELLO, {})) as stream:
            async for _ in stream:
                break
    with trio.fail_after(1):
        await fake.disconnected.wait()


async def test_cancelling_the_consumer_closes_the_upstream_connection(
    engine: OllamaEngine, fake: FakeUpstream
) -> None:
    fake.tokens, fake.delay = ["tick "] * 100, 0.05
    deltas: list[str] = []
    with trio.move_on_after(0.2):
        await collect(engine, deltas)
    assert 0 < len(deltas) < 100
    with trio.fail_after(1):
        await fake.disconnected.wait()


@pytest.mark.usefixtures("fast_retries")
async def test_retries_a_busy_upstream_before_the_first_token(
    engine: OllamaEngine, fake: FakeUpstream
) -> None:
    fake.fail_first = 2
    assert "".join(await collect(engine)) == "".join(fake.tokens)
    assert chat_requests(fake) == 3


@pytest.mark.usefixtures("fast_retries")
async def test_gives_up_after_two_retries(engine: OllamaEngine, fake: FakeUpstream) -> None:
    fake.fail_first = 3
    with pytest.raises(UpstreamError, match="HTTP 503: fake upstream is busy"):
        await collect(engine)
    assert chat_requests(fake) == 3


async def test_never_retries_once_tokens_flowed(engine: OllamaEngine, fake: FakeUpstream) -> None:
    fake.mode = "cut"
    with pytest.raises(UpstreamError):
        await collect(engine)
    assert chat_requests(fake) == 1


@pytest.mark.usefixtures("fast_retries")
async def test_unreachable_upstream_is_an_upstream_error(
    engine: OllamaEngine, config: dict[str, object]
) -> None:
    config["cortex.ollama.url"] = closed_port_url()
    with pytest.raises(UpstreamError, match=r"ollama is unreachable at http://127\.0\.0\.1:"):
        await collect(engine)


async def test_models_come_from_tags(engine: OllamaEngine, fake: FakeUpstream) -> None:
    fake.models = ["llama3.2:latest", "qwen3:4b"]
    with trio.fail_after(10):
        assert await engine.models() == ["llama3.2:latest", "qwen3:4b"]


async def test_login_checks_version_and_model(engine: OllamaEngine, fake: FakeUpstream) -> None:
    with trio.fail_after(10):
        result = await engine.login()
    assert result.status == "ok"
    assert "ollama 0.12.3" in result.detail and "llama3.2" in result.detail
    assert fake.paths() == ["/api/version", "/api/tags"]


async def test_login_fails_when_the_model_is_missing(
    engine: OllamaEngine, fake: FakeUpstream
) -> None:
    fake.models = ["qwen3:4b"]
    with trio.fail_after(10), pytest.raises(UpstreamError, match=r"no model 'llama3\.2'"):
        await engine.login()
