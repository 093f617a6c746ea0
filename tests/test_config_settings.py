"""Config sources, precedence, the API view, ``synth config show`` and the data dir."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import platformdirs
import pytest

from synth.config import (
    MASK,
    ConfigFileError,
    Settings,
    config_file_path,
    env_values,
    load_file,
    load_settings,
    render_show,
    resolve_data_dir,
)
from synth.errors import BadRequest, Conflict, NotFound

API_FIELDS = {
    "key",
    "label",
    "description",
    "value",
    "default",
    "group",
    "component",
    "value_type",
    "sensitive",
    "env_override",
    "editable",
    "restart_required",
    "constraints",
}


def _settings(
    *,
    file_values: Mapping[str, object] | None = None,
    env: Mapping[str, object] | None = None,
    persisted: Mapping[str, object] | None = None,
) -> Settings:
    return load_settings(file_values=file_values or {}, env=env or {}, persisted=persisted or {})


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "synth.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _item(settings: Settings, key: str) -> dict[str, object]:
    return next(item for item in settings.describe() if item["key"] == key)


def _file_error(path: Path) -> ConfigFileError:
    with pytest.raises(ConfigFileError) as caught:
        load_file(path)
    return caught.value


# config file


def test_missing_config_file_gives_no_values(tmp_path: Path) -> None:
    assert load_file(tmp_path / "absent.toml") == {}


def test_tables_flatten_to_dotted_keys(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        '[web]\nport = 9000\n\n[cortex]\nactive = "ollama"\n\n'
        '[cortex.ollama]\nurl = "http://pi:11434"\n',
    )
    assert load_file(path) == {
        "web.port": 9000,
        "cortex.active": "ollama",
        "cortex.ollama.url": "http://pi:11434",
    }


def test_file_values_are_validated(tmp_path: Path) -> None:
    path = _write(tmp_path, "[cortex]\ntimeout_s = 30\n")
    value = load_file(path)["cortex.timeout_s"]
    assert value == 30.0 and isinstance(value, float)


def test_bad_file_value_names_file_key_and_reason(tmp_path: Path) -> None:
    path = _write(tmp_path, '[web]\nport = "abc"\n')
    error = _file_error(path)
    assert (error.path, error.key, error.reason) == (
        str(path),
        "web.port",
        'expected an integer, got "abc"',
    )
    assert str(error) == f'{path}: web.port: expected an integer, got "abc"'


def test_file_value_outside_constraints_is_an_error(tmp_path: Path) -> None:
    error = _file_error(_write(tmp_path, "[weather]\nlatitude = 91.0\n"))
    assert error.key == "weather.latitude"
    assert "at most 90" in error.reason


def test_unknown_file_key_is_an_error_with_a_suggestion(tmp_path: Path) -> None:
    error = _file_error(_write(tmp_path, "[web]\nprot = 1\n"))
    assert error.key == "web.prot"
    assert error.reason == "unknown key (did you mean web.port?)"


def test_table_in_place_of_a_value_is_an_error(tmp_path: Path) -> None:
    error = _file_error(_write(tmp_path, "[web.port]\nnumber = 1\n"))
    assert error.key == "web.port"
    assert "expected an integer" in error.reason


def test_toml_syntax_error_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "[web\nport = 1\n")
    error = _file_error(path)
    assert error.path == str(path) and error.key is None
    assert error.reason.startswith("invalid TOML")


def test_file_that_is_not_utf8_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "synth.toml"
    path.write_bytes(b'[web]\nhost = "\xff"\n')
    assert _file_error(path).reason == "not UTF-8 text"


# environment


def test_env_values_read_synth_variables() -> None:
    values = env_values({"SYNTH_WEB_PORT": "9001", "SYNTH_CORTEX_OLLAMA_MODEL": "qwen3"})
    assert values == {"web.port": 9001, "cortex.ollama.model": "qwen3"}


def test_web_debug_alias_sets_web_debug() -> None:
    assert env_values({"WEB_DEBUG": "1"}) == {"web.debug": True}


def test_synth_variable_wins_over_its_alias() -> None:
    assert env_values({"WEB_DEBUG": "1", "SYNTH_WEB_DEBUG": "false"}) == {"web.debug": False}


def test_data_dir_and_unrelated_variables_are_not_keys() -> None:
    assert env_values({"SYNTH_DATA_DIR": "/tmp/x", "SYNTH_NOPE": "1", "PATH": "/bin"}) == {}


def test_bad_env_value_names_the_variable() -> None:
    with pytest.raises(ConfigFileError) as caught:
        env_values({"SYNTH_OLLAMA_COMPAT_PORT": "abc"})
    error = caught.value
    assert (error.path, error.key) == ("environment", "SYNTH_OLLAMA_COMPAT_PORT")
    assert str(error) == 'environment: SYNTH_OLLAMA_COMPAT_PORT: expected an integer, got "abc"'


def test_bad_alias_value_names_the_alias() -> None:
    with pytest.raises(ConfigFileError) as caught:
        env_values({"WEB_DEBUG": "maybe"})
    assert caught.value.key == "WEB_DEBUG"


# precedence and sources


def test_defaults_apply_when_no_source_sets_a_key() -> None:
    settings = _settings()
    assert settings.get("web.port") == 8000
    assert settings.source("web.port") == "default"


def test_file_overrides_default() -> None:
    settings = _settings(file_values={"web.port": 9000})
    assert (settings.get("web.port"), settings.source("web.port")) == (9000, "file")


def test_persisted_overrides_file() -> None:
    settings = _settings(file_values={"web.port": 9000}, persisted={"web.port": 9100})
    assert (settings.get("web.port"), settings.source("web.port")) == (9100, "persisted")


def test_env_overrides_persisted_and_file() -> None:
    settings = _settings(
        file_values={"web.port": 9000}, persisted={"web.port": 9100}, env={"web.port": 9200}
    )
    assert (settings.get("web.port"), settings.source("web.port")) == (9200, "env")


def test_settings_hold_every_key() -> None:
    settings = _settings()
    assert len(settings.values) == len(settings.describe()) == len(settings.sources)


def test_stale_persisted_value_is_skipped_not_fatal() -> None:
    settings = _settings(file_values={"web.port": 9000}, persisted={"web.port": "abc"})
    assert settings.get("web.port") == 9000
    assert settings.source("web.port") == "file"
    assert settings.skipped == ("web.port",)


def test_unknown_persisted_key_is_skipped() -> None:
    settings = _settings(persisted={"web.removed": 1})
    assert settings.skipped == ("web.removed",)


def test_unknown_key_in_file_values_is_not_found() -> None:
    with pytest.raises(NotFound):
        _settings(file_values={"web.removed": 1})


# reading


def test_get_unknown_key_is_not_found() -> None:
    with pytest.raises(NotFound, match=r"unknown config key 'web\.nope'"):
        _settings().get("web.nope")


def test_source_of_unknown_key_is_not_found() -> None:
    with pytest.raises(NotFound):
        _settings().source("web.nope")


def test_get_list_returns_a_copy() -> None:
    settings = _settings()
    settings.get_list("locations.available").append("Moon")
    assert settings.get_list("locations.available") == ["Living room", "Study", "Garden"]


def test_typed_getters_return_typed_values() -> None:
    settings = _settings()
    assert settings.get_int("web.port") == 8000
    assert settings.get_float("cortex.timeout_s") == 120.0
    assert settings.get_bool("ollama_compat.enabled") is True
    assert settings.get_str("cortex.active") == "echo"
    assert settings.get_optional_str("cortex.openai.url") is None
    assert settings.get_optional_float("weather.latitude") is None


def test_typed_getter_of_the_wrong_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"web\.debug"):
        _settings().get_int("web.debug")


# changing


def test_with_persisted_returns_new_settings_and_leaves_the_old_alone() -> None:
    before = _settings()
    after = before.with_persisted("cortex.active", "ollama")
    assert (after.get("cortex.active"), after.source("cortex.active")) == ("ollama", "persisted")
    assert before.get("cortex.active") == "echo"


def test_with_persisted_refuses_an_env_locked_key() -> None:
    settings = _settings(env={"web.port": 9200})
    assert settings.env_locked("web.port")
    with pytest.raises(Conflict) as caught:
        settings.with_persisted("web.port", 9300)
    assert caught.value.code == "env_override"
    assert "SYNTH_WEB_PORT" in caught.value.message


def test_with_persisted_validates_the_value() -> None:
    with pytest.raises(BadRequest) as caught:
        _settings().with_persisted("web.port", True)
    assert caught.value.code == "invalid_value"


def test_with_persisted_unknown_key_is_not_found() -> None:
    with pytest.raises(NotFound):
        _settings().with_persisted("web.nope", 1)


def test_with_persisted_clears_a_skipped_key() -> None:
    settings = _settings(persisted={"web.port": "abc"}).with_persisted("web.port", 9000)
    assert settings.skipped == ()


# the API view


def test_describe_items_have_exactly_the_api_fields() -> None:
    for item in _settings().describe():
        assert set(item) == API_FIELDS


def test_describe_shows_value_default_and_constraints() -> None:
    item = _item(_settings(file_values={"web.port": 9000}), "web.port")
    assert item["value"] == 9000 and item["default"] == 8000
    assert item["value_type"] == "int" and item["restart_required"] is True
    assert item["constraints"] == {"min": 0, "max": 65535}


def test_describe_shows_list_defaults_as_lists() -> None:
    assert _item(_settings(), "ollama_compat.models")["default"] == ["synth:latest"]


def test_describe_masks_a_set_sensitive_value() -> None:
    settings = _settings(persisted={"auth.token": "hunter2"})
    assert _item(settings, "auth.token")["value"] == MASK
    assert "hunter2" not in repr(settings.describe())


def test_describe_shows_an_unset_sensitive_value_as_null() -> None:
    item = _item(_settings(), "cortex.openai.api_key")
    assert item["value"] is None and item["default"] is None


def test_describe_marks_env_locked_key_as_not_editable() -> None:
    item = _item(_settings(env={"web.debug": True}), "web.debug")
    assert item["env_override"] is True and item["editable"] is False


def test_describe_marks_other_keys_as_editable() -> None:
    item = _item(_settings(), "web.debug")
    assert item["env_override"] is False and item["editable"] is True


# synth config show


def test_render_show_lists_each_key_with_value_and_source() -> None:
    lines = render_show(_settings(file_values={"web.port": 9000})).splitlines()
    port = next(line for line in lines if line.startswith("web.port "))
    assert port.split() == ["web.port", "9000", "[file]"]
    assert any(line.split() == ["web.host", '"127.0.0.1"', "[default]"] for line in lines)


def test_render_show_aligns_columns() -> None:
    lines = render_show(_settings()).splitlines()
    width = max(len(line.split()[0]) for line in lines)
    assert all(line[width : width + 2] == "  " and line[width + 2] != " " for line in lines)
    assert len({line.rindex(" [") for line in lines}) == 1


def test_render_show_masks_secrets() -> None:
    text = render_show(_settings(env={"cortex.openai.api_key": "sk-secret"}))
    line = next(line for line in text.splitlines() if line.startswith("cortex.openai.api_key"))
    assert line.split() == ["cortex.openai.api_key", MASK, "[env]"]
    assert "sk-secret" not in text


def test_render_show_mentions_skipped_persisted_values() -> None:
    text = render_show(_settings(persisted={"web.port": "abc"}))
    assert "web.port" in text.splitlines()[-1]


# paths


def test_data_dir_option_wins(tmp_path: Path) -> None:
    env = {"SYNTH_DATA_DIR": "/elsewhere"}
    assert resolve_data_dir(str(tmp_path), env) == tmp_path


def test_data_dir_from_environment() -> None:
    assert resolve_data_dir(None, {"SYNTH_DATA_DIR": "/srv/synth"}) == Path("/srv/synth")


def test_data_dir_defaults_to_the_user_data_dir() -> None:
    expected = Path(platformdirs.user_data_dir("synthetic-heart"))
    assert resolve_data_dir(None, {}) == expected


def test_config_file_defaults_to_synth_toml_in_the_data_dir(tmp_path: Path) -> None:
    assert config_file_path(None, tmp_path) == tmp_path / "synth.toml"


def test_config_option_wins(tmp_path: Path) -> None:
    assert config_file_path(str(tmp_path / "other.toml"), tmp_path) == tmp_path / "other.toml"
