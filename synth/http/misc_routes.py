"""Small integration routes: the weather, the Selkies stream and its health, log chat info."""

from __future__ import annotations

from typing import Any

import httpx
import trio
from quart import Blueprint

from synth.actors.weather import ConfigGetter, WeatherStatus, safe_url
from synth.http.context import ctx
from synth.store.database import now_iso

bp = Blueprint("misc", __name__)

SELKIES_PROBE_TIMEOUT_S = 2.0


@bp.get("/api/weather/current")
async def current_weather() -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.weather.ask(WeatherStatus())
    return result


@bp.get("/api/logchat/info")
async def logchat_info() -> dict[str, Any]:
    get = ctx().live.get
    return {
        "enabled": get("logchat.enabled"),
        "interface": get("logchat.interface"),
        "chat_id": get("logchat.chat_id"),
        "level": get("logchat.level"),
    }


@bp.get("/api/selkies")
async def selkies() -> dict[str, Any]:
    get = ctx().live.get
    return {
        "enabled": get("selkies.enabled"),
        "url": get("selkies.url"),
        "host": get("selkies.host"),
        "http_port": get("selkies.http_port"),
        "https_port": get("selkies.https_port"),
    }


@bp.get("/api/selkies/health")
async def selkies_health() -> tuple[dict[str, Any], int]:
    get = ctx().live.get
    if not get("selkies.enabled"):
        return _health("disabled", None, "selkies.enabled is false: nothing is probed"), 200
    url = selkies_probe_url(get)
    if url is None:
        return _health("unreachable", None, "set selkies.url or selkies.host to probe it"), 503
    status, latency_ms, detail = await probe(url, SELKIES_PROBE_TIMEOUT_S)
    return _health(status, latency_ms, detail), 200 if status == "ok" else 503


def selkies_probe_url(get: ConfigGetter) -> str | None:
    """``selkies.url``, else ``http://{selkies.host}:{selkies.http_port}/``, else None."""
    url = get("selkies.url")
    if isinstance(url, str) and url.strip():
        return url.strip()
    host = get("selkies.host")
    if isinstance(host, str) and host.strip():
        host = host.strip()
        if ":" in host and not host.startswith("["):
            host = f"[{host}]"  # an IPv6 address
        return f"http://{host}:{get('selkies.http_port')}/"
    return None


async def probe(url: str, timeout: float) -> tuple[str, float | None, str]:  # noqa: ASYNC109
    """GET ``url`` once: ``ok`` for any answer below 500 (a login page is a live server)."""
    where = safe_url(url)
    started = trio.current_time()
    try:
        async with (
            httpx.AsyncClient(timeout=timeout) as client,
            client.stream("GET", url) as response,
        ):
            status_code = response.status_code
    except httpx.TimeoutException:
        return "unreachable", None, f"{where} did not answer within {timeout:g} s"
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        return "unreachable", None, f"{where} is unreachable: {str(exc) or type(exc).__name__}"
    latency_ms = round((trio.current_time() - started) * 1000, 1)
    if status_code >= 500:
        return "unreachable", latency_ms, f"{where} answered HTTP {status_code}"
    return "ok", latency_ms, f"{where} answered HTTP {status_code}"


def _health(status: str, latency_ms: float | None, detail: str) -> dict[str, Any]:
    return {"status": status, "latency_ms": latency_ms, "checked_at": now_iso(), "detail": detail}
