"""The speed shortcuts read exactly what the plain forms they replace read."""

from __future__ import annotations

import itertools
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


def test_timing_patterns_match_as_without_their_look_ahead() -> None:
    plain = {
        "_TIMING_WORDS": re.compile(r"\d{4}|hằng|hàng|\d{1,2}\s*/\s*\d{1,2}|\bquý|\bquí|\btháng", re.I),
        "_YEARLESS_DAY": re.compile(deadlines._YEARLESS_DAY.pattern.removeprefix("(?=n)"), re.I),
    }
    texts = [
        "Hoàn thành trong Quý IV, báo cáo trước ngày 15/12 và tháng 3 hằng năm; Tháng 6/2025",
        "ngày 23 tháng 1 năm 2026, NGÀY 5 THÁNG 7, quí ii-2025, 2025 - 2030",
    ]
    for name, rx in plain.items():
        for text in texts:
            assert getattr(deadlines, name).findall(text) == rx.findall(text), name
