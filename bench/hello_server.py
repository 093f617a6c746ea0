"""A bare Quart-Trio hello-world on Hypercorn: ``python -m bench.hello_server``.

The baseline of the HTTP benchmark: the same framework and server as synth's listeners
(Quart-Trio on ``hypercorn.trio``, access log off, the same keep-alive timeout), with
nothing of synth in between. It answers ``GET /api/about`` (the path synth is measured
on, so the load generator sends the very same bytes) with a small JSON object, prints
``Hello server: <url>`` once it listens, and runs until killed.
"""

from __future__ import annotations

import logging

import trio
from hypercorn.config import Config
from hypercorn.trio import serve
from quart_trio import QuartTrio

READY_PREFIX = "Hello server:"


def create_app() -> QuartTrio:
    app = QuartTrio("bench.hello_server")

    @app.get("/api/about")
    async def about() -> dict[str, str]:
        return {"hello": "world"}

    return app


async def main() -> None:
    config = Config()
    config.bind = ["127.0.0.1:0"]
    config.accesslog = None
    config.errorlog = logging.getLogger("bench.hello_server")
    config.keep_alive_timeout = 30
    async with trio.open_nursery() as nursery:
        binds: list[str] = await nursery.start(serve, create_app(), config)
        print(f"{READY_PREFIX} {binds[0]}", flush=True)


if __name__ == "__main__":
    trio.run(main)
