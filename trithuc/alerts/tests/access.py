"""Access table of the early-warning pages (see trithuc/tests/access_matrix.py): the coordinator, leaders and
administrators see every plan's warnings, an agency's reporters and head their own; no one else."""

from conftest import ROLE_FIXTURES
from trithuc.tests.access_matrix import role_map

SEES = frozenset({"coordinator", "leader", "administrator", "reporter_a", "head_a", "reporter_b"})
MATRIX = {
    "alerts:alert_list": role_map(SEES, 200, 404),
    "alerts:plan_alerts": role_map(SEES, 200, 404),
}
assert all(set(row) == set(ROLE_FIXTURES) for row in MATRIX.values())


def url_args(request) -> dict[str, list]:
    plan = request.getfixturevalue("seed_plan")
    return {"alerts:plan_alerts": [plan.code]}
