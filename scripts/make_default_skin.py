"""Generate the default skin's animations as VRMA files (glTF 2.0 binary + VRMC_vrm_animation).

The default skin must ship real animations that are our own work, so they are computed here
from a few lines of math instead of being exported from a third-party tool. The output is
deterministic: running the script again rewrites the same bytes, and a test keeps the committed
files equal to what ``build_all()`` returns now.

    python scripts/make_default_skin.py          # (re)write synth/skins/default/animations/
    python scripts/make_default_skin.py --check  # exit 1 when the committed files are stale
"""

from __future__ import annotations

import json
import math
import struct
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from skin_pose import (
    HIPS_Y,
    SKELETON,
    Quat,
    Vec3,
    add,
    arm,
    euler,
    reach,
    relaxed_arm,
    sub,
    unit,
)

from synth.karada.gltf import pack_glb

GENERATOR = "synthetic-heart make_default_skin.py"
FPS = 20
SKIN_DIR = Path(__file__).resolve().parents[1] / "synth" / "skins" / "default"

CHIN: Vec3 = (0.0, 1.47, 0.10)  # in the upright torso frame, for the thinking pose


# --- the clips -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Pose:
    rotations: dict[str, Quat]
    hips: Vec3 | None = None  # hips translation relative to the root, when animated


@dataclass(frozen=True)
class Clip:
    type: str
    name: str
    duration_s: float
    pose: Callable[[float], Pose]  # phase in [0, 1) -> pose; periodic, so the clip loops

    @property
    def description(self) -> str:
        """What the clip shows: the first line of its pose function's docstring."""
        return (self.pose.__doc__ or "").strip().splitlines()[0]


def _wave(phase: float, cycles: int = 1) -> float:
    """0 -> 1 -> 0 over each cycle, smooth at both ends."""
    return (1.0 - math.cos(2 * math.pi * cycles * phase)) / 2


def breathing(p: float) -> Pose:
    """Standing at rest: chest and spine rise and settle, hips bob a few millimetres."""
    b, sway = _wave(p), math.sin(2 * math.pi * p)
    rotations = {
        "spine": euler(x=-0.8 * b, z=0.6 * sway),
        "chest": euler(x=-1.2 * b),
        "upperChest": euler(x=-1.0 * b),
        "neck": euler(x=1.2 * b),
        "head": euler(x=1.6 * b, y=1.5 * sway, z=-0.6 * sway),
        "leftShoulder": euler(z=1.5 * b),
        "rightShoulder": euler(z=-1.5 * b),
        **relaxed_arm(+1, b),
        **relaxed_arm(-1, b),
    }
    return Pose(rotations, hips=(0.0, HIPS_Y + 0.006 * b, 0.0))


def head_tilt(p: float) -> Pose:
    """Thinking: head tilted and raised, right hand at the chin, left arm under its elbow."""
    c, s = _wave(p), math.sin(2 * math.pi * p)
    wrist: Vec3 = (-0.03 + 0.006 * s, 1.38 + 0.008 * c, 0.13)
    r_upper, r_lower = reach(-1, wrist, (-0.15, -0.7, 0.7))
    l_upper, l_lower = reach(+1, (-0.08, 1.13 + 0.005 * c, 0.23), (0.4, -0.8, 0.15))
    rotations = {
        "spine": euler(x=2.0),
        "upperChest": euler(y=-3.0 + 1.0 * s),
        "neck": euler(x=-2.0, z=3.0 + 2.0 * c),
        "head": euler(x=-6.0 - 3.0 * c, y=4.0 * s, z=6.0 + 5.0 * c),
        **arm(-1, r_upper, r_lower, sub(CHIN, wrist), palm=(0.0, 0.0, -1.0)),
        **arm(+1, l_upper, l_lower, l_lower, palm=(0.0, 1.0, 0.0)),
    }
    return Pose(rotations)


