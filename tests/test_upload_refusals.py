"""A refused upload reaches the client as its error response, never as a connection reset.

The server reads out (and drops) the rest of a refused body before it answers, so a client
that sends its whole body before reading gets the 413/415/404, and the connection stays
usable; past the discard bounds it answers with ``Connection: close`` instead.
"""

from __future__ import annotations

import gc
import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
import trio

from synth.http import read_out, upload_stream
from tests.support.karada import fbx, multipart, multipart_head
from tests.support.raw_http import PacedBody, RawConnection, chunk
from tests.support.servers import RunningServer, running_server

MIB = 1024 * 1024
LIMIT = MIB
LIMITS = {
    "SYNTH_LIMITS_ANIMATION_UPLOAD_BYTES": str(LIMIT),
    "SYNTH_LIMITS_VRM_UPLOAD_BYTES": str(LIMIT),
    "SYNTH_LIMITS_UPLOAD_BYTES": str(LIMIT),
}
SEVERAL = 3 * LIMIT
"""Several times the limit, still within what a refusal reads out."""
ANIMATIONS = "/api/animations/upload"
CONFIG_FILE = "/api/config/persona.prompt/upload"


@pytest.fixture
async def limited(data_dir: Path) -> AsyncIterator[RunningServer]:
    async with running_server(data_dir, env=LIMITS) as running:
        yield running


