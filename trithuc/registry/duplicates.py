"""Likely duplicates: same name, birth year and workplace, ignoring accents, case and old/new tone placement;
and the search key of a name, which also ignores how its apostrophes were typed."""

import re
from functools import lru_cache

from django.db.models import Q

from trithuc.core.text import search_key

# K'Ho, Mạ, Churu and Ê Đê names are written with an apostrophe (K'Sor H'Hen, K'Bròl, Ka'Nhung, H'Lan) and
# typed with any of these, or none, or a space in its place.
APOSTROPHES = "'’‘ʼ`´′"
_APOSTROPHE = re.compile(f"[{re.escape(APOSTROPHES)}]")
SEARCH_KEY_LENGTH = 420  # two variants of a 200-character name and the separator
_VARIANTS = " | "  # never in a query: name_query_keys turns "|" into a space


@lru_cache(maxsize=200_000)
def cached_search_key(text: str) -> str:
    """Names and workplaces repeat a lot in a big file; the key of each is computed once."""
    return search_key(text)


def _variants(key: str) -> tuple[str, str]:
    """The key with apostrophes dropped ("ksor hhen") and with apostrophes as spaces ("k sor h hen")."""
    return _APOSTROPHE.sub("", key), " ".join(_APOSTROPHE.sub(" ", key).split())


@lru_cache(maxsize=200_000)
def name_search_key(text: str) -> str:
    """The stored search key of a name: accents, case and tone placement ignored, and both readings of its
    apostrophes side by side, so "ksor", "k sor", "k'sor" and "K’Sor" all find K'Sor H'Hen."""
    joined, spaced = _variants(cached_search_key(text))
    return (joined if joined == spaced else f"{joined}{_VARIANTS}{spaced}")[:SEARCH_KEY_LENGTH]


def name_query_keys(query: str) -> list[str]:
    """What a typed name is looked for as (each a substring of `name_search_key`)."""
    key = " ".join(search_key(query.replace("|", " ")).split())
    return [k for k in dict.fromkeys(_variants(key)) if k]


def name_search_q(query: str, column: str = "search_name") -> Q:
    """People whose stored search key holds the typed name, however its apostrophes were typed."""
    q = Q()
    for key in name_query_keys(query):
        q |= Q(**{f"{column}__contains": key})
    return q


def duplicate_key(full_name: str, birth_year: int | None, agency_id: int | None, workplace_name: str) -> str:
    """K'Sor and Ksor are one name here: an import typed without the apostrophe finds the record with it."""
    workplace = f"#{agency_id}" if agency_id else cached_search_key(workplace_name or "")
    name = _variants(cached_search_key(full_name))[0]
    return f"{name}|{birth_year or ''}|{workplace}"[:300]
