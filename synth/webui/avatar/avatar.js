// The persona's body on the page: a VRM model when one is active, else the 2D face. Both
// follow the socket's `emotion` and `animation` frames and the session frame's state.

import { describe, isMissing } from "../lib/api.js";
import { withToken } from "../lib/auth.js";
import { createFace } from "./face.js";

export const VRM_URL_KEY = "synth.vrmUrl";

export function createAvatar(stage, app) {
  const face = createFace(stage);
  let vrm = null;
  let emotion = { values: { neutral: 1 }, dominant: "neutral" };
  let animation = { state: "idle" };
  stage.dataset.mode = "face";

  function applyEmotion(frame) {
    if (!frame?.values) return;
    emotion = frame;
    face.setEmotion(frame.values, frame.dominant);
    vrm?.setEmotion(frame.values);
  }

  function applyAnimation(frame) {
    if (!frame?.state) return;
    animation = frame;
    face.setAnimation(frame.state);
    stage.dataset.animationState = frame.state;
    const descriptor = frame.descriptor;
    if (vrm && descriptor?.url) {
      vrm
        .play({
          animationId: frame.animation_id ?? descriptor.url,
          url: withToken(descriptor.url),
          format: descriptor.format,
          loop: frame.loop ?? descriptor.loop,
        })
        .then(() => {
          stage.dataset.playing = descriptor.name ?? descriptor.url;
        })
        .catch((error) =>
          app.notify(`Animation ${descriptor.name ?? ""} failed: ${describe(error)}`, "error"),
        );
    }
  }

  async function fetchAnimation() {
    try {
      applyAnimation(await app.api.get("/api/animation_state"));
    } catch {
      // No body routes on this server: the face stays idle.
    }
  }

  async function loadModel() {
    const url = await findVrmUrl(app.api);
    if (vrm) {
      vrm.dispose();
      vrm = null;
    }
    if (!url) {
      stage.dataset.mode = "face";
      face.show();
      return;
    }
    stage.dataset.mode = "loading";
    try {
      const { VrmStage } = await import("./vrm.js");
      const created = new VrmStage(stage);
      try {
        await created.load(withToken(url));
      } catch (error) {
        created.dispose();
        throw error;
      }
      vrm = created;
      face.hide();
      stage.dataset.mode = "vrm";
      vrm.setEmotion(emotion.values);
      applyAnimation(animation);
    } catch (error) {
      stage.dataset.mode = "face";
      face.show();
      app.notify(`The VRM model could not be shown, so the face stands in: ${describe(error)}`, "error");
    }
  }

  app.socket.addEventListener("session", ({ detail }) => {
    applyEmotion(detail.state?.emotion);
    if (detail.state?.animation?.state) applyAnimation(detail.state.animation);
    else fetchAnimation();
  });
  app.socket.addEventListener("emotion", ({ detail }) => applyEmotion(detail));
  app.socket.addEventListener("animation", ({ detail }) => applyAnimation(detail));
  app.events.addEventListener("vrm-changed", () => loadModel());
  app.events.addEventListener("token-changed", () => loadModel());
  loadModel();
}

/**
 * Where the active VRM model is served, or null for none: GET /api/skins/current_skin's
 * `model_url`; on a server without it, GET /api/skins (the uploaded `vrm.url`, or the
 * active skin's model.vrm), and last the URL of the upload made in this browser.
 */
export async function findVrmUrl(api) {
  try {
    const current = await api.get("/api/skins/current_skin");
    if (current && "model_url" in current) return current.model_url;
  } catch (error) {
    if (!isMissing(error)) console.warn("GET /api/skins/current_skin failed:", describe(error));
  }
  let skins;
  try {
    skins = await api.get("/api/skins");
  } catch (error) {
    if (!isMissing(error)) console.warn("GET /api/skins failed:", describe(error));
    return null;
  }
  if (skins?.custom_vrm) return skins.vrm?.url ?? storedVrmUrl();
  const active = (skins?.skins ?? []).find((skin) => skin.active);
  return active?.has_vrm ? `/assets/skins/${encodeURIComponent(active.name)}/model.vrm` : null;
}

function storedVrmUrl() {
  try {
    return localStorage.getItem(VRM_URL_KEY);
  } catch {
    return null;
  }
}
