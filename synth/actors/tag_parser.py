"""Strip inline tags (``[happy]``, ``[sad:0.6]``, ``[diary: a note]``) from a streamed reply.

The parser works on the stream so the user sees words as they arrive: text is held back only
while a ``[`` might still open a tag, a tag split across chunks (``[hap`` + ``py]``) is still
found, and each tag records how many visible characters preceded it so a face can change at the
right word. It decides character by character on the candidate alone, so the result never
depends on where the stream was split, and every character is examined a bounded number of times.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

DIARY = "diary"

_VALUE_CHARS = frozenset("0123456789. ")
_NOTE_STOPS = frozenset("[\n")
_NAME, _VALUE, _NOTE = range(3)


@dataclass(frozen=True, slots=True)
class Tag:
    """A tag taken out of the reply; ``offset`` counts the visible characters before it."""

    name: str
    value: float | None
    note: str | None
    offset: int


class TagParser:
    """Incremental tag stripper for one reply at a time (``flush`` ends the reply).

    ``max_chars`` bounds a whole tag, brackets included, and so the text held back;
    a diary tag may grow to ``note_max_chars`` once ``[diary:`` has been seen.
    """

    def __init__(
        self, known: Collection[str], max_chars: int = 64, note_max_chars: int = 2000
    ) -> None:
        if not 2 <= max_chars <= note_max_chars:
            raise ValueError("need 2 <= max_chars <= note_max_chars")
        self._known = frozenset(name.lower() for name in known)
        # Every prefix of a known name: a candidate is dropped at the first letter that leaves them.
        self._prefixes = frozenset(n[:i] for n in self._known for i in range(len(n) + 1))
        self._max_chars = max_chars
        self._note_max_chars = note_max_chars
        self._held = ""  # the open candidate, always starting with "[", or "" when none is open
        self._name = ""  # lower-cased name read so far
        self._mode = _NAME
        self._emitted = 0

    @property
    def held(self) -> str:
        """Text held back because it might still turn out to be a tag."""
        return self._held

    def feed(self, chunk: str) -> tuple[str, list[Tag]]:
        """Take the next chunk; return the visible text releasable now and the tags completed."""
        out: list[str] = []
        tags: list[Tag] = []
        i, n = 0, len(chunk)
        while i < n:
            if self._held:
                i = self._scan(chunk, i, out, tags)
                continue
            j = chunk.find("[", i)
            if j < 0:
                self._emit(chunk[i:], out)
                break
            self._emit(chunk[i:j], out)
            self._held, self._name, self._mode = "[", "", _NAME
            i = j + 1
        return "".join(out), tags

    def flush(self) -> tuple[str, list[Tag]]:
        """End the reply: whatever is held was not a tag; offsets restart for the next reply."""
        text, self._held = self._held, ""
        self._emitted = 0
        return text, []

    def _emit(self, text: str, out: list[str]) -> None:
        out.append(text)
        self._emitted += len(text)

    def _scan(self, chunk: str, i: int, out: list[str], tags: list[Tag]) -> int:
        """Run the open candidate through ``chunk[i:]``; return where plain text resumes."""
        start, n = i, len(chunk)
        while i < n:
            c = chunk[i]
            if c == "]":
                text, self._held = self._held + chunk[start:i], ""
                tag = self._finish(text)
                if tag is None:
                    self._emit(text + "]", out)
                else:
                    tags.append(tag)
                return i + 1
            limit = self._note_max_chars if self._mode == _NOTE else self._max_chars
            if not self._accept(c) or len(self._held) + i - start + 2 > limit:
                # Not a tag after all: release it; ``c`` (maybe a new "[") is read afresh.
                self._emit(self._held + chunk[start:i], out)
                self._held = ""
                return i
            i += 1
        self._held += chunk[start:]
        return n

    def _accept(self, c: str) -> bool:
        """Whether ``c`` can extend the candidate; tracks the name and the part after ':'."""
        if self._mode == _VALUE:
            return c in _VALUE_CHARS
        if self._mode == _NOTE:
            return c not in _NOTE_STOPS
        if c == ":":
            if self._name not in self._known:
                return False
            self._mode = _NOTE if self._name == DIARY else _VALUE
            return True
        name = self._name + c.lower()
        if name not in self._prefixes:
            return False
        self._name = name
        return True

    def _finish(self, text: str) -> Tag | None:
        """The tag that ``text`` + ``]`` spells, or None if it is ordinary text."""
        name, at = self._name, self._emitted
        if self._mode == _NAME:
            return Tag(name, None, None, at) if name in self._known and name != DIARY else None
        arg = text.partition(":")[2]
        if self._mode == _NOTE:
            note = arg.strip()
            return Tag(name, None, note, at) if note else None
        try:
            value = float(arg)
        except ValueError:
            return None
        return Tag(name, value, None, at) if 0.0 <= value <= 1.0 else None


def parse_all(text: str, known: Collection[str]) -> tuple[str, list[Tag]]:
    """Strip the tags from a whole reply (non-streamed engines, tests), with default limits."""
    parser = TagParser(known)
    visible, tags = parser.feed(text)
    rest, _ = parser.flush()
    return visible + rest, tags
