"""Vietnamese text rules of DESIGN §4, shared with the pure planparse package.

People are sorted with the Unicode collation in `trithuc.registry.collation`, not here.
"""

from planparse.text import agency_key, nfc, search_key, strip_accents

__all__ = ["agency_key", "nfc", "search_key", "strip_accents"]
