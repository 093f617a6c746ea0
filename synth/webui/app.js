// The page's entry point: the token, the API client, the socket, the tabs and every panel.

import { describe, createApi } from "./lib/api.js";
import { captureToken, clearToken, setToken } from "./lib/auth.js";
import { h } from "./lib/dom.js";
import { ChatSocket } from "./lib/socket.js";
import { mountAbout } from "./panels/about.js";
import { mountAnimations } from "./panels/animations.js";
import { mountArchives } from "./panels/archives.js";
import { mountChat } from "./panels/chat.js";
import { mountComponents } from "./panels/components.js";
import { mountConfig } from "./panels/config.js";
import { mountDiary } from "./panels/diary.js";
import { mountLogs } from "./panels/logs.js";

const PANELS = {
  chat: mountChat,
  components: mountComponents,
  config: mountConfig,
  diary: mountDiary,
  archives: mountArchives,
  animations: mountAnimations,
  about: mountAbout,
  logs: mountLogs,
};

captureToken();

/**
 * What every panel shares. `events` carries page-wide news between panels:
 * "vrm-changed", "token-changed", "conversation-archived", "history-restored".
 */
const app = {
  sessionId: sessionFromUrl(),
  events: new EventTarget(),
  notify,
};
app.api = createApi(() => showAuthNotice(true));
app.socket = new ChatSocket(app.sessionId);

const panels = {};
for (const [name, mount] of Object.entries(PANELS)) {
  panels[name] = mount(document.getElementById(`panel-${name}`), app) ?? {};
}

setUpTabs();
setUpHeader();
setUpTokenForm();
app.socket.connect();

/** `?session=<id>` picks another conversation; ids match [A-Za-z0-9:_-]{1,100} (API.md). */
function sessionFromUrl() {
  const wanted = new URL(window.location.href).searchParams.get("session");
  return wanted && /^[A-Za-z0-9:_-]{1,100}$/.test(wanted) ? wanted : "default";
}

function setUpTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const open = (name, focus = false) => {
    for (const tab of tabs) {
      const selected = tab.dataset.panel === name;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
      document.getElementById(tab.getAttribute("aria-controls")).hidden = !selected;
      if (selected && focus) tab.focus();
    }
    for (const [panelName, panel] of Object.entries(panels)) {
      if (panelName === name) panel.show?.();
      else panel.hide?.();
    }
    if (window.location.hash !== `#${name}`) history.replaceState(history.state, "", `#${name}`);
  };
  for (const [index, tab] of tabs.entries()) {
    tab.addEventListener("click", () => open(tab.dataset.panel));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      if (step === undefined) return;
      event.preventDefault();
      open(tabs[(index + step + tabs.length) % tabs.length].dataset.panel, true);
    });
  }
  const first = window.location.hash.slice(1);
  open(first in PANELS ? first : "chat");
}

function setUpHeader() {
  const status = document.getElementById("connection-status");
  const cortex = document.getElementById("cortex-status");
  const labels = {
    connecting: "Connecting…",
    open: "Connected",
    closed: "Reconnecting…",
    unauthorized: "Token needed",
  };
  app.socket.addEventListener("status", ({ detail }) => {
    status.dataset.state = detail.state;
    status.textContent = labels[detail.state] ?? detail.state;
    if (detail.state === "unauthorized") showAuthNotice(true);
    if (detail.state === "open") showAuthNotice(false);
  });
  const showCortex = (name) => {
    if (name) cortex.textContent = `cortex: ${name}`;
  };
  app.socket.addEventListener("session", ({ detail }) => showCortex(detail.state?.active_cortex));
  app.socket.addEventListener("components", ({ detail }) => showCortex(detail.active_cortex));
  app.socket.addEventListener("system", ({ detail }) => {
    notify(detail.event === "restarting" ? "The runtime is restarting…" : "The runtime is stopping.");
  });
  app.api
    .get("/api/prompt_override", { session_id: app.sessionId })
    .then((result) => {
      document.getElementById("persona-name").textContent = result.persona;
      document.title = `${result.persona} · Synthetic Heart`;
    })
    .catch(() => {});
}

function setUpTokenForm() {
  document.getElementById("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = document.getElementById("token-input");
    const token = input.value.trim();
    if (!token) return;
    setToken(token);
    input.value = "";
    showAuthNotice(false);
    app.socket.reconnect();
    app.events.dispatchEvent(new CustomEvent("token-changed"));
  });
}

function showAuthNotice(visible) {
  if (visible) clearToken();
  document.getElementById("auth-notice").hidden = !visible;
}

/** A short message at the bottom of the page; errors stay longer and are alerts. */
function notify(message, kind = "info") {
  const text = message instanceof Error ? describe(message) : message;
  const toast = h("div", { className: `toast toast-${kind}`, role: kind === "error" ? "alert" : null }, text);
  const list = document.getElementById("toasts");
  list.append(toast);
  setTimeout(() => toast.remove(), kind === "error" ? 8000 : 4000);
}
