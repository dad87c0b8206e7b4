"""Every API route × every role, and a meta-test that fails when a route of the OpenAPI schema is missing.

The routes of the first modules are listed here; a later module adds its own table
`trithuc/<app>/tests/api_access.py` with `API_MATRIX` ((method, path template) -> role -> status),
optional `BODIES` (path template -> JSON body) and `path_ids(request) -> dict` (values for the
template's placeholders, created through fixtures; `request.getfixturevalue("db")` is already active).
"""

import importlib
import importlib.util

import pytest
from django.apps import apps

from conftest import ROLE_FIXTURES
from trithuc.api.api import api
from trithuc.api.services import api_token_create
from trithuc.core.permissions import SYSTEM
from trithuc.registry.tests.access import DETAIL, LISTERS, STATS
from trithuc.registry.tests.factories import person
from trithuc.tests.access_matrix import READERS, role_map

READ = role_map(READERS, 200, 404)
# (method, path template) -> role -> status. List endpoints of plans answer 200 with an empty list to experts.
API_MATRIX = {
    ("get", "/api/v1/plans"): dict.fromkeys(ROLE_FIXTURES, 200),
    ("get", "/api/v1/plans/{plan_id}"): READ,
    ("get", "/api/v1/plans/{plan_id}/tasks"): READ,
    ("get", "/api/v1/tasks/{task_id}"): READ,
    ("post", "/api/v1/tasks/{task_id}/progress"): {
        role: (201 if role in {"reporter_a", "head_a"} else 404) for role in ROLE_FIXTURES
    },
    ("get", "/api/v1/agencies/"): dict.fromkeys(ROLE_FIXTURES, 200),
    ("get", "/api/v1/agencies/{code}"): dict.fromkeys(ROLE_FIXTURES, 200),
    ("get", "/api/v1/periods"): READ,
    ("get", "/api/v1/indicators"): READ,
    ("get", "/api/v1/reports"): dict.fromkeys(ROLE_FIXTURES, 200),  # a list scoped to what the user may see
    ("get", "/api/v1/reports/{report_id}"): {
        role: (200 if role in {"reporter_a", "head_a", "coordinator", "leader", "administrator"} else 404)
        for role in ROLE_FIXTURES
    },
    ("get", "/api/v1/registry/people"): {role: (200 if role in LISTERS else 404) for role in ROLE_FIXTURES},
    ("get", "/api/v1/registry/people/{person_id}"): {
        role: (200 if role in DETAIL else 404) for role in ROLE_FIXTURES
    },
    ("get", "/api/v1/registry/summary"): {role: (200 if role in STATS else 404) for role in ROLE_FIXTURES},
}
BODIES = {
    "/api/v1/tasks/{task_id}/progress": {"agency": "so-noi-vu", "status": "in_progress", "result": "Đang làm"}
}


def _app_tables() -> list:
    tables = []
    for config in apps.get_app_configs():
        name = f"{config.name}.tests.api_access"
        if config.name.startswith("trithuc.") and importlib.util.find_spec(name) is not None:
            tables.append(importlib.import_module(name))
    return tables


for _table in _app_tables():
    for _route in _table.API_MATRIX:
        assert _route not in API_MATRIX, f"{_route} có trong hai bảng phân quyền API"
        assert set(_table.API_MATRIX[_route]) == set(ROLE_FIXTURES), _route
    API_MATRIX.update(_table.API_MATRIX)
    BODIES.update(getattr(_table, "BODIES", {}))
ROUTE_TABLE = {route: table for table in _app_tables() for route in table.API_MATRIX}


def _submitted_report(agencies):
    from trithuc.reporting.services.reports import report_open, report_save, report_submit
    from trithuc.reporting.tests.factories import annual_period, filled_input

    report = report_open(actor=SYSTEM, period=annual_period(2025), agency=agencies["so-noi-vu"])
    return report_submit(
        actor=SYSTEM, report=report_save(actor=SYSTEM, report=report, data=filled_input(report))
    )


def schema_routes() -> set[tuple[str, str]]:
    schema = api.get_openapi_schema()
    return {(method, path) for path, ops in schema["paths"].items() for method in ops}


def test_every_api_route_is_in_the_matrix():
    assert schema_routes() == set(API_MATRIX), schema_routes() ^ set(API_MATRIX)


@pytest.mark.matrix
@pytest.mark.parametrize("route", sorted(API_MATRIX))
def test_api_access_matrix(client, request, seed_plan, agencies, route):
    method, template = route
    task = seed_plan.items.get(ref="III.2.a")
    ids = {"plan_id": seed_plan.pk, "task_id": task.pk, "code": "so-noi-vu"}
    if "{report_id}" in template:
        ids["report_id"] = _submitted_report(agencies).pk
    if "{person_id}" in template:
        ids["person_id"] = person(
            "Trần Thị Bình", workplace_agency=agencies["so-noi-vu"], user=request.getfixturevalue("expert")
        ).pk
    if route in ROUTE_TABLE:
        ids.update(ROUTE_TABLE[route].path_ids(request))
    path = template.format(**ids)
    kwargs = (
        {"content_type": "application/json", "data": BODIES[template]}
        if method in {"post", "put", "patch"}
        else {}
    )
    got = {}
    for role in ROLE_FIXTURES:
        raw = api_token_create(actor=request.getfixturevalue(role), name="kiểm thử")[1]
        got[role] = getattr(client, method)(path, HTTP_AUTHORIZATION=f"Bearer {raw}", **kwargs).status_code
    assert got == API_MATRIX[route], route
