// The VRM avatar: three.js renders the model, three-vrm drives its expressions and
// animations (VRMA through three-vrm-animation, Mixamo FBX through the retargeting module).

import * as THREE from "three";
import { FBXLoader } from "three/addons/loaders/FBXLoader.js";
import { GLTFLoader } from "three/addons/loaders/GLTFLoader.js";
import { VRMLoaderPlugin, VRMUtils } from "@pixiv/three-vrm";
import { VRMAnimationLoaderPlugin, createVRMAnimationClip } from "@pixiv/three-vrm-animation";
import { EMOTIONS } from "./face.js";
import { mixamoClipToVrm } from "./retarget.js";

const FADE_S = 0.4;

/** One canvas with one VRM model in it. Throws from load() when WebGL or the file fails. */
export class VrmStage {
  constructor(container) {
    this.container = container;
    this.canvas = document.createElement("canvas");
    this.canvas.className = "vrm-canvas";
    this.canvas.setAttribute("aria-hidden", "true");
    this.renderer = new THREE.WebGLRenderer({ canvas: this.canvas, antialias: true, alpha: true });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
    this.renderer.outputColorSpace = THREE.SRGBColorSpace;
    this.scene = new THREE.Scene();
    this.camera = new THREE.PerspectiveCamera(30, 1, 0.1, 20);
    this.camera.position.set(0, 1.35, 1.6);
    const light = new THREE.DirectionalLight(0xffffff, Math.PI);
    light.position.set(1, 1, 1).normalize();
    this.scene.add(light, new THREE.AmbientLight(0xffffff, 0.6));
    this.gltfLoader = new GLTFLoader();
    this.gltfLoader.register((parser) => new VRMLoaderPlugin(parser));
    this.gltfLoader.register((parser) => new VRMAnimationLoaderPlugin(parser));
    this.fbxLoader = new FBXLoader();
    this.timer = new THREE.Timer();
    this.vrm = null;
    this.mixer = null;
    this.action = null;
    this.playing = null; // the animation_id being played or loaded
    this.expressions = {};
    this.resizer = new ResizeObserver(() => this.resize());
    container.append(this.canvas);
    this.resizer.observe(container);
    this.renderer.setAnimationLoop(() => this.frame());
  }

  async load(url) {
    const gltf = await this.gltfLoader.loadAsync(url);
    const vrm = gltf.userData.vrm;
    if (!vrm) throw new Error("the file is not a VRM model");
    VRMUtils.removeUnnecessaryVertices(gltf.scene);
    VRMUtils.combineSkeletons(gltf.scene);
    VRMUtils.rotateVRM0(vrm);
    vrm.scene.traverse((node) => {
      node.frustumCulled = false;
    });
    this.scene.add(vrm.scene);
    this.vrm = vrm;
    this.mixer = new THREE.AnimationMixer(vrm.scene);
    const head = vrm.humanoid?.getNormalizedBoneNode("head");
    if (head) {
      const at = head.getWorldPosition(new THREE.Vector3());
      this.camera.position.set(0, at.y, at.y * 1.1 + 0.4);
      this.camera.lookAt(0, at.y - 0.15, 0);
    }
    this.applyExpressions();
    this.resize();
  }

  /** Play the animation a descriptor names (its url already carries any token). */
  async play({ animationId, url, format, loop }) {
    if (!this.vrm || !url) return;
    this.playing = animationId;
    const clip =
      format === "fbx"
        ? mixamoClipToVrm(await this.fbxLoader.loadAsync(url), this.vrm)
        : await this.vrmaClip(url);
    if (this.playing !== animationId) return; // a newer animation arrived while this one loaded
    const action = this.mixer.clipAction(clip);
    action.setLoop(loop === false ? THREE.LoopOnce : THREE.LoopRepeat, Infinity);
    action.clampWhenFinished = true;
    action.reset().fadeIn(FADE_S).play();
    if (this.action && this.action !== action) this.action.fadeOut(FADE_S);
    this.action = action;
  }

  async vrmaClip(url) {
    const gltf = await this.gltfLoader.loadAsync(url);
    const animation = gltf.userData.vrmAnimations?.[0];
    if (!animation) throw new Error("the file is not a VRM animation");
    return createVRMAnimationClip(animation, this.vrm);
  }

  setEmotion(values) {
    for (const name of EMOTIONS) this.expressions[name] = Number(values?.[name]) || 0;
    this.applyExpressions();
  }

  applyExpressions() {
    const manager = this.vrm?.expressionManager;
    if (!manager) return;
    for (const [name, value] of Object.entries(this.expressions)) manager.setValue(name, value);
  }

  frame() {
    this.timer.update();
    const delta = Math.min(this.timer.getDelta(), 0.1);
    this.mixer?.update(delta);
    this.vrm?.update(delta);
    this.renderer.render(this.scene, this.camera);
  }

  resize() {
    const { clientWidth: width, clientHeight: height } = this.container;
    if (!width || !height) return;
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
  }

  dispose() {
    this.renderer.setAnimationLoop(null);
    this.resizer.disconnect();
    if (this.vrm) VRMUtils.deepDispose(this.vrm.scene);
    this.renderer.dispose();
    this.canvas.remove();
  }
}
