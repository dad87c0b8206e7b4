"""Pure text helpers shared by the parser and the Django app (agency matching, accent-free search)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache, wraps
from typing import ParamSpec, TypeVar

# Old-style tone placement -> new style, so "hoá" == "hóa" and "thuỷ" == "thủy" (same table as the scorer).
_TONE_FIX_LOWER = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip


def _case_variants(table: dict[str, str]) -> dict[str, str]:
    """Add Title and UPPER variants so "HOÁ" and "Hoá" are fixed too."""
    out: dict[str, str] = {}
    for old, new in table.items():
        out[old] = new
        out[old.upper()] = new.upper()
        out[old[0].upper() + old[1:]] = new[0].upper() + new[1:]
    return out


TONE_FIX: dict[str, str] = _case_variants(_TONE_FIX_LOWER)
# Only at the end of a syllable ("hoá", not "hoạch") and not after "q" ("quý" is already new style).
_TONE_PLAIN = (
    r"(?<![qQ])("
    + "|".join(sorted(map(re.escape, TONE_FIX), key=len, reverse=True))
    + r")(?![a-zA-Zà-ỹÀ-Ỹđ])"
)


def _vowel_first(table: dict[str, str]) -> str:
    """`_TONE_PLAIN` written to open with the class of the first vowels ("o", "u"), each second letter behind a
    look-behind of its first: a pattern that opens with a class lets the engine skip to where one of its letters
    stands, instead of trying the look-behind and every pair at each position of a text (round 25b)."""
    firsts = sorted({old[0] for old in table})
    pairs = "|".join(
        f"(?<={re.escape(f)})[{''.join(sorted(old[1] for old in table if old[0] == f))}]" for f in firsts
    )
    return f"[{''.join(firsts)}](?<![qQ].)(?:{pairs})(?![a-zA-Zà-ỹÀ-Ỹđ])"


_TONE_RE = re.compile(_vowel_first(TONE_FIX))

# Abbreviations officials use; keys are lower case, matched as whole tokens.
ABBREVIATIONS: dict[str, str] = {
    "kh&cn": "khoa học và công nghệ",
    "khcn": "khoa học và công nghệ",
    "kh&đt": "kế hoạch và đầu tư",
    "khđt": "kế hoạch và đầu tư",
    "gd&đt": "giáo dục và đào tạo",
    "gdđt": "giáo dục và đào tạo",
    "tt&tt": "thông tin và truyền thông",
    "tttt": "thông tin và truyền thông",
    "vhttdl": "văn hóa, thể thao và du lịch",
    "vh,tt&dl": "văn hóa, thể thao và du lịch",
    "lđtbxh": "lao động - thương binh và xã hội",
    "lđ-tb&xh": "lao động - thương binh và xã hội",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "nn&ptnt": "nông nghiệp và phát triển nông thôn",
    "nn&mt": "nông nghiệp và môi trường",
    "tn&mt": "tài nguyên và môi trường",
    "lhh": "liên hiệp các hội khoa học và kỹ thuật",
    "mttq": "mặt trận tổ quốc",
}
_ABBREV_RE = re.compile(
    r"(?<![\w&])(" + "|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)) + r")(?![\w&])"
)
_EDGE_PUNCT = " \t\r\n.;:,-–—()[]\"'“”‘’/"


def nfc(s: str) -> str:
    """NFC form: Vietnamese text comes both composed and decomposed."""
    return unicodedata.normalize("NFC", s or "")


def fix_tone_placement(s: str) -> str:
    """Rewrite old-style tone marks ("hoá", "thuỷ") to the new style ("hóa", "thủy")."""
    return _TONE_RE.sub(lambda m: TONE_FIX[m.group(0)], nfc(s))


_NEW_TONE = {new: old for old, new in TONE_FIX.items()}
_NEW_TONE_RE = re.compile(
    r"(?<![qQ\[])("
    + "|".join(sorted(map(re.escape, _NEW_TONE), key=len, reverse=True))
    + r")(?![a-zA-Zà-ỹÀ-Ỹđ])"
)


def both_tones(pattern: str) -> str:
    """Round 90: a regex source whose words written with the new tone placement ("Tỉnh ủy", "Hòa") also match
    the old one ("Tỉnh uỷ", "Hoà"): each open syllable's pair becomes "(?:ủy|uỷ)", as `fix_tone_placement`
    reads both as one. The pattern's character classes are left alone (a pair never opens one)."""
    return _NEW_TONE_RE.sub(lambda m: f"(?:{m.group(1)}|{_NEW_TONE[m.group(1)]})", pattern)


class _DropCombining(dict[int, int | None]):
    """A `str.translate` table that drops combining marks (`unicodedata.combining`), each code point's entry made
    the first time it is met: the whole of Unicode is too large to list up front."""

    def __missing__(self, code: int) -> int | None:
        keep = None if unicodedata.combining(chr(code)) else code
        self[code] = keep
        return keep


_DROP_COMBINING = _DropCombining()


def strip_accents(s: str) -> str:
    """Remove diacritics, mapping đ/Đ to d/D, for accent-insensitive search."""
    s = nfc(s).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", decomposed.translate(_DROP_COMBINING))


