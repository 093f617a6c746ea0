// Configuration: one typed editor per key, grouped; secrets masked; env-locked keys read-only.

import { describe } from "../lib/api.js";
import { confirmButton, h, replace, say, uid } from "../lib/dom.js";

const MASK = "********";

export function mountConfig(section, app) {
  const filter = h("input", { type: "search", id: "config-filter", placeholder: "Filter by name or key" });
  const status = h("p", { className: "form-status", "aria-live": "polite" });
  const groups = h("div", { className: "config-groups" });
  const restartBox = h(
    "div",
    { className: "restart-box", hidden: true },
    h("p", {}, "Some changes take effect after a restart."),
    confirmButton("Restart now", "Really restart?", restart),
  );
  section.append(
    h("h2", {}, "Configuration"),
    h("div", { className: "row" }, h("label", { for: filter.id }, "Find a setting"), filter),
    restartBox,
    status,
    groups,
  );
  filter.addEventListener("input", applyFilter);

  async function restart() {
    try {
      await app.api.post("/api/system/restart", { confirm: true });
      restartBox.hidden = true;
      app.notify("Restarting: the page reconnects by itself.");
    } catch (error) {
      app.notify(error, "error");
    }
  }

  async function refresh() {
    let items;
    try {
      items = (await app.api.get("/api/config")).items;
    } catch (error) {
      say(status, describe(error), "error");
      return;
    }
    say(status, "");
    const byGroup = new Map();
    for (const item of items) {
      if (!byGroup.has(item.group)) byGroup.set(item.group, []);
      byGroup.get(item.group).push(item);
    }
    replace(
      groups,
      [...byGroup].map(([group, members]) =>
        h(
          "details",
          { className: "card config-group", open: byGroup.size <= 3 },
          h("summary", {}, group),
          members.map(editor),
        ),
      ),
    );
    applyFilter();
  }

  function applyFilter() {
    const words = filter.value.trim().toLowerCase();
    for (const group of groups.querySelectorAll(".config-group")) {
      let shown = 0;
      for (const row of group.querySelectorAll(".config-item")) {
        const match = !words || row.dataset.search.includes(words);
        row.hidden = !match;
        if (match) shown += 1;
      }
      group.hidden = shown === 0;
      if (words) group.open = shown > 0;
    }
  }

  function editor(item) {
    const locked = item.env_override || !item.editable;
    const result = h("p", { className: "form-status", "aria-live": "polite" });
    const control = controlFor(item, locked);
    const notes = [];
    if (item.env_override) notes.push(`Fixed by the environment variable ${envName(item.key)}.`);
    else if (!item.editable) notes.push("Read-only.");
    if (item.restart_required) notes.push("Takes effect after a restart.");
    const form = h(
      "form",
      {
        className: "config-item",
        dataset: {
          key: item.key,
          type: item.value_type,
          search: `${item.key} ${item.label} ${item.description}`.toLowerCase(),
        },
        onsubmit: (event) => (event.preventDefault(), save(item, control.read(), result)),
      },
      h("label", { for: control.id }, item.label, " ", h("code", {}, item.key)),
      h("p", { className: "muted" }, item.description),
      control.element,
      notes.length ? h("p", { className: "muted" }, notes.join(" ")) : null,
      locked || item.value_type === "file"
        ? null
        : h(
            "div",
            { className: "actions" },
            h("button", { type: "submit" }, "Save"),
            item.value_type === "secret"
              ? h("button", { type: "button", onclick: () => save(item, null, result) }, "Clear")
              : null,
          ),
      item.value_type === "file" && !locked ? fileActions(item, result) : null,
      result,
    );
    return form;
  }

  async function save(item, value, result) {
    if (value instanceof Error) {
      say(result, value.message, "error");
      return;
    }
    try {
      const answer = await app.api.post("/api/config", { key: item.key, value });
      say(result, answer.requires_restart ? "Saved; restart to apply." : "Saved.", "ok");
      if (answer.requires_restart) restartBox.hidden = false;
      item.value = answer.value;
    } catch (error) {
      say(result, describe(error), "error");
    }
  }

  function fileActions(item, result) {
    const picker = h("input", { type: "file", id: uid("file") });
    const upload = async () => {
      const file = picker.files?.[0];
      if (!file) {
        say(result, "Choose a file first.", "error");
        return;
      }
      try {
        const answer = await app.api.upload(`/api/config/${encodeURIComponent(item.key)}/upload`, { file });
        say(result, `Stored ${answer.filename} (${answer.size} bytes).`, "ok");
        refresh();
      } catch (error) {
        say(result, describe(error), "error");
      }
    };
    const download = async () => {
      try {
        await app.api.download(`/api/config/${encodeURIComponent(item.key)}/file`, item.value || item.key);
      } catch (error) {
        say(result, describe(error), "error");
      }
    };
    return h(
      "div",
      { className: "actions" },
      h("label", { for: picker.id, className: "visually-hidden" }, `File for ${item.label}`),
      picker,
      h("button", { type: "button", onclick: upload }, "Upload"),
      item.value ? h("button", { type: "button", onclick: download }, "Download") : null,
      item.value
        ? h("button", { type: "button", onclick: () => save(item, null, result).then(refresh) }, "Remove")
        : null,
    );
  }

  return { show: refresh };
}

