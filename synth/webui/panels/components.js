// Components: the development switch, the active cortex, logins and "run now".

import { describe } from "../lib/api.js";
import { h, labelled, replace, say, when } from "../lib/dom.js";

const CATEGORIES = [
  ["cortex_engines", "Cortex engines"],
  ["interfaces", "Interfaces"],
  ["plugins", "Plugins"],
];

export function mountComponents(section, app) {
  const devToggle = h("input", { type: "checkbox", id: "dev-toggle", role: "switch" });
  const engineSelect = h("select", { id: "cortex-select" });
  const switchButton = h("button", { type: "submit" }, "Switch");
  const status = h("p", { className: "form-status", "aria-live": "polite" });
  const lists = h("div", { className: "component-lists" });
  section.append(
    h("h2", {}, "Components"),
    h(
      "form",
      { className: "row", onsubmit: (event) => (event.preventDefault(), switchEngine()) },
      ...labelled("Active cortex", engineSelect),
      switchButton,
    ),
    h("div", { className: "row" }, devToggle, h("label", { for: devToggle.id }, "Development components")),
    status,
    lists,
  );

  devToggle.addEventListener("change", async () => {
    try {
      const result = await app.api.post("/api/components/dev/toggle", { enabled: devToggle.checked });
      say(status, `Development components are ${result.dev_enabled ? "on" : "off"}.`, "ok");
    } catch (error) {
      devToggle.checked = !devToggle.checked;
      say(status, describe(error), "error");
    }
    refresh();
  });

  async function switchEngine() {
    try {
      const result = await app.api.post("/api/components/cortex", { name: engineSelect.value });
      say(status, `The persona now thinks with ${result.active_cortex}.`, "ok");
    } catch (error) {
      say(status, describe(error), "error");
    }
    refresh();
  }

  async function refresh() {
    let data;
    try {
      data = await app.api.get("/api/components");
    } catch (error) {
      say(status, describe(error), "error");
      return;
    }
    devToggle.checked = data.dev_enabled;
    const engines = data.categories?.cortex_engines ?? [];
    replace(
      engineSelect,
      engines.map((engine) =>
        h(
          "option",
          { value: engine.name, selected: engine.name === data.active_cortex },
          engineLabel(engine),
        ),
      ),
    );
    section.dataset.activeCortex = data.active_cortex;
    replace(
      lists,
      CATEGORIES.map(([key, title]) =>
        h(
          "section",
          { className: "card" },
          h("h3", {}, title),
          h("ul", { className: "items" }, (data.categories?.[key] ?? []).map(row)),
        ),
      ),
    );
  }

  function engineLabel(engine) {
    const notes = [];
    if (engine.dev) notes.push("dev");
    if (engine.status !== "running") notes.push(engine.status);
    return notes.length ? `${engine.label} (${notes.join(", ")})` : engine.label;
  }

  function row(component) {
    const result = h("p", { className: "form-status", "aria-live": "polite" });
    const actions = h("div", { className: "actions" });
    if (component.runnable) {
      actions.append(h("button", { type: "button", onclick: () => run(component, result) }, "Run now"));
    }
    if ("active" in component) {
      actions.append(
        h(
          "button",
          { type: "button", onclick: () => login(component, result) },
          component.needs_login ? "Log in" : "Verify",
        ),
      );
    }
    const last = component.last_run;
    return h(
      "li",
      { className: "item", dataset: { component: component.name, status: component.status } },
      h(
        "div",
        { className: "item-head" },
        h("strong", {}, component.label),
        h("span", { className: `badge badge-${component.status}` }, component.status),
        component.active ? h("span", { className: "badge badge-active" }, "active") : null,
        component.dev ? h("span", { className: "badge" }, "dev") : null,
      ),
      h("p", { className: "muted" }, component.description),
      component.detail ? h("p", { className: "detail" }, component.detail) : null,
      last
        ? h(
            "p",
            { className: "muted" },
            `Last run ${when(last.at)}: ${last.ok ? "ok" : "failed"}, ${last.duration_ms} ms${last.detail ? ` (${last.detail})` : ""}`,
          )
        : null,
      actions,
      result,
    );
  }

  async function run(component, result) {
    say(result, "Running…");
    try {
      const answer = await app.api.post("/api/components/run", { name: component.name, args: {} });
      say(result, `Done in ${answer.duration_ms} ms: ${JSON.stringify(answer.result)}`, "ok");
    } catch (error) {
      say(result, describe(error), "error");
    }
  }

  async function login(component, result) {
    say(result, "Checking…");
    try {
      const answer = await app.api.post("/api/components/cortex/login", { name: component.name });
      say(result, `${answer.status}${answer.detail ? `: ${answer.detail}` : ""}`, "ok");
      if (answer.url)
        result.append(
          " ",
          h("a", { href: answer.url, target: "_blank", rel: "noopener noreferrer" }, "Open the login page"),
        );
    } catch (error) {
      say(result, describe(error), "error");
    }
  }

  app.socket.addEventListener("components", () => {
    if (!section.hidden) refresh();
  });
  return { show: refresh };
}
