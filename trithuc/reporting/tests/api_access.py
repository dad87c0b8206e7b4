"""API route table of writing agency reports (see the docstring of trithuc/api/tests/test_api_access.py).

Roles are tried in order (coordinator first) on the same report, so a write that succeeds changes what the next
roles meet: head_a saves with the version reporter_a already used (409), the coordinator returns the report before
anyone else tries, and so on.
"""

from conftest import ROLE_FIXTURES
from trithuc.core.permissions import SYSTEM
from trithuc.tests.access_matrix import role_map

OWN = frozenset({"reporter_a", "head_a"})
API_MATRIX = {
    ("post", "/api/v1/reports"): role_map(OWN, 200, 404),
    ("get", "/api/v1/reports/{report_id}/form"): role_map(OWN, 200, 404),
    ("put", "/api/v1/reports/{report_id}"): {
        **role_map(OWN, 200, 404),
        "head_a": 409,  # reporter_a has just saved with the same version
    },
    # on a filled draft: the reporter may not send it (403), the head does
    ("post", "/api/v1/reports/{report_id}/submit"): {**role_map(OWN, 200, 404), "reporter_a": 403},
    # on a submitted report: the coordinator returns it first; the agency and the administrator still see it but
    # may not decide (403); the leader no longer sees a returned report (404)
    ("post", "/api/v1/reports/{report_id}/return"): {
        **role_map(OWN | {"coordinator", "administrator"}, 403, 404),
        "coordinator": 200,
    },
    # the leader sees an accepted report, so the service answers it (403)
    ("post", "/api/v1/reports/{report_id}/accept"): {
        **role_map(OWN | {"coordinator", "leader", "administrator"}, 403, 404),
        "coordinator": 200,
    },
}
BODIES = {
    "/api/v1/reports": {"year": 2025, "agency": "so-noi-vu"},
    "/api/v1/reports/{report_id}": {"version": 1, "difficulties": "Thiếu cán bộ chuyên trách."},
    "/api/v1/reports/{report_id}/return": {"reason": "Thiếu số liệu phân tổ theo dân tộc."},
    "/api/v1/reports/{report_id}/submit": {},
    "/api/v1/reports/{report_id}/accept": {},
}
assert all(set(row) == set(ROLE_FIXTURES) for row in API_MATRIX.values())


def path_ids(request) -> dict:
    """A saved draft (version 1) of Sở Nội vụ for 2024 for the draft routes; return and accept keep the
    submitted 2025 report that the central table makes."""
    from trithuc.reporting.services.reports import report_open, report_save
    from trithuc.reporting.tests.factories import annual_period, filled_input

    method, template = request.node.callspec.params["route"]
    agencies = request.getfixturevalue("agencies")
    annual_period(2025)
    if template.endswith(("/return", "/accept")) or "{report_id}" not in template:
        return {}
    draft = report_open(actor=SYSTEM, period=annual_period(2024), agency=agencies["so-noi-vu"])
    draft = report_save(actor=SYSTEM, report=draft, data=filled_input(draft))
    assert draft.version == 1
    return {"report_id": draft.pk}
