"""The default skin's animations: real VRMA files, equal to what the generator builds now."""

from __future__ import annotations

import importlib
import json
import math
import struct
import sys
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import synth
from synth.karada.gltf import animation_duration_s, is_vrm, is_vrma, read_glb_json

SKIN = Path(synth.__file__).parent / "skins" / "default"
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
TYPES = ("idle", "think", "write", "talk")
REQUIRED_BONES = (
    "hips", "spine", "chest", "neck", "head", "leftUpperArm", "leftLowerArm", "leftHand",
    "rightUpperArm", "rightLowerArm", "rightHand", "leftUpperLeg", "leftLowerLeg", "leftFoot",
    "rightUpperLeg", "rightLowerLeg", "rightFoot",
)  # fmt: skip
# (child, parent) pairs of the VRM humanoid hierarchy that the files must respect.
HIERARCHY = (
    ("spine", "hips"), ("chest", "spine"), ("neck", "upperChest"), ("head", "neck"),
    ("leftUpperArm", "leftShoulder"), ("leftLowerArm", "leftUpperArm"),
    ("leftHand", "leftLowerArm"), ("rightUpperArm", "rightShoulder"),
    ("rightLowerArm", "rightUpperArm"), ("rightHand", "rightLowerArm"),
    ("leftLowerLeg", "leftUpperLeg"), ("leftFoot", "leftLowerLeg"),
    ("rightLowerLeg", "rightUpperLeg"), ("rightFoot", "rightLowerLeg"),
)  # fmt: skip
Vec = tuple[float, float, float]
Quat = tuple[float, float, float, float]


def _generator() -> ModuleType:
    # The script imports its sibling skin_pose.py the way `python scripts/...` would.
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module("make_default_skin")


GEN = _generator()
BUILT: dict[str, bytes] = GEN.build_all()
VRMAS = sorted(rel for rel in BUILT if rel.endswith(".vrma"))


def _chunks(data: bytes) -> tuple[dict[str, Any], bytes]:
    """Split a GLB by hand (independently of the reader under test) and check its framing."""
    magic, version, length = struct.unpack_from("<4sII", data)
    assert (magic, version, length) == (b"glTF", 2, len(data))
    js_len, js_type = struct.unpack_from("<I4s", data, 12)
    assert js_type == b"JSON" and js_len % 4 == 0
    js = data[20 : 20 + js_len]
    assert js == js.rstrip(b" ") + b" " * (len(js) - len(js.rstrip(b" ")))
    bin_len, bin_type = struct.unpack_from("<I4s", data, 20 + js_len)
    assert bin_type == b"BIN\0" and bin_len % 4 == 0
    assert 28 + js_len + bin_len == len(data)
    doc: dict[str, Any] = json.loads(js)
    return doc, data[28 + js_len :]


def _values(doc: dict[str, Any], binary: bytes, index: int) -> list[tuple[float, ...]]:
    acc = doc["accessors"][index]
    view = doc["bufferViews"][acc["bufferView"]]
    width = {"SCALAR": 1, "VEC3": 3, "VEC4": 4}[acc["type"]]
    assert acc["componentType"] == 5126 and view["buffer"] == 0
    assert view["byteOffset"] % 4 == 0
    assert view["byteLength"] == acc["count"] * width * 4
    assert view["byteOffset"] + view["byteLength"] <= doc["buffers"][0]["byteLength"]
    assert doc["buffers"][0]["byteLength"] <= len(binary)
    start = view["byteOffset"] + acc.get("byteOffset", 0)
    flat = struct.unpack_from(f"<{acc['count'] * width}f", binary, start)
    return [flat[i : i + width] for i in range(0, len(flat), width)]


def _tracks(rel: str) -> tuple[dict[str, Any], dict[tuple[str, str], list[tuple[float, ...]]]]:
    """The document and its keyframe values keyed by (bone, path), plus ("", "time")."""
    doc, binary = _chunks(BUILT[rel])
    names = {i: n["name"] for i, n in enumerate(doc["nodes"])}
    anim = doc["animations"][0]
    out = {}
    for channel in anim["channels"]:
        sampler = anim["samplers"][channel["sampler"]]
        out[("", "time")] = _values(doc, binary, sampler["input"])
        target = channel["target"]
        out[(names[target["node"]], target["path"])] = _values(doc, binary, sampler["output"])
    return doc, out


def _rotate(q: Quat, v: Vec) -> Vec:
    x, y, z, w = q
    # v + 2w(u x v) + 2(u x (u x v)) with u = (x, y, z)
    cx, cy, cz = y * v[2] - z * v[1], z * v[0] - x * v[2], x * v[1] - y * v[0]
    return (
        v[0] + 2 * (w * cx + y * cz - z * cy),
        v[1] + 2 * (w * cy + z * cx - x * cz),
        v[2] + 2 * (w * cz + x * cy - y * cx),
    )


