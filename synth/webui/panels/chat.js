// The chat panel: the avatar, the conversation as it streams, the composer, manual prompts.

import { createAvatar } from "../avatar/avatar.js";
import { h, when } from "../lib/dom.js";
import { mountManualPrompts } from "./manual.js";

const MAX_CHARS = 20000;

export function mountChat(section, app) {
  const stage = h("div", { className: "avatar-stage", "aria-label": "The persona" });
  const log = h("ol", { className: "chat-log", "aria-live": "polite", "aria-label": "Conversation" });
  const prompts = h("div", { className: "manual-prompts" });
  const input = h("textarea", {
    id: "chat-input",
    rows: 2,
    maxLength: MAX_CHARS,
    placeholder: "Say something…",
    enterkeyhint: "send",
  });
  const sendButton = h("button", { type: "submit", id: "chat-send" }, "Send");
  const form = h(
    "form",
    { className: "composer", onsubmit: (event) => (event.preventDefault(), submit()) },
    h("label", { for: input.id, className: "visually-hidden" }, "Message"),
    input,
    sendButton,
  );
  section.append(
    h("h2", { className: "visually-hidden" }, "Chat"),
    stage,
    h("div", { className: "chat-column" }, log, prompts, form),
  );
  createAvatar(stage, app);
  mountManualPrompts(prompts, app);

  const bubbles = new Map(); // message id or client_msg_id -> <li>
  let clientCounter = 0;

  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });

  function submit() {
    const text = input.value;
    if (!text.trim()) return;
    clientCounter += 1;
    const clientId = `c${Date.now().toString(36)}-${clientCounter}`;
    if (!app.socket.send({ type: "chat", text, client_msg_id: clientId })) {
      app.notify("Not connected: your message was not sent. It is still in the box.", "error");
      return;
    }
    input.value = "";
    const bubble = bubbleFor({ role: "user", text, pending: true });
    bubbles.set(clientId, bubble);
    log.append(bubble);
    scroll();
  }

  function bubbleFor({ role, text, id, seq, created_at: createdAt, pending, emotion }) {
    const body = h("div", { className: "bubble-text" }, text ?? "");
    const meta = h("div", { className: "bubble-meta" }, role === "user" ? "You" : roleName(role));
    if (createdAt) meta.append(" · ", h("time", { datetime: createdAt }, when(createdAt)));
    const li = h("li", { className: `bubble bubble-${role}`, dataset: { role } }, meta, body);
    update(li, { id, seq, pending, emotion });
    return li;
  }

  function update(li, { id, seq, pending, emotion, text }) {
    if (id) {
      li.dataset.messageId = id;
      bubbles.set(id, li);
    }
    if (seq !== undefined && seq !== null) li.dataset.seq = seq;
    if (pending) li.dataset.pending = "true";
    else delete li.dataset.pending;
    if (emotion) li.dataset.emotion = emotion;
    if (text !== undefined) li.querySelector(".bubble-text").textContent = text;
  }

  function roleName(role) {
    return role === "assistant" ? document.getElementById("persona-name").textContent : role;
  }

  function showMessage(message) {
    const known =
      bubbles.get(message.id) ?? (message.client_msg_id ? bubbles.get(message.client_msg_id) : null);
    if (known) {
      update(known, { ...message, pending: false });
      return;
    }
    log.append(bubbleFor(message));
  }

  function showHistory(messages, keep) {
    if (!keep) {
      log.replaceChildren();
      bubbles.clear();
    }
    for (const message of messages) showMessage(message);
    scroll();
  }

  function scroll() {
    log.scrollTop = log.scrollHeight;
  }

  let turnInProgress = null;
  app.socket.addEventListener("session", ({ detail }) => {
    turnInProgress = detail.turn ?? null;
  });
  app.socket.addEventListener("history", ({ detail }) => {
    showHistory(detail.messages ?? [], detail.resumed);
    const turn = detail.greeting ? turnInProgress : null;
    if (turn?.message_id) {
      // A turn was in progress when we (re)connected: show all that was said so far.
      const li = pendingReply(turn.message_id);
      if (li.dataset.pending === "true") update(li, { text: turn.text_so_far ?? "", pending: true });
    }
    if (!detail.greeting) app.events.dispatchEvent(new CustomEvent("history-restored"));
  });
  // The server moved the live conversation into an archive: the log starts empty again.
  app.events.addEventListener("conversation-archived", () => showHistory([], false));
  app.socket.addEventListener("message", ({ detail }) => {
    showMessage(detail);
    scroll();
  });
  app.socket.addEventListener("chunk", ({ detail }) => {
    const li = pendingReply(detail.message_id);
    li.querySelector(".bubble-text").append(detail.delta);
    scroll();
  });
  app.socket.addEventListener("error", ({ detail }) => {
    if (detail.code === "unauthorized") return; // the token notice says it better
    const text = `${detail.message || "Something went wrong"} (${detail.code})`;
    // A turn's error names its reply; a refused chat frame names nothing: it was our last one.
    const failed = detail.message_id
      ? bubbles.get(detail.message_id)
      : [...log.querySelectorAll('.bubble-user[data-pending="true"]')].pop();
    if (failed) {
      failed.dataset.failed = "true";
      delete failed.dataset.pending;
    }
    log.append(h("li", { className: "chat-error", role: "alert" }, text));
    scroll();
  });

  function pendingReply(messageId) {
    let li = bubbles.get(messageId);
    if (!li) {
      li = bubbleFor({ role: "assistant", text: "", id: messageId, pending: true });
      log.append(li);
    }
    return li;
  }

  return {
    show() {
      // Focus only where a keyboard is at hand: on a phone it would cover the page.
      if (window.matchMedia("(pointer: fine)").matches) input.focus({ preventScroll: true });
    },
  };
}
