"""A VRM model in a real browser: uploaded from the Body panel, rendered with three-vrm, and
animated with the default skin's VRMA clips. The model is a bare humanoid skeleton built
here from the default skin's own skeleton, so no third-party asset is needed."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect

from synth.karada.gltf import pack_glb, read_glb_json
from tests.browser.conftest import CHROMIUM, NO_CHROMIUM, PageMaker, connected, open_tab
from tests.support.servers import ServerProcess

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)

SKELETON_SOURCE = (
    Path(__file__).resolve().parents[2] / "synth/skins/default/animations/idle/breathing.vrma"
)


def skeleton_vrm() -> bytes:
    """A VRM 1.0 with the default skin's humanoid skeleton and no mesh."""
    vrma = read_glb_json(SKELETON_SOURCE)
    bones = vrma["extensions"]["VRMC_vrm_animation"]["humanoid"]["humanBones"]
    doc = {
        "asset": {"version": "2.0", "generator": "synth browser tests"},
        "extensionsUsed": ["VRMC_vrm"],
        "extensions": {
            "VRMC_vrm": {
                "specVersion": "1.0",
                "meta": {
                    "name": "Test skeleton",
                    "version": "1",
                    "authors": ["synth tests"],
                    "licenseUrl": "https://vrm.dev/licenses/1.0/",
                },
                "humanoid": {"humanBones": bones},
            }
        },
        "scene": 0,
        "scenes": vrma["scenes"],
        "nodes": vrma["nodes"],
    }
    return pack_glb(doc)


def test_an_uploaded_vrm_replaces_the_face_and_plays_the_idle_animation(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker
) -> None:
    page = page_for(synth.webui + "/")
    connected(page)
    stage = page.locator(".avatar-stage")
    expect(stage).to_have_attribute("data-mode", "face")
    open_tab(page, "animations")
    page.locator("#vrm-file").set_input_files(
        files=[{"name": "skeleton.vrm", "mimeType": "model/gltf-binary", "buffer": skeleton_vrm()}]
    )
    page.get_by_role("button", name="Upload VRM").click()
    expect(stage).to_have_attribute("data-mode", "vrm")
    open_tab(page, "chat")
    expect(stage.locator("canvas.vrm-canvas")).to_be_visible()
    expect(stage.locator(".face")).to_be_hidden()
    api.post("/api/animation_state", json={"state": "idle"}).raise_for_status()
    expect(stage).to_have_attribute("data-playing", "breathing")
    # Emotions still reach the model's expressions without breaking anything.
    api.post("/api/emotion_state", json={"values": {"happy": 0.9}}).raise_for_status()
    api.post("/api/animation_state", json={"state": "think"}).raise_for_status()
    expect(stage).to_have_attribute("data-playing", "head_tilt")


def test_a_page_opened_later_finds_the_active_vrm_by_itself(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker
) -> None:
    files = {"file": ("skeleton.vrm", skeleton_vrm(), "model/gltf-binary")}
    api.post("/api/vrm", files=files).raise_for_status()
    page = page_for(synth.webui + "/")
    connected(page)
    expect(page.locator(".avatar-stage")).to_have_attribute("data-mode", "vrm")


def test_a_mixamo_clip_is_retargeted_onto_the_vrm_bones(
    synth: ServerProcess, api: httpx.Client, page_for: PageMaker
) -> None:
    files = {"file": ("skeleton.vrm", skeleton_vrm(), "model/gltf-binary")}
    url = api.post("/api/vrm", files=files).json()["url"]
    page = page_for(synth.webui + "/")
    result = page.evaluate(
        """async (url) => {
            const THREE = await import("three");
            const { GLTFLoader } = await import("three/addons/loaders/GLTFLoader.js");
            const { VRMLoaderPlugin } = await import("@pixiv/three-vrm");
            const { mixamoClipToVrm } = await import("/ui/avatar/retarget.js");
            const loader = new GLTFLoader();
            loader.register((parser) => new VRMLoaderPlugin(parser));
            const vrm = (await loader.loadAsync(url)).userData.vrm;
            // A Mixamo-like rig as FBXLoader names it: "mixamorig:Hips" loses its colon.
            const rig = new THREE.Group();
            const hips = new THREE.Bone();
            hips.name = "mixamorigHips";
            hips.position.set(0, 100, 0);
            const spine = new THREE.Bone();
            spine.name = "mixamorigSpine";
            hips.add(spine);
            const tail = new THREE.Bone();
            tail.name = "mixamorigTail";
            spine.add(tail);
            rig.add(hips);
            rig.updateMatrixWorld(true);
            const turn = new THREE.Quaternion().setFromEuler(new THREE.Euler(0, 0.5, 0));
            const q = [0, 0, 0, 1, ...turn.toArray()];
            const lift = [0, 100, 0, 0, 110, 0];
            rig.animations = [new THREE.AnimationClip("mixamo.com", 1, [
                new THREE.QuaternionKeyframeTrack("mixamorigHips.quaternion", [0, 1], q),
                new THREE.VectorKeyframeTrack("mixamorigHips.position", [0, 1], lift),
                new THREE.QuaternionKeyframeTrack("mixamorigSpine.quaternion", [0, 1], q),
                new THREE.QuaternionKeyframeTrack("mixamorigTail.quaternion", [0, 1], q),
            ])];
            const clip = mixamoClipToVrm(rig, vrm);
            const hipsNode = vrm.humanoid.getNormalizedBoneNode("hips").name;
            const spineNode = vrm.humanoid.getNormalizedBoneNode("spine").name;
            const [hq, hp, sq] = [".quaternion", ".position", ".quaternion"];
            const position = clip.tracks.find((t) => t.name === `${hipsNode}.position`);
            return {
                names: clip.tracks.map((t) => t.name),
                expected: [hipsNode + hq, hipsNode + hp, spineNode + sq],
                hipsY: Array.from(position.values).filter((_, i) => i % 3 === 1),
                duration: clip.duration,
            };
        }""",
        url,
    )
    assert result["names"] == result["expected"]
    # Hip height 100 in the rig is 0.95 m on the model: positions scale by 0.0095.
    assert result["hipsY"] == pytest.approx([0.95, 1.045], rel=1e-3)
    assert result["duration"] == 1
