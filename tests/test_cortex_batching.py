"""The engines read an upstream per network read: one delta per read's worth of lines.

An httpx ``MockTransport`` decides exactly which bytes arrive in which read, so these
tests see the batching itself; the fake servers on loopback (tests/test_cortex_ollama.py,
tests/test_cortex_openai.py) cover the same engines over real sockets.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Sequence

import httpx
import pytest
import trio
from hypothesis import given, settings
from hypothesis import strategies as st

from synth.cortex.base import ChatMessage, Delta
from synth.cortex.ollama import OllamaEngine
from synth.cortex.openai import OpenAIEngine
from synth.cortex.upstream import MAX_LINES_PER_DELTA, Upstream
from synth.errors import UpstreamError
from tests.fakes.upstreams import FakeUpstream, running_fake_ollama, running_fake_openai

HELLO = [ChatMessage("user", "hello")]
OLLAMA = {"cortex.ollama.url": "http://upstream.test", "cortex.ollama.model": "m"}
OPENAI = {"cortex.openai.url": "http://upstream.test/v1", "cortex.openai.model": "m"}


def tokens(count: int) -> list[str]:
    return [f"t{index} " for index in range(count)]


def ollama_line(content: str, done: bool = False) -> bytes:
    message = {"role": "assistant", "content": content}
    return json.dumps({"model": "m", "message": message, "done": done}).encode() + b"\n"


def ollama_body(contents: Sequence[str]) -> bytes:
    return b"".join(ollama_line(c) for c in contents) + ollama_line("", done=True)


def sse_event(payload: object) -> bytes:
    return b"data: " + json.dumps(payload).encode() + b"\n\n"


def openai_chunk(content: str | None, finish: str | None = None) -> bytes:
    delta = {} if content is None else {"content": content}
    return sse_event({"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})


def openai_body(contents: Sequence[str]) -> bytes:
    tail = openai_chunk(None, "stop") + b"data: [DONE]\n\n"
    return b"".join(openai_chunk(c) for c in contents) + tail


def serving(reads: Sequence[bytes]) -> httpx.AsyncClient:
    """A client whose every request gets ``reads`` as the body, one network read each."""

    async def body() -> AsyncIterator[bytes]:
        for read in reads:
            yield read

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body())

    return httpx.AsyncClient(transport=httpx.MockTransport(handler))


async def stream(
    make: Callable[[httpx.AsyncClient], OllamaEngine | OpenAIEngine],
    reads: Sequence[bytes],
    into: list[str] | None = None,
) -> list[str]:
    deltas = [] if into is None else into
    async with serving(reads) as client:
        with trio.fail_after(10):
            async for delta in make(client).stream(HELLO, {}):
                deltas.append(delta)
    return deltas


def ollama(client: httpx.AsyncClient) -> OllamaEngine:
    return OllamaEngine(OLLAMA.get, client)


def openai(client: httpx.AsyncClient) -> OpenAIEngine:
    return OpenAIEngine(OPENAI.get, client)


def counted(deltas: Sequence[str]) -> int:
    return sum(getattr(delta, "tokens", 1) for delta in deltas)


ENGINES = [(ollama, ollama_body), (openai, openai_body)]


@pytest.mark.parametrize(("make", "body"), ENGINES)
async def test_one_read_is_a_few_deltas_the_first_token_alone(
    make: Callable[[httpx.AsyncClient], OllamaEngine | OpenAIEngine],
    body: Callable[[Sequence[str]], bytes],
) -> None:
    words = tokens(200)
    deltas = await stream(make, [body(words)])
    assert deltas[0] == "t0 "
    assert "".join(deltas) == "".join(words)
    assert len(deltas) == 1 + -(-199 // MAX_LINES_PER_DELTA)
    assert all(isinstance(delta, Delta) for delta in deltas)
    assert [delta.tokens for delta in deltas] == [1, 64, 64, 64, 7]  # type: ignore[attr-defined]
    assert counted(deltas) == 200


@pytest.mark.parametrize(("make", "body"), ENGINES)
async def test_lines_and_characters_split_across_reads_come_out_whole(
    make: Callable[[httpx.AsyncClient], OllamaEngine | OpenAIEngine],
    body: Callable[[Sequence[str]], bytes],
) -> None:
    words = ["größer ", "naïve ", "日本 ", "\u2028line ", "🙂 "] * 10
    raw = body(words)
    reads = [raw[at : at + 7] for at in range(0, len(raw), 7)]  # splits lines and characters
    deltas = await stream(make, reads)
    assert "".join(deltas) == "".join(words)
    assert counted(deltas) == len(words)


async def test_crlf_and_lone_cr_end_lines_even_across_reads() -> None:
    first, second = ollama_line("a").rstrip(b"\n"), ollama_line("b").rstrip(b"\n")
    done = ollama_line("", done=True)
    reads = [first + b"\r", b"\n" + second + b"\r", done]
    assert "".join(await stream(ollama, reads)) == "ab"


async def test_an_error_line_mid_read_comes_after_the_tokens_before_it() -> None:
    raw = b"".join(ollama_line(t) for t in tokens(5)) + b'{"error": "model exploded"}\n'
    deltas: list[str] = []
    with pytest.raises(UpstreamError, match="ollama reported an error: model exploded"):
        await stream(ollama, [raw], deltas)
    assert "".join(deltas) == "".join(tokens(5))


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (b"<html>not json</html>", "malformed JSON: '<html>not json</html>'"),
        (b'{"a": 1}, {"b": 2}', "malformed JSON"),
        (b'["not", "an object"]', "not an object"),
    ],
)
async def test_a_bad_line_mid_read_is_named_after_the_tokens_before_it(
    bad: bytes, message: str
) -> None:
    raw = b"".join(ollama_line(t) for t in tokens(3)) + bad + b"\n" + ollama_body(["late "])
    deltas: list[str] = []
    with pytest.raises(UpstreamError, match=message) as caught:
        await stream(ollama, [raw], deltas)
    assert caught.value.code == "upstream_bad_payload"
    assert "".join(deltas) == "".join(tokens(3))


async def test_lines_after_the_done_line_are_ignored() -> None:
    raw = ollama_body(tokens(3)) + ollama_line("after the end ")
    assert "".join(await stream(ollama, [raw])) == "".join(tokens(3))


async def test_a_body_cut_before_the_done_line_fails_after_its_tokens() -> None:
    raw = b"".join(ollama_line(t) for t in tokens(3))
    deltas: list[str] = []
    with pytest.raises(UpstreamError, match="without its done line"):
        await stream(ollama, [raw], deltas)
    assert "".join(deltas) == "".join(tokens(3))


async def test_blank_and_padded_lines_are_read_as_before() -> None:
    raw = b"\n  \n" + b"  " + ollama_line("x").rstrip(b"\n") + b"  \n" + ollama_body(["y"])
    assert "".join(await stream(ollama, [raw])) == "xy"


def test_decode_line_takes_exactly_what_decode_takes() -> None:
    upstream = Upstream("up", "http://upstream.test", httpx.Timeout(1))
    assert upstream.decode_line('{"a": [1, {"b": null}]}') == {"a": [1, {"b": None}]}
    assert upstream.decode_line(' {"a": 1} ') == {"a": 1}
    assert upstream.decode_line("   ") is None
    for bad in ('{"a": 1} x', "[1]", "nan", '"text"', '{"a": 1}{"b": 2}'):
        with pytest.raises(UpstreamError) as caught:
            upstream.decode_line(bad)
        assert caught.value.code == "upstream_bad_payload"


@pytest.mark.parametrize("running", [running_fake_ollama, running_fake_openai])
async def test_turns_reuse_one_upstream_connection(
    running: Callable[[FakeUpstream], object],
) -> None:
    async with running(FakeUpstream(models=["m"])) as fake:  # type: ignore[attr-defined]
        key = "ollama" if running is running_fake_ollama else "openai"
        config = {f"cortex.{key}.url": fake.url, f"cortex.{key}.model": "m"}
        engine = (OllamaEngine if key == "ollama" else OpenAIEngine)(config.get)
        try:
            for _ in range(3):
                with trio.fail_after(10):
                    reply = [delta async for delta in engine.stream(HELLO, {})]
                assert "".join(reply) == "".join(fake.tokens)
        finally:
            await engine.aclose()
        clients = {recorded.client for recorded in fake.requests}
    assert len(fake.requests) == 3
    assert len(clients) == 1, f"one connection per turn: {clients}"


def ollama_token_line(content: str, ascii_only: bool = True) -> bytes:
    """A token's line as Ollama writes it: compact, ``model, created_at, message, done``."""
    message = {"role": "assistant", "content": content}
    line = {"model": "m", "created_at": "2025-01-01T00:00:00.1Z", "message": message, "done": False}
    return json.dumps(line, separators=(",", ":"), ensure_ascii=ascii_only).encode() + b"\n"


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(st.text(min_size=1), min_size=1, max_size=6), ascii_only=st.booleans())
def test_ollama_token_lines_read_exactly_as_json_decoding_would(
    texts: list[str], ascii_only: bool
) -> None:
    raw = b"".join(ollama_token_line(text, ascii_only) for text in texts)
    deltas = trio.run(stream, ollama, [raw + ollama_line("", done=True)])
    assert "".join(deltas) == "".join(texts)
    assert counted(deltas) == len(texts)


@pytest.mark.parametrize(
    "line",
    [
        b'{"message":{"content":"x","role":"assistant"},"model":"m","done":false}',
        b'{"model":"m","created_at":"t","message":{"role":"assistant","content":"x",'
        b'"thinking":"hm"},"done":false}',
        b'{"model": "m", "created_at": "t", "message": {"role": "assistant", "content": "x"}}',
    ],
    ids=["another order", "another field", "spaced"],
)
async def test_a_token_line_written_otherwise_still_reads(line: bytes) -> None:
    assert "".join(await stream(ollama, [line + b"\n" + ollama_body([])])) == "x"


@pytest.mark.parametrize(
    "content", [b"a\tb", b"a\\xb", b"a\\u12b"], ids=["raw tab", "bad escape", "short escape"]
)
async def test_a_token_line_that_is_not_json_is_malformed(content: bytes) -> None:
    line = b'{"model":"m","created_at":"t","message":{"role":"assistant","content":"'
    line += content + b'"},"done":false}\n'
    with pytest.raises(UpstreamError) as caught:
        await stream(ollama, [line + ollama_body([])])
    assert caught.value.code == "upstream_bad_payload"
