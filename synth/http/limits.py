"""Per-route body limits, enforced while the body arrives.

Quart's body buffer stops accepting data past ``max_content_length`` (and answers 413),
so the limit has to be known when the request object is made: this request class
picks it from the path, from the ``limits.*`` config keys.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from quart_trio.wrappers import TrioRequest

UPLOAD_LIMIT_KEYS: tuple[tuple[str, str], ...] = (
    ("/api/animations/upload", "limits.animation_upload_bytes"),
    ("/api/vrm", "limits.vrm_upload_bytes"),
)


def limit_key(path: str) -> str:
    """The config key that bounds a request body on ``path``."""
    for prefix, key in UPLOAD_LIMIT_KEYS:
        if path == prefix:
            return key
    if path.startswith("/api/config/") and path.endswith("/upload"):
        return "limits.upload_bytes"
    return "limits.body_bytes"


def limited_request_class(get: Callable[[str], object]) -> type[TrioRequest]:
    """A request class for one app whose body limit follows the live ``limits.*`` values."""

    class LimitedRequest(TrioRequest):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            path = kwargs.get("path", args[2] if len(args) > 2 else "")
            kwargs["max_content_length"] = int(str(get(limit_key(path))))
            super().__init__(*args, **kwargs)

    return LimitedRequest
