"""Receiving a multipart upload as a stream, straight into a staging file.

Quart's ``request.files`` would take any chunked body whole (its size check only looks at
the bytes buffered at one time) and spool it to disk before a handler could say no. Here the
body is read chunk by chunk through Werkzeug's sans-IO multipart decoder: the bytes are
counted as they arrive (413 past the limit, without reading on), the file's first bytes are
checked as soon as they are in (415 for a wrong name or magic), the file part goes to a
staging file in large batches, and small text fields are kept in memory. Whatever happens,
failure, refusal or a client that hangs up, the staging file is gone when the block exits.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trio
from quart import request
from werkzeug.exceptions import RequestEntityTooLarge, RequestTimeout
from werkzeug.sansio.multipart import Data, Epilogue, Field, File, MultipartDecoder, NeedData

from synth.errors import BadRequest, TooLarge, UnsupportedMedia

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


@asynccontextmanager
async def staged_upload(
    staging: Path, limit: int, check: HeadCheck, head_bytes: int, file_field: str = "file"
) -> AsyncIterator[StagedFile]:
    """Stream the request's multipart body; yields the staged ``file_field`` and the fields.

    Raises 415 for a body that is not multipart or a file that fails ``check``, 413 once the
    body passes ``limit`` bytes, 400 for a malformed body or a missing file part.
    """
    if request.mimetype != "multipart/form-data":
        raise UnsupportedMedia(
            f"send multipart/form-data with a {file_field!r} file part", "unsupported_media"
        )
    boundary = request.mimetype_params.get("boundary", "")
    if not boundary:
        raise BadRequest("the multipart body has no boundary", "malformed_multipart")
    await trio.to_thread.run_sync(lambda: staging.mkdir(parents=True, exist_ok=True))
    staged = StagedFile(staging / f"upload-{secrets.token_hex(16)}.part")
    try:
        receiver = _Receiver(
            staged, boundary.encode("latin-1"), limit, check, head_bytes, file_field
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
        boundary: bytes,
        limit: int,
        check: HeadCheck,
        head_bytes: int,
        file_field: str,
    ) -> None:
        self.staged = staged
        self.file_field = file_field
        self.decoder = MultipartDecoder(boundary, max_parts=MAX_PARTS)
        self.limit = limit
        self.check = check
        self.head_bytes = head_bytes
        self.received = 0
        self.digest = hashlib.sha256()
        self.pending = bytearray()
        self.head = bytearray()
        self.part: Field | File | None = None
        self.into_file = False
        self.field_value = bytearray()
        self.done = False

    async def run(self, out: Any) -> None:
        body = request.body
        timeout = request.body_timeout
        while True:
            with trio.move_on_after(float("inf") if timeout is None else timeout) as scope:
                try:
                    chunk = await body.__anext__()
                except StopAsyncIteration:
                    break
                except RequestEntityTooLarge:
                    raise self._too_large() from None
            if scope.cancelled_caught:
                raise RequestTimeout()
            self.received += len(chunk)
            if self.received > self.limit:
                raise self._too_large()
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

    def _too_large(self) -> TooLarge:
        return TooLarge(f"the upload is over its limit of {self.limit} bytes", "too_large")

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
