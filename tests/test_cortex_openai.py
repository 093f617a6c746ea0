"""The openai engine against a fake OpenAI-compatible server on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing

import pytest
import trio

from synth.cortex.base import ChatMessage
from synth.cortex.openai import OpenAIEngine, _sse_data
from synth.errors import Timeout, Unavailable, UpstreamError
from tests.fakes.upstreams import FakeUpstream, running_fake_openai

HELLO = [ChatMessage("user", "hello")]
KEY = "sk-test-0123456789abcdef"


@pytest.fixture
async def fake() -> AsyncIterator[FakeUpstream]:
    async with running_fake_openai() as fake:
        yield fake


@pytest.fixture
def config(fake: FakeUpstream) -> dict[str, object]:
    return {"cortex.openai.url": fake.url, "cortex.openai.model": "gpt-test"}


@pytest.fixture
async def engine(config: dict[str, object]) -> AsyncIterator[OpenAIEngine]:
    engine = OpenAIEngine(config.get)
    yield engine
    await engine.aclose()


async def collect(engine: OpenAIEngine, into: list[str] | None = None) -> list[str]:
    deltas = [] if into is None else into
    with trio.fail_after(10):
        async for delta in engine.stream(HELLO, {"num_predict": 64, "num_ctx": 4096}):
            deltas.append(delta)
    return deltas


def chat_requests(fake: FakeUpstream) -> int:
    return fake.paths().count("/v1/chat/completions")


async def test_streams_tokens_in_order(engine: OpenAIEngine, fake: FakeUpstream) -> None:
    fake.tokens = ["Hel", "lo", " [happy]", " world"]
    # Lines that arrive in one network read come joined: only the text and its order are fixed.
    assert "".join(await collect(engine)) == "Hello [happy] world"
    [request] = fake.requests
    assert request.path == "/v1/chat/completions"
    assert request.body == {
        "model": "gpt-test",
        "messages": [{"role": "user", "content": "hello"}],
        "stream": True,
        "max_tokens": 64,
    }
    assert "authorization" not in request.headers


async def test_upstream_500_is_an_upstream_error_with_status(
    engine: OpenAIEngine, fake: FakeUpstream
) -> None:
    fake.mode = "error500"
    with pytest.raises(UpstreamError, match="HTTP 500: fake upstream failure"):
        await collect(engine)


async def test_silent_upstream_times_out(
    engine: OpenAIEngine, fake: FakeUpstream, config: dict[str, object]
) -> None:
    config["cortex.timeout_s"] = 0.3
    fake.mode = "hang"
    with pytest.raises(Timeout, match=r"openai sent nothing for 0\.3 s"):
        await collect(engine)


async def test_cut_stream_fails_after_the_tokens_already_sent(
    engine: OpenAIEngine, fake: FakeUpstream
) -> None:
    fake.mode, fake.cut_after = "cut", 3
    deltas: list[str] = []
    with pytest.raises(UpstreamError, match="stream was cut"):
        await collect(engine, deltas)
    assert "".join(deltas) == "".join(fake.tokens[:3])
    assert chat_requests(fake) == 1


async def test_error_event_mid_stream_is_an_upstream_error(
    engine: OpenAIEngine, fake: FakeUpstream
) -> None:
    fake.mode = "error_line"
    with pytest.raises(UpstreamError, match="fake openai failed mid-stream"):
        await collect(engine)


@pytest.mark.parametrize("key", ["cortex.openai.url", "cortex.openai.model"])
async def test_not_configured_is_unavailable_naming_the_key(
    engine: OpenAIEngine, config: dict[str, object], key: str
) -> None:
    del config[key]
    assert engine.readiness() == f"set {key} to use the openai engine"
    with pytest.raises(Unavailable, match=key) as caught:
        await collect(engine)
    assert caught.value.code == "engine_not_configured"


async def test_closing_the_stream_closes_the_upstream_connection(
    engine: OpenAIEngine, fake: FakeUpstream
) -> None:
    fake.tokens, fake.delay = ["tick "] * 100, 0.05
    with trio.fail_after(10):
        async with aclosing(engine.stream(HELLO, {})) as stream:
            async for _ in stream:
                break
    with trio.fail_after(1):
        await fake.disconnected.wait()


async def test_retries_a_busy_upstream_before_the_first_token(
    engine: OpenAIEngine, fake: FakeUpstream
) -> None:
    fake.fail_first = 1
    assert "".join(await collect(engine)) == "".join(fake.tokens)
    assert chat_requests(fake) == 2


async def test_sends_the_api_key_as_bearer(
    engine: OpenAIEngine, fake: FakeUpstream, config: dict[str, object]
) -> None:
    fake.api_key = config["cortex.openai.api_key"] = KEY
    assert "".join(await collect(engine)) == "".join(fake.tokens)
    assert fake.requests[0].headers["authorization"] == f"Bearer {KEY}"


async def test_a_refused_key_is_an_upstream_error_without_the_key(
    engine: OpenAIEngine, fake: FakeUpstream, config: dict[str, object]
) -> None:
    fake.api_key = "sk-the-right-one"
    config["cortex.openai.api_key"] = KEY
    with pytest.raises(UpstreamError, match="HTTP 401") as caught:
        await collect(engine)
    assert "Incorrect API key provided" in caught.value.message
    assert KEY not in caught.value.message
    assert KEY not in repr(caught.value) and KEY not in str(caught.value)


async def test_models_come_from_the_models_endpoint(
    engine: OpenAIEngine, fake: FakeUpstream
) -> None:
    fake.models = ["gpt-test", "gpt-other"]
    with trio.fail_after(10):
        assert await engine.models() == ["gpt-test", "gpt-other"]
    assert fake.paths() == ["/v1/models"]


async def test_login_verifies_reachability_and_credentials(
    engine: OpenAIEngine, fake: FakeUpstream, config: dict[str, object]
) -> None:
    fake.api_key = config["cortex.openai.api_key"] = KEY
    with trio.fail_after(10):
        result = await engine.login()
    assert result.status == "ok"
    assert "gpt-test is listed" in result.detail


async def test_login_reports_why_the_key_was_refused(
    engine: OpenAIEngine, fake: FakeUpstream, config: dict[str, object]
) -> None:
    fake.api_key = "sk-the-right-one"
    config["cortex.openai.api_key"] = KEY
    with trio.fail_after(10), pytest.raises(UpstreamError) as caught:
        await engine.login()
    assert caught.value.code == "upstream_auth_failed"
    assert caught.value.message == (
        "openai rejected the credentials (HTTP 401): Incorrect API key provided: ***"
    )


async def test_sse_events_join_multiline_data_and_skip_other_fields() -> None:
    async def lines() -> AsyncIterator[str]:
        for line in [": keep-alive", "", "event: message", "data: {", "data:  1}", "", "data: x"]:
            yield line

    assert [data async for data in _sse_data(lines())] == ["{\n 1}", "x"]