def typing(p: float) -> Pose:
    """Typing: leaning in, arms forward, the hands tapping in turn."""
    beat = math.sin(2 * math.pi * 4 * p)  # four taps per hand, alternating
    taps = {+1: max(0.0, beat) ** 2, -1: max(0.0, -beat) ** 2}
    drift = {+1: math.sin(2 * math.pi * p), -1: math.cos(2 * math.pi * p)}
    rotations = {
        "spine": euler(x=4.0),
        "chest": euler(x=2.0),
        "neck": euler(x=6.0),
        "head": euler(x=10.0 + 1.5 * math.sin(2 * math.pi * 2 * p), y=3.0 * drift[+1]),
    }
    for side in (+1, -1):
        wrist: Vec3 = (side * 0.15 + 0.02 * drift[side], 1.04 - 0.012 * taps[side], 0.32)
        upper, lower = reach(side, wrist, (side * 0.6, -1.0, -0.2))
        hand = add(unit(lower), (0.0, -0.15 - 0.35 * taps[side], 0.0))
        rotations.update(arm(side, upper, lower, hand, palm=(0.0, -1.0, 0.0)))
    return Pose(rotations)


def nodding(p: float) -> Pose:
    """Talking: two nods, the right hand beating time, the left one drifting."""
    nod, s = _wave(p, 2), math.sin(2 * math.pi * p)
    beats = {-1: _wave(p, 3), +1: _wave(p)}  # the right hand beats, the left one drifts
    rotations = {
        "upperChest": euler(y=2.0 * s),
        "neck": euler(x=3.0 * nod),
        "head": euler(x=8.0 * nod, y=5.0 * s, z=2.0 * math.sin(2 * math.pi * 2 * p)),
    }
    for side in (+1, -1):
        g = beats[side]
        wrist: Vec3 = (side * 0.2 + 0.02 * s, 1.06 + 0.05 * g, 0.24 + 0.03 * g)
        upper, lower = reach(side, wrist, (side * 0.4, -1.0, -0.3))
        hand = add(unit(lower), (0.0, 0.1 * g, 0.0))
        rotations.update(arm(side, upper, lower, hand, palm=(-side * 0.5, 0.6, 0.3)))
    return Pose(rotations)


CLIPS: tuple[Clip, ...] = (
    Clip("idle", "breathing", 4.0, breathing),
    Clip("think", "head_tilt", 3.0, head_tilt),
    Clip("write", "typing", 2.0, typing),
    Clip("talk", "nodding", 3.0, nodding),
)


# --- glTF binary encoding ------------------------------------------------------------------


def _f32(v: float) -> float:
    """The value a reader sees after float32 storage, so min/max match the data exactly."""
    return float(struct.unpack("<f", struct.pack("<f", v))[0])


@dataclass
class _Buffer:
    data: bytearray = field(default_factory=bytearray)
    views: list[dict[str, object]] = field(default_factory=list)
    accessors: list[dict[str, object]] = field(default_factory=list)

    def add(self, rows: Sequence[Sequence[float]], kind: str, with_bounds: bool = False) -> int:
        """Append float rows as one accessor (its own bufferView); return its index."""
        flat = [_f32(v) for row in rows for v in row]
        offset = len(self.data)  # float data keeps every offset 4-aligned
        self.data += struct.pack(f"<{len(flat)}f", *flat)
        self.views.append({"buffer": 0, "byteOffset": offset, "byteLength": 4 * len(flat)})
        acc: dict[str, object] = {
            "bufferView": len(self.views) - 1,
            "componentType": 5126,
            "count": len(rows),
            "type": kind,
        }
        if with_bounds:
            width = len(rows[0])
            acc["min"] = [min(r[i] for r in rows) for i in range(width)]
            acc["max"] = [max(r[i] for r in rows) for i in range(width)]
        self.accessors.append(acc)
        return len(self.accessors) - 1


