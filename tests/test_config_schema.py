"""The config schema and value validation: every key, its flags, and strict types."""

from __future__ import annotations

import pytest

from synth.config.schema import KEYS, SCHEMA, Constraints, Key, check_env_names
from synth.config.values import coerce, parse_text
from synth.errors import BadRequest

DESIGN_KEYS = {
    "web": [
        "host",
        "port",
        "debug",
        "hello_timeout_s",
        "history_replay",
        "ws_max_frame_bytes",
        "ws_queue",
    ],
    "ollama_compat": ["enabled", "host", "port", "version", "models", "origins", "require_token"],
    "auth": ["token"],
    "runtime": ["drain_s", "mailbox_size"],
    "limits": [
        "body_bytes",
        "upload_bytes",
        "animation_upload_bytes",
        "vrm_upload_bytes",
        "prompt_chars",
    ],
    "cortex": [
        "active",
        "timeout_s",
        "ollama.url",
        "ollama.model",
        "openai.url",
        "openai.model",
        "openai.api_key",
    ],
    "persona": ["name", "prompt"],
    "chat": ["context_messages", "tag_max_chars"],
    "animation": ["skin", "context_ttl_s", "promotion_enabled"],
    "emotion": ["half_life_s", "max_events_per_s"],
    "weather": ["url", "latitude", "longitude", "interval_s"],
    "selkies": ["enabled", "url", "host", "http_port", "https_port"],
    "logchat": ["enabled", "interface", "chat_id", "level"],
    "locations": ["available", "current"],
}


def _key(name: str) -> Key:
    return Key(name, "str", "", "label", "description", "Group", "test")


def _invalid(key: str, raw: object) -> BadRequest:
    with pytest.raises(BadRequest) as caught:
        coerce(KEYS[key], raw)
    assert caught.value.code == "invalid_value"
    assert key in caught.value.message
    return caught.value


def test_schema_holds_exactly_the_design_keys() -> None:
    expected = {f"{section}.{name}" for section, names in DESIGN_KEYS.items() for name in names}
    assert set(KEYS) == expected
    assert len(SCHEMA) == len(expected)


@pytest.mark.parametrize(
    ("key", "default"),
    [
        ("web.host", "127.0.0.1"),
        ("web.port", 8000),
        ("web.debug", False),
        ("web.hello_timeout_s", 10),
        ("web.history_replay", 50),
        ("web.ws_max_frame_bytes", 65536),
        ("web.ws_queue", 256),
        ("ollama_compat.enabled", True),
        ("ollama_compat.port", 11435),
        ("ollama_compat.models", ("synth:latest",)),
        ("ollama_compat.origins", ()),
        ("ollama_compat.require_token", False),
        ("auth.token", None),
        ("runtime.drain_s", 5),
        ("runtime.mailbox_size", 256),
        ("limits.body_bytes", 1024 * 1024),
        ("limits.upload_bytes", 10 * 1024 * 1024),
        ("limits.animation_upload_bytes", 50 * 1024 * 1024),
        ("limits.vrm_upload_bytes", 100 * 1024 * 1024),
        ("limits.prompt_chars", 100_000),
        ("cortex.active", "echo"),
        ("cortex.timeout_s", 120),
        ("cortex.ollama.url", "http://127.0.0.1:11434"),
        ("cortex.ollama.model", "llama3.2"),
        ("cortex.openai.url", None),
        ("cortex.openai.api_key", None),
        ("persona.name", "Synth"),
        ("chat.context_messages", 20),
        ("chat.tag_max_chars", 64),
        ("animation.skin", "default"),
        ("animation.context_ttl_s", 120),
        ("animation.promotion_enabled", False),
        ("emotion.half_life_s", 30),
        ("emotion.max_events_per_s", 10),
        ("weather.url", None),
        ("weather.interval_s", 1800),
        ("selkies.enabled", False),
        ("selkies.http_port", 5006),
        ("selkies.https_port", 5007),
        ("logchat.enabled", False),
        ("logchat.level", "warning"),
        ("locations.current", "Living room"),
    ],
)
def test_defaults_are_the_design_defaults(key: str, default: object) -> None:
    assert KEYS[key].default == default


