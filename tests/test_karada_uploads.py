"""Animation uploads, promotion and the VRM over real HTTP: what is kept, what is refused."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import httpx
import pytest
import trio

from tests.support.karada import fbx, glb, multipart, until, vrm, vrma
from tests.support.servers import RunningServer, running_server

PROMOTION = {"SYNTH_ANIMATION_PROMOTION_ENABLED": "1"}


async def upload(
    server: RunningServer,
    content: bytes,
    filename: str | None = "move.vrma",
    path: str = "/api/animations/upload",
    **fields: str,
) -> httpx.Response:
    body, content_type = multipart(fields, filename, content)
    async with server.client() as client:
        return await client.post(path, content=body, headers={"Content-Type": content_type})


async def call(server: RunningServer, method: str, path: str, **kwargs: Any) -> httpx.Response:
    async with server.client() as client:
        return await client.request(method, path, **kwargs)


def error(response: httpx.Response, status: int, code: str | None = None) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "code"}
    if code is not None:
        assert body["code"] == code


def leftovers(data_dir: Path) -> list[Path]:
    """Every file under the folders uploads pass through."""
    found: list[Path] = []
    for folder in ("tmp", "uploads", "vrm"):
        found += [p for p in (data_dir / folder).rglob("*") if p.is_file()]
    return found


async def grillo_kinds(server: RunningServer) -> list[str]:
    items = (await call(server, "GET", "/api/history/grillo")).json()["items"]
    return [item["kind"] for item in items]


async def test_an_uploaded_vrma_is_kept_under_a_generated_name(
    server: RunningServer, data_dir: Path
) -> None:
    with trio.fail_after(10):
        response = await upload(server, vrma(2.0), "../../My Dance.vrma", type="dance")
        listed = (await call(server, "GET", "/api/animations/uploads")).json()["uploads"]
    assert response.status_code == 201, response.text
    body = response.json()
    assert set(body) >= {"upload_id", "filename", "type", "format", "size", "url", "created_at"}
    assert body["type"] == "dance" and body["format"] == "vrma" and body["size"] == len(vrma(2.0))
    assert body["filename"] == "My_Dance.vrma" and body["name"] == "My_Dance"
    assert body["url"] == f"/assets/uploads/animations/{body['upload_id']}.vrma"
    stored = data_dir / "uploads" / "animations" / f"{body['upload_id']}.vrma"
    assert stored.read_bytes() == vrma(2.0)
    assert [u["upload_id"] for u in listed] == [body["upload_id"]]
    assert list((data_dir / "tmp").iterdir()) == []


async def test_an_fbx_upload_defaults_to_idle(server: RunningServer) -> None:
    with trio.fail_after(10):
        response = await upload(server, fbx(), "walk.FBX", name="walk_1")
    assert response.status_code == 201, response.text
    assert response.json()["type"] == "idle" and response.json()["format"] == "fbx"
    assert response.json()["name"] == "walk_1"


async def test_an_upload_is_usable_by_the_animation_state_at_once(server: RunningServer) -> None:
    with trio.fail_after(10):
        refused = await call(server, "POST", "/api/animation_state", json={"state": "dance"})
        uploaded = (await upload(server, vrma(), "dance.vrma", type="dance")).json()
        state = await call(server, "POST", "/api/animation_state", json={"state": "dance"})
        listed = (await call(server, "GET", "/api/animations/default/dance")).json()
        served = await call(server, "GET", state.json()["descriptor"]["url"])
    error(refused, 400, "unknown_state")
    assert state.status_code == 200
    descriptor = state.json()["descriptor"]
    assert descriptor["source"] == "upload" and descriptor["upload_id"] == uploaded["upload_id"]
    assert descriptor["loop"] is False and state.json()["loop"] is False
    assert [a["source"] for a in listed["animations"]] == ["upload"]
    assert served.status_code == 200 and served.content == vrma()
    assert served.headers["content-type"] == "model/gltf-binary"


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("move.vrma", b"not a glTF at all, just some text"),
        ("move.vrma", glb("VRMC_vrm")),  # a model, not an animation
        ("move.vrma", b"glTF\x02\x00\x00\x00garbage"),  # right magic, broken file
        ("move.fbx", vrma()),
        ("move.fbx", b"Kaydara FBX ASCII"),
        ("move.glb", vrma()),
        ("move", vrma()),
        ("move.vrma", b""),
    ],
)
async def test_wrong_magic_or_extension_is_415_and_keeps_nothing(
    server: RunningServer, data_dir: Path, filename: str, content: bytes
) -> None:
    with trio.fail_after(10):
        error(await upload(server, content, filename), 415, "unsupported_media")
    assert leftovers(data_dir) == []


async def test_a_body_that_is_not_multipart_is_415(server: RunningServer) -> None:
    with trio.fail_after(10):
        response = await call(server, "POST", "/api/animations/upload", json={"file": "x"})
    error(response, 415, "unsupported_media")


@pytest.mark.parametrize(
    ("filename", "fields", "code"),
    [
        (None, {"type": "idle"}, "missing_field"),
        ("", {}, "missing_field"),
        ("move.vrma", {"type": "Bad Type"}, "invalid_name"),
        ("move.vrma", {"type": "../idle"}, "invalid_name"),
        ("move.vrma", {"name": "../../evil"}, "invalid_name"),
        ("move.vrma", {"name": "x" * 2000}, "invalid_field"),
    ],
)
async def test_bad_multipart_fields_are_400_and_keep_nothing(
    server: RunningServer, data_dir: Path, filename: str | None, fields: dict[str, str], code: str
) -> None:
    with trio.fail_after(10):
        error(await upload(server, vrma(), filename, **fields), 400, code)
    assert leftovers(data_dir) == []


async def test_a_multipart_body_cut_short_is_400(server: RunningServer, data_dir: Path) -> None:
    body, content_type = multipart({}, "move.vrma", vrma())
    with trio.fail_after(10):
        response = await call(
            server,
            "POST",
            "/api/animations/upload",
            content=body[:-10],
            headers={"Content-Type": content_type},
        )
    error(response, 400, "malformed_multipart")
    assert leftovers(data_dir) == []


async def test_an_upload_over_the_limit_is_413_and_keeps_nothing(data_dir: Path) -> None:
    env = {"SYNTH_LIMITS_ANIMATION_UPLOAD_BYTES": "4096"}
    with trio.fail_after(10):
        async with running_server(data_dir, env=env) as server:
            error(await upload(server, fbx(8192), "big.fbx"), 413, "too_large")
            assert (await upload(server, fbx(1024), "small.fbx")).status_code == 201
    assert sorted(p.suffix for p in leftovers(data_dir)) == [".fbx", ".json"]


async def test_deleting_an_upload_removes_it(server: RunningServer, data_dir: Path) -> None:
    with trio.fail_after(10):
        uploaded = (await upload(server, vrma(), type="dance")).json()
        deleted = await call(server, "DELETE", f"/api/animations/uploads/{uploaded['upload_id']}")
        again = await call(server, "DELETE", f"/api/animations/uploads/{uploaded['upload_id']}")
        listed = (await call(server, "GET", "/api/animations/uploads")).json()
        state = await call(server, "POST", "/api/animation_state", json={"state": "dance"})
        await eventually_kinds(server, {"animation_uploaded", "animation_upload_deleted"})
    assert deleted.status_code == 204 and deleted.content == b""
    error(again, 404, "not_found")
    assert listed == {"uploads": []}
    error(state, 400, "unknown_state")
    assert leftovers(data_dir) == []


@pytest.mark.parametrize("upload_id", ["nope", "0" * 32, "..", "x" * 500])
async def test_deleting_an_unknown_upload_is_404(server: RunningServer, upload_id: str) -> None:
    with trio.fail_after(10):
        error(await call(server, "DELETE", f"/api/animations/uploads/{upload_id}"), 404)


async def eventually_kinds(server: RunningServer, kinds: set[str]) -> None:
    found: set[str] = set()

    async def check() -> bool:
        found.update(await grillo_kinds(server))
        return kinds <= found

    await until(check)


async def test_promotion_is_forbidden_by_default(server: RunningServer) -> None:
    with trio.fail_after(10):
        uploaded = (await upload(server, vrma())).json()
        response = await call(
            server, "POST", "/api/animations/promote", json={"upload_id": uploaded["upload_id"]}
        )
    error(response, 403, "forbidden")


async def test_a_promoted_upload_moves_into_the_active_skin(data_dir: Path) -> None:
    with trio.fail_after(10):
        async with running_server(data_dir, env=PROMOTION) as server:
            uploaded = (await upload(server, vrma(), "spin.vrma", type="dance")).json()
            response = await call(
                server,
                "POST",
                "/api/animations/promote",
                json={"upload_id": uploaded["upload_id"], "name": "twirl"},
            )
            uploads = (await call(server, "GET", "/api/animations/uploads")).json()
            listed = (await call(server, "GET", "/api/animations/default/dance")).json()
            state = (
                await call(server, "POST", "/api/animation_state", json={"state": "dance"})
            ).json()
            await eventually_kinds(server, {"animation_promoted"})
    assert response.status_code == 200, response.text
    assert response.json() == {"skin": "default", "type": "dance", "file": "twirl.vrma"}
    assert uploads == {"uploads": []}
    assert [(a["name"], a["source"]) for a in listed["animations"]] == [("twirl", "skin")]
    assert state["descriptor"]["url"] == "/assets/skins/default/animations/dance/twirl.vrma"
    promoted = data_dir / "skins" / "default" / "animations" / "dance" / "twirl.vrma"
    assert promoted.read_bytes() == vrma()


async def test_promotion_refuses_a_taken_name_and_unknown_uploads(data_dir: Path) -> None:
    with trio.fail_after(10):
        async with running_server(data_dir, env=PROMOTION) as server:
            uploaded = (await upload(server, vrma(), type="idle")).json()
            upload_id = uploaded["upload_id"]

            async def promote(body: dict[str, Any]) -> httpx.Response:
                return await call(server, "POST", "/api/animations/promote", json=body)

            taken = await promote({"upload_id": upload_id, "name": "breathing"})
            unknown = await promote({"upload_id": "0" * 32})
            missing = await promote({"name": "x"})
            bad_name = await promote({"upload_id": upload_id, "name": "../x"})
            bad_type = await promote({"upload_id": upload_id, "type": 5})
            still = (await call(server, "GET", "/api/animations/uploads")).json()["uploads"]
    error(taken, 409, "name_taken")
    error(unknown, 404, "not_found")
    error(missing, 400, "missing_field")
    error(bad_name, 400, "invalid_name")
    error(bad_type, 400, "invalid_field")
    assert [u["upload_id"] for u in still] == [upload_id]


async def test_an_uploaded_vrm_becomes_the_model(data_dir: Path) -> None:
    model = vrm()
    sha = hashlib.sha256(model).hexdigest()
    with trio.fail_after(15):
        async with running_server(data_dir) as server:
            response = await upload(server, model, "Avatar.vrm", path="/api/vrm")
            current = (await call(server, "GET", "/api/skins/current_skin")).json()
            skins = (await call(server, "GET", "/api/skins")).json()
            served = await call(server, "GET", response.json()["url"])
            cached = await call(
                server, "GET", response.json()["url"], headers={"If-None-Match": f'"{sha}"'}
            )
            await eventually_kinds(server, {"vrm_uploaded"})
        async with running_server(data_dir) as server:
            after_restart = (await call(server, "GET", "/api/skins/current_skin")).json()
    assert response.status_code == 201, response.text
    assert response.json() == {
        "filename": "Avatar.vrm",
        "size": len(model),
        "sha256": sha,
        "url": f"/assets/vrm/{sha}.vrm",
    }
    assert current["skin"] is None and skins["custom_vrm"] is True
    assert not any(s["active"] for s in skins["skins"])
    assert served.content == model and served.headers["etag"] == f'"{sha}"'
    assert served.headers["content-type"] == "model/gltf-binary"
    assert cached.status_code == 304 and cached.content == b""
    assert after_restart["skin"] is None and after_restart["model_url"] == response.json()["url"]


async def test_choosing_a_skin_gives_up_the_uploaded_vrm(server: RunningServer) -> None:
    with trio.fail_after(10):
        assert (await upload(server, vrm(), "a.vrm", path="/api/vrm")).status_code == 201
        changed = await call(
            server, "POST", "/api/config", json={"key": "animation.skin", "value": "default"}
        )
        assert changed.status_code == 200

        async def back_to_skin() -> bool:
            current = (await call(server, "GET", "/api/skins/current_skin")).json()
            return bool(current["skin"] == "default")

        await until(back_to_skin)
    assert (await call(server, "GET", "/api/skins")).json()["custom_vrm"] is False


@pytest.mark.parametrize(
    ("filename", "content"),
    [
        ("a.vrm", glb()),  # glTF, but no VRM extension
        ("a.vrm", vrma()),
        ("a.vrm", b"PK\x03\x04 a zip file"),
        ("a.glb", vrm()),
    ],
)
async def test_a_vrm_that_is_not_one_is_415(
    server: RunningServer, data_dir: Path, filename: str, content: bytes
) -> None:
    with trio.fail_after(10):
        error(await upload(server, content, filename, path="/api/vrm"), 415, "unsupported_media")
        current = (await call(server, "GET", "/api/skins/current_skin")).json()
    assert current["skin"] == "default"
    assert leftovers(data_dir) == []


async def test_a_vrm_over_its_limit_is_413(data_dir: Path) -> None:
    env = {"SYNTH_LIMITS_VRM_UPLOAD_BYTES": "2048"}
    big = vrm() + b"\x00" * 4096
    with trio.fail_after(10):
        async with running_server(data_dir, env=env) as server:
            error(await upload(server, big, "a.vrm", path="/api/vrm"), 413, "too_large")
    assert leftovers(data_dir) == []


async def test_a_vrm_upload_without_a_file_is_400(server: RunningServer) -> None:
    with trio.fail_after(10):
        error(await upload(server, b"", None, path="/api/vrm", note="hi"), 400, "missing_field")
