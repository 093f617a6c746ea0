// The body: skins, the animation state, emotions, animation uploads and promotion, the VRM.
// These routes may be missing on a server without the body actor: each part says so.

import { VRM_URL_KEY } from "../avatar/avatar.js";
import { EMOTIONS } from "../avatar/face.js";
import { describe, isMissing } from "../lib/api.js";
import { confirmButton, h, labelled, replace, say, uid, when } from "../lib/dom.js";

const STATES = ["idle", "think", "write", "talk"];

export function mountAnimations(section, app) {
  const status = h("p", { className: "form-status", "aria-live": "polite" });
  const skins = h("ul", { className: "items", "aria-label": "Skins" });
  const uploads = h("ul", { className: "items", "aria-label": "Uploaded animations" });
  const stateSelect = h(
    "select",
    { id: "animation-state" },
    STATES.map((state) => h("option", { value: state }, state)),
  );
  const emotionSelect = h(
    "select",
    { id: "emotion-name" },
    EMOTIONS.map((name) => h("option", { value: name }, name)),
  );
  const emotionValue = h("input", {
    type: "range",
    id: "emotion-value",
    min: 0,
    max: 1,
    step: 0.05,
    value: 0.8,
  });
  const animFile = h("input", { type: "file", id: "animation-file", accept: ".fbx,.vrma" });
  const animType = h("input", { type: "text", id: "animation-type", value: "idle", list: "animation-types" });
  const animName = h("input", { type: "text", id: "animation-name", placeholder: "optional" });
  const vrmFile = h("input", { type: "file", id: "vrm-file", accept: ".vrm" });

  section.append(
    h("h2", {}, "Body and face"),
    status,
    h(
      "form",
      { className: "card", onsubmit: (event) => (event.preventDefault(), setState()) },
      h("h3", {}, "Animation state"),
      h(
        "div",
        { className: "row" },
        ...labelled("State", stateSelect),
        h("button", { type: "submit", id: "animation-apply" }, "Play"),
      ),
    ),
    h(
      "form",
      { className: "card", onsubmit: (event) => (event.preventDefault(), feel()) },
      h("h3", {}, "Emotion"),
      h(
        "div",
        { className: "row" },
        ...labelled("Feeling", emotionSelect),
        ...labelled("Strength", emotionValue),
        h("button", { type: "submit" }, "Apply"),
      ),
    ),
    h("section", { className: "card" }, h("h3", {}, "Skins"), skins),
    h(
      "form",
      { className: "card", onsubmit: (event) => (event.preventDefault(), uploadAnimation()) },
      h("h3", {}, "Upload an animation (.fbx or .vrma)"),
      h("div", { className: "row" }, ...labelled("File", animFile)),
      h("div", { className: "row" }, ...labelled("Type", animType), ...labelled("Name", animName)),
      h(
        "datalist",
        { id: "animation-types" },
        STATES.map((state) => h("option", { value: state })),
      ),
      h("button", { type: "submit" }, "Upload"),
    ),
    h("section", { className: "card" }, h("h3", {}, "Uploaded animations"), uploads),
    h(
      "form",
      { className: "card", onsubmit: (event) => (event.preventDefault(), uploadVrm()) },
      h("h3", {}, "VRM model"),
      h(
        "div",
        { className: "row" },
        ...labelled("VRM file", vrmFile),
        h("button", { type: "submit" }, "Upload VRM"),
      ),
    ),
  );

  function report(error, what) {
    say(status, isMissing(error) ? `${what}: not available on this server.` : describe(error), "error");
  }

  async function refresh() {
    say(status, "");
    try {
      const data = await app.api.get("/api/skins");
      replace(
        skins,
        (data.custom_vrm ? [h("li", { className: "item" }, "An uploaded VRM model is in use.")] : []).concat(
          data.skins.map((skin) =>
            h(
              "li",
              { className: "item", dataset: { skin: skin.name } },
              h(
                "div",
                { className: "item-head" },
                h("strong", {}, skin.name),
                skin.active ? h("span", { className: "badge badge-active" }, "active") : null,
                skin.has_vrm ? h("span", { className: "badge" }, "VRM") : null,
              ),
              h(
                "p",
                { className: "muted" },
                Object.entries(skin.animation_types ?? {})
                  .map(([type, count]) => `${type}: ${count}`)
                  .join(" · ") || "no animations",
              ),
            ),
          ),
        ),
      );
    } catch (error) {
      replace(
        skins,
        h(
          "li",
          { className: "muted" },
          isMissing(error) ? "Skins are not available on this server." : describe(error),
        ),
      );
    }
    try {
      const data = await app.api.get("/api/animations/uploads");
      replace(
        uploads,
        data.uploads.length ? data.uploads.map(uploadRow) : h("li", { className: "muted" }, "No uploads."),
      );
    } catch (error) {
      replace(
        uploads,
        h(
          "li",
          { className: "muted" },
          isMissing(error) ? "Uploads are not available on this server." : describe(error),
        ),
      );
    }
  }

  function uploadRow(item) {
    const type = h("input", {
      type: "text",
      id: uid("ptype"),
      value: item.type ?? "",
      list: "animation-types",
    });
    const name = h("input", { type: "text", id: uid("pname"), placeholder: "optional" });
    const result = h("p", { className: "form-status", "aria-live": "polite" });
    const path = `/api/animations/uploads/${encodeURIComponent(item.upload_id)}`;
    return h(
      "li",
      { className: "item", dataset: { uploadId: item.upload_id } },
      h(
        "div",
        { className: "item-head" },
        h("strong", {}, item.filename),
        h("span", { className: "badge" }, item.format ?? ""),
      ),
      h("p", { className: "muted" }, `${item.type} · ${item.size ?? "?"} bytes · ${when(item.created_at)}`),
      h(
        "form",
        {
          className: "row",
          onsubmit: async (event) => {
            event.preventDefault();
            try {
              const answer = await app.api.post("/api/animations/promote", {
                upload_id: item.upload_id,
                type: type.value || null,
                name: name.value || null,
              });
              say(status, `Promoted into skin ${answer.skin} as ${answer.type}/${answer.file}.`, "ok");
              refresh();
            } catch (error) {
              say(
                result,
                error.status === 403
                  ? `${describe(error)}: set animation.promotion_enabled to allow it.`
                  : describe(error),
                "error",
              );
            }
          },
        },
        ...labelled("Type", type),
        ...labelled("Name", name),
        h("button", { type: "submit" }, "Promote"),
      ),
      h(
        "div",
        { className: "actions" },
        confirmButton("Delete", "Really delete?", async () => {
          try {
            await app.api.del(path);
            refresh();
          } catch (error) {
            say(result, describe(error), "error");
          }
        }),
      ),
      result,
    );
  }

  async function setState() {
    try {
      const answer = await app.api.post("/api/animation_state", {
        state: stateSelect.value,
        session_id: app.sessionId,
        source: "webui",
      });
      say(status, `Now ${answer.state}${answer.animation ? ` (${answer.animation})` : ""}.`, "ok");
    } catch (error) {
      report(error, "Animation state");
    }
  }

  async function feel() {
    try {
      const answer = await app.api.post("/api/emotion_state", {
        values: { [emotionSelect.value]: Number(emotionValue.value) },
        source: "webui",
      });
      say(status, `Feeling ${answer.dominant}.`, "ok");
    } catch (error) {
      report(error, "Emotion");
    }
  }

  async function uploadAnimation() {
    const file = animFile.files?.[0];
    if (!file) return say(status, "Choose an .fbx or .vrma file first.", "error");
    try {
      const answer = await app.api.upload("/api/animations/upload", {
        file,
        type: animType.value.trim() || "idle",
        name: animName.value.trim(),
      });
      say(status, `Uploaded ${answer.filename} as ${answer.type}.`, "ok");
      animFile.value = "";
      refresh();
    } catch (error) {
      report(error, "Animation upload");
    }
  }

  async function uploadVrm() {
    const file = vrmFile.files?.[0];
    if (!file) return say(status, "Choose a .vrm file first.", "error");
    try {
      const answer = await app.api.upload("/api/vrm", { file });
      try {
        localStorage.setItem(VRM_URL_KEY, answer.url);
      } catch {
        // Without storage the server's own answer is used on the next visit.
      }
      say(status, `Uploaded ${answer.filename}; the avatar now uses it.`, "ok");
      vrmFile.value = "";
      app.events.dispatchEvent(new CustomEvent("vrm-changed"));
      refresh();
    } catch (error) {
      report(error, "VRM upload");
    }
  }

  return { show: refresh };
}
