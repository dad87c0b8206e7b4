"""Vietnamese sort keys from the Unicode Collation Algorithm (pyuca), tailored the way CLDR's `vi` locale is.

DUCET treats ă â ê ô ơ ư as a, e, o, u with an accent and đ as d with a stroke (secondary differences), and
orders tones acute < grave < tilde < hook < dot. Vietnamese orders them as letters of their own
(a ă â b c d đ e ê … o ô ơ … u ư) and the tones huyền < hỏi < ngã < sắc < nặng. CLDR expresses that as a
tailoring of the root table; we apply the same tailoring to pyuca's table: each such letter becomes a
contraction "base letter + one extra primary weight above every Latin letter", so "Anh" < "Ăn" < "Ân" < "Ba".
"""

import re
import unicodedata
from functools import cache, lru_cache

import pyuca

from planparse.text import fix_tone_placement, nfc
from trithuc.registry.duplicates import APOSTROPHES

# (base, combining mark) in NFD, or a precomposed letter without decomposition, and its rank after the base.
_LETTERS = [
    ("a", "\u0306", 1),
    ("a", "\u0302", 2),
    ("e", "\u0302", 1),
    ("o", "\u0302", 1),
    ("o", "\u031b", 2),
]
_LETTERS += [("u", "\u031b", 1)]
_APOSTROPHE = re.compile(f"[{re.escape(APOSTROPHES)}]")
_TONES = {"\u0300": 0x60, "\u0309": 0x61, "\u0303": 0x62, "\u0301": 0x63, "\u0323": 0x64}


@cache
def collator() -> pyuca.Collator:
    """pyuca's DUCET collator with the Vietnamese tailoring applied to its table."""
    c = pyuca.Collator()
    extra = c.table.find_prefix([ord("z")])[1][0][0] + 1  # a primary weight above every Latin letter
    for base, mark, rank in _LETTERS:
        for letter in (base, base.upper()):
            element = c.table.find_prefix([ord(letter)])[1][0]
            c.table.add([ord(letter), ord(mark)], [element, [extra + rank, 32, 2]])
    for letter in ("d", "D"):
        element = c.table.find_prefix([ord(letter)])[1][0]
        c.table.add([ord("đ" if letter == "d" else "Đ")], [element, [extra + 1, 32, 2]])
    for mark, secondary in _TONES.items():
        c.table.add([ord(mark)], [[0, secondary, 2]])
    return c


@lru_cache(maxsize=200_000)
def _hex(text: str) -> str:
    """Primary and secondary levels only (letters, then accents and tones): case never orders a name."""
    weights = collator().sort_key(unicodedata.normalize("NFD", text))
    zeros = [i for i, w in enumerate(weights) if w == 0]
    if len(zeros) >= 2:
        weights = weights[: zeros[1]]
    return "".join(f"{min(w, 0xFFFF):04x}" for w in weights)


def name_sort_key(full_name: str) -> str:
    """Given name (last word) first, then the family and middle names, as a string that sorts byte-wise.

    Stored in a column so the database orders lists the Vietnamese way with a plain ORDER BY.
    """
    return _name_sort_key(full_name)


@lru_cache(maxsize=200_000)
def _name_sort_key(full_name: str) -> str:
    # the apostrophe of K'Sor H'Hen, however typed, does not order the name: it sorts as "KSor HHen"
    words = fix_tone_placement(nfc(_APOSTROPHE.sub("", full_name))).split()
    if not words:
        return ""
    return f"{_hex(words[-1])}0000{_hex(' '.join(words[:-1]))}"[:1000]
