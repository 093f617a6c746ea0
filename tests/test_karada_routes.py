"""Skins, animations, the animation state and locations over real HTTP, bad input included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from tests.support.karada import vrma
from tests.support.servers import RunningServer, running_server


async def get(server: RunningServer, path: str) -> httpx.Response:
    async with server.client() as client:
        return await client.get(path)


async def post(server: RunningServer, path: str, **kwargs: Any) -> httpx.Response:
    async with server.client() as client:
        return await client.post(path, **kwargs)


def error(response: httpx.Response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "code"} and isinstance(body["error"], str)
    if code is not None:
        assert body["code"] == code


def add_skin_file(data_dir: Path, skin: str, type_: str, name: str, content: bytes) -> Path:
    folder = data_dir / "skins" / skin / "animations" / type_
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(content)
    return path


async def test_skins_lists_the_packaged_default_as_active(server: RunningServer) -> None:
    with trio.fail_after(10):
        body = (await get(server, "/api/skins")).json()
    assert body["custom_vrm"] is False
    (default,) = [s for s in body["skins"] if s["name"] == "default"]
    assert default["active"] is True and default["has_vrm"] is False
    assert default["animation_types"] == {"idle": 1, "talk": 1, "think": 1, "write": 1}


async def test_a_data_dir_skin_named_default_adds_to_the_packaged_one(data_dir: Path) -> None:
    add_skin_file(data_dir, "default", "idle", "sway.vrma", vrma(2.5))
    add_skin_file(data_dir, "default", "wave", "hello.vrma", vrma())
    (data_dir / "skins" / "other" / "animations" / "idle").mkdir(parents=True)
    with trio.fail_after(10):
        async with running_server(data_dir) as server:
            skins = (await get(server, "/api/skins")).json()["skins"]
            listing = (await get(server, "/api/animations/default/idle")).json()
    by_name = {s["name"]: s for s in skins}
    assert by_name["default"]["animation_types"]["idle"] == 2
    assert by_name["default"]["animation_types"]["wave"] == 1
    assert by_name["other"] == {
        "name": "other",
        "active": False,
        "has_vrm": False,
        "animation_types": {},
    }
    names = [a["name"] for a in listing["animations"]]
    assert names == ["breathing", "sway"]
    sway = listing["animations"][1]
    assert sway["duration_s"] == 2.5 and sway["loop"] is True and sway["source"] == "skin"


async def test_current_skin_names_the_configured_skin(server: RunningServer) -> None:
    with trio.fail_after(10):
        assert (await get(server, "/api/skins/current_skin")).json()["skin"] == "default"


async def test_animations_of_a_type_are_descriptors(server: RunningServer) -> None:
    with trio.fail_after(10):
        body = (await get(server, "/api/animations/default/think")).json()
    assert body["skin"] == "default" and body["type"] == "think"
    (d,) = body["animations"]
    assert {k: d[k] for k in ("skin", "type", "name", "file", "format", "loop", "source")} == {
        "skin": "default",
        "type": "think",
        "name": "head_tilt",
        "file": "head_tilt.vrma",
        "format": "vrma",
        "loop": True,
        "source": "skin",
    }
    assert d["url"] == "/assets/skins/default/animations/think/head_tilt.vrma"
    assert isinstance(d["duration_s"], float) and d["size"] > 0


async def test_an_unknown_type_is_an_empty_list(server: RunningServer) -> None:
    with trio.fail_after(10):
        body = (await get(server, "/api/animations/default/juggle")).json()
    assert body == {"skin": "default", "type": "juggle", "animations": []}


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/api/animations/nope/idle", 404, "not_found"),
        ("/api/animations/default/Not%20A%20Type", 400, "invalid_name"),
        ("/api/animations/bad%20skin/idle", 400, "invalid_name"),
        ("/api/skins/default/animations/idle/nope.json", 404, "not_found"),
        ("/api/skins/nope/animations/idle/breathing.json", 404, "not_found"),
        ("/api/skins/default/animations/IDLE/breathing.json", 400, "invalid_name"),
        ("/api/skins/default/animations/idle/bad%20name.json", 400, "invalid_name"),
    ],
)
async def test_unknown_or_malformed_names_are_refused(
    server: RunningServer, path: str, status: int, code: str
) -> None:
    with trio.fail_after(10):
        error(await get(server, path), status, code)


async def test_a_descriptor_merges_its_sidecar_over_derived_values(data_dir: Path) -> None:
    add_skin_file(data_dir, "mine", "wave", "hello.vrma", vrma(1.25))
    sidecar = {"loop": True, "description": "waves", "url": "/elsewhere", "size": 1}
    add_skin_file(data_dir, "mine", "wave", "hello.json", json.dumps(sidecar).encode())
    add_skin_file(data_dir, "mine", "wave", "bye.fbx", b"Kaydara FBX Binary  \x00rest")
    with trio.fail_after(10):
        async with running_server(data_dir) as server:
            hello = (await get(server, "/api/skins/mine/animations/wave/hello.json")).json()
            bye = (await get(server, "/api/skins/mine/animations/wave/bye.json")).json()
    assert hello == {
        "skin": "mine",
        "type": "wave",
        "name": "hello",
        "file": "hello.vrma",
        "format": "vrma",
        "url": "/assets/skins/mine/animations/wave/hello.vrma",
        "loop": True,  # the sidecar's; a "wave" would not loop by default
        "duration_s": 1.25,
        "size": len(vrma(1.25)),
        "description": "waves",
    }
    assert bye["format"] == "fbx" and bye["loop"] is False and bye["duration_s"] is None


async def test_get_animation_state_starts_idle(server: RunningServer) -> None:
    with trio.fail_after(10):
        state = (await get(server, "/api/animation_state")).json()
    assert state["state"] == "idle" and state["animation"] == "breathing"
    assert state["descriptor"]["url"].endswith("/idle/breathing.vrma")
    assert state["contexts"] == [] and state["loop"] is True
    assert isinstance(state["animation_id"], int)


async def test_post_animation_state_holds_and_releases_a_context(server: RunningServer) -> None:
    with trio.fail_after(10):
        first = (await get(server, "/api/animation_state")).json()
        held = await post(
            server,
            "/api/animation_state",
            json={"state": "talk", "context_id": "me", "session_id": "s1", "loop": False},
        )
        released = await post(
            server, "/api/animation_state", json={"state": "idle", "context_id": "me"}
        )
    assert held.status_code == 200
    assert held.json()["state"] == "talk" and held.json()["loop"] is False
    assert held.json()["contexts"][0]["session_id"] == "s1"
    assert held.json()["animation_id"] > first["animation_id"]
    assert released.json()["state"] == "idle" and released.json()["contexts"] == []
    assert released.json()["animation_id"] > held.json()["animation_id"]


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"state": "juggle"}, "unknown_state"),
        ({"state": "../idle"}, "unknown_state"),
        ({}, "missing_field"),
        ({"state": 3}, "invalid_field"),
        ({"state": "idle", "loop": "yes"}, "invalid_field"),
        ({"state": "idle", "loop": 1}, "invalid_field"),
        ({"state": "idle", "context_id": "a b"}, "invalid_field"),
        ({"state": "idle", "context_id": 7}, "invalid_field"),
        ({"state": "idle", "session_id": "no spaces"}, "invalid_session_id"),
        ({"state": "idle", "source": ""}, "invalid_field"),
    ],
)
async def test_bad_animation_state_requests_are_400(
    server: RunningServer, body: dict[str, Any], code: str
) -> None:
    with trio.fail_after(10):
        error(await post(server, "/api/animation_state", json=body), 400, code)


async def test_malformed_json_is_400(server: RunningServer) -> None:
    with trio.fail_after(10):
        response = await post(server, "/api/animation_state", content=b"{nope")
    error(response, 400, "malformed_json")


async def test_locations_come_from_config(data_dir: Path) -> None:
    overrides = {"locations.available": ["Kitchen", "Roof top", "kitchen"]}
    with trio.fail_after(10):
        async with running_server(data_dir, overrides=overrides) as server:
            body = (await get(server, "/api/locations")).json()
    assert body["locations"] == [
        {"id": "kitchen", "name": "Kitchen", "description": ""},
        {"id": "roof-top", "name": "Roof top", "description": ""},
        {"id": "kitchen-2", "name": "kitchen", "description": ""},
    ]
    assert body["current"] == "living-room" and body["current_name"] == "Living room"


async def test_wrong_methods_are_405(server: RunningServer) -> None:
    with trio.fail_after(10):
        error(await post(server, "/api/skins"), 405, "method_not_allowed")
        error(await get(server, "/api/animations/promote"), 405, "method_not_allowed")


async def test_karada_is_a_running_plugin_component(server: RunningServer) -> None:
    with trio.fail_after(10):
        body = (await get(server, "/api/components")).json()
    (karada,) = [c for c in body["categories"]["plugins"] if c["name"] == "karada"]
    assert karada["status"] == "running" and karada["enabled"] is True
