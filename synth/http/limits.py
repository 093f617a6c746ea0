"""Per-route body limits, enforced while the body arrives.

Quart's body buffer stops accepting data past ``max_content_length`` (and answers 413),
so the limit has to be known when the request object is made: this request class
picks it from the path, from the ``limits.*`` config keys, and with it how much of a body
the app did not read is read out after all (synth.http.read_out). It also notes when it
was made, the request's arrival, which the request metrics time from.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

import trio
from quart_trio.wrappers import TrioRequest

from synth.http.read_out import IncomingBody, read_out_bound

UPLOAD_LIMIT_KEYS: dict[str, str] = {
    "/api/animations/upload": "limits.animation_upload_bytes",
    "/api/vrm": "limits.vrm_upload_bytes",
}


def limit_key(path: str) -> str:
    """The config key that bounds a request body on ``path``."""
    key = UPLOAD_LIMIT_KEYS.get(path)
    if key is not None:
        return key
    if path.startswith("/api/config/") and path.endswith("/upload"):
        return "limits.upload_bytes"
    return "limits.body_bytes"


class LimitedRequest(TrioRequest):
    """The request class of both listeners (made by :func:`limited_request_class`)."""

    body_class = IncomingBody
    arrived_at: float
    """``trio.current_time()`` when the request's head had been read."""
    incoming: IncomingBody
    """``body`` itself, typed as what it is: fed by the connection (synth.http.connection),
    held for the app within a bound, and read out once the app is done with it."""


def limited_request_class(get: Callable[[str], object]) -> type[LimitedRequest]:
    """A request class for one app whose body limit follows the live ``limits.*`` values."""

    class BoundLimitedRequest(LimitedRequest):
        def __init__(self, method: str, scheme: str, path: str, *args: Any, **kwargs: Any) -> None:
            self.arrived_at = trio.current_time()
            key = limit_key(path)
            limit = int(str(get(key)))
            # An upload route counts its whole body against the limit itself
            # (synth.http.upload_stream); Quart's check, on the bytes it holds at one time,
            # only bounds that buffer there.
            upload = key != "limits.body_bytes"
            bound = read_out_bound(limit)
            kwargs["max_content_length"] = bound if upload else limit
            super().__init__(method, scheme, path, *args, **kwargs)
            incoming = cast(IncomingBody, self.body)
            incoming.bound = bound
            self.incoming = incoming

    return BoundLimitedRequest