def collapse_spaces(s: str) -> str:
    """Collapse whitespace runs to single spaces. `str.split` splits at the characters `\\s` matches, so this is
    `re.sub(r"\\s+", " ", s).strip()` without a regex (asked of every agency name several times)."""
    return " ".join((s or "").split())


def expand_abbreviations(s: str) -> str:
    """Expand official abbreviations in lower-cased text (UBND -> ủy ban nhân dân, KH&CN -> ...)."""
    return _ABBREV_RE.sub(lambda m: ABBREVIATIONS[m.group(1)], s)


@lru_cache(maxsize=8192)
def agency_key(s: str) -> str:
    """Comparable key for an agency name: "Sở KH&CN" == "Sở Khoa học và Công nghệ" (pure, so cached)."""
    s = fix_tone_placement(nfc(s).lower())
    s = collapse_spaces(s).strip(_EDGE_PUNCT)
    s = fix_tone_placement(expand_abbreviations(s))
    return collapse_spaces(s)


def search_key(s: str) -> str:
    """Accent- and case-insensitive key for free-text search."""
    return strip_accents(agency_key(s))


# Latin-1 letters that Vietnamese written in Unicode (or Windows-1258, once composed) uses; every other character
# of U+00A0..U+00FF is a sign a Vietnamese text hardly ever holds.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


def legacy_encoding(text: str) -> bool:
    """Vietnamese typed in an old TCVN3 (ABC, .Vn fonts) or VNI font read as Unicode or Windows-1258: its letters
    come out as Latin-1 letters and signs that Vietnamese never uses ("Céng hoµ x· héi" in TCVN3, "Coäng hoøa
    xaõ hoäi" in VNI). Real Vietnamese text has almost none of them, whatever its encoding was."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < 20:
        return False
    foreign = sum(1 for c in text if "\u00a1" <= c <= "\u00ff" and c not in _VIETNAMESE_LATIN1)
    return foreign >= max(3, 0.05 * letters)


# "Điều 17 Thông tư số 23/2024/TT-BCT", "Điều 5 của Luật …", "Điều 3, Điều 4 …": an article cited in running text
# that a line wrap put at a line start. An article of the document itself is "Điều 3." / "Điều 3:" or a title
# in capitals; a bare number followed by another document's type (not "Quyết định này"), a lower-case word or a
# list sign is a citation.
_ARTICLE_CITATION = re.compile(
    r"^\s*Điều\s+\d+[a-zđ]?(?:\s*[,;)]|\s+(?:Luật|Bộ\s+luật|Nghị\s+định|Nghị\s+quyết|Thông\s+tư|Quyết\s+định|"
    r"Chỉ\s+thị|Pháp\s+lệnh|Hiến\s+pháp)\b(?!\s+này\b)|\s+Điều\s+\d|\s+(?P<word>\w))"
)


def cites_article(line: str) -> bool:
    """Whether `line` opens with an article cited in running text rather than an article heading."""
    m = _ARTICLE_CITATION.match(line)
    if m is None:
        return False
    word = m.group("word")
    return not word or word.islower()


# A meeting by its kind ("Hội nghị", "cuộc họp", "Buổi làm việc", "Đại hội"), to be used case-insensitively: what an
# invitation or a telegram convenes, and what "dự" (to attend) takes
MEETING = r"(?:hội\s+nghị|hội\s+thảo|cuộc\s+họp|phiên\s+họp|kỳ\s+họp|buổi\s+(?:làm\s+việc|họp)|đại\s+hội)(?![\wÀ-ỹ])"


# Upper-case letters of Vietnamese. A class written "[A-ZĐÀ-Ỹ]" is meant to say "a capital", but the code points
# from "À" to "Ỹ" alternate upper and lower case ("ủ", "ồ", "đ" are inside), so "giao đất" read as "giao" + a name.
UPPER_VI = "".join(
    c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and (c < "\u0250" or c >= "\u1e00")
)


def cap(pattern: str) -> str:
    """The pattern with each "A-ZĐÀ-Ỹ" of its character classes meaning the capitals only."""
    return pattern.replace("A-ZĐÀ-Ỹ", "A-ZĐ" + UPPER_VI).replace("A-ZÀ-Ỹ", "A-Z" + UPPER_VI)


_P = ParamSpec("_P")
_R = TypeVar("_R")


def cached_copies(
    copy: Callable[[_R], _R], maxsize: int = 8192
) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """round 25: cache a pure function of strings whose answer can be changed by its caller (a list, an `Owners`):
    each call gets its own `copy` of the kept answer, so what one caller changes no other reads. A plan's items
    ask the same questions of the same texts many times (a heading for each item under it, a name list for each
    reading of it). The plain function stays reachable as `__wrapped__` (the tests compare the two)."""

    def decorate(func: Callable[_P, _R]) -> Callable[_P, _R]:
        kept: Callable[..., _R] = lru_cache(maxsize=maxsize)(func)

        @wraps(func)
        def call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            return copy(kept(*args, **kwargs))

        return call

    return decorate
