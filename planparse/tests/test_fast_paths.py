"""The speed shortcuts read exactly what the plain forms they replace read."""

from __future__ import annotations

import itertools
import random
import re

from planparse import deadlines, owners


def _top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regex at its outer level (a `|` inside brackets or a group does not split)."""
    out, depth, start, k = [], 0, 0, 0
    while k < len(pattern):
        ch = pattern[k]
        if ch == "\\":
            k += 2
            continue
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:k])
            start = k + 1
        k += 1
    return out + [pattern[start:]]


def test_every_head_word_starts_with_a_letter_the_mention_look_ahead_lets_through() -> None:
    first = re.compile(f"[{owners._MENTION_START}]")
    heads = _top_alternatives(owners._HEADS)
    assert len(heads) > 50
    for head in heads + ["[Cc]ác"]:
        letters = re.findall(r"^\[(\w+)\]", head) or [head[0]]
        assert all(first.match(ch) for ch in letters[0]), head


def test_last_word_starts_are_those_of_the_whole_text() -> None:
    pieces = ["Sở", " ", "  ", "\n", "UBND các xã", ",", "x" * 40]
    for n in range(6):
        for parts in itertools.product(pieces, repeat=n):
            text = "".join(parts)
            every = [m.start() for m in re.finditer(r"(?<!\S)\S", text)]
            assert owners._last_word_starts(text, 3) == every[-3:], text


LOOK_AHEAD_FIRST = {
    deadlines: (
        "_TIMING_WORDS _YEARLESS _YEARLESS_DAY _RECUR _HALF_RECUR _CONTINUOUS _YEARLY_DAY _NEXT_YEAR_DAY _VAGUE"
    ),
    owners: "_MENTION_RE",
}
PIECES = (
    "quý", "Quý", "QUÍ", " IV", " ii", "/", " - ", "1", "15", "6", "2025", " năm ", "tháng", "Tháng", "ngày ",
    "hằng ", "Hàng ", "mỗi ", "định kỳ ", "Định kỳ", "trước ", "chậm nhất ", "liền kề", "sáu ", "thường xuyên",
    "thực hiện ", " (", ")", ", ", "; ", ".", "Sở ", "các sở", "UBND", "Ủy ban", "người đứng đầu ", "cơ quan",
    "x", "đ", " ",
)  # fmt: skip


def _texts(pieces: tuple[str, ...] = PIECES, n: int = 4000) -> list[str]:
    rng = random.Random(14)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 16))) for _ in range(n)]


def test_look_ahead_patterns_match_as_without_their_look_ahead() -> None:
    texts = _texts()
    for module, names in LOOK_AHEAD_FIRST.items():
        for name in names.split():
            fast = getattr(module, name)
            plain = re.compile(re.sub(r"^\(\?=\[?[^)\]]*\]?\)", "", fast.pattern), fast.flags)
            assert plain.pattern != fast.pattern, name
            for text in texts:
                assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (
                    name,
                    text,
                )


def test_no_calendar_form_without_a_digit() -> None:
    dates = [getattr(deadlines, n) for n in ("_QUARTERS", "_MONTHS", "_QUARTER", "_HALF", "_MONTH")]
    dates += [getattr(deadlines, n) for n in ("_DMY_WORDS", "_DMY", "_YEAR_RANGE", "_YEAR")]
    for text in _texts(tuple(p for p in PIECES if not re.search(r"\d", p))):
        assert not any(rx.search(text) for rx in dates), text