def _qmul(a: Quat, b: Quat) -> Quat:
    ax, ay, az, aw = a
    bx, by, bz, bw = b
    return (
        aw * bx + ax * bw + ay * bz - az * by,
        aw * by - ax * bz + ay * bw + az * bx,
        aw * bz + ax * by - ay * bx + az * bw,
        aw * bw - ax * bx - ay * by - az * bz,
    )


def _world(rel: str, frame: int) -> dict[str, tuple[Quat, Vec]]:
    """Forward kinematics of one keyframe: each node's world rotation and position."""
    doc, tracks = _tracks(rel)
    world: dict[str, tuple[Quat, Vec]] = {}

    def visit(i: int, parent_q: Quat, parent_p: Vec) -> None:
        node = doc["nodes"][i]
        t = tracks.get((node["name"], "translation"), [tuple(node.get("translation", (0, 0, 0)))])
        r = tracks.get((node["name"], "rotation"), [(0.0, 0.0, 0.0, 1.0)])
        local_t = t[min(frame, len(t) - 1)]
        offset = _rotate(parent_q, (local_t[0], local_t[1], local_t[2]))
        pos = (parent_p[0] + offset[0], parent_p[1] + offset[1], parent_p[2] + offset[2])
        q = r[min(frame, len(r) - 1)]
        world_q = _qmul(parent_q, (q[0], q[1], q[2], q[3]))
        world[node["name"]] = (world_q, pos)
        for child in node.get("children", ()):
            visit(child, world_q, pos)

    for root in doc["scenes"][doc["scene"]]["nodes"]:
        visit(root, (0.0, 0.0, 0.0, 1.0), (0.0, 0.0, 0.0))
    return world


def test_committed_files_are_what_the_generator_builds_now() -> None:
    committed = {
        str(p.relative_to(SKIN)): p.read_bytes()
        for p in sorted((SKIN / "animations").rglob("*"))
        if p.is_file()
    }
    assert sorted(committed) == sorted(BUILT), "run: python scripts/make_default_skin.py"
    for rel, data in BUILT.items():
        assert committed[rel] == data, f"{rel} is stale: run python scripts/make_default_skin.py"


def test_generator_is_deterministic() -> None:
    assert GEN.build_all() == BUILT


def test_every_required_type_has_a_vrma_with_a_descriptor() -> None:
    for kind in TYPES:
        files = [rel for rel in VRMAS if rel.startswith(f"animations/{kind}/")]
        assert files, kind
        for rel in files:
            side = json.loads(BUILT[rel.removesuffix(".vrma") + ".json"])
            assert side["type"] == kind and side["format"] == "vrma" and side["loop"] is True
            assert side["file"] == Path(rel).name and side["name"] == Path(rel).stem
            assert side["description"]


@pytest.mark.parametrize("rel", VRMAS)
def test_reader_reads_back_the_scripts_duration(rel: str) -> None:
    doc = read_glb_json(SKIN / rel)
    clip = next(c for c in GEN.CLIPS if rel.endswith(f"/{c.type}/{c.name}.vrma"))
    assert is_vrma(doc) and not is_vrm(doc)
    assert animation_duration_s(doc) == clip.duration_s
    assert json.loads(BUILT[rel.removesuffix(".vrma") + ".json"])["duration_s"] == clip.duration_s
    assert 2.0 <= clip.duration_s <= 4.0


@pytest.mark.parametrize("rel", VRMAS)
def test_vrma_declares_the_extension_and_a_valid_humanoid(rel: str) -> None:
    doc, _ = _chunks(BUILT[rel])
    assert doc["asset"] == {"version": "2.0", "generator": "synthetic-heart make_default_skin.py"}
    assert doc["extensionsUsed"] == ["VRMC_vrm_animation"]
    ext = doc["extensions"]["VRMC_vrm_animation"]
    assert ext["specVersion"] == "1.0"
    bones = {name: b["node"] for name, b in ext["humanoid"]["humanBones"].items()}
    assert set(REQUIRED_BONES) <= set(bones)
    assert all(0 <= i < len(doc["nodes"]) for i in bones.values())
    assert len(set(bones.values())) == len(bones)
    parent = {c: i for i, n in enumerate(doc["nodes"]) for c in n.get("children", ())}
    for child, par in HIERARCHY:
        assert parent[bones[child]] == bones[par], (child, par)
    for node in doc["nodes"]:
        assert node.get("rotation", [0, 0, 0, 1]) == [0, 0, 0, 1]
        assert "scale" not in node
    assert doc["scenes"][doc["scene"]]["nodes"] == [0] and 0 not in parent


