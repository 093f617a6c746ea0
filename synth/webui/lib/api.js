// The HTTP API client: JSON in and out, the token as a Bearer header, errors as ApiError.

import { currentToken } from "./auth.js";

/** An answer that was not 2xx: `status`, the API's `code` and its human sentence. */
export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
  }
}

/**
 * createApi(onUnauthorized) -> {get, post, del, upload, download}
 * `onUnauthorized` runs whenever the server answers 401, so the page can ask for a token.
 */
export function createApi(onUnauthorized = () => {}) {
  async function request(method, path, { json, form, query, signal } = {}) {
    const url = new URL(path, window.location.origin);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
    }
    const headers = {};
    const token = currentToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    let body;
    if (json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(json);
    } else if (form !== undefined) {
      body = form;
    }
    let response;
    try {
      response = await fetch(url, { method, headers, body, signal });
    } catch (error) {
      if (error.name === "AbortError") throw error;
      throw new ApiError(0, "network_error", "the runtime cannot be reached");
    }
    if (response.status === 401) onUnauthorized();
    if (!response.ok) throw await toError(response);
    return response;
  }

  async function json(method, path, options) {
    const response = await request(method, path, options);
    if (response.status === 204) return null;
    const text = await response.text();
    return text ? JSON.parse(text) : null;
  }

  return {
    get: (path, query, options = {}) => json("GET", path, { ...options, query }),
    post: (path, body = {}) => json("POST", path, { json: body }),
    del: (path, body) => json("DELETE", path, body === undefined ? {} : { json: body }),
    upload: (path, fields) => json("POST", path, { form: formData(fields) }),
    /** GET a file and hand it to the browser as a download under its server-given name. */
    async download(path, fallbackName) {
      const response = await request("GET", path);
      const blob = await response.blob();
      const name = filenameOf(response.headers.get("Content-Disposition")) || fallbackName;
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10000);
      return name;
    },
  };
}

function formData(fields) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value !== undefined && value !== null && value !== "") form.append(name, value);
  }
  return form;
}

async function toError(response) {
  let code = "http_" + response.status;
  let message = `${response.status} ${response.statusText}`.trim();
  try {
    const body = await response.json();
    if (typeof body?.error === "string") message = body.error;
    if (typeof body?.code === "string") code = body.code;
  } catch {
    // Not JSON: the status line says enough.
  }
  return new ApiError(response.status, code, message);
}

function filenameOf(disposition) {
  if (!disposition) return "";
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : "";
}

/** A sentence for any error a panel caught. */
export function describe(error) {
  if (error instanceof ApiError) return `${error.message} (${error.code})`;
  return error?.message || String(error);
}

/** True when the route is not on this server (a feature that is not built or is off). */
export function isMissing(error) {
  return error instanceof ApiError && error.status === 404 && error.code === "not_found";
}
