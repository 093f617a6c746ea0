"""Posing a humanoid for the default skin generator: the rest skeleton, quaternions, arm IK.

Kept apart from ``make_default_skin.py`` so the clips there read as choreography; everything
here is plain math on tuples, deterministic, with no third-party code.
"""

from __future__ import annotations

import math

Vec3 = tuple[float, float, float]
Quat = tuple[float, float, float, float]  # (x, y, z, w), the order glTF stores

# VRM T-pose: meters, Y up, facing +Z, so the character's left is +X. Every rest rotation is
# identity; each entry is (bone, parent, translation relative to the parent).
SKELETON: tuple[tuple[str, str | None, Vec3], ...] = (
    ("hips", None, (0.0, 0.95, 0.0)),
    ("spine", "hips", (0.0, 0.07, 0.0)),
    ("chest", "spine", (0.0, 0.12, 0.0)),
    ("upperChest", "chest", (0.0, 0.13, 0.0)),
    ("neck", "upperChest", (0.0, 0.16, 0.0)),
    ("head", "neck", (0.0, 0.09, 0.0)),
    ("leftShoulder", "upperChest", (0.02, 0.11, 0.0)),
    ("leftUpperArm", "leftShoulder", (0.13, 0.0, 0.0)),
    ("leftLowerArm", "leftUpperArm", (0.27, 0.0, 0.0)),
    ("leftHand", "leftLowerArm", (0.25, 0.0, 0.0)),
    ("rightShoulder", "upperChest", (-0.02, 0.11, 0.0)),
    ("rightUpperArm", "rightShoulder", (-0.13, 0.0, 0.0)),
    ("rightLowerArm", "rightUpperArm", (-0.27, 0.0, 0.0)),
    ("rightHand", "rightLowerArm", (-0.25, 0.0, 0.0)),
    ("leftUpperLeg", "hips", (0.09, -0.05, 0.0)),
    ("leftLowerLeg", "leftUpperLeg", (0.0, -0.42, 0.0)),
    ("leftFoot", "leftLowerLeg", (0.0, -0.40, 0.0)),
    ("leftToes", "leftFoot", (0.0, -0.06, 0.12)),
    ("rightUpperLeg", "hips", (-0.09, -0.05, 0.0)),
    ("rightLowerLeg", "rightUpperLeg", (0.0, -0.42, 0.0)),
    ("rightFoot", "rightLowerLeg", (0.0, -0.40, 0.0)),
    ("rightToes", "rightFoot", (0.0, -0.06, 0.12)),
)
IDENTITY: Quat = (0.0, 0.0, 0.0, 1.0)
UPPER_ARM_M = 0.27
LOWER_ARM_M = 0.25
HIPS_Y = SKELETON[0][2][1]


# --- vector and quaternion math ------------------------------------------------------------