@pytest.mark.parametrize("rel", VRMAS)
def test_rest_pose_is_an_upright_t_pose_facing_plus_z(rel: str) -> None:
    doc, _ = _chunks(BUILT[rel])
    rest = {name: pos for name, (_, pos) in _world_rest(doc).items()}
    assert 0.8 < rest["hips"][1] < 1.1 and rest["head"][1] > rest["neck"][1] > rest["hips"][1]
    assert rest["leftHand"][0] > rest["leftUpperArm"][0] > 0 > rest["rightUpperArm"][0]
    assert rest["leftHand"][1] == pytest.approx(rest["leftUpperArm"][1])
    assert rest["leftFoot"][1] < rest["leftLowerLeg"][1] < rest["hips"][1]


def _world_rest(doc: dict[str, Any]) -> dict[str, tuple[Quat, Vec]]:
    out: dict[str, tuple[Quat, Vec]] = {}

    def visit(i: int, p: Vec) -> None:
        node = doc["nodes"][i]
        t = node.get("translation", (0.0, 0.0, 0.0))
        pos = (p[0] + t[0], p[1] + t[1], p[2] + t[2])
        out[node["name"]] = ((0.0, 0.0, 0.0, 1.0), pos)
        for child in node.get("children", ()):
            visit(child, pos)

    visit(0, (0.0, 0.0, 0.0))
    return out


@pytest.mark.parametrize("rel", VRMAS)
def test_tracks_are_well_formed_and_loop_cleanly(rel: str) -> None:
    doc, tracks = _tracks(rel)
    anim = doc["animations"][0]
    times = [t[0] for t in tracks[("", "time")]]
    time_acc = doc["accessors"][anim["samplers"][0]["input"]]
    assert time_acc["min"] == [times[0]] == [0.0] and time_acc["max"] == [times[-1]]
    assert all(a < b for a, b in pairwise(times))
    for sampler in anim["samplers"]:
        assert sampler["interpolation"] == "LINEAR"
        assert doc["accessors"][sampler["output"]]["count"] == len(times)
    names = {n["name"] for n in doc["nodes"]}
    for (bone, path), values in tracks.items():
        if path == "time":
            continue
        assert bone in names and path in ("rotation", "translation")
        assert path == "rotation" or bone == "hips", "only the hips may translate"
        assert values[0] == values[-1], f"{bone} {path} does not loop"
        if path == "rotation":
            for q in values:
                assert math.sqrt(sum(c * c for c in q)) == pytest.approx(1.0, abs=1e-5)
            assert all(
                sum(a * b for a, b in zip(p, q, strict=True)) > 0.9 for p, q in pairwise(values)
            )


def _span(rel: str, bone: str, path: str, axis: int) -> float:
    values = [v[axis] for v in _tracks(rel)[1][(bone, path)]]
    return max(values) - min(values)


def test_breathing_moves_the_chest_and_bobs_the_hips_slightly() -> None:
    rel = "animations/idle/breathing.vrma"
    assert 0.001 < _span(rel, "hips", "translation", 1) < 0.02
    assert _span(rel, "chest", "rotation", 0) > 0.005


def test_thinking_keeps_the_right_hand_at_the_chin() -> None:
    rel = "animations/think/head_tilt.vrma"
    frames = len(_tracks(rel)[1][("", "time")])
    for frame in range(0, frames, 5):
        world = _world(rel, frame)
        head_q, head_p = world["head"]
        chin = _rotate(head_q, (0.0, -0.05, 0.10))
        chin = (head_p[0] + chin[0], head_p[1] + chin[1], head_p[2] + chin[2])
        hand_q, hand_p = world["rightHand"]
        tip = _rotate(hand_q, (-0.08, 0.0, 0.0))
        tip = (hand_p[0] + tip[0], hand_p[1] + tip[1], hand_p[2] + tip[2])
        assert math.dist(tip, chin) < 0.06
    assert _span(rel, "head", "rotation", 2) > 0.02


def test_typing_holds_the_hands_forward_and_taps_them_in_turn() -> None:
    rel = "animations/write/typing.vrma"
    frames = len(_tracks(rel)[1][("", "time")])
    heights: dict[str, list[float]] = {"leftHand": [], "rightHand": []}
    for frame in range(frames):
        world = _world(rel, frame)
        for side, ys in heights.items():
            _, wrist = world[side]
            assert wrist[2] > 0.2 and wrist[1] < world["chest"][1][1]
            ys.append(wrist[1])
    low_left = min(range(frames), key=lambda i: heights["leftHand"][i])
    low_right = min(range(frames), key=lambda i: heights["rightHand"][i])
    assert low_left != low_right


def test_talking_nods_the_head() -> None:
    assert _span("animations/talk/nodding.vrma", "head", "rotation", 0) > 0.05
