import datetime as dt

import pytest

from trithuc.amendments.models import Reorganisation
from trithuc.amendments.services.reorganisation import (
    reorganisation_apply,
    reorganisation_options,
    reorganisation_preview,
)
from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.plans.models import AssignmentTransfer, ProgressUpdate
from trithuc.reporting.models import AgencyReport
from trithuc.reporting.tests.factories import annual_period

pytestmark = pytest.mark.django_db
MARCH = dt.date(2025, 3, 1)


def test_options_are_the_dates_of_the_succession_data(agencies):
    options = {o.effective_date: o for o in reorganisation_options()}
    assert set(options) == {MARCH, dt.date(2025, 7, 1)}
    assert options[MARCH].predecessors >= 5


def test_preview_lists_open_tasks_of_every_predecessor_with_their_successor(seed_plan, agencies):
    previews = {p.agency.code: p for p in reorganisation_preview(plan=seed_plan, effective_date=MARCH)}
    assert {"so-khdt", "so-tttt"} <= set(previews)
    refs = {c.assignment.item.ref: c.suggested.code for c in previews["so-khdt"].candidates}
    assert refs.get("III.4") == "so-tai-chinh"


def test_apply_moves_every_previewed_task_in_one_logged_act_and_reports_stay(
    seed_plan, agencies, coordinator
):
    period = annual_period(2024)
    old_report = AgencyReport.objects.create(period=period, agency=agencies["so-khdt"])
    old_update = ProgressUpdate.objects.create(
        item=seed_plan.items.get(ref="III.4"),
        agency=agencies["so-khdt"],
        status="in_progress",
        result="Đã cân đối vốn năm 2024.",
        period_year=2024,
    )
    expected = sum(len(p.candidates) for p in reorganisation_preview(plan=seed_plan, effective_date=MARCH))
    act = reorganisation_apply(
        actor=coordinator, plan=seed_plan, effective_date=MARCH, decision="Quyết định số 300/QĐ-UBND"
    )
    assert act.transfers == expected == AssignmentTransfer.objects.count()
    assert AssignmentTransfer.objects.filter(
        assignment__item__ref="III.4", successor__code="so-tai-chinh"
    ).exists()
    assert AuditEvent.objects.filter(action="reorganisation.apply").count() == 1
    assert AuditEvent.objects.filter(action="assignment.transfer").count() == expected
    # Reports and progress of earlier periods stay with the agency of their time.
    old_report.refresh_from_db()
    old_update.refresh_from_db()
    assert old_report.agency.code == "so-khdt" and old_update.agency.code == "so-khdt"
    assert reorganisation_preview(plan=seed_plan, effective_date=MARCH) == []
    with pytest.raises(ServiceError, match="Không còn nhiệm vụ"):
        reorganisation_apply(actor=coordinator, plan=seed_plan, effective_date=MARCH, decision="Lần hai")
    assert Reorganisation.objects.count() == 1


def test_only_the_coordinator_applies_a_reorganisation(seed_plan, agencies, reporter_a, leader):
    for user in (reporter_a, leader):
        with pytest.raises(ServiceError):
            reorganisation_apply(actor=user, plan=seed_plan, effective_date=MARCH, decision="QĐ")
    assert not AssignmentTransfer.objects.exists()
