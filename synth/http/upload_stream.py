"""Receiving a multipart upload as a stream, straight into a staging file.

Quart's ``request.files`` would take any chunked body whole (its size check only looks at
the bytes buffered at one time) and spool it to disk before a handler could say no. Here the
body is read chunk by chunk through Werkzeug's sans-IO multipart decoder: the bytes are
counted as they arrive (413 past the limit, without staging more), the file's first bytes
are checked as soon as they are in (415 for a wrong name or magic), the file part goes to a
staging file in large batches, and small text fields are kept in memory. Whatever happens,
failure, refusal or a client that hangs up, the staging file is gone when the block exits.
At most ``read_out.HIGH_WATER_BYTES`` of the body wait ahead of the reader: a staging disk
slower than the client slows the client, it does not fill memory (synth.http.read_out).

A refusal is answered only once the rest of the body was read and dropped, within the
bounds of :mod:`synth.http.read_out`, so that its answer can say whether the connection
stays usable: ``Connection: close`` when the end of the body was not reached.
"""

from __future__ import annotations

import hashlib
import math
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trio
from quart import after_this_request, request
from quart.typing import ResponseTypes
from werkzeug.exceptions import RequestEntityTooLarge, RequestTimeout
from werkzeug.sansio.multipart import Data, Epilogue, Field, File, MultipartDecoder, NeedData

from synth.errors import BadRequest, TooLarge, UnsupportedMedia
from synth.http.current import current_request
from synth.http.limits import LimitedRequest
from synth.http.read_out import DISCARD_SECONDS, IncomingBody

HeadCheck = Callable[[str, bytes], str]
"""Checks a file part's name and first ``head_bytes`` bytes; returns its format or raises."""
MAX_PARTS = 16
MAX_FIELD_BYTES = 1024
FLUSH_BYTES = 256 * 1024


@dataclass
class StagedFile:
    path: Path
    filename: str = ""
    format: str = ""
    size: int = 0
    sha256: str = ""
    fields: dict[str, str] = field(default_factory=dict)


class BodyReader:
    """The request body chunk by chunk, counted as it arrives, and read out when refused."""

    def __init__(self, limit: int) -> None:
        current = current_request()
        assert isinstance(current, LimitedRequest), "both apps use limited_request_class"
        self.limit = limit
        self.body = current.body
        self.incoming: IncomingBody = current.incoming
        self.timeout = math.inf if current.body_timeout is None else current.body_timeout
        self.declared = current.content_length
        self.received = 0

    async def next(self) -> bytes | None:
        """The next chunk, or None at the end; 413 past the limit, 408 when the client stalls."""
        with trio.move_on_after(self.timeout) as scope:
            try:
                chunk = await self.body.__anext__()
            except StopAsyncIteration:
                return None
            except RequestEntityTooLarge:
                raise self.too_large() from None
        if scope.cancelled_caught:
            raise RequestTimeout()
        self.received += len(chunk)
        if self.received > self.limit:
            raise self.too_large()
        return chunk

    def too_large(self) -> TooLarge:
        return TooLarge(f"the upload is over its limit of {self.limit} bytes", "too_large")

    @property
    def ended(self) -> bool:
        """Whether the whole body arrived (read or dropped)."""
        return self.incoming.ended

    async def read_out(self, seconds: float) -> None:
        """Read and drop the rest of the body, for at most ``seconds``.

        A declared length past what would be read out is not read here: it could not reach
        its end, so its answer (with ``Connection: close``) need not wait for it. The
        connection still reads out up to the bound after that answer (synth.http.connection),
        so that a client still writing gets it before the close.
        """
        if self.declared is not None and self.declared > self.incoming.bound:
            return
        await self.incoming.read_out(seconds)


@asynccontextmanager
async def answered_after_the_body(limit: int) -> AsyncIterator[BodyReader]:
    """Any error raised in the block is answered only after the body was read out.

    When the end of the body could not be reached (a bound, a stalled client), the answer
    says ``Connection: close``: Hypercorn closes that connection once the answer is sent.
    """
    reader = BodyReader(limit)
    try:
        yield reader
    except Exception as exc:
        # A client that stalled for the body timeout is not waited for any longer.
        await reader.read_out(0 if isinstance(exc, RequestTimeout) else DISCARD_SECONDS)
        if not reader.ended:
            after_this_request(_close_connection)
        raise


async def _close_connection(response: ResponseTypes) -> ResponseTypes:
    response.headers["Connection"] = "close"
    return response


