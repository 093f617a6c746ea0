"""Host and Origin checks: what keeps a web page the user visits from using the persona.

With auth off (loopback, no token) being on this machine is the only credential, and a
browser is on this machine too. It will send a page's simple POSTs and WebSocket
handshakes with the page's ``Origin``, and DNS rebinding lets a page send requests with
a foreign ``Host``. So, as Ollama does after CVE-2024-28224:

- while auth is off, ``Host`` must name loopback (``localhost``, ``*.localhost``,
  ``127.x.y.z``, ``[::1]``, any port), else 403 ``bad_host``;
- a request that carries ``Origin`` must come from the listener itself
  (``http(s)://<Host>``) or a configured origin, else 403 ``cross_origin``.
"""

from __future__ import annotations

from collections.abc import Callable

from synth.errors import Forbidden
from synth.http.auth import is_loopback


def host_name(host: str) -> str:
    """``host`` without its port (``[::1]:8000`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1 : host.find("]")] if "]" in host else host
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def loopback_host(host: str) -> bool:
    name = host_name(host)
    return name == "localhost" or name.endswith(".localhost") or is_loopback(name)


def same_origin(origin: str, host: str) -> bool:
    return origin.strip().lower() in (f"http://{host.lower()}", f"https://{host.lower()}")


def check_host(host: str, *, auth_on: bool) -> None:
    if not auth_on and not loopback_host(host):
        raise Forbidden(
            f"host {host!r} is not this machine; without auth only loopback names are served",
            "bad_host",
        )


def check_origin(
    origin: str | None, host: str, origin_allowed: Callable[[str], bool] | None = None
) -> None:
    if origin is None or same_origin(origin, host):
        return
    if origin_allowed is not None and origin_allowed(origin):
        return
    raise Forbidden(f"requests from origin {origin!r} are not allowed", "cross_origin")


def check(
    host: str,
    origin: str | None,
    *,
    auth_on: bool,
    origin_allowed: Callable[[str], bool] | None = None,
) -> None:
    check_host(host, auth_on=auth_on)
    check_origin(origin, host, origin_allowed)


class HostGuard:
    """``check`` for one listener that parses each new ``Host`` once.

    Clients send the same ``Host`` on every request, and parsing it is most of the check:
    the last one let through is remembered (one string, so a client inventing names
    costs nothing but the parse it would cost anyway).
    """

    def __init__(self, *, auth_on: bool) -> None:
        self._auth_on = auth_on
        self._admitted: str | None = None

    def check(self, host: str, origin: str | None) -> None:
        if host != self._admitted:
            check_host(host, auth_on=self._auth_on)
            self._admitted = host
        if origin is not None:
            check_origin(origin, host)
