"""``/assets/...``: the raw files of skins, uploads and the uploaded VRM.

KaradaState decides which file a path names (only the shapes it serves, only inside the data
dir or the packaged skins); this route sends it with its content type and an ``ETag``, and
answers ``If-None-Match`` with 304. ``karada_routes`` refuses paths with encoded separators
or dot segments before they get here.
"""

from __future__ import annotations

from quart import Blueprint, Response, request, send_file

from synth.actors.karada_state import ResolveAsset
from synth.http.context import ctx
from synth.karada.views import Asset

bp = Blueprint("assets", __name__)


@bp.get("/assets/<path:subpath>")
async def asset(subpath: str) -> Response:
    found: Asset = await ctx().actors.karada.ask(ResolveAsset(tuple(subpath.split("/"))))
    if request.if_none_match.contains_weak(found.etag):
        response = Response(status=304)
    else:
        response = await send_file(found.path, mimetype=found.content_type, add_etags=False)
    response.set_etag(found.etag)
    response.cache_control.no_cache = True
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response
