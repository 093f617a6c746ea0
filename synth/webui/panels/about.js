// About: the runtime's facts and actors, the integrations' state, and the activity log.

import { describe } from "../lib/api.js";
import { bytes, confirmButton, h, replace, say, when } from "../lib/dom.js";

export function mountAbout(section, app) {
  const facts = h("dl", { className: "facts", id: "about-facts" });
  const actors = h("tbody");
  const integrations = h("dl", { className: "facts" });
  const activity = h("ul", { className: "items activity", "aria-label": "Activity" });
  const more = h("button", { type: "button", hidden: true, onclick: () => loadActivity(true) }, "Older");
  const status = h("p", { className: "form-status", "aria-live": "polite" });
  let before = null;

  section.append(
    h("h2", {}, "About"),
    h(
      "div",
      { className: "actions" },
      h("button", { type: "button", id: "about-refresh", onclick: refresh }, "Refresh"),
      confirmButton("Restart the runtime", "Really restart?", restart),
    ),
    status,
    facts,
    h(
      "section",
      { className: "card" },
      h("h3", {}, "Actors"),
      h(
        "div",
        { className: "table-wrap" },
        h(
          "table",
          {},
          h(
            "thead",
            {},
            h(
              "tr",
              {},
              h("th", {}, "Actor"),
              h("th", {}, "Status"),
              h("th", {}, "Restarts"),
              h("th", {}, "Mailbox"),
            ),
          ),
          actors,
        ),
      ),
    ),
    h("section", { className: "card" }, h("h3", {}, "Integrations"), integrations),
    h("section", { className: "card" }, h("h3", {}, "Activity"), activity, more),
  );

  async function restart() {
    try {
      await app.api.post("/api/system/restart", { confirm: true });
      say(status, "Restarting: the page reconnects by itself.", "ok");
    } catch (error) {
      say(status, describe(error), "error");
    }
  }

  async function refresh() {
    try {
      const about = await app.api.get("/api/about");
      const system = about.system ?? {};
      replace(
        facts,
        pairs({
          Name: about.name,
          Version: about.version,
          "Started at": when(about.started_at),
          Uptime: `${Math.round(about.uptime_s)} s`,
          Restarts: about.restarts,
          "Active sessions": about.active_sessions,
          "Active cortex": about.active_cortex,
          Python: system.python,
          Platform: `${system.platform} ${system.machine}`,
          CPUs: system.cpu_count,
          Memory: bytes(system.memory_rss_bytes),
        }),
      );
      replace(
        actors,
        (about.actors ?? []).map((actor) =>
          h(
            "tr",
            {},
            h("td", {}, actor.name),
            h("td", {}, actor.status),
            h("td", {}, actor.restarts),
            h("td", {}, actor.mailbox_size),
          ),
        ),
      );
    } catch (error) {
      say(status, describe(error), "error");
    }
    refreshIntegrations();
    loadActivity(false);
  }

  async function refreshIntegrations() {
    const found = {};
    const ask = async (label, path, show) => {
      try {
        found[label] = show(await app.api.get(path));
      } catch (error) {
        found[label] = describe(error);
      }
    };
    await Promise.all([
      ask("Weather", "/api/weather/current", (w) =>
        w.weather
          ? `${w.weather.description}, ${w.weather.temperature_c} °C in ${w.weather.location}`
          : (w.detail ?? w.status),
      ),
      ask("Selkies", "/api/selkies", (s) => (s.enabled ? s.url || `${s.host}:${s.http_port}` : "disabled")),
      ask("Log chat", "/api/logchat/info", (l) =>
        l.enabled ? `${l.interface} ${l.chat_id} (${l.level})` : "disabled",
      ),
      ask("Location", "/api/locations", (l) => l.current ?? "none"),
    ]);
    replace(integrations, pairs(found));
  }

  async function loadActivity(older) {
    if (!older) before = null;
    try {
      const page = await app.api.get("/api/history/grillo", { limit: 20, before });
      const rows = page.items.map((item) =>
        h(
          "li",
          { className: "item", dataset: { kind: item.kind } },
          h(
            "div",
            { className: "item-head" },
            h("span", { className: "badge" }, item.kind),
            h("time", { datetime: item.at }, when(item.at)),
          ),
          h("p", {}, item.message),
        ),
      );
      if (older) activity.append(...rows);
      else replace(activity, rows.length ? rows : h("li", { className: "muted" }, "Nothing yet."));
      before = page.next_before;
      more.hidden = !before;
    } catch (error) {
      say(status, describe(error), "error");
    }
  }

  return { show: refresh };
}

function pairs(object) {
  return Object.entries(object).flatMap(([name, value]) => [h("dt", {}, name), h("dd", {}, value ?? "")]);
}
