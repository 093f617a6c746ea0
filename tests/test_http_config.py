"""End-to-end tests of the config routes: GET/POST /api/config and config files."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from synth.config import SCHEMA
from tests.support.servers import RunningServer, running_server, wait_ready

ITEM_FIELDS = {
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
VALUE_TYPES = {"str", "int", "float", "bool", "choice", "list", "file", "secret"}
CONSTRAINT_FIELDS = {"min", "max", "choices", "max_length"}
MASK = "********"
SECRET = "sk-this-is-the-real-secret-4711"


def error_code(response: httpx.Response, status: int) -> str:
    """The ``code`` of an error response, after checking its status and shape."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error", "code"}
    assert isinstance(body["error"], str) and body["error"]
    code: str = body["code"]
    return code


async def config_items(client: httpx.AsyncClient) -> dict[str, dict[str, Any]]:
    response = await client.get("/api/config")
    assert response.status_code == 200
    return {item["key"]: item for item in response.json()["items"]}


async def restart_and_wait(client: httpx.AsyncClient, server: RunningServer) -> None:
    before = server.system.state.restarts
    response = await client.post("/api/system/restart", json={"confirm": True})
    assert response.status_code == 202
    while True:  # ready is still set until the old incarnation begins to stop
        if server.system.state.restarts > before:
            break
        await trio.sleep(0.01)
    await wait_ready(server.system)


async def test_config_lists_every_schema_key_with_every_field(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.get("/api/config")
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["key"] for item in items] == [key.key for key in SCHEMA]
    for item in items:
        assert set(item) == ITEM_FIELDS, item["key"]
        assert item["value_type"] in VALUE_TYPES
        assert isinstance(item["sensitive"], bool)
        assert isinstance(item["restart_required"], bool)
        assert isinstance(item["label"], str) and item["label"]
        assert isinstance(item["description"], str) and item["description"]
        constraints = item["constraints"]
        assert constraints is None or (constraints and set(constraints) <= CONSTRAINT_FIELDS)


async def test_config_values_are_the_defaults_on_a_fresh_data_dir(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            items = await config_items(client)
    assert items["persona.name"]["value"] == "Synth"
    assert items["cortex.active"]["value"] == "echo"
    assert items["logchat.level"]["constraints"] == {
        "choices": ["debug", "info", "warning", "error", "critical"]
    }
    assert items["ollama_compat.models"]["value"] == ["synth:latest"]
    assert items["persona.name"]["env_override"] is False
    assert items["persona.name"]["editable"] is True


async def test_config_shows_an_unset_secret_as_null(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            items = await config_items(client)
    for key in ("auth.token", "cortex.openai.api_key"):
        assert items[key]["sensitive"] is True
        assert items[key]["value"] is None
        assert items[key]["default"] is None


async def test_config_masks_a_secret_set_by_the_environment(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_CORTEX_OPENAI_API_KEY": SECRET}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.get("/api/config")
    assert SECRET not in response.text
    item = next(i for i in response.json()["items"] if i["key"] == "cortex.openai.api_key")
    assert item["value"] == MASK
    assert item["env_override"] is True


async def test_posting_a_secret_answers_and_lists_it_masked(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            posted = await client.post(
                "/api/config", json={"key": "cortex.openai.api_key", "value": SECRET}
            )
            listed = await client.get("/api/config")
    assert posted.status_code == 200
    assert posted.json()["value"] == MASK
    assert SECRET not in posted.text
    assert SECRET not in listed.text
    item = next(i for i in listed.json()["items"] if i["key"] == "cortex.openai.api_key")
    assert item["value"] == MASK


async def test_a_persisted_secret_stays_masked_after_a_restart(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "cortex.openai.api_key", "value": SECRET})
            await restart_and_wait(client, server)
            listed = await client.get("/api/config")
    assert SECRET not in listed.text
    item = next(i for i in listed.json()["items"] if i["key"] == "cortex.openai.api_key")
    assert item["value"] == MASK


async def test_a_bad_secret_value_is_not_echoed_in_the_error(server: RunningServer) -> None:
    too_long = "s3cr3t" * 100  # over the 512-character limit
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config", json={"key": "cortex.openai.api_key", "value": too_long}
            )
    assert error_code(response, 400) == "invalid_value"
    assert "s3cr3t" not in response.text


async def test_post_config_answers_status_key_value_and_restart_flag(
    server: RunningServer,
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            live = await client.post("/api/config", json={"key": "persona.name", "value": "Ada"})
            later = await client.post("/api/config", json={"key": "runtime.drain_s", "value": 2})
    assert live.status_code == 200
    assert live.json() == {
        "status": "ok",
        "key": "persona.name",
        "value": "Ada",
        "requires_restart": False,
    }
    # An int for a float key comes back in its validated form.
    assert later.json() == {
        "status": "ok",
        "key": "runtime.drain_s",
        "value": 2.0,
        "requires_restart": True,
    }


async def test_a_config_change_is_visible_at_once(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "persona.name", "value": "Ada"})
            items = await config_items(client)
            about = (await client.get("/api/about")).json()
    assert items["persona.name"]["value"] == "Ada"
    assert about["name"] == "Ada"


async def test_a_config_change_can_clear_an_optional_key(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "weather.latitude", "value": 45.5})
            cleared = await client.post(
                "/api/config", json={"key": "weather.latitude", "value": None}
            )
            items = await config_items(client)
    assert cleared.status_code == 200
    assert items["weather.latitude"]["value"] is None


async def test_a_config_change_survives_a_restart(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "persona.name", "value": "Ada"})
            before = (await client.get("/api/about")).json()
            webui, ollama = server.webui, server.ollama
            await restart_and_wait(client, server)
            items = await config_items(client)
            after = (await client.get("/api/about")).json()
            async with httpx.AsyncClient(timeout=10) as plain:
                ollama_root = await plain.get(ollama + "/")
    assert items["persona.name"]["value"] == "Ada"
    assert items["persona.name"]["env_override"] is False
    assert after["restarts"] == before["restarts"] + 1
    assert (server.webui, server.ollama) == (webui, ollama)
    assert ollama_root.status_code == 200


