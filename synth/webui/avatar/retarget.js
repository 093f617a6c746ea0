// Mixamo FBX animations on a VRM: rename the bones and carry the rotations over.

import * as THREE from "three";

/** Mixamo bone (after "mixamorig" / "mixamorig:") -> VRM humanoid bone name. */
export const MIXAMO_TO_VRM = {
  Hips: "hips",
  Spine: "spine",
  Spine1: "chest",
  Spine2: "upperChest",
  Neck: "neck",
  Head: "head",
  LeftShoulder: "leftShoulder",
  LeftArm: "leftUpperArm",
  LeftForeArm: "leftLowerArm",
  LeftHand: "leftHand",
  LeftHandThumb1: "leftThumbMetacarpal",
  LeftHandThumb2: "leftThumbProximal",
  LeftHandThumb3: "leftThumbDistal",
  LeftHandIndex1: "leftIndexProximal",
  LeftHandIndex2: "leftIndexIntermediate",
  LeftHandIndex3: "leftIndexDistal",
  LeftHandMiddle1: "leftMiddleProximal",
  LeftHandMiddle2: "leftMiddleIntermediate",
  LeftHandMiddle3: "leftMiddleDistal",
  LeftHandRing1: "leftRingProximal",
  LeftHandRing2: "leftRingIntermediate",
  LeftHandRing3: "leftRingDistal",
  LeftHandPinky1: "leftLittleProximal",
  LeftHandPinky2: "leftLittleIntermediate",
  LeftHandPinky3: "leftLittleDistal",
  RightShoulder: "rightShoulder",
  RightArm: "rightUpperArm",
  RightForeArm: "rightLowerArm",
  RightHand: "rightHand",
  RightHandThumb1: "rightThumbMetacarpal",
  RightHandThumb2: "rightThumbProximal",
  RightHandThumb3: "rightThumbDistal",
  RightHandIndex1: "rightIndexProximal",
  RightHandIndex2: "rightIndexIntermediate",
  RightHandIndex3: "rightIndexDistal",
  RightHandMiddle1: "rightMiddleProximal",
  RightHandMiddle2: "rightMiddleIntermediate",
  RightHandMiddle3: "rightMiddleDistal",
  RightHandRing1: "rightRingProximal",
  RightHandRing2: "rightRingIntermediate",
  RightHandRing3: "rightRingDistal",
  RightHandPinky1: "rightLittleProximal",
  RightHandPinky2: "rightLittleIntermediate",
  RightHandPinky3: "rightLittleDistal",
  LeftUpLeg: "leftUpperLeg",
  LeftLeg: "leftLowerLeg",
  LeftFoot: "leftFoot",
  LeftToeBase: "leftToes",
  RightUpLeg: "rightUpperLeg",
  RightLeg: "rightLowerLeg",
  RightFoot: "rightFoot",
  RightToeBase: "rightToes",
};

/** "mixamorig:LeftArm", "mixamorigLeftArm" (three drops the colon) -> "leftUpperArm". */
export function vrmBoneFor(mixamoName) {
  const bare = mixamoName.replace(/^mixamorig\d*:?/, "");
  return MIXAMO_TO_VRM[bare] ?? null;
}

/**
 * An AnimationClip for `vrm` from a Mixamo FBX scene (FBXLoader's result).
 *
 * Each rotation is moved out of Mixamo's rest pose into the VRM's normalized bones (whose
 * rest pose is the identity): q' = parentRestWorld * q * restWorld^-1. The hips' position
 * is scaled from the FBX skeleton's hip height to the model's. VRM 0.x models face the
 * other way, so their x and z components flip.
 */
export function mixamoClipToVrm(fbx, vrm) {
  const source = THREE.AnimationClip.findByName(fbx.animations, "mixamo.com") ?? fbx.animations[0];
  if (!source) throw new Error("the FBX file has no animation");
  const isVrm0 = vrm.meta?.metaVersion === "0";
  const hipsNode = fbx.getObjectByName(findHipsName(fbx));
  const vrmHips = vrm.humanoid.getNormalizedBoneNode("hips");
  const position = new THREE.Vector3();
  const vrmHipsHeight = Math.abs(
    vrmHips.getWorldPosition(position).y - vrm.scene.getWorldPosition(new THREE.Vector3()).y,
  );
  const hipsScale = hipsNode && hipsNode.position.y ? vrmHipsHeight / hipsNode.position.y : 1;

  const restInverse = new THREE.Quaternion();
  const parentRest = new THREE.Quaternion();
  const q = new THREE.Quaternion();
  const tracks = [];
  for (const track of source.tracks) {
    const [nodeName, property] = track.name.split(".");
    const boneName = vrmBoneFor(nodeName);
    const vrmNode = boneName ? vrm.humanoid.getNormalizedBoneNode(boneName) : null;
    const rigNode = fbx.getObjectByName(nodeName);
    if (!vrmNode || !rigNode) continue;
    rigNode.getWorldQuaternion(restInverse).invert();
    rigNode.parent.getWorldQuaternion(parentRest);
    if (track instanceof THREE.QuaternionKeyframeTrack) {
      const values = new Float32Array(track.values.length);
      for (let i = 0; i < track.values.length; i += 4) {
        q.fromArray(track.values, i).premultiply(parentRest).multiply(restInverse);
        q.toArray(values, i);
        if (isVrm0) {
          values[i] = -values[i];
          values[i + 2] = -values[i + 2];
        }
      }
      tracks.push(new THREE.QuaternionKeyframeTrack(`${vrmNode.name}.${property}`, track.times, values));
    } else if (track instanceof THREE.VectorKeyframeTrack && boneName === "hips" && property === "position") {
      const values = track.values.map((v, i) => (isVrm0 && i % 3 !== 1 ? -v : v) * hipsScale);
      tracks.push(new THREE.VectorKeyframeTrack(`${vrmNode.name}.${property}`, track.times, values));
    }
  }
  return new THREE.AnimationClip("mixamo", source.duration, tracks);
}

function findHipsName(fbx) {
  let name = "mixamorigHips";
  fbx.traverse((node) => {
    if (vrmBoneFor(node.name) === "hips") name = node.name;
  });
  return name;
}