def add(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def sub(a: Vec3, b: Vec3) -> Vec3:
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def scale(a: Vec3, k: float) -> Vec3:
    return (a[0] * k, a[1] * k, a[2] * k)


def dot(a: Vec3, b: Vec3) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def cross(a: Vec3, b: Vec3) -> Vec3:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def unit(a: Vec3) -> Vec3:
    return scale(a, 1.0 / math.sqrt(dot(a, a)))


def qmul(a: Quat, b: Quat) -> Quat:
    """Hamilton product: rotating by ``qmul(a, b)`` applies ``b`` first, then ``a``."""
    ax, ay, az, aw = a
    bx, by, bz, bw = b
    return (
        aw * bx + ax * bw + ay * bz - az * by,
        aw * by - ax * bz + ay * bw + az * bx,
        aw * bz + ax * by - ay * bx + az * bw,
        aw * bw - ax * bx - ay * by - az * bz,
    )


def qconj(q: Quat) -> Quat:
    return (-q[0], -q[1], -q[2], q[3])


def rotate(q: Quat, v: Vec3) -> Vec3:
    x, y, z, _ = qmul(qmul(q, (v[0], v[1], v[2], 0.0)), qconj(q))
    return (x, y, z)


def axis_angle(axis: Vec3, degrees: float) -> Quat:
    x, y, z = unit(axis)
    s = math.sin(math.radians(degrees) / 2)
    return (x * s, y * s, z * s, math.cos(math.radians(degrees) / 2))


def euler(x: float = 0.0, y: float = 0.0, z: float = 0.0) -> Quat:
    """Degrees; roll (z) first, then pitch (x, positive bends forward), then yaw (y)."""
    rz = axis_angle((0.0, 0.0, 1.0), z)
    rx = axis_angle((1.0, 0.0, 0.0), x)
    return qmul(axis_angle((0.0, 1.0, 0.0), y), qmul(rx, rz))


def from_to(u: Vec3, v: Vec3) -> Quat:
    """The shortest rotation taking direction ``u`` to direction ``v``."""
    u, v = unit(u), unit(v)
    c, d = cross(u, v), dot(u, v)
    if d < -0.9999:
        raise ValueError("opposite directions have no unique shortest rotation")
    n = math.sqrt(dot(c, c) + (1.0 + d) ** 2)
    return (c[0] / n, c[1] / n, c[2] / n, (1.0 + d) / n)


def rest_positions() -> dict[str, Vec3]:
    """World positions of every bone in the T-pose (rest rotations are identity)."""
    out: dict[str, Vec3] = {}
    for bone, parent, t in SKELETON:
        out[bone] = add(out[parent], t) if parent else t
    return out


# --- arm posing ----------------------------------------------------------------------------


def _aim(rest: Vec3, direction: Vec3, palm: Vec3 | None) -> Quat:
    """Point a segment along ``direction``, then twist it so its palm side faces ``palm``."""
    q = from_to(rest, direction)
    if palm is None:
        return q
    d = unit(direction)
    now = rotate(q, (0.0, -1.0, 0.0))  # the palm faces -Y in the T-pose
    want = sub(palm, scale(d, dot(palm, d)))
    angle = math.degrees(math.atan2(dot(cross(now, want), d), dot(now, want)))
    return qmul(axis_angle(d, angle), q)


def arm(
    side: int, upper: Vec3, lower: Vec3, hand: Vec3, palm: Vec3 | None = None
) -> dict[str, Quat]:
    """Local rotations for one arm from directions in the (upright) torso frame.

    ``side`` is +1 for the left arm and -1 for the right one.
    """
    name = "left" if side > 0 else "right"
    rest: Vec3 = (float(side), 0.0, 0.0)
    u = from_to(rest, upper)
    lo = _aim(rest, lower, palm)
    h = _aim(rest, hand, palm)
    return {
        f"{name}UpperArm": u,
        f"{name}LowerArm": qmul(qconj(u), lo),
        f"{name}Hand": qmul(qconj(lo), h),
    }


def reach(side: int, wrist: Vec3, pole: Vec3) -> tuple[Vec3, Vec3]:
    """Two-bone IK: upper and lower arm directions that put the wrist at ``wrist``.

    ``pole`` is roughly where the elbow should point.
    """
    shoulder = rest_positions()["leftUpperArm" if side > 0 else "rightUpperArm"]
    a, b = UPPER_ARM_M, LOWER_ARM_M
    to = sub(wrist, shoulder)
    d = min(max(math.sqrt(dot(to, to)), abs(a - b) + 1e-6), a + b - 1e-6)
    e = unit(to)
    x = (a * a - b * b + d * d) / (2 * d)
    h = math.sqrt(max(0.0, a * a - x * x))
    n = unit(sub(pole, scale(e, dot(pole, e))))
    elbow = add(add(shoulder, scale(e, x)), scale(n, h))
    return sub(elbow, shoulder), sub(add(shoulder, scale(e, d)), elbow)


def relaxed_arm(side: int, lift: float = 0.0) -> dict[str, Quat]:
    """Arms hanging at the sides, elbows softly bent; ``lift`` (0..1) spreads them a little."""
    s = float(side)
    return arm(
        side, (s * (0.16 + 0.04 * lift), -1.0, 0.03), (s * 0.08, -1.0, 0.22), (s * 0.05, -1.0, 0.16)
    )