def api_error(response: httpx.Response, status: int) -> str:
    """The API.md error body's ``code``, after checking the status and the shape."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "code"} and body["error"]
    code: str = body["code"]
    return code


async def post_upload(
    client: httpx.AsyncClient, path: str, mode: str, data: bytes, content_type: str
) -> httpx.Response:
    """POST ``data`` as httpx does, with a Content-Length or chunked; asserts it all went.

    httpx still reads the answer after a write failed (the server reset the connection), so
    the failure shows only in the body it stopped sending. Its abandoned iterator is
    collected at once: the ResourceWarning it raises then fails this test, not a later one.
    """
    body = PacedBody(data, 64 * 1024)
    headers = {"Content-Type": content_type}
    if mode == "content-length":
        headers["Content-Length"] = str(len(data))
    response = await client.post(path, content=body, headers=headers)
    gc.collect()
    assert body.sent_whole, "httpx could not send the whole body"
    return response


@pytest.mark.parametrize("mode", ["content-length", "chunked"])
async def test_an_animation_several_times_its_limit_gets_413_over_httpx(
    limited: RunningServer, mode: str
) -> None:
    body, content_type = multipart({}, "big.fbx", fbx(SEVERAL))
    with trio.fail_after(30):
        async with limited.client() as client:
            response = await post_upload(client, ANIMATIONS, mode, body, content_type)
            after = await client.get("/api/animations/uploads")
    assert api_error(response, 413) == "too_large"
    assert after.json() == {"uploads": []}


@pytest.mark.parametrize("mode", ["content-length", "chunked"])
async def test_a_large_animation_with_wrong_magic_gets_415_over_httpx(
    limited: RunningServer, mode: str
) -> None:
    body, content_type = multipart({}, "big.fbx", b"NOT FBX" + b"\x00" * (LIMIT - 4096))
    with trio.fail_after(30):
        async with limited.client() as client:
            response = await post_upload(client, ANIMATIONS, mode, body, content_type)
            after = await client.get("/api/animations/uploads")
    assert api_error(response, 415) == "unsupported_media"
    assert after.json() == {"uploads": []}


@pytest.mark.parametrize("mode", ["content-length", "chunked"])
async def test_a_vrm_several_times_its_limit_gets_413_over_httpx(
    limited: RunningServer, mode: str
) -> None:
    body, content_type = multipart({}, "big.vrm", b"glTF" + b"\x00" * SEVERAL)
    with trio.fail_after(30):
        async with limited.client() as client:
            response = await post_upload(client, "/api/vrm", mode, body, content_type)
            after = await client.get("/api/skins/current_skin")
    assert api_error(response, 413) == "too_large"
    assert after.status_code == 200


@pytest.mark.parametrize("mode", ["content-length", "chunked"])
async def test_a_config_file_several_times_its_limit_gets_413_over_httpx(
    limited: RunningServer, mode: str
) -> None:
    body, content_type = multipart({}, "prompt.txt", b"x" * SEVERAL)
    with trio.fail_after(30):
        async with limited.client() as client:
            response = await post_upload(client, CONFIG_FILE, mode, body, content_type)
            small, small_type = multipart({}, "prompt.txt", b"You are Ada.")
            accepted = await client.post(
                CONFIG_FILE, content=small, headers={"Content-Type": small_type}
            )
    assert api_error(response, 413) == "too_large"
    assert accepted.status_code == 200, accepted.text


class UploadConnection(RawConnection):
    async def upload(self, path: str, body: bytes, content_type: str, chunked: bool) -> None:
        """Send a whole upload, as httpx, requests and browsers do before they read."""
        if chunked:
            headers = {"Content-Type": content_type, "Transfer-Encoding": "chunked"}
            framed = b"".join(chunk(body[i : i + 65536]) for i in range(0, len(body), 65536))
            await self.stream.send_all(self.head("POST", path, headers) + framed + b"0\r\n\r\n")
        else:
            headers = {"Content-Type": content_type, "Content-Length": str(len(body))}
            await self.stream.send_all(self.head("POST", path, headers) + body)


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_an_upload_with_wrong_magic_is_read_out_before_its_415(
    limited: RunningServer, chunked: bool
) -> None:
    body, content_type = multipart({}, "big.fbx", b"NOT FBX" + b"\x00" * (LIMIT - 4096))
    with trio.fail_after(30):
        connection = await UploadConnection.open(limited.webui)
        async with connection.stream:
            await connection.upload(ANIMATIONS, body, content_type, chunked)
            refused = await connection.response()
            # The same connection serves on: the whole refused body was read.
            after = await connection.get("/api/animations/uploads")
    assert refused.status == 415
    assert refused.json()["code"] == "unsupported_media"
    assert "close" not in refused.headers.get("connection", "")
    assert (after.status, after.json()) == (200, {"uploads": []})


async def test_a_chunked_upload_over_its_limit_is_read_out_before_its_413(
    limited: RunningServer,
) -> None:
    body, content_type = multipart({}, "big.fbx", fbx(SEVERAL))
    with trio.fail_after(30):
        connection = await UploadConnection.open(limited.webui)
        async with connection.stream:
            await connection.upload(ANIMATIONS, body, content_type, chunked=True)
            refused = await connection.response()
            after = await connection.get("/api/animations/uploads")
    assert refused.status == 413
    assert refused.json() == {
        "error": f"the upload is over its limit of {LIMIT} bytes",
        "code": "too_large",
    }
    assert (after.status, after.json()) == (200, {"uploads": []})


async def test_a_config_upload_to_an_unknown_key_is_read_out_before_its_404(
    limited: RunningServer,
) -> None:
    body, content_type = multipart({}, "prompt.txt", b"x" * (LIMIT - 4096))
    with trio.fail_after(30):
        connection = await UploadConnection.open(limited.webui)
        async with connection.stream:
            await connection.upload("/api/config/no.such/upload", body, content_type, False)
            refused = await connection.response()
            after = await connection.get("/api/config")
    assert refused.status == 404
    assert refused.json()["code"] == "not_found"
    assert after.status == 200


async def test_a_config_file_over_its_limit_is_read_out_before_its_413(
    limited: RunningServer,
) -> None:
    body, content_type = multipart({}, "prompt.txt", b"x" * SEVERAL)
    with trio.fail_after(30):
        connection = await UploadConnection.open(limited.webui)
        async with connection.stream:
            await connection.upload(CONFIG_FILE, body, content_type, chunked=True)
            refused = await connection.response()
            after = await connection.get("/api/config")
    assert refused.status == 413
    assert refused.json()["code"] == "too_large"
    assert after.status == 200


def chunked_upload_start(connection: UploadConnection, first: bytes) -> bytes:
    """The head of a chunked animation upload, and its multipart head and ``first`` as a chunk."""
    boundary = secrets.token_hex(8)
    headers = {
        "Content-Type": f"multipart/form-data; boundary={boundary}",
        "Transfer-Encoding": "chunked",
    }
    start = multipart_head("a.fbx", boundary) + first
    return connection.head("POST", ANIMATIONS, headers) + chunk(start)


async def test_an_upload_past_the_discard_bound_is_answered_with_connection_close(
    limited: RunningServer,
) -> None:
    block = chunk(b"\x00" * (64 * 1024))
    endless = (read_out.DISCARD_FACTOR + 2) * LIMIT // len(block)
    with trio.fail_after(30):
        connection = await UploadConnection.open(limited.webui)
        async with connection.stream:

            async def send() -> None:
                try:
                    await connection.stream.send_all(chunked_upload_start(connection, fbx()))
                    for _ in range(endless):
                        await connection.stream.send_all(block)
                except trio.BrokenResourceError:
                    pass  # the server stopped reading and hung up, as it should

            async with trio.open_nursery() as nursery:
                nursery.start_soon(send)
                refused = await connection.response()
                nursery.cancel_scope.cancel()
        async with limited.client() as client:
            after = await client.get("/api/animations/uploads")
    assert refused.status == 413
    assert refused.json()["code"] == "too_large"
    assert refused.headers["connection"] == "close"
    assert after.json() == {"uploads": []}


async def test_a_refused_upload_whose_client_stalls_is_answered_after_the_discard_time(
    limited: RunningServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(upload_stream, "DISCARD_SECONDS", 0.5)
    with trio.fail_after(30):
        connection = await UploadConnection.open(limited.webui)
        async with connection.stream:
            # Refused at its first bytes, then neither more data nor an end.
            wrong_magic = b"NOT FBX" + b"\x00" * 4096
            await connection.stream.send_all(chunked_upload_start(connection, wrong_magic))
            refused = await connection.response()
    assert refused.status == 415
    assert refused.json()["code"] == "unsupported_media"
    assert refused.headers["connection"] == "close"


async def test_a_declared_length_over_the_limit_is_read_out_before_its_413(
    limited: RunningServer,
) -> None:
    body, content_type = multipart({}, "big.fbx", fbx(SEVERAL))
    with trio.fail_after(30):
        connection = await UploadConnection.open(limited.webui)
        async with connection.stream:
            await connection.upload(ANIMATIONS, body, content_type, chunked=False)
            refused = await connection.response()
            after = await connection.get("/api/animations/uploads")
    assert refused.status == 413
    assert refused.json()["code"] == "too_large"
    assert (after.status, after.json()) == (200, {"uploads": []})
