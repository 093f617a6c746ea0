"""Hypothesis throws random frames at /ws on a live server: errors, never a dropped socket.

After the hello, any frame (text that is not JSON, binary, JSON of any type, objects of a
known or unknown type with random fields) gets its answer, and an error is always
``{"type": "error", "code", "message"}``; the socket stays open unless a frame is over
``web.ws_max_frame_bytes`` (close 1009). A random hello gets a session, or an error and
close 1008.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import trio
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from trio_websocket import ConnectionClosed, WebSocketConnection

from tests.support.servers import ServerProcess, start_process
from tests.support.ws import websocket
from tests.test_fuzz_http import FUZZ_ENV, JSON_VALUES

MAX_FRAME = 4096
KINDS = ["chat", "ping", "hello", "manual_reply", "pong", "session", "", "dance"]
FIELDS = ["text", "client_msg_id", "prompt_id", "session_id", "resume_after_seq", "token"]
Frame = str | bytes
FUZZ = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

texts = st.text(max_size=80) | st.sampled_from(["", " ", "x" * 20000, "x" * 20001])
field_values = st.one_of(texts, JSON_VALUES)
objects = st.builds(
    lambda kind, fields: fields if kind is None else {**fields, "type": kind},
    st.none() | st.sampled_from(KINDS) | JSON_VALUES,
    st.dictionaries(st.sampled_from(FIELDS) | st.text(max_size=8), field_values, max_size=4),
)
frames: st.SearchStrategy[Frame] = st.one_of(
    objects.map(json.dumps),
    objects.map(lambda o: json.dumps(o).encode()),
    JSON_VALUES.map(json.dumps),
    st.text(max_size=100),
    st.binary(max_size=100),
)


def is_ping(frame: Frame) -> bool:
    """Whether the server reads ``frame`` as a ping (and so answers a pong)."""
    try:
        decoded = json.loads(frame)
    except ValueError:
        return False
    return isinstance(decoded, dict) and decoded.get("type") == "ping"


def oversized(frame: Frame) -> bool:
    return len(frame.encode() if isinstance(frame, str) else frame) > MAX_FRAME


def assert_frame(frame: dict[str, Any]) -> None:
    assert isinstance(frame.get("type"), str), frame
    if frame["type"] == "error":
        assert {"type", "code", "message"} <= set(frame), frame
        assert isinstance(frame["code"], str) and isinstance(frame["message"], str), frame


async def receive(ws: WebSocketConnection) -> dict[str, Any]:
    frame = json.loads(await ws.get_message())
    assert isinstance(frame, dict), frame
    assert_frame(frame)
    return frame


async def after_hello(url: str, sent: list[Frame]) -> int | None:
    """Say hello, send ``sent`` then a ping; read to its pong. The close code, if closed."""
    pongs = sum(is_ping(frame) for frame in sent) + 1
    with trio.fail_after(15):
        async with websocket(url) as ws:
            await ws.send_message(json.dumps({"type": "hello"}))
            assert (await receive(ws))["type"] == "session"
            try:
                for frame in [*sent, json.dumps({"type": "ping"})]:
                    await ws.send_message(frame)
                while pongs:
                    pongs -= (await receive(ws))["type"] == "pong"
            except ConnectionClosed as closed:
                return closed.reason.code
    return None


async def hello_only(url: str, hello: Frame) -> tuple[dict[str, Any] | None, int | None]:
    """Send ``hello`` as the first frame: the first answer (if any), and the close code."""
    first = None
    with trio.fail_after(15):
        async with websocket(url) as ws:
            try:
                await ws.send_message(hello)
                first = await receive(ws)
                if first["type"] == "session":
                    return first, None
                await ws.get_message()
            except ConnectionClosed as closed:
                return first, closed.reason.code
    raise AssertionError(f"the socket stayed open after {first}")


@pytest.fixture(scope="module")
def ws_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {**FUZZ_ENV, "SYNTH_WEB_WS_MAX_FRAME_BYTES": str(MAX_FRAME)}
    server: ServerProcess = start_process(tmp_path_factory.mktemp("ws") / "data", env=env)
    try:
        yield server.webui.replace("http://", "ws://") + "/ws"
    finally:
        server.stop()


@FUZZ
@given(sent=st.lists(frames, min_size=1, max_size=5))
def test_random_frames_get_answers_or_errors_and_keep_the_socket_open(
    ws_url: str, sent: list[Frame]
) -> None:
    code = trio.run(after_hello, ws_url, sent)
    if any(oversized(frame) for frame in sent):
        assert code == 1009
    else:
        assert code is None


hellos = st.one_of(
    objects.map(lambda o: json.dumps({**o, "type": "hello"})),
    frames,
)


@FUZZ
@given(hello=hellos)
def test_a_random_hello_gets_a_session_or_an_error_and_close_1008(
    ws_url: str, hello: Frame
) -> None:
    first, code = trio.run(hello_only, ws_url, hello)
    if oversized(hello):
        assert (first, code) == (None, 1009)
    elif first is None or first["type"] != "session":
        assert first is not None and first["type"] == "error", first
        assert first["code"] in ("unauthorized", "bad_message")
        assert code == 1008


@pytest.mark.parametrize(
    "frames", [[b"x" * (MAX_FRAME + 1), "{}"], ["x" * (MAX_FRAME + 1), b"{}"]], ids=["bin", "text"]
)
def test_an_oversized_message_then_one_of_the_other_kind_closes_only_that_socket(
    ws_url: str, frames: list[Frame]
) -> None:
    # Found by the fuzzer: Hypercorn kept the oversized message's buffer, and the next
    # message of the other kind raised TypeError there, which ended the whole server.
    assert trio.run(after_hello, ws_url, frames) == 1009
    assert trio.run(after_hello, ws_url, ["{}"]) is None
