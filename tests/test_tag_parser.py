"""The streaming tag parser: split-invariance and bounded hold-back, plus worked examples."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from synth.actors.tag_parser import Tag, TagParser, parse_all

EMOTIONS = ("neutral", "happy", "angry", "sad", "relaxed", "surprised")
KNOWN = frozenset((*EMOTIONS, "diary"))
# Small limits so generated replies reach them; every valid tag below fits in MAX.
MAX, NOTE_MAX = 24, 48
BOUNDED = settings(max_examples=300, deadline=None)

# Words that cannot glue together into a known name, so any tag in a reply is one we meant.
WORDS = [
    w
    for w in ("hello", "world", "ok", "face", "moon", "42", "0.5", "x:y", "(see)", "a", "I")
    if not any(w.lower() in name for name in KNOWN)
]
SPACES = st.sampled_from([" ", "  ", "\n", "\t", ""])
INVALID = st.sampled_from(
    [
        "[link]", "[1]", "[happy:abc]", "[sad:1.7]", "[happy:-0.5]", "[diary]", "[diary:   ]",
        "[text](https://example.org)", "[", "]", "[[", "]]", "[hap", "[sad:0.", "[Neutral:",
        "[diary: not finished", "[sad:0.00000000000000000000001]", "[happy\n]", "[sad :0.5]",
    ]
)  # fmt: skip

Token = tuple[str, tuple[str, float | None, str | None] | None]


def _cased(name: str) -> st.SearchStrategy[str]:
    return st.lists(st.booleans(), min_size=len(name), max_size=len(name)).map(
        lambda ups: "".join(c.upper() if up else c for c, up in zip(name, ups, strict=True))
    )


@st.composite
def _emotion_tag(draw: st.DrawFn) -> Token:
    name = draw(st.sampled_from(EMOTIONS))
    raw = draw(st.sampled_from([None, "0", "1", "0.6", ".5", "0.25", " 0.3 ", "1.0"]))
    text = f"[{draw(_cased(name))}]" if raw is None else f"[{draw(_cased(name))}:{raw}]"
    return text, (name, None if raw is None else float(raw), None)


@st.composite
def _diary_tag(draw: st.DrawFn) -> Token:
    note = draw(st.lists(st.sampled_from([*WORDS, " ", ":"]), min_size=1, max_size=20))
    text = f"[{draw(_cased('diary'))}: {''.join(note)} ]"
    stripped = "".join(note).strip()
    valid = bool(stripped) and len(text) <= NOTE_MAX
    return text, ("diary", None, stripped) if valid else None


TOKEN: st.SearchStrategy[Token] = st.one_of(
    st.sampled_from(WORDS).map(lambda w: (w, None)),
    SPACES.map(lambda s: (s, None)),
    INVALID.map(lambda s: (s, None)),
    _emotion_tag(),
    _diary_tag(),
)
REPLY = st.lists(TOKEN, max_size=30)


def _run(chunks: Iterable[str]) -> tuple[str, list[Tag]]:
    """Feed chunks, checking the hold-back bound after each, and flush."""
    parser = TagParser(KNOWN, max_chars=MAX, note_max_chars=NOTE_MAX)
    visible: list[str] = []
    tags: list[Tag] = []
    for chunk in chunks:
        text, found = parser.feed(chunk)
        visible.append(text)
        tags += found
        held = parser.held
        assert len(held) <= (NOTE_MAX if held.lower().startswith("[diary:") else MAX)
        assert held == "" or (held.startswith("[") and "\n" not in held and "[" not in held[1:])
    text, found = parser.flush()
    return "".join([*visible, text]), tags + found


def _is_subsequence(wanted: list[object], found: list[object]) -> bool:
    rest = iter(found)
    return all(any(w == f for f in rest) for w in wanted)


@BOUNDED
@given(tokens=REPLY, data=st.data())
def test_any_split_gives_the_same_result(tokens: list[Token], data: st.DataObject) -> None:
    reply = "".join(text for text, _ in tokens)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(reply)), max_size=12), label="cuts"))
    bounds = [0, *cuts, len(reply)]
    chunks = [reply[a:b] for a, b in pairwise(bounds)]
    whole = _run([reply])
    assert _run(chunks) == whole
    assert _run(reply) == whole  # one character at a time

    visible, tags = whole
    # Every tag we wrote is found, in order, whatever surrounds it.
    wanted: list[object] = [tag for _, tag in tokens if tag is not None]
    assert _is_subsequence(wanted, [(t.name, t.value, t.note) for t in tags])
    # Between the places where tags were removed, the visible text holds no tag.
    # (Across such a place it may: "[h" + "[sad]" + "appy]" streams out "[h" before "[sad]" ends.)
    offsets = [0, *(t.offset for t in tags), len(visible)]
    assert offsets == sorted(offsets)
    for a, b in pairwise(offsets):
        assert _run([visible[a:b]])[1] == []


@BOUNDED
@given(parts=st.lists(st.text(st.characters(exclude_characters="["), max_size=20), max_size=10))
def test_text_without_bracket_passes_at_once(parts: list[str]) -> None:
    parser = TagParser(KNOWN, max_chars=MAX, note_max_chars=NOTE_MAX)
    for part in parts:
        assert parser.feed(part) == (part, [])
        assert parser.held == ""
    assert parser.flush() == ("", [])


def test_tag_split_across_chunks_is_found() -> None:
    parser = TagParser(KNOWN)
    assert parser.feed("I am [hap") == ("I am ", [])
    assert parser.held == "[hap"
    assert parser.feed("py] now") == (" now", [Tag("happy", None, None, 5)])
    assert parser.flush() == ("", [])


def test_value_and_case() -> None:
    assert parse_all("[SAD:0.6]oh", KNOWN) == ("oh", [Tag("sad", 0.6, None, 0)])
    assert parse_all("[happy:1]", KNOWN) == ("", [Tag("happy", 1.0, None, 0)])


def test_offsets_point_at_the_word() -> None:
    text, tags = parse_all("Hello [happy]there, [sad:0.3]oh no[angry]!", KNOWN)
    assert text == "Hello there, oh no!"
    assert [(t.name, text[t.offset :]) for t in tags] == [
        ("happy", "there, oh no!"),
        ("sad", "oh no!"),
        ("angry", "!"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "[link]",
        "[1]",
        "[happy:abc]",
        "[sad:1.7]",
        "[happy:]",
        "[diary]",
        "[diary:  ]",
        "see [the docs](https://example.org)",
        "[happy sad]",
        "a ] b",
    ],
)
def test_not_a_tag_passes_through(text: str) -> None:
    assert parse_all(text, KNOWN) == (text, [])


def test_diary_note_is_trimmed() -> None:
    text, tags = parse_all("Noted.[diary:   she likes tea: strong  ] Bye", KNOWN)
    assert text == "Noted. Bye"
    assert tags == [Tag("diary", None, "she likes tea: strong", 6)]


def test_nested_bracket_restarts_the_candidate() -> None:
    assert parse_all("[hap[sad]py", KNOWN) == ("[happy", [Tag("sad", None, None, 4)])


def test_unclosed_bracket_is_flushed_as_text() -> None:
    parser = TagParser(KNOWN)
    assert parser.feed("the end [hap") == ("the end ", [])
    assert parser.flush() == ("[hap", [])
    assert parser.held == ""


def test_overlong_candidates_are_released() -> None:
    parser = TagParser(KNOWN, max_chars=10, note_max_chars=20)
    assert parser.feed("[sad:0.00") == ("", [])  # "[sad:0.00]" would still fit
    assert parser.feed("0") == ("[sad:0.000", [])
    assert parser.held == ""
    visible, _ = parser.feed("[diary: " + "n" * 30)
    assert visible == "[diary: " + "n" * 30
    assert parser.feed("]") == ("]", [])


def test_limits_are_checked() -> None:
    with pytest.raises(ValueError):
        TagParser(KNOWN, max_chars=100, note_max_chars=50)
