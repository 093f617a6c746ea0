// Small DOM helpers: build elements without innerHTML, so server text is never parsed as HTML.

/**
 * h("button", {type: "button", onclick: fn, dataset: {x: 1}}, "Label", child, ...)
 * Attributes starting with "on" become listeners; `false`/`null` attributes are left out.
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith("on") && typeof value === "function") {
      node.addEventListener(name.slice(2), value);
    } else if (name === "dataset") {
      Object.assign(node.dataset, value);
    } else if (name === "className") {
      node.className = value;
    } else if (name === "value") {
      node.value = String(value); // the property: a textarea has no value attribute
    } else if (name in node && typeof value !== "string") {
      node[name] = value;
    } else {
      node.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replace every child of `node`. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

let uniqueCounter = 0;

/** A fresh id for label/control pairs. */
export function uid(prefix = "f") {
  uniqueCounter += 1;
  return `${prefix}-${uniqueCounter}`;
}

/** A labelled control: returns [label, control] with the label bound to the control. */
export function labelled(text, control) {
  if (!control.id) control.id = uid();
  return [h("label", { for: control.id }, text), control];
}

/** A short message beside a form; kind is "ok", "error" or "info". */
export function say(node, text, kind = "info") {
  node.textContent = text;
  node.dataset.kind = kind;
}

/**
 * A button that asks for a second click before it acts (no modal dialogs: they block
 * keyboard flow on phones and cannot be styled).
 */
export function confirmButton(label, confirmLabel, action, attrs = {}) {
  let armed = null;
  const button = h("button", { type: "button", ...attrs }, label);
  button.addEventListener("click", async () => {
    if (armed === null) {
      button.textContent = confirmLabel;
      button.dataset.armed = "true";
      armed = setTimeout(disarm, 4000);
      return;
    }
    disarm();
    await action();
  });
  function disarm() {
    clearTimeout(armed);
    armed = null;
    button.textContent = label;
    delete button.dataset.armed;
  }
  return button;
}

/** "2026-11-29T12:00:00.123Z" as the reader's local date and time. */
export function when(timestamp) {
  if (!timestamp) return "";
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? String(timestamp) : date.toLocaleString();
}

/** Bytes in a unit a person reads at a glance. */
export function bytes(count) {
  if (typeof count !== "number") return "";
  const units = ["B", "KiB", "MiB", "GiB"];
  let value = count;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