async def test_a_config_change_survives_a_stop_and_a_new_start(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir) as first, first.client() as client:
            posted = await client.post(
                "/api/config", json={"key": "ollama_compat.models", "value": ["a:1", "b:2"]}
            )
            assert posted.status_code == 200
        async with running_server(data_dir) as second, second.client() as client:
            items = await config_items(client)
    assert items["ollama_compat.models"]["value"] == ["a:1", "b:2"]


async def test_post_config_with_an_unknown_key_is_404(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/config", json={"key": "no.such", "value": 1})
    assert error_code(response, 404) == "not_found"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("web.history_replay", "50"),  # a string for an int
        ("web.history_replay", True),  # a bool is not an int
        ("web.history_replay", 1.5),  # a float is not an int
        ("web.history_replay", -1),  # under min
        ("chat.tag_max_chars", 5000),  # over max
        ("selkies.enabled", 1),  # an int is not a bool
        ("logchat.level", "loud"),  # not a choice
        ("locations.available", ["ok", 3]),  # a list item that is not a string
        ("locations.available", "Garden"),  # a string is not a list
        ("persona.name", "x" * 201),  # over max_length
        ("persona.name", None),  # a required key cannot be cleared
        ("emotion.half_life_s", 0),  # timeouts must be positive
        ("persona.name", {"nested": "object"}),
    ],
)
async def test_post_config_with_an_invalid_value_is_400(
    server: RunningServer, key: str, value: object
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/config", json={"key": key, "value": value})
            items = await config_items(client)
    assert error_code(response, 400) == "invalid_value"
    default = next(k.default for k in SCHEMA if k.key == key)
    assert items[key]["value"] == (list(default) if isinstance(default, tuple) else default)


async def test_post_config_of_a_float_rejects_non_finite_numbers(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config",
                content=b'{"key": "weather.latitude", "value": NaN}',
                headers={"content-type": "application/json"},
            )
    assert error_code(response, 400) == "invalid_value"


@pytest.mark.parametrize(
    "body",
    [{"value": "Ada"}, {"key": "persona.name"}, {"key": 5, "value": "x"}, {"key": "", "value": 1}],
)
async def test_post_config_without_a_proper_key_or_value_is_400(
    server: RunningServer, body: dict[str, object]
) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post("/api/config", json=body)
    error_code(response, 400)


async def test_post_config_of_an_env_locked_key_is_409_env_override(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_PERSONA_NAME": "X"}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post("/api/config", json={"key": "persona.name", "value": "Y"})
            items = await config_items(client)
    assert error_code(response, 409) == "env_override"
    assert items["persona.name"]["value"] == "X"
    assert items["persona.name"]["env_override"] is True
    assert items["persona.name"]["editable"] is False


async def test_the_environment_wins_over_a_persisted_value(data_dir: Path) -> None:
    with trio.fail_after(20):
        async with running_server(data_dir) as first, first.client() as client:
            await client.post("/api/config", json={"key": "persona.name", "value": "Ada"})
        env = {"SYNTH_PERSONA_NAME": "X"}
        async with running_server(data_dir, env=env) as second, second.client() as client:
            items = await config_items(client)
    assert items["persona.name"]["value"] == "X"


async def test_a_file_key_refuses_a_value_through_post_config(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config", json={"key": "persona.prompt", "value": "You are Ada."}
            )
    assert error_code(response, 400) == "use_upload"


async def test_an_upload_answers_filename_size_and_sha256(server: RunningServer) -> None:
    content = b"You are Ada, a kind persona.\n" * 50
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config/persona.prompt/upload", files={"file": ("prompt.txt", content)}
            )
            items = await config_items(client)
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "key": "persona.prompt",
        "filename": "prompt.txt",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
    }
    assert items["persona.prompt"]["value"] == "prompt.txt"


