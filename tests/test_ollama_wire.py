"""Pure pieces of the Ollama listener: names, digests, origins, conversation ids, bodies."""

from __future__ import annotations

import json

import pytest

from synth.actors.chat_turn import TurnDone
from synth.cortex.base import ChatMessage
from synth.errors import BadRequest
from synth.http import ollama_cors, ollama_requests, ollama_wire, openai_wire

DONE = TurnDone(
    assistant={},
    tags=(),
    prompt_tokens=7,
    eval_count=3,
    started_at=10.0,
    first_token_at=10.25,
    ended_at=11.5,
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("synth", "synth:latest"),
        ("synth:latest", "synth:latest"),
        ("persona/heart", "persona/heart:latest"),
        ("persona/heart:v2", "persona/heart:v2"),
        ("localhost:5000/heart", "localhost:5000/heart:latest"),
    ],
)
def test_a_name_without_tag_gets_latest(given: str, expected: str) -> None:
    assert ollama_wire.full_name(given) == expected


def test_find_model_ignores_case_and_missing_tag() -> None:
    assert ollama_wire.find_model(["Synth:latest"], "synth") == "Synth:latest"
    assert ollama_wire.find_model(["synth:latest"], "synth:v2") is None


def test_digest_is_64_hex_and_the_same_with_or_without_tag() -> None:
    digest = ollama_wire.digest("synth")
    assert len(digest) == 64 and int(digest, 16) >= 0
    assert digest == ollama_wire.digest("synth:latest")
    assert digest != ollama_wire.digest("other")


def test_metrics_are_integer_nanoseconds_split_at_the_first_token() -> None:
    assert ollama_wire.metrics(DONE) == {
        "total_duration": 1_500_000_000,
        "load_duration": 0,
        "prompt_eval_count": 7,
        "prompt_eval_duration": 250_000_000,
        "eval_count": 3,
        "eval_duration": 1_250_000_000,
    }


def test_metrics_without_any_token_put_the_whole_wait_in_prompt_eval() -> None:
    silent = TurnDone({}, (), 1, 0, started_at=1.0, first_token_at=None, ended_at=2.0)
    metrics = ollama_wire.metrics(silent)
    assert metrics["prompt_eval_duration"] == 1_000_000_000
    assert metrics["eval_duration"] == 0


def test_an_ndjson_line_is_compact_and_ends_with_one_newline() -> None:
    encoded = ollama_wire.line({"content": "two\nlines", "n": 1})
    assert encoded == b'{"content":"two\\nlines","n":1}\n'


def test_an_sse_event_is_one_data_line_and_a_blank_line() -> None:
    encoded = openai_wire.event({"a": "b"})
    assert encoded == b'data: {"a":"b"}\n\n'


def test_owned_by_is_the_namespace_or_library() -> None:
    assert openai_wire.owner("synth:latest") == "library"
    assert openai_wire.owner("persona/heart:v2") == "persona"


@pytest.mark.parametrize(
    ("origin", "patterns", "allowed"),
    [
        ("http://app.example", ["http://app.example"], True),
        ("http://APP.example", ["http://app.example/"], True),
        ("http://localhost:3000", ["http://localhost:*"], True),
        ("chrome-extension://abc", ["*"], True),
        ("http://evil.example", ["http://app.example", "http://localhost:*"], False),
        ("http://app.example.evil", ["http://app.example"], False),
        ("http://app.example", [], False),
    ],
)
def test_origin_matching_follows_ollama_origins(
    origin: str, patterns: list[str], allowed: bool
) -> None:
    assert ollama_cors.origin_allowed(origin, patterns) is allowed


def test_preflight_echoes_stainless_headers_by_name() -> None:
    allowed = ollama_cors.allow_headers("content-type, x-stainless-os, x-other")
    names = [name.strip() for name in allowed.split(",")]
    assert "x-stainless-os" in names
    assert "x-other" not in names
    assert "X-Synth-Conversation" in names


def test_derived_conversation_id_survives_the_conversation_growing() -> None:
    first = [ChatMessage("system", "be kind"), ChatMessage("user", "hi")]
    later = [*first, ChatMessage("assistant", "hello"), ChatMessage("user", "how are you?")]
    assert ollama_requests.conversation_id(None, first) == ollama_requests.conversation_id(
        None, later
    )


def test_derived_conversation_id_tells_apart_talks_with_one_system_prompt() -> None:
    one = [ChatMessage("system", "be kind"), ChatMessage("user", "hi")]
    two = [ChatMessage("system", "be kind"), ChatMessage("user", "good morning")]
    assert ollama_requests.conversation_id(None, one) != ollama_requests.conversation_id(None, two)


def test_conversation_header_wins_over_the_derived_id() -> None:
    messages = [ChatMessage("user", "hi")]
    assert ollama_requests.conversation_id("my-chat_1", messages) == "my-chat_1"


@pytest.mark.parametrize("header", ["", "has space", "colon:no", "x" * 65])
def test_conversation_header_outside_the_pattern_is_refused(header: str) -> None:
    with pytest.raises(BadRequest):
        ollama_requests.conversation_id(header, [ChatMessage("user", "hi")])


@pytest.mark.parametrize(
    ("keep_alive", "reason"),
    [
        (0, "unload"),
        (0.0, "unload"),
        ("0", "unload"),
        ("0s", "unload"),
        ("5m", "load"),
        (-1, "load"),
        (None, "load"),
        (False, "load"),
    ],
)
def test_keep_alive_zero_turns_load_into_unload(keep_alive: object, reason: str) -> None:
    body = {"model": "synth", "prompt": "", "keep_alive": keep_alive}
    assert ollama_requests.native_generate(body).lifecycle == reason


def test_openai_sampling_fields_become_options() -> None:
    body = {"max_tokens": 20, "temperature": 0.5, "stop": "END", "seed": 4}
    assert ollama_requests.openai_options(body) == {
        "temperature": 0.5,
        "num_predict": 20,
        "seed": 4,
        "stop": ["END"],
    }


def test_openai_text_parts_and_developer_role_are_understood() -> None:
    body = {
        "messages": [
            {"role": "developer", "content": "be brief"},
            {
                "role": "user",
                "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
            },
        ]
    }
    assert ollama_requests.openai_messages(body) == (
        ChatMessage("system", "be brief"),
        ChatMessage("user", "a\nb"),
    )


def test_openai_completion_carries_usage() -> None:
    completion = openai_wire.completion("chatcmpl-1", 5, "synth", "hi", DONE)
    assert completion["usage"] == {"prompt_tokens": 7, "completion_tokens": 3, "total_tokens": 10}
    assert json.loads(json.dumps(completion)) == completion
