// Logs: the server's log lines over the /logs WebSocket, open only while web.debug is true.

import { describe } from "../lib/api.js";
import { withToken } from "../lib/auth.js";
import { h, say } from "../lib/dom.js";

const MAX_LINES = 1000;

export function mountLogs(section, app) {
  const status = h("p", { className: "form-status", "aria-live": "polite" });
  const toggle = h("button", { type: "button", id: "logs-toggle" }, "Connect");
  const output = h("pre", { className: "log-lines", tabIndex: 0, "aria-label": "Log lines" });
  let socket = null;
  section.append(h("h2", {}, "Logs"), h("div", { className: "actions" }, toggle), status, output);

  toggle.addEventListener("click", () => (socket ? disconnect() : connect()));

  async function debugOn() {
    try {
      const { items } = await app.api.get("/api/config");
      return items.find((item) => item.key === "web.debug")?.value === true;
    } catch (error) {
      say(status, describe(error), "error");
      return null;
    }
  }

  async function connect() {
    const debug = await debugOn();
    if (debug === false) {
      say(
        status,
        "Logs are served only while web.debug is true (Config → Web interface, or WEB_DEBUG=1 when starting).",
        "info",
      );
      return;
    }
    const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(`${scheme}//${window.location.host}${withToken("/logs")}`);
    socket = ws;
    toggle.textContent = "Disconnect";
    say(status, "Connecting…");
    ws.addEventListener("open", () => say(status, "Live.", "ok"));
    ws.addEventListener("message", (event) => {
      const atBottom = output.scrollTop + output.clientHeight >= output.scrollHeight - 4;
      output.append(`${event.data}\n`);
      while (output.childNodes.length > MAX_LINES) output.firstChild.remove();
      if (atBottom) output.scrollTop = output.scrollHeight;
    });
    ws.addEventListener("close", (event) => {
      if (socket !== ws) return;
      socket = null;
      toggle.textContent = "Connect";
      say(
        status,
        event.code === 1013
          ? "Closed: this reader fell behind."
          : "Closed (refused when debug is off or the token is wrong).",
        event.code === 1000 ? "info" : "error",
      );
    });
  }

  function disconnect() {
    const ws = socket;
    socket = null;
    ws?.close(1000, "bye");
    toggle.textContent = "Connect";
    say(status, "Disconnected.");
  }

  return {
    show() {
      if (!socket) connect();
    },
    hide() {
      if (socket) disconnect();
    },
  };
}
