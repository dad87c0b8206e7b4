"""Rendered page parts in the shared cache: a page whose data did not change costs one cache read.

A part is keyed by everything it is drawn from (the plan's data stamp, the day, the query string, the report's
own stamp, …, given by the view) and by the reader's access scope (each role with its agencies), so it changes
with the data on the next request and is never served to a reader who may see something else. A part holds
no CSRF token and nothing else tied to one user or session: one that does is not cached (checked here).
"""

import hashlib
import logging
from collections.abc import Callable
from typing import Any

from django.core.cache import cache
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

from trithuc.core import permissions

logger = logging.getLogger(__name__)
FRAGMENT_SECONDS = 600  # keys carry what the part shows: the timeout only bounds how long an unused one stays


def access_scope(user: Any) -> str:
    """Who the reader is to the permission rules: each of their roles with the agencies it holds it for."""
    parts = [
        f"{role}@{','.join(str(pk) for pk in sorted(permissions.user_agency_ids(user, {role})))}"
        for role in sorted(permissions.user_roles(user))
    ]
    return ";".join(parts)


def fragment_key(name: str, user: Any, parts: tuple[Any, ...]) -> str:
    data = repr((parts, access_scope(user), translation.get_language()))
    return f"fragment:{name}:{hashlib.sha1(data.encode()).hexdigest()}"


def cache_get(key: str) -> Any:
    """The cached value, or None also when the cache cannot be reached: a page then costs what it did without."""
    try:
        return cache.get(key)
    except Exception:  # noqa: BLE001 - any backend's connection error
        logger.warning("cache unreachable (get %s)", key.split(":", 1)[0], exc_info=True)
        return None


def cache_get_many(keys: list[str]) -> dict[str, Any]:
    """Several values in one round trip; none when the cache cannot be reached."""
    try:
        return cache.get_many(keys)
    except Exception:  # noqa: BLE001 - any backend's connection error
        logger.warning("cache unreachable (get_many)", exc_info=True)
        return {}


def cache_set(key: str, value: Any, timeout: int) -> None:
    try:
        cache.set(key, value, timeout)
    except Exception:  # noqa: BLE001
        logger.warning("cache unreachable (set %s)", key.split(":", 1)[0], exc_info=True)


def fragment(
    request: HttpRequest,
    name: str,
    parts: tuple[Any, ...],
    template: str,
    context: Callable[[], dict[str, Any]],
) -> SafeString:
    """`template` rendered with `context()`, which is only called when the cache has no such part yet."""
    return fragments(request, name, [parts], template, lambda _positions: [context()])[0]


def fragments(
    request: HttpRequest,
    name: str,
    parts: list[tuple[Any, ...]],
    template: str,
    contexts: Callable[[list[int]], list[dict[str, Any]]],
) -> list[SafeString]:
    """Many parts of one kind (a list's rows), read in one round trip: `contexts(positions)` is called once, for
    the positions whose part the cache has not, so a list where one row changed draws that row only."""
    keys = [fragment_key(name, request.user, p) for p in parts]
    found = cache_get_many(keys)
    missing = [n for n, key in enumerate(keys) if key not in found]
    drawn: dict[str, str] = {}
    if missing:
        for n, context in zip(missing, contexts(missing), strict=True):
            html = render_to_string(template, context, request=request)
            if "csrfmiddlewaretoken" not in html:
                drawn[keys[n]] = html
            found[keys[n]] = html
        cache_set_many(drawn, FRAGMENT_SECONDS)
    return [mark_safe(found[key]) for key in keys]  # noqa: S308 - our own template's output


def cache_set_many(values: dict[str, Any], timeout: int) -> None:
    if not values:
        return
    try:
        cache.set_many(values, timeout)
    except Exception:  # noqa: BLE001
        logger.warning("cache unreachable (set_many)", exc_info=True)
