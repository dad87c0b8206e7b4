"""Likely duplicates: same name, birth year and workplace, ignoring accents, case and old/new tone placement."""

from functools import lru_cache

from trithuc.core.text import search_key


@lru_cache(maxsize=200_000)
def cached_search_key(text: str) -> str:
    """Names and workplaces repeat a lot in a big file; the key of each is computed once."""
    return search_key(text)


def duplicate_key(full_name: str, birth_year: int | None, agency_id: int | None, workplace_name: str) -> str:
    workplace = f"#{agency_id}" if agency_id else cached_search_key(workplace_name or "")
    return f"{cached_search_key(full_name)}|{birth_year or ''}|{workplace}"[:300]
