"""Bearer-token auth for both listeners; compared in constant time."""

from __future__ import annotations

import hmac
import ipaddress
import os
import secrets
from pathlib import Path

from quart import request

from synth.errors import Unauthorized

TOKEN_FILE = "auth_token"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def resolve_token(
    configured: str | None, hosts: list[str], data_dir: Path
) -> tuple[str | None, bool]:
    """The token to require (None: auth off) and whether it was generated just now.

    Auth is on when a token is configured, and always when a listener binds beyond
    loopback; then a token is generated once and kept, mode 0600, in the data dir.
    """
    if configured:
        return configured, False
    if all(is_loopback(host) for host in hosts):
        return None, False
    path = data_dir / TOKEN_FILE
    if path.is_file():
        token = path.read_text().strip()
        if token:
            os.chmod(path, 0o600)  # whoever left it readable, it is a credential
            return token, False
    token = secrets.token_urlsafe(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(token + "\n")
    os.chmod(path, 0o600)
    return token, True


def token_matches(given: str | None, expected: str) -> bool:
    if not given:
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


def presented_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value:
        return value.strip()
    return request.args.get("token")


def require(expected: str | None) -> None:
    if expected is not None and not token_matches(presented_token(), expected):
        raise Unauthorized("a valid token is required (Authorization: Bearer <token>)")
