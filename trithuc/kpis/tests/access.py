"""Access table of the KPI pages (see trithuc/tests/access_matrix.py): every plan reader sees the targets, the
plan's coordinator confirms them; experts see nothing."""

from decimal import Decimal

from conftest import ROLE_FIXTURES
from trithuc.kpis.models import Target
from trithuc.tests.access_matrix import READERS, role_map

WRITERS = frozenset({"coordinator"})
MATRIX = {
    "kpis:overview": role_map(READERS, 200, 404),
    "kpis:plan_kpis": role_map(READERS, 200, 404),
    "kpis:propose": role_map(WRITERS, 302, 404),
    "kpis:confirm": role_map(WRITERS, 302, 404),
    "kpis:discard": role_map(WRITERS, 302, 404),
}
POST_ONLY = {"kpis:propose", "kpis:confirm", "kpis:discard"}
assert all(set(row) == set(ROLE_FIXTURES) for row in MATRIX.values())


def url_args(request) -> dict[str, list]:
    plan = request.getfixturevalue("seed_plan")
    proposed = Target.objects.create(
        plan_code=plan.code, text="Mỗi năm thu hút ít nhất 10 người", value=Decimal(10), unit="người"
    )
    return {
        "kpis:plan_kpis": [plan.code],
        "kpis:propose": [plan.code],
        "kpis:confirm": [plan.code, proposed.pk],
        "kpis:discard": [plan.code, proposed.pk],
    }
