// The diary: the persona's notes, page by page; archive, unarchive, delete archived ones.

import { describe } from "../lib/api.js";
import { confirmButton, h, labelled, replace, say, when } from "../lib/dom.js";

const PER_PAGE = 10;

export function mountDiary(section, app) {
  const days = h("input", {
    type: "number",
    id: "diary-days",
    min: 1,
    max: 365,
    value: 14,
    inputMode: "numeric",
  });
  const archived = h("input", { type: "checkbox", id: "diary-archived" });
  const list = h("ul", { className: "items diary-list", "aria-label": "Diary entries" });
  const status = h("p", { className: "form-status", "aria-live": "polite" });
  const pager = h("div", { className: "pager" });
  const summary = h("p", { className: "muted" });
  const noteText = h("textarea", { id: "diary-new", rows: 2, maxLength: 20000 });
  let page = 1;

  section.append(
    h("h2", {}, "Diary"),
    h(
      "form",
      { className: "row", onsubmit: (event) => (event.preventDefault(), (page = 1), refresh()) },
      ...labelled("Days back", days),
      h("span", { className: "inline" }, archived, h("label", { for: archived.id }, "Include archived")),
      h("button", { type: "submit" }, "Show"),
    ),
    summary,
    h(
      "div",
      { className: "actions" },
      h("button", { type: "button", id: "diary-archive", onclick: () => act("archive") }, "Archive selected"),
      h("button", { type: "button", onclick: () => act("unarchive") }, "Unarchive selected"),
      confirmButton("Delete selected archived", "Really delete?", () => act("delete")),
      confirmButton("Delete all archived", "Really delete all archived?", () => act("delete-all")),
    ),
    status,
    list,
    pager,
    h(
      "form",
      { className: "card", onsubmit: (event) => (event.preventDefault(), write()) },
      h("h3", {}, "Add a note"),
      ...labelled("Note", noteText),
      h("button", { type: "submit" }, "Add"),
    ),
  );

  async function refresh() {
    let data;
    try {
      data = await app.api.get("/api/diary", {
        days: days.value || 14,
        include_archived: archived.checked ? "true" : "false",
        page,
        per_page: PER_PAGE,
      });
    } catch (error) {
      say(status, describe(error), "error");
      return;
    }
    const diary = data.diary;
    summary.textContent =
      `${data.persona?.name ?? "The persona"}: ${diary.total_count} entries` +
      (diary.total_pages ? `, page ${diary.page} of ${diary.total_pages}` : "");
    replace(
      list,
      diary.entries.length ? diary.entries.map(entry) : h("li", { className: "muted" }, "No entries."),
    );
    replace(
      pager,
      h("button", { type: "button", disabled: page <= 1, onclick: () => ((page -= 1), refresh()) }, "Newer"),
      h(
        "button",
        { type: "button", disabled: page >= diary.total_pages, onclick: () => ((page += 1), refresh()) },
        "Older",
      ),
    );
  }

  function entry(item) {
    const box = h("input", {
      type: "checkbox",
      value: item.id,
      "aria-label": `Select the entry of ${when(item.created_at)}`,
    });
    return h(
      "li",
      { className: "item", dataset: { entryId: item.id, archived: String(item.archived) } },
      h(
        "div",
        { className: "item-head" },
        box,
        h("time", { datetime: item.created_at }, when(item.created_at)),
        item.archived ? h("span", { className: "badge" }, "archived") : null,
      ),
      h("p", { className: "diary-text" }, item.text),
      item.tags?.length ? h("p", { className: "muted" }, item.tags.map((tag) => `#${tag}`).join(" ")) : null,
    );
  }

  function selected() {
    return [...list.querySelectorAll('input[type="checkbox"]:checked')].map((box) => box.value);
  }

  async function act(kind) {
    const ids = selected();
    if (kind !== "delete-all" && ids.length === 0) {
      say(status, "Select entries first.", "error");
      return;
    }
    try {
      let text;
      if (kind === "archive") {
        text = `${(await app.api.post("/api/diary/archive", { entry_ids: ids })).archived_count} archived.`;
      } else if (kind === "unarchive") {
        text = `${(await app.api.post("/api/diary/unarchive", { entry_ids: ids })).unarchived_count} unarchived.`;
      } else {
        const body = kind === "delete-all" ? { all: true } : { entry_ids: ids };
        text = `${(await app.api.del("/api/diary/archive", body)).deleted_count} archived entries deleted.`;
      }
      say(status, text, "ok");
    } catch (error) {
      say(status, describe(error), "error");
    }
    refresh();
  }

  async function write() {
    const text = noteText.value;
    if (!text.trim()) return;
    try {
      await app.api.post("/api/diary", { text });
      noteText.value = "";
      say(status, "Note added.", "ok");
      page = 1;
      refresh();
    } catch (error) {
      say(status, describe(error), "error");
    }
  }

  return { show: refresh };
}
