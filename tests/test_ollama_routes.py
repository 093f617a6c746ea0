"""The Ollama listener's non-chat routes, over real HTTP: root, version, catalog, show, ps."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import httpx
import pytest
import trio

from tests.support.servers import RunningServer, running_server

HEX64 = re.compile(r"[0-9a-f]{64}")
CATALOG_KEYS = {"name", "model", "modified_at", "size", "digest", "details"}
DETAIL_KEYS = {
    "parent_model",
    "format",
    "family",
    "families",
    "parameter_size",
    "quantization_level",
}
SHOW_KEYS = {
    "modelfile",
    "parameters",
    "template",
    "license",
    "details",
    "model_info",
    "capabilities",
    "modified_at",
}
PS_KEYS = {"name", "model", "size", "digest", "details", "expires_at", "size_vram"}


@pytest.fixture
async def client(server: RunningServer) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=server.ollama, timeout=10) as client:
        yield client


def is_json(response: httpx.Response) -> bool:
    return response.headers["content-type"].startswith("application/json")


def check_details(details: dict[str, object]) -> None:
    assert set(details) == DETAIL_KEYS
    assert isinstance(details["families"], list)
    for key in DETAIL_KEYS - {"families"}:
        assert isinstance(details[key], str)


def parse_time(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    assert parsed.utcoffset() is not None
    return parsed


async def test_root_says_ollama_is_running(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.get("/")
    assert response.status_code == 200
    assert response.text == "Ollama is running"
    assert response.headers["content-type"].startswith("text/plain")


@pytest.mark.parametrize("path", ["/", "/api/version", "/api/tags"])
async def test_head_answers_200_without_a_body(client: httpx.AsyncClient, path: str) -> None:
    with trio.fail_after(20):
        response = await client.head(path)
    assert response.status_code == 200
    assert response.content == b""


async def test_version_reports_the_configured_version(server: RunningServer) -> None:
    with trio.fail_after(20):
        async with server.client() as webui:
            change = {"key": "ollama_compat.version", "value": "0.13.1"}
            assert (await webui.post("/api/config", json=change)).status_code == 200
        async with httpx.AsyncClient(base_url=server.ollama) as client:
            response = await client.get("/api/version")
    assert is_json(response)
    assert response.json() == {"version": "0.13.1"}


async def test_tags_lists_every_configured_model_with_its_tag(data_dir: Path) -> None:
    models = ["synth", "persona/heart:v2"]
    with trio.fail_after(20):
        async with (
            running_server(data_dir, overrides={"ollama_compat.models": models}) as server,
            httpx.AsyncClient(base_url=server.ollama) as client,
        ):
            response = await client.get("/api/tags")
    names = [entry["name"] for entry in response.json()["models"]]
    assert names == ["synth:latest", "persona/heart:v2"]


async def test_tags_entries_carry_every_documented_key(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.get("/api/tags")
    assert is_json(response)
    [entry] = response.json()["models"]
    assert set(entry) == CATALOG_KEYS
    assert entry["name"] == entry["model"] == "synth:latest"
    assert HEX64.fullmatch(entry["digest"])
    assert isinstance(entry["size"], int)
    parse_time(entry["modified_at"])
    check_details(entry["details"])


async def test_digest_is_the_same_wherever_the_model_appears(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        tags = (await client.get("/api/tags")).json()["models"]
        ps = (await client.get("/api/ps")).json()["models"]
        single = (await client.get("/api/models/synth")).json()
    assert tags[0]["digest"] == ps[0]["digest"] == single["digest"]


async def test_model_route_returns_the_catalog_entry(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        single = await client.get("/api/models/synth")
        tags = await client.get("/api/tags")
    assert single.status_code == 200
    assert single.json() == tags.json()["models"][0]


async def test_model_route_for_an_unknown_model_is_404(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.get("/api/models/nope")
    assert response.status_code == 404
    assert is_json(response)
    assert response.json()["error"] == "model 'nope' not found"


@pytest.mark.parametrize("field", ["model", "name"])
async def test_show_accepts_model_and_the_legacy_name(
    client: httpx.AsyncClient, field: str
) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/show", json={field: "synth"})
    assert response.status_code == 200
    assert is_json(response)


async def test_show_carries_every_key_with_strings_present(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        body = (await client.post("/api/show", json={"model": "synth:latest"})).json()
    assert set(body) == SHOW_KEYS
    for key in ("modelfile", "parameters", "template", "license"):
        assert isinstance(body[key], str)
    assert isinstance(body["model_info"], dict)
    assert body["capabilities"] == ["completion"]
    check_details(body["details"])
    parse_time(body["modified_at"])


async def test_show_without_a_model_is_400_model_is_required(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/show", json={})
    assert response.status_code == 400
    assert response.json()["error"] == "model is required"


async def test_show_of_an_unknown_model_is_404(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.post("/api/show", json={"model": "nope"})
    assert response.status_code == 404
    assert response.json()["error"] == "model 'nope' not found"


async def test_ps_lists_the_persona_as_loaded(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.get("/api/ps")
    assert is_json(response)
    [entry] = response.json()["models"]
    assert set(entry) == PS_KEYS
    assert entry["name"] == "synth:latest"
    assert isinstance(entry["size_vram"], int)
    parse_time(entry["expires_at"])
    check_details(entry["details"])


async def test_v1_models_lists_the_catalog_in_openai_shape(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.get("/v1/models")
    assert is_json(response)
    body = response.json()
    assert body["object"] == "list"
    [entry] = body["data"]
    assert entry["id"] == "synth:latest"
    assert entry["object"] == "model"
    assert isinstance(entry["created"], int)
    assert isinstance(entry["owned_by"], str)


async def test_v1_model_route_returns_the_name_as_asked(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.get("/v1/models/synth")
    assert response.status_code == 200
    assert response.json()["id"] == "synth"


async def test_v1_unknown_model_is_404_in_openai_error_shape(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.get("/v1/models/nope")
    assert response.status_code == 404
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert error["type"] == "not_found_error"
    assert error["message"] == "model 'nope' not found"


async def test_an_unknown_route_is_404_json(client: httpx.AsyncClient) -> None:
    with trio.fail_after(20):
        response = await client.get("/api/nothing-here")
    assert response.status_code == 404
    assert is_json(response)
    assert response.json()["code"] == "not_found"
