// The login token: taken once from the login URL (?token=...), then kept in localStorage.

const KEY = "synth.token";

/** Move a `?token=` from the address bar into storage, so it is not left in history. */
export function captureToken(location = window.location, history = window.history) {
  const url = new URL(location.href);
  const token = url.searchParams.get("token");
  if (token === null) return;
  if (token) setToken(token);
  url.searchParams.delete("token");
  history.replaceState(history.state, "", url.pathname + url.search + url.hash);
}

export function getToken() {
  try {
    return localStorage.getItem(KEY) || "";
  } catch {
    return "";
  }
}

export function setToken(token) {
  try {
    localStorage.setItem(KEY, token);
  } catch {
    // Private mode without storage: the token lives as long as the page does.
  }
  memoryToken = token;
}

export function clearToken() {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
  memoryToken = "";
}

let memoryToken = "";

/** The token to present: storage first, the in-memory copy where storage is refused. */
export function currentToken() {
  return getToken() || memoryToken;
}

/** `url` with `?token=` added when a token is known (asset links, /logs). */
export function withToken(url) {
  const token = currentToken();
  if (!token) return url;
  const full = new URL(url, window.location.href);
  full.searchParams.set("token", token);
  return full.origin === window.location.origin ? full.pathname + full.search : full.href;
}