def test_ollama_version_default_looks_like_a_real_version() -> None:
    parts = str(KEYS["ollama_compat.version"].default).split(".")
    assert len(parts) == 3 and all(part.isdigit() for part in parts)


def test_current_location_is_one_of_the_available_locations() -> None:
    available = KEYS["locations.available"].default
    assert isinstance(available, tuple) and available
    assert KEYS["locations.current"].default in available


@pytest.mark.parametrize("key", SCHEMA, ids=lambda key: key.key)
def test_every_default_passes_its_own_validation(key: Key) -> None:
    expected = list(key.default) if isinstance(key.default, tuple) else key.default
    assert coerce(key, key.default) == expected


def test_every_key_has_a_label_description_group_and_component() -> None:
    for key in SCHEMA:
        assert key.label and key.description and key.group and key.component, key.key


def test_env_var_is_synth_and_the_upper_cased_key_with_underscores() -> None:
    assert KEYS["ollama_compat.port"].env_var == "SYNTH_OLLAMA_COMPAT_PORT"
    assert KEYS["cortex.ollama.url"].env_var == "SYNTH_CORTEX_OLLAMA_URL"


def test_schema_env_var_names_are_unique() -> None:
    check_env_names(SCHEMA)


def test_two_keys_with_the_same_env_var_are_rejected() -> None:
    with pytest.raises(ValueError, match="SYNTH_A_B_C"):
        check_env_names([_key("a.b_c"), _key("a_b.c")])


def test_a_key_named_like_the_data_dir_variable_is_rejected() -> None:
    with pytest.raises(ValueError, match="SYNTH_DATA_DIR"):
        check_env_names([_key("data.dir")])


def test_a_key_listed_twice_is_rejected() -> None:
    with pytest.raises(ValueError, match=r"web\.port"):
        check_env_names([KEYS["web.port"], KEYS["web.port"]])


def test_only_the_token_and_the_api_key_are_sensitive_secrets() -> None:
    sensitive = {key.key for key in SCHEMA if key.sensitive}
    secrets = {key.key for key in SCHEMA if key.value_type == "secret"}
    assert sensitive == secrets == {"auth.token", "cortex.openai.api_key"}


@pytest.mark.parametrize(
    "key",
    [
        "web.host",
        "web.port",
        "ollama_compat.enabled",
        "ollama_compat.host",
        "ollama_compat.port",
        "runtime.drain_s",
        "runtime.mailbox_size",
    ],
)
def test_listener_and_runtime_keys_require_a_restart(key: str) -> None:
    assert KEYS[key].restart_required


@pytest.mark.parametrize("key", ["cortex.active", "cortex.ollama.url", "persona.name"])
def test_keys_read_per_use_take_effect_without_restart(key: str) -> None:
    assert not KEYS[key].restart_required


def test_persona_prompt_is_a_file_key() -> None:
    assert KEYS["persona.prompt"].value_type == "file"


def test_cortex_active_is_a_plain_string() -> None:
    assert KEYS["cortex.active"].value_type == "str"
    assert coerce(KEYS["cortex.active"], "openai") == "openai"


def test_logchat_level_is_a_choice_of_log_levels() -> None:
    key = KEYS["logchat.level"]
    assert key.value_type == "choice"
    assert key.constraints is not None
    assert key.constraints.choices == ("debug", "info", "warning", "error", "critical")


def test_constraints_as_json_holds_only_the_set_fields() -> None:
    assert Constraints(min=0, max=65535).as_json() == {"min": 0, "max": 65535}
    assert Constraints(choices=("a", "b")).as_json() == {"choices": ["a", "b"]}


def test_constraints_as_json_is_none_when_nothing_is_set() -> None:
    assert Constraints().as_json() is None


def test_listener_port_zero_means_any_free_port() -> None:
    assert coerce(KEYS["web.port"], 0) == 0
    assert coerce(KEYS["ollama_compat.port"], 0) == 0


@pytest.mark.parametrize("raw", [-1, 65536])
def test_port_outside_the_tcp_range_is_rejected(raw: int) -> None:
    _invalid("web.port", raw)


def test_bool_is_not_accepted_as_an_int() -> None:
    error = _invalid("web.port", True)
    assert "expected an integer, got true" in error.message


def test_int_is_not_accepted_as_a_bool() -> None:
    _invalid("web.debug", 1)


