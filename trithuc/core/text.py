"""Vietnamese text rules of DESIGN §4, shared with the pure planparse package.

People are sorted with the Unicode collation in `trithuc.registry.collation`, not here.
"""

import re
import unicodedata
from difflib import SequenceMatcher

from planparse.text import agency_key, nfc, search_key, strip_accents

__all__ = [
    "agency_key",
    "clean_text",
    "nfc",
    "search_key",
    "shorten",
    "strip_accents",
    "user_name",
    "word_diff",
]

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


def word_diff(old: str, new: str) -> tuple[list[tuple[str, bool]], list[tuple[str, bool]]]:
    """Both texts as runs of (text, changed), word by word: what a reader compares in two versions of a task.

    Words, spaces and punctuation are the tokens (a character diff marks half a Vietnamese syllable); the
    caller escapes the runs and marks the changed ones.
    """
    a, b = _TOKENS.findall(nfc(old or "")), _TOKENS.findall(nfc(new or ""))
    old_runs: list[tuple[str, bool]] = []
    new_runs: list[tuple[str, bool]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        changed = op != "equal"
        if i2 > i1:
            old_runs.append(("".join(a[i1:i2]), changed))
        if j2 > j1:
            new_runs.append(("".join(b[j1:j2]), changed))
    return _joined(old_runs), _joined(new_runs)


def _joined(runs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """Adjacent changed runs, and a space between two changed runs, as one run ("thu hút", not two marks)."""
    out: list[tuple[str, bool]] = []
    for index, (text, changed) in enumerate(runs):
        between = (
            not changed
            and not text.strip()
            and 0 < index < len(runs) - 1
            and runs[index - 1][1]
            and runs[index + 1][1]
        )
        changed = changed or between
        if out and changed and out[-1][1]:
            out[-1] = (out[-1][0] + text, True)
        else:
            out.append((text, changed))
    return out


# Blank to the eye but not to str.strip(): Hangul and Braille fillers, and every format character (category Cf:
# zero-width space and joiners, BOM, soft hyphen, bidi marks) which Vietnamese text never needs.
_INVISIBLE_BLANKS = {"\u115f", "\u1160", "\u3164", "\uffa0", "\u2800"}


def clean_text(text: str | None) -> str:
    """Free text as stored: NFC, invisible characters dropped, ends trimmed; "" when nothing visible is left.

    The one clean every form field (core.forms.TextField) and the services that store typed text use, so a
    result of only zero-width spaces counts as empty on the page and in the API alike."""
    if not text:
        return ""
    kept = "".join(c for c in str(text) if c not in _INVISIBLE_BLANKS and unicodedata.category(c) != "Cf")
    return nfc(kept).strip()


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with "…"; whole when it fits.

    Slicing a Vietnamese title cuts "khóa" to "khó", another word; a reader must see where the cut is.
    """
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut and not text[limit - 1].isspace():
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.-–") + "…"


def user_name(user: object) -> str:
    """A person's full name as written, family name first ("Phạm Thu Giáo Dục"), or the login name.

    Django's get_full_name() puts the given name (first_name) first, the Western order; Vietnamese keeps the
    family and middle names (last_name) before it. Only sorting uses the given name.
    """
    if user is None:
        return ""
    last = (getattr(user, "last_name", "") or "").strip()
    first = (getattr(user, "first_name", "") or "").strip()
    return f"{last} {first}".strip() or str(getattr(user, "username", "") or user)
