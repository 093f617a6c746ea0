// The /ws connection: hello, frames as events, reconnect with backoff and resume by seq.

import { currentToken } from "./auth.js";

const PROTOCOL = 1;
const CLOSE_POLICY = 1008;
const MIN_DELAY_MS = 500;
const MAX_DELAY_MS = 15000;

/**
 * A socket that keeps itself connected. Events (CustomEvent, frame in `detail`):
 * one per frame type ("session", "history", "message", "chunk", "error", "emotion", ...),
 * "status" ({state: "connecting" | "open" | "closed" | "unauthorized"}) and "frame".
 * The greeting history (the one that answers hello) has `greeting: true` and `resumed`
 * when it only holds what was missed since `resume_after_seq`.
 */
export class ChatSocket extends EventTarget {
  constructor(sessionId = "default") {
    super();
    this.sessionId = sessionId;
    this.lastSeq = null;
    this.ws = null;
    this.attempt = 0;
    this.timer = null;
    this.stopped = false;
    this.awaitingGreeting = false;
    this.resumed = false;
  }

  connect() {
    this.stopped = false;
    clearTimeout(this.timer);
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) return;
    this.status("connecting");
    const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(`${scheme}//${window.location.host}/ws`);
    this.ws = ws;
    ws.addEventListener("open", () => this.hello(ws));
    ws.addEventListener("message", (event) => this.receive(event.data));
    ws.addEventListener("close", (event) => this.closed(ws, event));
  }

  /** Close for good (no reconnect). */
  stop() {
    this.stopped = true;
    clearTimeout(this.timer);
    this.ws?.close(1000, "bye");
  }

  /** Reconnect at once, e.g. after the person gave a new token. */
  reconnect() {
    this.attempt = 0;
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) {
      this.ws.close(1000, "reconnecting");
    } else {
      this.connect();
    }
  }

  get isOpen() {
    return this.ws?.readyState === WebSocket.OPEN && !this.awaitingGreeting;
  }

  /** Send a frame; false when the socket is not open (the caller tells the person). */
  send(frame) {
    if (!this.isOpen) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  hello(ws) {
    const frame = { type: "hello", protocol: PROTOCOL, token: currentToken(), session_id: this.sessionId };
    this.resumed = this.lastSeq !== null;
    if (this.resumed) frame.resume_after_seq = this.lastSeq;
    this.awaitingGreeting = true;
    ws.send(JSON.stringify(frame));
  }

  receive(data) {
    let frame;
    try {
      frame = JSON.parse(data);
    } catch {
      return;
    }
    if (!frame || typeof frame.type !== "string") return;
    if (frame.type === "session") {
      this.attempt = 0;
    } else if (frame.type === "history") {
      frame.greeting = this.awaitingGreeting;
      frame.resumed = this.awaitingGreeting && this.resumed;
      if (!frame.resumed) this.lastSeq = null;
      for (const message of frame.messages ?? []) this.see(message.seq);
      if (this.awaitingGreeting) {
        this.awaitingGreeting = false;
        this.status("open");
      }
    } else if (frame.type === "message") {
      this.see(frame.seq);
    }
    this.emit(frame.type, frame);
    this.emit("frame", frame);
  }

  see(seq) {
    if (Number.isInteger(seq) && (this.lastSeq === null || seq > this.lastSeq)) this.lastSeq = seq;
  }

  closed(ws, event) {
    if (ws !== this.ws) return;
    this.ws = null;
    this.awaitingGreeting = false;
    if (event.code === CLOSE_POLICY && this.lastError === "unauthorized") {
      this.status("unauthorized");
      return; // A new token calls reconnect().
    }
    this.status("closed");
    if (this.stopped) return;
    const delay = Math.min(MAX_DELAY_MS, MIN_DELAY_MS * 2 ** this.attempt);
    this.attempt += 1;
    // Jitter, so that a restart does not bring every tab back in the same millisecond.
    this.timer = setTimeout(() => this.connect(), delay * (0.75 + Math.random() * 0.5));
  }

  emit(type, detail) {
    if (type === "error") this.lastError = detail.code;
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  status(state) {
    this.state = state;
    if (state !== "unauthorized") this.lastError = null;
    this.dispatchEvent(new CustomEvent("status", { detail: { state } }));
  }
}