async def test_an_uploaded_file_downloads_as_an_attachment(server: RunningServer) -> None:
    content = bytes(range(256)) * 8
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post(
                "/api/config/persona.prompt/upload", files={"file": ("prompt.txt", content)}
            )
            response = await client.get("/api/config/persona.prompt/file")
    assert response.status_code == 200
    assert response.content == content
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment")
    assert "prompt.txt" in disposition


async def test_a_second_upload_replaces_the_first(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post(
                "/api/config/persona.prompt/upload", files={"file": ("old.txt", b"old")}
            )
            await client.post(
                "/api/config/persona.prompt/upload", files={"file": ("new.txt", b"new")}
            )
            response = await client.get("/api/config/persona.prompt/file")
    assert response.content == b"new"
    assert "new.txt" in response.headers["content-disposition"]


async def test_an_uploaded_file_survives_a_restart(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post(
                "/api/config/persona.prompt/upload", files={"file": ("p.txt", b"kept")}
            )
            await restart_and_wait(client, server)
            response = await client.get("/api/config/persona.prompt/file")
    assert response.status_code == 200
    assert response.content == b"kept"


async def test_an_upload_filename_cannot_name_a_path(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config/persona.prompt/upload",
                files={"file": ("../../etc/evil name.txt", b"x")},
            )
    assert response.status_code == 200
    assert response.json()["filename"] == "evil_name.txt"
    assert not (server.data_dir.parent / "etc").exists()


async def test_an_upload_to_a_non_file_key_is_400_not_a_file_key(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config/persona.name/upload", files={"file": ("x.txt", b"x")}
            )
    assert error_code(response, 400) == "not_a_file_key"


async def test_an_upload_to_an_unknown_key_is_404(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config/no.such/upload", files={"file": ("x.txt", b"x")}
            )
    assert error_code(response, 404) == "not_found"


async def test_an_upload_without_the_file_field_is_400(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config/persona.prompt/upload", files={"other": ("x.txt", b"x")}
            )
    assert error_code(response, 400) == "missing_field"


async def test_an_upload_that_is_not_multipart_is_415(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.post(
                "/api/config/persona.prompt/upload", json={"file": "You are Ada."}
            )
    assert error_code(response, 415) == "unsupported_media"


async def test_an_upload_to_an_env_locked_file_key_is_409(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_PERSONA_PROMPT": "from-env.txt"}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post(
                "/api/config/persona.prompt/upload", files={"file": ("x.txt", b"x")}
            )
    assert error_code(response, 409) == "env_override"
    assert not (data_dir / "files" / "persona.prompt").exists()


def leftover_files(data_dir: Path) -> list[Path]:
    return [
        path
        for folder in ("files", "tmp")
        if (data_dir / folder).exists()
        for path in (data_dir / folder).rglob("*")
    ]


async def test_an_upload_over_the_limit_is_413_and_leaves_no_file(data_dir: Path) -> None:
    with trio.fail_after(20):
        env = {"SYNTH_LIMITS_UPLOAD_BYTES": "1000"}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post(
                "/api/config/persona.prompt/upload", files={"file": ("big.txt", b"x" * 5000)}
            )
            items = await config_items(client)
    assert error_code(response, 413) == "too_large"
    assert leftover_files(data_dir) == []
    assert items["persona.prompt"]["value"] is None


async def test_an_upload_over_the_limit_without_content_length_is_413(data_dir: Path) -> None:
    boundary = "b0undary"
    body = (
        (
            f"--{boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="big.txt"\r\n'
            "Content-Type: text/plain\r\n\r\n"
        ).encode()
        + b"y" * 5000
        + f"\r\n--{boundary}--\r\n".encode()
    )

    async def chunks() -> Any:
        for start in range(0, len(body), 512):
            yield body[start : start + 512]

    with trio.fail_after(20):
        env = {"SYNTH_LIMITS_UPLOAD_BYTES": "1000"}
        async with running_server(data_dir, env=env) as server, server.client() as client:
            response = await client.post(
                "/api/config/persona.prompt/upload",
                content=chunks(),
                headers={"content-type": f"multipart/form-data; boundary={boundary}"},
            )
    assert error_code(response, 413) == "too_large"
    assert leftover_files(data_dir) == []


async def test_the_upload_limit_applies_at_once_when_changed(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            await client.post("/api/config", json={"key": "limits.upload_bytes", "value": 100})
            response = await client.post(
                "/api/config/persona.prompt/upload", files={"file": ("big.txt", b"z" * 1000)}
            )
    assert error_code(response, 413) == "too_large"


async def test_downloading_a_file_never_uploaded_is_404(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.get("/api/config/persona.prompt/file")
    assert error_code(response, 404) == "not_found"


async def test_downloading_the_file_of_a_non_file_key_is_an_error(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as client:
            response = await client.get("/api/config/persona.name/file")
            unknown = await client.get("/api/config/no.such/file")
    assert error_code(response, 400) == "not_a_file_key"
    assert error_code(unknown, 404) == "not_found"
