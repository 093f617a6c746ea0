// Chat archives: archive the conversation, then list, download, restore, rename, delete;
// and this conversation's prompt override (session meta).

import { describe } from "../lib/api.js";
import { confirmButton, h, labelled, replace, say, uid, when } from "../lib/dom.js";

export function mountArchives(section, app) {
  const name = h("input", { type: "text", id: "archive-name", maxLength: 200, placeholder: "optional" });
  const status = h("p", { className: "form-status", "aria-live": "polite" });
  const list = h("ul", { className: "items archive-list", "aria-label": "Archived conversations" });
  const override = h("textarea", { id: "prompt-override", rows: 3 });
  const overrideStatus = h("p", { className: "form-status", "aria-live": "polite" });

  section.append(
    h("h2", {}, "Chat archives"),
    h(
      "form",
      { className: "row", onsubmit: (event) => (event.preventDefault(), archive()) },
      ...labelled("Name", name),
      h("button", { type: "submit", id: "archive-now" }, "Archive this conversation"),
    ),
    status,
    h("section", { className: "card" }, h("h3", {}, "Archived conversations"), list),
    h(
      "form",
      { className: "card", onsubmit: (event) => (event.preventDefault(), saveOverride()) },
      h("h3", {}, "Prompt override"),
      h("p", { className: "muted" }, "Extra instructions for the persona in this conversation only."),
      ...labelled("Override", override),
      h("div", { className: "actions" }, h("button", { type: "submit" }, "Save override")),
      overrideStatus,
    ),
  );

  async function archive() {
    try {
      const result = await app.api.post("/api/chat/archive", {
        session_id: app.sessionId,
        name: name.value.trim() || null,
      });
      name.value = "";
      app.events.dispatchEvent(new CustomEvent("conversation-archived"));
      say(status, `Archived ${result.message_count} messages as "${result.name}".`, "ok");
    } catch (error) {
      say(status, describe(error), "error");
    }
    refresh();
  }

  async function refresh() {
    try {
      const { archives } = await app.api.get("/api/chat/archives");
      replace(
        list,
        archives.length ? archives.map(row) : h("li", { className: "muted" }, "No archives yet."),
      );
    } catch (error) {
      say(status, describe(error), "error");
    }
    try {
      const { meta } = await app.api.get("/api/chat/session_meta", { session_id: app.sessionId });
      override.value = typeof meta?.prompt_override === "string" ? meta.prompt_override : "";
    } catch (error) {
      say(overrideStatus, describe(error), "error");
    }
  }

  function row(item) {
    const path = `/api/chat/archives/${encodeURIComponent(item.archive_id)}`;
    const rename = h("input", {
      type: "text",
      id: uid("rename"),
      value: item.name,
      maxLength: 200,
      required: true,
    });
    const result = h("p", { className: "form-status", "aria-live": "polite" });
    const run = async (work, text) => {
      try {
        await work();
        say(status, text, "ok");
        refresh();
      } catch (error) {
        say(result, describe(error), "error");
      }
    };
    return h(
      "li",
      { className: "item", dataset: { archiveId: item.archive_id } },
      h("div", { className: "item-head" }, h("strong", { className: "archive-name" }, item.name)),
      h(
        "p",
        { className: "muted" },
        `${item.message_count} messages · ${when(item.created_at)} · session ${item.session_id}`,
      ),
      h(
        "div",
        { className: "actions" },
        h(
          "button",
          {
            type: "button",
            onclick: () =>
              run(
                () =>
                  app.api.post("/api/chat/restore", {
                    archive_id: item.archive_id,
                    session_id: app.sessionId,
                  }),
                `Restored "${item.name}".`,
              ),
          },
          "Restore",
        ),
        h(
          "button",
          {
            type: "button",
            onclick: () =>
              app.api
                .download(path, `${item.name}.json`)
                .catch((error) => say(result, describe(error), "error")),
          },
          "Download",
        ),
        confirmButton("Delete", "Really delete?", () =>
          run(() => app.api.del(path), `Deleted "${item.name}".`),
        ),
      ),
      h(
        "form",
        {
          className: "row",
          onsubmit: (event) => (
            event.preventDefault(),
            run(() => app.api.post(`${path}/rename`, { name: rename.value }), "Renamed.")
          ),
        },
        ...labelled("New name", rename),
        h("button", { type: "submit" }, "Rename"),
      ),
      result,
    );
  }

  async function saveOverride() {
    try {
      const text = override.value.trim();
      await app.api.post("/api/chat/session_meta", {
        session_id: app.sessionId,
        meta: { prompt_override: text || null },
      });
      say(overrideStatus, text ? "Override saved." : "Override removed.", "ok");
    } catch (error) {
      say(overrideStatus, describe(error), "error");
    }
  }

  app.events.addEventListener("history-restored", () => {
    if (!section.hidden) refresh();
  });
  return { show: refresh };
}