/** SYNTH_ + the key upper-cased with dots as underscores (API.md, Conventions). */
export function envName(key) {
  return `SYNTH_${key.toUpperCase().replaceAll(".", "_")}`;
}

/** The input for one key: {id, element, read() -> value to POST, or an Error}. */
function controlFor(item, locked) {
  const id = uid("config");
  const limits = item.constraints ?? {};
  const common = { id, disabled: locked, name: item.key };
  const nullable = item.default === null;
  switch (item.value_type) {
    case "bool": {
      const box = h("input", { ...common, type: "checkbox", checked: item.value === true });
      return { id, element: box, read: () => box.checked };
    }
    case "int":
    case "float": {
      const input = h("input", {
        ...common,
        type: "number",
        inputMode: item.value_type === "int" ? "numeric" : "decimal",
        step: item.value_type === "int" ? "1" : "any",
        min: limits.min ?? null,
        max: limits.max ?? null,
        value: item.value ?? "",
      });
      return {
        id,
        element: input,
        read() {
          if (input.value === "") return nullable ? null : new Error("A number is needed.");
          const number = Number(input.value);
          if (!Number.isFinite(number)) return new Error("Not a number.");
          return number;
        },
      };
    }
    case "choice": {
      const select = h(
        "select",
        common,
        (limits.choices ?? []).map((choice) =>
          h("option", { value: choice, selected: choice === item.value }, choice),
        ),
      );
      return { id, element: select, read: () => select.value };
    }
    case "list": {
      const area = h("textarea", { ...common, rows: 3, value: (item.value ?? []).join("\n") });
      return {
        id,
        element: area,
        read: () =>
          area.value
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean),
      };
    }
    case "secret": {
      const input = h("input", {
        ...common,
        type: "password",
        autocomplete: "off",
        placeholder: item.value === MASK ? "set (hidden): type to replace" : "not set",
        maxLength: limits.max_length ?? null,
      });
      return {
        id,
        element: input,
        read: () => (input.value === "" ? new Error("Type a new value, or use Clear.") : input.value),
      };
    }
    case "file": {
      const shown = h("output", { id, className: "file-name" }, item.value ? item.value : "none stored");
      return { id, element: shown, read: () => new Error("Use Upload.") };
    }
    default: {
      const input = h("input", {
        ...common,
        type: "text",
        value: item.value ?? "",
        maxLength: limits.max_length ?? null,
      });
      return { id, element: input, read: () => (input.value === "" && nullable ? null : input.value) };
    }
  }
}