@asynccontextmanager
async def staged_upload(
    staging: Path, limit: int, check: HeadCheck, head_bytes: int, file_field: str = "file"
) -> AsyncIterator[StagedFile]:
    """Stream the request's multipart body; yields the staged ``file_field`` and the fields.

    Raises 415 for a body that is not multipart or a file that fails ``check``, 413 once the
    body passes ``limit`` bytes (or declares a length past it), 400 for a malformed body or
    a missing file part; each after the body was read out (see ``answered_after_the_body``).
    """
    async with answered_after_the_body(limit) as reader:
        if request.mimetype != "multipart/form-data":
            raise UnsupportedMedia(
                f"send multipart/form-data with a {file_field!r} file part", "unsupported_media"
            )
        boundary = request.mimetype_params.get("boundary", "")
        if not boundary:
            raise BadRequest("the multipart body has no boundary", "malformed_multipart")
        if reader.declared is not None and reader.declared > limit:
            raise reader.too_large()
        await trio.to_thread.run_sync(lambda: staging.mkdir(parents=True, exist_ok=True))
        staged = StagedFile(staging / f"upload-{secrets.token_hex(16)}.part")
        try:
            receiver = _Receiver(
                staged, reader, boundary.encode("latin-1"), check, head_bytes, file_field
            )
            async with await trio.open_file(staged.path, "wb") as out:
                await receiver.run(out)
            if not staged.filename:
                raise BadRequest(f"missing multipart file part {file_field!r}", "missing_field")
            yield staged
        finally:
            # Plain syscalls: they must also run while this task is being cancelled.
            staged.path.unlink(missing_ok=True)


class _Receiver:
    def __init__(
        self,
        staged: StagedFile,
        reader: BodyReader,
        boundary: bytes,
        check: HeadCheck,
        head_bytes: int,
        file_field: str,
    ) -> None:
        self.staged = staged
        self.reader = reader
        self.file_field = file_field
        self.decoder = MultipartDecoder(boundary, max_parts=MAX_PARTS)
        self.check = check
        self.head_bytes = head_bytes
        self.digest = hashlib.sha256()
        self.pending = bytearray()
        self.head = bytearray()
        self.part: Field | File | None = None
        self.into_file = False
        self.field_value = bytearray()
        self.done = False

    async def run(self, out: Any) -> None:
        while (chunk := await self.reader.next()) is not None:
            self.decoder.receive_data(chunk)
            self._events()
            if len(self.pending) >= FLUSH_BYTES:
                await self._flush(out)
        self.decoder.receive_data(None)
        self._events()
        if not self.done:
            raise BadRequest("the multipart body ended early", "malformed_multipart")
        await self._flush(out)
        if self.staged.filename and not self.staged.format:
            self.staged.format = self.check(self.staged.filename, bytes(self.head))
        self.staged.sha256 = self.digest.hexdigest()

    async def _flush(self, out: Any) -> None:
        if self.pending:
            data, self.pending = bytes(self.pending), bytearray()
            await out.write(data)

    def _events(self) -> None:
        while True:
            try:
                event = self.decoder.next_event()
            except ValueError as exc:
                raise BadRequest(
                    f"malformed multipart body: {exc}", "malformed_multipart"
                ) from None
            except RequestEntityTooLarge:
                raise BadRequest(
                    f"more than {MAX_PARTS} multipart parts", "too_many_parts"
                ) from None
            if isinstance(event, NeedData):
                return
            if isinstance(event, Epilogue):
                self.done = True
                return
            if isinstance(event, File | Field):
                self._start(event)
            elif isinstance(event, Data):
                self._data(event.data, event.more_data)

    def _start(self, part: Field | File) -> None:
        self.part = part
        self.field_value = bytearray()
        self.into_file = (
            isinstance(part, File) and part.name == self.file_field and not self.staged.filename
        )
        if self.into_file:
            assert isinstance(part, File)
            self.staged.filename = part.filename or ""
            if not self.staged.filename:
                raise BadRequest(f"the {self.file_field!r} part has no filename", "missing_field")

    def _data(self, data: bytes, more: bool) -> None:
        part = self.part
        if self.into_file:
            self.digest.update(data)
            self.pending += data
            self.staged.size += len(data)
            if not self.staged.format:
                self.head += data[: self.head_bytes - len(self.head)]
                if len(self.head) >= self.head_bytes or not more:
                    self.staged.format = self.check(self.staged.filename, bytes(self.head))
        elif isinstance(part, Field):
            self.field_value += data
            if len(self.field_value) > MAX_FIELD_BYTES:
                raise BadRequest(
                    f"field {part.name!r} is over {MAX_FIELD_BYTES} bytes", "invalid_field"
                )
            if not more:
                self.staged.fields.setdefault(
                    part.name, self.field_value.decode("utf-8", "replace")
                )
