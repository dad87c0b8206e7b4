"""Vietnamese text rules of DESIGN §4, shared with the pure planparse package.

People are sorted with the Unicode collation in `trithuc.registry.collation`, not here.
"""

import unicodedata

from planparse.text import agency_key, nfc, search_key, strip_accents

__all__ = ["agency_key", "clean_text", "nfc", "search_key", "shorten", "strip_accents", "user_name"]

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
