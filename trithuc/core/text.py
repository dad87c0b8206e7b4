"""Vietnamese text rules of DESIGN §4, shared with the pure planparse package.

People are sorted with the Unicode collation in `trithuc.registry.collation`, not here.
"""

from planparse.text import agency_key, nfc, search_key, strip_accents

__all__ = ["agency_key", "nfc", "search_key", "shorten", "strip_accents", "user_name"]


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
