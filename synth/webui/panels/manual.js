// Prompts of the `manual` engine: a person answers in the persona's place.

import { h, uid } from "../lib/dom.js";

const SHOWN_MESSAGES = 4;

export function mountManualPrompts(container, app) {
  const cards = new Map(); // prompt_id -> card

  app.socket.addEventListener("prompt", ({ detail }) => {
    if (!detail.prompt_id || cards.has(detail.prompt_id)) return;
    const card = promptCard(detail);
    cards.set(detail.prompt_id, card);
    container.append(card);
  });
  app.socket.addEventListener("prompt_withdrawn", ({ detail }) => drop(detail.prompt_id));
  // After a reconnect the server sends the pending prompts again: start from a clean slate.
  app.socket.addEventListener("session", () => {
    for (const id of [...cards.keys()]) drop(id);
  });

  function drop(promptId) {
    cards.get(promptId)?.remove();
    cards.delete(promptId);
  }

  function promptCard(prompt) {
    const answer = h("textarea", { id: uid("manual"), rows: 3, required: true });
    const recent = (prompt.messages ?? []).filter((m) => m.role !== "system").slice(-SHOWN_MESSAGES);
    const form = h(
      "form",
      {
        className: "manual-prompt",
        dataset: { promptId: prompt.prompt_id },
        "aria-label": "Answer as the persona",
        onsubmit: (event) => {
          event.preventDefault();
          const text = answer.value;
          if (!text.trim()) return;
          if (!app.socket.send({ type: "manual_reply", prompt_id: prompt.prompt_id, text })) {
            app.notify("Not connected: the answer was not sent.", "error");
            return;
          }
          drop(prompt.prompt_id);
        },
      },
      h("h3", {}, "The manual engine asks you to answer"),
      h(
        "ol",
        { className: "manual-context" },
        recent.map((m) => h("li", { dataset: { role: m.role } }, h("b", {}, `${m.role}: `), m.content)),
      ),
      h("label", { for: answer.id }, "Your answer, as the persona"),
      answer,
      h("button", { type: "submit" }, "Send answer"),
    );
    return form;
  }
}
