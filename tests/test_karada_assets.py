"""``/assets``: raw files with content types and ETags, and never a byte from outside."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import httpx
import pytest
import trio

from tests.support.karada import fbx, raw_request, vrma
from tests.support.servers import RunningServer, running_server

DEFAULT_IDLE = "/assets/skins/default/animations/idle/breathing.vrma"


async def get(server: RunningServer, path: str, **headers: str) -> httpx.Response:
    async with server.client() as client:
        return await client.get(path, headers=headers)


async def test_a_skin_file_is_served_with_its_type_and_etag(server: RunningServer) -> None:
    packaged = Path(__file__).parent.parent / "synth/skins/default/animations/idle"
    with trio.fail_after(10):
        response = await get(server, DEFAULT_IDLE)
        sidecar = await get(server, DEFAULT_IDLE.replace(".vrma", ".json"))
    assert response.status_code == 200
    assert response.headers["content-type"] == "model/gltf-binary"
    assert response.content == (packaged / "breathing.vrma").read_bytes()
    assert (
        response.headers["etag"].startswith('"') and "no-cache" in response.headers["cache-control"]
    )
    assert sidecar.headers["content-type"] == "application/json"
    assert sidecar.json()["name"] == "breathing"


async def test_if_none_match_answers_304_until_the_file_changes(data_dir: Path) -> None:
    path = data_dir / "skins" / "mine" / "animations" / "walk" / "step.fbx"
    path.parent.mkdir(parents=True)
    path.write_bytes(fbx(100))
    url = "/assets/skins/mine/animations/walk/step.fbx"
    with trio.fail_after(10):
        async with running_server(data_dir) as server:
            first = await get(server, url)
            etag = first.headers["etag"]
            cached = await get(server, url, **{"If-None-Match": etag})
            other = await get(server, url, **{"If-None-Match": '"something-else"'})
            path.write_bytes(fbx(200))
            changed = await get(server, url, **{"If-None-Match": etag})
    assert first.headers["content-type"] == "application/octet-stream"
    assert cached.status_code == 304 and cached.content == b"" and cached.headers["etag"] == etag
    assert other.status_code == 200
    assert changed.status_code == 200 and changed.headers["etag"] != etag
    assert len(changed.content) == 200


async def test_the_data_dir_layer_of_default_is_served_too(data_dir: Path) -> None:
    path = data_dir / "skins" / "default" / "animations" / "idle" / "sway.vrma"
    path.parent.mkdir(parents=True)
    path.write_bytes(vrma())
    with trio.fail_after(10):
        async with running_server(data_dir) as server:
            served = await get(server, "/assets/skins/default/animations/idle/sway.vrma")
            packaged = await get(server, DEFAULT_IDLE)
    assert served.content == vrma() and packaged.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/assets/skins/default/animations/idle/nope.vrma",
        "/assets/skins/nope/animations/idle/breathing.vrma",
        "/assets/skins/default/model.vrm",
        "/assets/skins/default/animations/idle/breathing.txt",
        "/assets/uploads/animations/" + "0" * 32 + ".vrma",
        "/assets/vrm/" + "0" * 64 + ".vrm",
        "/assets/synth.db",
        "/assets/skins",
    ],
)
async def test_anything_else_is_404(server: RunningServer, path: str) -> None:
    with trio.fail_after(10):
        response = await get(server, path)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.fixture
def canary(data_dir: Path) -> bytes:
    """A secret beside the data dir, under every name a trick might reach for."""
    secret = f"CANARY-{secrets.token_hex(8)}".encode()
    outside = data_dir.parent
    for name in ("canary.vrma", "canary.json", "canary.fbx", "canary.vrm"):
        (outside / name).write_bytes(secret)
    (data_dir / "inside-canary.json").write_bytes(secret)
    # A skin folder that is a link out of the data dir, and a file that is one.
    tree = outside / "outside" / "animations" / "idle"
    tree.mkdir(parents=True)
    (tree / "canary.vrma").write_bytes(secret)
    (data_dir / "skins").mkdir()
    os.symlink(outside / "outside", data_dir / "skins" / "link")
    evil = data_dir / "skins" / "evil" / "animations" / "idle"
    evil.mkdir(parents=True)
    os.symlink(outside / "canary.vrma", evil / "canary.vrma")
    os.symlink(outside / "canary.vrm", data_dir / "skins" / "evil" / "model.vrm")
    return secret


def tricks(outside: Path) -> list[str]:
    return [
        "/assets/../canary.vrma",
        "/assets/skins/../../canary.vrma",
        "/assets/skins/default/animations/idle/../../../../../canary.vrma",
        "/assets/skins/default/animations/idle/./../../../../../canary.json",
        "/assets/%2e%2e/canary.vrma",
        "/assets/skins/%2E%2E/%2E%2E/canary.vrma",
        "/assets/skins/default/animations/idle/..%2f..%2f..%2f..%2f..%2fcanary.vrma",
        "/assets/skins/default/animations/idle/%2e%2e%2f%2e%2e%2fcanary.vrma",
        "/assets/skins/default/animations/idle/..%5c..%5c..%5ccanary.vrma",
        "/assets/skins\\..\\..\\canary.vrma",
        "/assets/skins/default/animations/idle/breathing.vrma%00.json",
        "/assets/skins/default/animations/idle/%00canary.vrma",
        "/assets//" + str(outside / "canary.vrma").lstrip("/"),
        "/assets/" + str(outside / "canary.vrma"),
        "/assets/%2f" + str(outside / "canary.vrma").lstrip("/").replace("/", "%2f"),
        "/assets/uploads/animations/../../../canary.vrma",
        "/assets/uploads/animations/..%2f..%2f..%2fcanary.vrma",
        "/assets/vrm/../../canary.vrm",
        "/assets/vrm/%2e%2e%2f%2e%2e%2fcanary.vrm",
        "/assets/inside-canary.json",
        "/assets/skins/link/animations/idle/canary.vrma",
        "/assets/skins/evil/animations/idle/canary.vrma",
        "/assets/skins/evil/model.vrm",
        "/api/skins/..%2f..%2f/animations/idle/canary.json",
        "/api/skins/default/animations/idle/..%2f..%2f..%2f..%2f..%2fcanary.json",
        "/api/skins/link/animations/idle/canary.json",
        "/api/skins/evil/animations/idle/canary.json",
        "/api/skins/%2e%2e/animations/idle/canary.json",
        "/api/skins/default/animations/..%5c..%5c/canary.json",
        "/api/animations/%2e%2e/idle",
        "/api/animations/..%2f..%2f/idle",
        "/api/animations/link/idle",
        "/api/animations/default/..%00",
    ]


async def test_no_trick_reaches_a_file_outside(
    server: RunningServer, data_dir: Path, canary: bytes
) -> None:
    outside = data_dir.parent
    with trio.fail_after(20):
        for target in tricks(outside):
            status, body = await raw_request(server.webui, target)
            assert status in (400, 404), (target, status)
            assert canary not in body, target
            assert b'"code"' in body, target
        for target in ("/api/skins", "/api/animations/evil/idle", "/api/animations/default/idle"):
            status, body = await raw_request(server.webui, target)
            assert canary not in body and b"link" not in body and b"canary" not in body, target


async def test_deleting_by_a_tricky_id_touches_nothing(
    server: RunningServer, data_dir: Path, canary: bytes
) -> None:
    outside = data_dir.parent
    with trio.fail_after(10):
        for target in (
            "/api/animations/uploads/..%2f..%2f..%2fcanary.vrma",
            "/api/animations/uploads/%2e%2e",
            "/api/animations/uploads/..",
        ):
            status, _ = await raw_request(server.webui, target, method="DELETE")
            assert status in (400, 404), target
    assert (outside / "canary.vrma").read_bytes() == canary


async def test_assets_need_the_token_when_auth_is_on(data_dir: Path) -> None:
    env = {"SYNTH_AUTH_TOKEN": "asset-token"}
    with trio.fail_after(10):
        async with running_server(data_dir, env=env) as server:
            refused = await get(server, DEFAULT_IDLE)
            by_query = await get(server, f"{DEFAULT_IDLE}?token=asset-token")
            by_header = await get(server, DEFAULT_IDLE, Authorization="Bearer asset-token")
    assert refused.status_code == 401 and refused.json()["code"] == "unauthorized"
    assert by_query.status_code == 200 and by_header.status_code == 200
