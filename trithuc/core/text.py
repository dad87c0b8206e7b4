"""Vietnamese text rules of DESIGN §4, shared with the pure planparse package.

People are sorted with the Unicode collation in `trithuc.registry.collation`, not here.
"""

from planparse.text import agency_key, nfc, search_key, strip_accents

__all__ = ["agency_key", "nfc", "search_key", "shorten", "strip_accents"]


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
