"""Issue 17.1 in reports: progress a report records lands on the plan version in force, never on a superseded one."""

import pytest

from trithuc.plans.models import ProgressUpdate
from trithuc.plans.selectors import PlanSnapshot, agency_tasks
from trithuc.plans.services.plan_version import plan_version_create
from trithuc.plans.services.superseded import SupersededVersion
from trithuc.reporting.models import ReportTaskEntry
from trithuc.reporting.selectors import report_form
from trithuc.reporting.services.periods import seed_regime
from trithuc.reporting.services.reports import ReportInput, TaskInput, report_open, report_save, report_submit
from trithuc.reporting.tests.factories import annual_period, filled_input

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_on_version_1(seed_plan, agencies, reporter_a):
    """Sở Nội vụ's 2025 report, saved while version 1 was in force."""
    period = annual_period(2025)
    report = report_open(actor=reporter_a, period=period, agency=agencies["so-noi-vu"])
    return report_save(actor=reporter_a, report=report, data=filled_input(report))


def test_a_draft_saved_before_an_amendment_records_its_progress_on_the_current_version(
    draft_on_version_1, seed_plan, coordinator, head_a
):
    current = plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    report_submit(actor=head_a, report=draft_on_version_1)
    reported = set(
        ReportTaskEntry.objects.filter(report=draft_on_version_1)
        .exclude(status="")
        .values_list("item__ref", flat=True)
    )
    written = ProgressUpdate.objects.filter(agency=draft_on_version_1.agency, period_year=2025)
    assert reported and {u.item.ref for u in written} == reported
    assert {u.item.plan_id for u in written} == {current.pk}
    # and the tasks of "Việc của đơn vị tôi" (the current version) show it
    snapshot = PlanSnapshot.load(current)
    shown = {
        t.row.item.ref for t in agency_tasks(snapshot, draft_on_version_1.agency) if t.state.completed_on
    }
    assert shown


def test_a_task_line_of_a_superseded_version_is_refused_by_name(
    draft_on_version_1, seed_plan, coordinator, reporter_a
):
    plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    draft_on_version_1.refresh_from_db()
    old_item = seed_plan.items.get(ref="III.2.a")
    data = ReportInput(
        version=draft_on_version_1.version,
        tasks={old_item.pk: TaskInput(status="in_progress", result="Đang làm")},
    )
    with pytest.raises(SupersededVersion, match="đã được thay thế bởi phiên bản 2"):
        report_save(actor=reporter_a, report=draft_on_version_1, data=data)
    assert not ReportTaskEntry.objects.filter(item=old_item, result="Đang làm").exists()


def test_a_regime_names_its_plan_by_code_and_reports_on_the_version_in_force(
    seed_plan, agencies, coordinator, reporter_a
):
    annual_period(2025)
    regime = seed_regime()
    assert regime.plan_code == seed_plan.code
    period = regime.periods.get(year=2025)
    current = plan_version_create(actor=coordinator, previous=seed_plan, changes=[], reason="Thử")
    seed_plan.refresh_from_db()  # as a request would read it: no longer current
    report = report_open(actor=reporter_a, period=period, agency=agencies["so-noi-vu"])
    lines = report_form(report).tasks
    assert lines and {line.item.plan_id for line in lines} == {current.pk}
