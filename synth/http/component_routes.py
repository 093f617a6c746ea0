"""Component routes: the registry, the development switch, the cortex, running things."""

from __future__ import annotations

from typing import Any

from quart import Blueprint

from synth.actors.components import ListComponents, RunComponent, ToggleDev
from synth.actors.cortex_manager import LoginEngine, SwitchEngine
from synth.http import validate
from synth.http.context import ctx

bp = Blueprint("components", __name__)


@bp.get("/api/components")
async def list_components() -> dict[str, Any]:
    result: dict[str, Any] = await ctx().actors.components.ask(ListComponents())
    return result


@bp.post("/api/components/dev/toggle")
async def toggle_dev() -> dict[str, Any]:
    body = await validate.json_object()
    enabled = validate.boolean(body, "enabled")
    result: dict[str, Any] = await ctx().actors.components.ask(ToggleDev(enabled))
    return result


@bp.post("/api/components/cortex")
async def switch_cortex() -> dict[str, Any]:
    body = await validate.json_object()
    name = validate.string(body, "name", min_len=1, max_len=100)
    result: dict[str, Any] = await ctx().actors.cortex.ask(SwitchEngine(name))
    return result


@bp.post("/api/components/cortex/login")
async def login_cortex() -> dict[str, Any]:
    body = await validate.json_object()
    name = validate.string(body, "name", min_len=1, max_len=100)
    result: dict[str, Any] = await ctx().actors.cortex.ask(LoginEngine(name))
    return result


@bp.post("/api/components/run")
async def run_component() -> dict[str, Any]:
    body = await validate.json_object()
    name = validate.string(body, "name", min_len=1, max_len=100)
    args = validate.obj(body, "args", {})
    result: dict[str, Any] = await ctx().actors.components.ask(RunComponent(name, args))
    return result
