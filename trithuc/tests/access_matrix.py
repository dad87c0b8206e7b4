"""The access matrix is made of one table per app (`trithuc/<app>/tests/access.py`), collected here.

Each table module defines:
- `MATRIX`: URL name → {role fixture name: expected status}, every role of conftest.ROLE_FIXTURES listed;
- `POST_ONLY`: URL names that are checked with POST instead of GET (optional);
- `url_args(request) -> dict[str, list]`: reverse() arguments, creating what they need through fixtures.
A new app is covered by adding its table; the meta-test fails for any URL that no table lists.
"""

import importlib
import importlib.util

from django.apps import apps

from conftest import ROLE_FIXTURES


def access_tables() -> list:
    tables = []
    for config in apps.get_app_configs():
        name = f"{config.name}.tests.access"
        if config.name.startswith("trithuc.") and importlib.util.find_spec(name) is not None:
            tables.append(importlib.import_module(name))
    return tables


def merged_matrix() -> dict[str, dict[str, int]]:
    matrix: dict[str, dict[str, int]] = {}
    for table in access_tables():
        for url_name, expected in table.MATRIX.items():
            assert url_name not in matrix, f"{url_name} có trong hai bảng phân quyền"
            assert set(expected) == set(ROLE_FIXTURES), (
                f"{url_name}: thiếu vai trò {set(ROLE_FIXTURES) - set(expected)}"
            )
            matrix[url_name] = expected
    return matrix


def post_only() -> set[str]:
    return {name for table in access_tables() for name in getattr(table, "POST_ONLY", set())}


def role_map(allowed: set[str] | frozenset[str], yes: int, no: int) -> dict[str, int]:
    return {role: (yes if role in allowed else no) for role in ROLE_FIXTURES}


READERS = frozenset(
    {
        "coordinator",
        "reporter_a",
        "head_a",
        "reporter_b",
        "leader",
        "union_officer",
        "registry_officer",
        "administrator",
    }
)
IMPORTERS = frozenset({"coordinator", "administrator"})