def test_float_is_not_accepted_as_an_int() -> None:
    _invalid("web.port", 8000.0)


def test_int_is_accepted_as_a_float_and_stored_as_float() -> None:
    value = coerce(KEYS["cortex.timeout_s"], 30)
    assert value == 30.0 and isinstance(value, float)


def test_non_finite_float_is_rejected() -> None:
    _invalid("cortex.timeout_s", float("inf"))


def test_zero_timeout_is_rejected() -> None:
    error = _invalid("cortex.timeout_s", 0)
    assert "must be at least" in error.message


def test_latitude_beyond_the_pole_is_rejected() -> None:
    _invalid("weather.latitude", 90.5)


def test_longitude_beyond_180_is_rejected() -> None:
    _invalid("weather.longitude", -181)


def test_choice_outside_its_choices_is_rejected() -> None:
    error = _invalid("logchat.level", "loud")
    assert "debug, info, warning, error, critical" in error.message


def test_list_with_a_non_string_item_is_rejected() -> None:
    _invalid("ollama_compat.models", ["synth:latest", 3])


def test_string_is_not_accepted_as_a_list() -> None:
    _invalid("ollama_compat.models", "synth:latest")


def test_list_comes_back_as_a_new_list() -> None:
    raw = ["a", "b"]
    value = coerce(KEYS["ollama_compat.models"], raw)
    assert value == raw and value is not raw


def test_too_long_string_is_rejected() -> None:
    _invalid("web.host", "h" * 254)


def test_too_long_list_item_is_rejected() -> None:
    _invalid("locations.available", ["Garden", "x" * 201])


def test_null_is_rejected_for_a_key_with_a_default() -> None:
    _invalid("web.host", None)


def test_null_clears_an_optional_key() -> None:
    assert coerce(KEYS["weather.latitude"], None) is None


def test_empty_string_clears_a_secret() -> None:
    assert coerce(KEYS["auth.token"], "") is None


def test_rejected_secret_is_not_echoed() -> None:
    error = _invalid("auth.token", ["hunter2"])
    assert "hunter2" not in error.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", True),
        ("true", True),
        ("YES", True),
        ("On", True),
        ("0", False),
        ("false", False),
        ("No", False),
        ("off", False),
    ],
)
def test_parse_text_reads_bool_words(text: str, expected: bool) -> None:
    assert parse_text(KEYS["web.debug"], text) is expected


def test_parse_text_rejects_other_bool_words() -> None:
    with pytest.raises(BadRequest, match=r"web\.debug"):
        parse_text(KEYS["web.debug"], "maybe")


def test_parse_text_reads_an_int() -> None:
    assert parse_text(KEYS["web.port"], " 8080 ") == 8080


def test_parse_text_rejects_a_non_integer() -> None:
    with pytest.raises(BadRequest, match='expected an integer, got "abc"'):
        parse_text(KEYS["web.port"], "abc")


def test_parse_text_applies_constraints() -> None:
    with pytest.raises(BadRequest, match="at most 65535"):
        parse_text(KEYS["web.port"], "70000")


def test_parse_text_reads_a_float() -> None:
    assert parse_text(KEYS["weather.latitude"], "52.52") == 52.52


def test_parse_text_empty_clears_an_optional_number() -> None:
    assert parse_text(KEYS["weather.latitude"], "") is None


def test_parse_text_reads_a_comma_separated_list() -> None:
    assert parse_text(KEYS["ollama_compat.origins"], "http://a, http://b,") == [
        "http://a",
        "http://b",
    ]


def test_parse_text_reads_a_json_array() -> None:
    assert parse_text(KEYS["locations.available"], '["Attic, top", "Cellar"]') == [
        "Attic, top",
        "Cellar",
    ]


def test_parse_text_rejects_a_broken_json_array() -> None:
    with pytest.raises(BadRequest, match="JSON array"):
        parse_text(KEYS["locations.available"], '["Attic"')


def test_parse_text_reads_a_choice_in_any_case() -> None:
    assert parse_text(KEYS["logchat.level"], "ERROR") == "error"


def test_parse_text_keeps_a_string_as_given() -> None:
    assert parse_text(KEYS["persona.name"], " Aiko ") == " Aiko "