def _canonical(q: Quat) -> Quat:
    """Unit length with w >= 0; our rotations stay under 180 degrees, so no track flips sign."""
    n = math.sqrt(sum(c * c for c in q))
    k = (1.0 if q[3] >= 0 else -1.0) / n
    return (q[0] * k, q[1] * k, q[2] * k, q[3] * k)


def _rounded(q: Quat) -> list[float]:
    # Rounding to 7 places makes the bytes independent of last-ulp libm differences.
    return [round(c, 7) for c in _canonical(q)]


def build_vrma(clip: Clip) -> bytes:
    """Encode one clip as a VRMA (GLB) file."""
    frames = round(clip.duration_s * FPS)
    # The last keyframe reuses phase 0, so it equals the first exactly and the loop is seamless.
    poses = [clip.pose((i % frames) / frames) for i in range(frames + 1)]
    times = [[i / FPS] for i in range(frames + 1)]
    node_of = {bone: i + 1 for i, (bone, _, _) in enumerate(SKELETON)}
    nodes: list[dict[str, object]] = [{"name": "root", "children": [node_of["hips"]]}]
    for bone, _, t in SKELETON:
        node: dict[str, object] = {"name": bone, "translation": list(t)}
        children = [node_of[b] for b, parent, _ in SKELETON if parent == bone]
        if children:
            node["children"] = children
        nodes.append(node)

    buf = _Buffer()
    t_acc = buf.add(times, "SCALAR", with_bounds=True)
    samplers: list[dict[str, object]] = []
    channels: list[dict[str, object]] = []

    def track(bone: str, path: str, rows: list[list[float]], kind: str) -> None:
        out = buf.add(rows, kind)
        samplers.append({"input": t_acc, "output": out, "interpolation": "LINEAR"})
        channels.append(
            {"sampler": len(samplers) - 1, "target": {"node": node_of[bone], "path": path}}
        )

    if poses[0].hips is not None:
        hips = [[round(c, 7) for c in p.hips] for p in poses if p.hips is not None]
        track("hips", "translation", hips, "VEC3")
    for bone, _, _ in SKELETON:
        if bone in poses[0].rotations:
            track(bone, "rotation", [_rounded(p.rotations[bone]) for p in poses], "VEC4")

    doc = {
        "asset": {"version": "2.0", "generator": GENERATOR},
        "extensionsUsed": ["VRMC_vrm_animation"],
        "extensions": {
            "VRMC_vrm_animation": {
                "specVersion": "1.0",
                "humanoid": {"humanBones": {b: {"node": node_of[b]} for b, _, _ in SKELETON}},
            }
        },
        "scene": 0,
        "scenes": [{"nodes": [0]}],
        "nodes": nodes,
        "animations": [{"name": clip.name, "samplers": samplers, "channels": channels}],
        "buffers": [{"byteLength": len(buf.data)}],
        "bufferViews": buf.views,
        "accessors": buf.accessors,
    }
    return pack_glb(doc, bytes(buf.data))


def descriptor(clip: Clip) -> bytes:
    """The sidecar ``<name>.json``: what the runtime cannot cheaply learn from the file."""
    d = {
        "name": clip.name,
        "type": clip.type,
        "file": f"{clip.name}.vrma",
        "format": "vrma",
        "loop": True,
        "duration_s": clip.duration_s,
        "description": clip.description,
    }
    return (json.dumps(d, indent=2, ensure_ascii=False) + "\n").encode()


def build_all() -> dict[str, bytes]:
    """Every generated file, keyed by its path relative to the default skin's folder."""
    out: dict[str, bytes] = {}
    for clip in CLIPS:
        base = f"animations/{clip.type}/{clip.name}"
        out[f"{base}.vrma"] = build_vrma(clip)
        out[f"{base}.json"] = descriptor(clip)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    stale = []
    for rel, data in build_all().items():
        path = SKIN_DIR / rel
        if path.is_file() and path.read_bytes() == data:
            continue
        stale.append(rel)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    verb = "stale" if check else "wrote"
    for rel in stale:
        print(f"{verb}: {rel}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
