"""Errors that mean something to a client, each with its HTTP status and code.

::

    Rejection (synth.runtime.errors)
     └── SynthError                 status, code
          ├── BadRequest            400 bad_request (or a more exact code)
          ├── Unauthorized          401 unauthorized
          ├── Forbidden             403 forbidden
          ├── NotFound              404 not_found
          ├── MethodNotAllowed      405 method_not_allowed
          ├── Conflict              409 conflict
          ├── TooLarge              413 too_large
          ├── UnsupportedMedia      415 unsupported_media
          ├── UpstreamError         502 upstream_error   (the cortex engine's upstream failed)
          ├── Unavailable           503 unavailable
          └── Timeout               504 timeout

Actors raise these to refuse a request; ``synth.http.errors`` turns them (and the
runtime's own errors) into responses in one place.
"""

from __future__ import annotations

import errno
from typing import ClassVar

from synth.runtime.errors import Rejection


class SynthError(Rejection):
    status: ClassVar[int] = 500
    default_code: ClassVar[str] = "internal_error"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code


class BadRequest(SynthError):
    status = 400
    default_code = "bad_request"


class Unauthorized(SynthError):
    status = 401
    default_code = "unauthorized"


class Forbidden(SynthError):
    status = 403
    default_code = "forbidden"


class NotFound(SynthError):
    status = 404
    default_code = "not_found"


class MethodNotAllowed(SynthError):
    status = 405
    default_code = "method_not_allowed"


class Conflict(SynthError):
    status = 409
    default_code = "conflict"


class TooLarge(SynthError):
    status = 413
    default_code = "too_large"


class UnsupportedMedia(SynthError):
    status = 415
    default_code = "unsupported_media"


class UpstreamError(SynthError):
    status = 502
    default_code = "upstream_error"


class Unavailable(SynthError):
    status = 503
    default_code = "unavailable"


class Timeout(SynthError):
    status = 504
    default_code = "timeout"


STORAGE_FULL = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})
"""A full disk, a file over its size limit (RLIMIT_FSIZE), a full quota: not a bug, a 503."""


def storage_failure(exc: OSError) -> Unavailable:
    """What a failed write to the data dir means to a client."""
    if exc.errno in STORAGE_FULL:
        return Unavailable(f"the server has no room to store this: {exc.strerror}", "storage_full")
    return Unavailable(f"a file operation failed: {exc.strerror}", "storage_error")
