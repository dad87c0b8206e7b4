import datetime as dt

import pytest

from trithuc.agencies.models import Agency
from trithuc.amendments.demo import amendments_demo_setup
from trithuc.amendments.models import AmendmentProposal, AmendmentSet, ItemAnchor
from trithuc.amendments.selectors import merged_province
from trithuc.demo.setup import _demo_accounts
from trithuc.plans.models import Plan
from trithuc.plans.selectors import PlanSnapshot, agency_tasks
from trithuc.plans.status import TaskStatus

pytestmark = pytest.mark.django_db


def test_demo_holds_an_accepted_set_that_made_version_2_and_is_idempotent(seed_plan):
    _demo_accounts()
    assert amendments_demo_setup() > 0
    accepted = AmendmentSet.objects.get(status="decided")
    assert accepted.result_plan.version == 2 and accepted.result_plan.is_current
    assert accepted.docx and accepted.number == 1
    assert accepted.result_plan.items.get(ref="II.2.b").recurrence == "yearly"  # "hàng năm, báo cáo trước …"
    statuses = set(AmendmentProposal.objects.values_list("status", flat=True))
    assert statuses == {"accepted", "rejected", "sent", "draft"}
    assert AmendmentProposal.objects.filter(status="draft").get().agency.code == "so-noi-vu"
    assert ItemAnchor.objects.filter(item__plan=accepted.result_plan, document__number="45-NQ/TW").count() > 5
    assert ItemAnchor.objects.filter(item__plan=accepted.result_plan, document__number="20-KH/TW").exists()
    # The seed plan stays the main one: the second province's plan is older.
    assert (
        Plan.objects.filter(is_current=True).order_by("-document__year", "-id").first()
        == accepted.result_plan
    )
    columns = {c.agency.code: c for c in merged_province()}
    assert [p.version for p, _ in columns["ubnd-tinh"].plans] == [2]
    assert len(columns["ubnd-dak-nong"].plans) == 1 and columns["ubnd-binh-thuan"].plans == []
    # II.2.b, continuous in version 1 and yearly from decision 1024/QĐ-UBND (10/04/2026), owes 2026 onwards only,
    # and the page and Sở Nội vụ's list say the same thing, with the update offered (issue 17 point 3).
    snapshot = PlanSnapshot.load(accepted.result_plan, dt.date(2026, 12, 6))
    item = next(i for i in snapshot.tasks() if i.ref == "II.2.b")
    assert [(s.period_year, s.status) for s in snapshot.period_states(item)] == [(2026, TaskStatus.NOT_DUE)]
    noi_vu = Agency.objects.get(code="so-noi-vu")
    mine = next(t for t in agency_tasks(snapshot, noi_vu) if t.row.item == item)
    assert (mine.state, mine.can_update) == (snapshot.state(item), True)
    counts = (AmendmentProposal.objects.count(), Plan.objects.count(), ItemAnchor.objects.count())
    assert amendments_demo_setup() == 0
    assert (AmendmentProposal.objects.count(), Plan.objects.count(), ItemAnchor.objects.count()) == counts
