"""Issue 17 point 3: an amendment that changes a task's timing judges only the years from the new version's
effective date; the task page, its yearly table and the agency's list tell the same story."""

import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from trithuc.amendments.services import proposals
from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Assignment, Document, Plan, PlanItem
from trithuc.plans.selectors import PlanSnapshot, agency_tasks, task_detail
from trithuc.plans.status import TaskStatus

pytestmark = pytest.mark.django_db

DECIDED = dt.date(2026, 4, 10)
TODAY = dt.datetime(2026, 12, 6, 3, 0, tzinfo=dt.UTC)


def _small_plan(agencies) -> Plan:
    """A 2020 plan: II.1.a, continuous, owned only through section III (III.1 carries it out)."""
    document = Document.objects.create(
        doc_type="Kế hoạch", issuer="Ủy ban nhân dân tỉnh thử", year=2020, title="Kế hoạch thử về trí thức"
    )
    plan = Plan.objects.create(code="thu", document=document, coordinator=agencies["so-khcn"])
    rows: dict[str, PlanItem] = {}
    for position, (ref, kind, parent) in enumerate(
        [("II", "section", ""), ("II.1", "section", "II"), ("II.1.a", "task", "II.1"), ("III", "section", "")]
        + [("III.1", "task", "III")]
    ):
        rows[ref] = PlanItem.objects.create(
            plan=plan,
            ref=ref,
            position=position,
            kind=kind,
            text=f"Nội dung mục {ref} về đội ngũ trí thức.",
            parent=rows.get(parent),
        )
    rows["III.1"].implements.add(rows["II.1.a"])
    noi_vu = agencies["so-noi-vu"]
    Assignment.objects.create(
        item=rows["II.1.a"], role="lead", phrase=noi_vu.name, agency=noi_vu, source="section_III"
    )
    Assignment.objects.create(item=rows["III.1"], role="lead", phrase=noi_vu.name, agency=noi_vu)
    return plan


def _made_yearly(plan: Plan, agencies) -> Plan:
    """Version 2: the Province accepts Sở Nội vụ's proposal that II.1.a be reported every year."""
    proposal = proposals.proposal_create(
        actor=SYSTEM,
        agency=agencies["so-noi-vu"],
        plan=plan,
        kind="amend",
        ref="II.1.a",
        deadline_text="hàng năm, báo cáo trước ngày 14/12",
        reasons="Cần đánh giá hằng năm sau sắp xếp tổ chức bộ máy.",
    )
    proposals.proposal_submit(actor=SYSTEM, proposal=proposal)
    amendment_set = proposals.amendment_set_create(
        actor=SYSTEM, plan=plan, proposal_ids=[proposal.pk], title="Đợt điều chỉnh 2026"
    )
    amendment_set = proposals.amendment_set_submit(
        actor=SYSTEM, amendment_set=amendment_set, doc_kind="to_trinh"
    )
    decided = proposals.amendment_set_decide(
        actor=SYSTEM,
        amendment_set=amendment_set,
        accepted_ids={proposal.pk},
        decision_number="7/QĐ-UBND",
        decision_date=DECIDED,
    )
    return decided.result_plan


def test_years_before_the_amendment_are_judged_by_the_rule_in_force_then(agencies, reporter_a):
    version_2 = _made_yearly(_small_plan(agencies), agencies)
    item = version_2.items.get(ref="II.1.a")
    assert item.recurrence == "yearly"
    snapshot = PlanSnapshot.load(version_2, dt.date(2026, 12, 6))
    detail = task_detail(snapshot, item, reporter_a)
    # 2020–2025 were continuous: nothing owed, nothing overdue; 2026 is owed and not yet due (14/12).
    assert [(s.period_year, s.status) for s in detail.period_states] == [(2026, TaskStatus.NOT_DUE)]
    assert detail.row.state.status == TaskStatus.NOT_DUE
    assert [(line.years, line.rule, line.source) for line in detail.timing_lines] == [
        ("Từ 2026", "hằng năm", "theo phiên bản 2, hiệu lực 10/04/2026"),
        ("2020–2025", "thường xuyên", ""),
    ]
    # Its own timing makes it a task reported on itself, not only through III.1.
    assert [a.pk for a in detail.writable_agencies] == [agencies["so-noi-vu"].pk]
    mine = next(t for t in agency_tasks(snapshot, agencies["so-noi-vu"]) if t.row.item.pk == item.pk)
    assert (mine.state, mine.can_update) == (detail.row.state, True)
    # After the 2026 due day without a report, 2026 alone is overdue.
    later = PlanSnapshot.load(version_2, dt.date(2027, 1, 10))
    assert [(s.period_year, s.status) for s in later.period_states(item)] == [
        (2026, TaskStatus.OVERDUE),
        (2027, TaskStatus.NOT_DUE),
    ]
    assert (later.state(item).status, later.state(item).period_year) == (TaskStatus.OVERDUE, 2026)


def test_the_first_version_still_reads_as_it_was(agencies):
    plan = _small_plan(agencies)
    _made_yearly(plan, agencies)
    old = PlanSnapshot.load(Plan.objects.get(pk=plan.pk), dt.date(2026, 12, 6))
    item = old.by_id[plan.items.get(ref="II.1.a").pk]
    assert old.state(item).status == TaskStatus.CONTINUOUS and old.period_states(item) == []


def test_task_page_and_agency_list_agree_and_offer_the_update(client, agencies, reporter_a):
    version_2 = _made_yearly(_small_plan(agencies), agencies)
    item = version_2.items.get(ref="II.1.a")
    with time_machine.travel(TODAY):
        client.force_login(reporter_a)
        page = client.get(item.get_absolute_url()).content.decode()
        mine = client.get(reverse("agencies:agency_detail", args=["so-noi-vu"])).content.decode()
    assert "Từ 2026: hằng năm (theo phiên bản 2, hiệu lực 10/04/2026)" in page
    assert "2020–2025: thường xuyên" in page
    head = page.split("<h1>", 1)[1].split("</h1>", 1)[0]
    assert "Chưa đến hạn (2026)" in head and "Quá hạn" not in page
    row = mine.split(f'href="{item.get_absolute_url()}"', 1)[1].split("</tr>", 1)[0]
    assert "Chưa đến hạn (2026)" in row
    update_url = reverse("plans:task_progress", args=[item.plan.code, item.pk, "so-noi-vu"])
    assert update_url in page and update_url in row
