"""Every API route × every role, and a meta-test that fails when a route of the OpenAPI schema is missing."""

import pytest

from conftest import ROLE_FIXTURES
from trithuc.api.api import api
from trithuc.api.services import api_token_create

READERS = {
    "coordinator",
    "reporter_a",
    "head_a",
    "reporter_b",
    "leader",
    "union_officer",
    "registry_officer",
    "administrator",
}
READ = {role: (200 if role in READERS else 404) for role in ROLE_FIXTURES}
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
}
BODIES = {
    "/api/v1/tasks/{task_id}/progress": {"agency": "so-noi-vu", "status": "in_progress", "result": "Đang làm"}
}


def schema_routes() -> set[tuple[str, str]]:
    schema = api.get_openapi_schema()
    return {(method, path) for path, ops in schema["paths"].items() for method in ops}


def test_every_api_route_is_in_the_matrix():
    assert schema_routes() == set(API_MATRIX), schema_routes() ^ set(API_MATRIX)


@pytest.mark.parametrize("route", sorted(API_MATRIX))
def test_api_access_matrix(client, request, seed_plan, route):
    method, template = route
    task = seed_plan.items.get(ref="III.2.a")
    path = template.format(plan_id=seed_plan.pk, task_id=task.pk, code="so-noi-vu")
    kwargs = {"content_type": "application/json", "data": BODIES[template]} if method == "post" else {}
    got = {}
    for role in ROLE_FIXTURES:
        raw = api_token_create(actor=request.getfixturevalue(role), name="kiểm thử")[1]
        got[role] = getattr(client, method)(path, HTTP_AUTHORIZATION=f"Bearer {raw}", **kwargs).status_code
    assert got == API_MATRIX[route], route
