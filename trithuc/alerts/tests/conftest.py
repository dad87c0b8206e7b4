"""Two plans in force: the seed plan (kl52, continuous and yearly tasks) and a second province's plan imported as
new (na1026). Tasks get deadlines and progress rows dated as each test needs: the day is always explicit."""

import datetime as dt
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone

from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Assignment, Plan, PlanItem, ProgressUpdate
from trithuc.plans.services.plan_import import plan_import_file
from trithuc.plans.services.stamp import plans_changed

SECOND_PLAN = (
    Path(settings.BASE_DIR).parent / "shared" / "corpus" / "raw" / "nghean-1026-2025-bao-ve-bmnn.txt"
)


@pytest.fixture
def second_plan(seed_plan) -> Plan:
    return plan_import_file(actor=SYSTEM, path=SECOND_PLAN, meta={"code": "na1026"})


def deadline_set(plan: Plan, ref: str, deadline: dt.date) -> PlanItem:
    PlanItem.objects.filter(plan=plan, ref=ref).update(deadline=deadline, recurrence="")
    return PlanItem.objects.get(plan=plan, ref=ref)


def lead_of(item: PlanItem):
    """The agency named as the task's first lead (the tests pick tasks whose lead is a seeded agency)."""
    return (
        Assignment.objects.filter(item=item, role="lead", agency__isnull=False).order_by("id").first().agency
    )


def progress_add(item: PlanItem, agency, reported_on: dt.date, *, completed: bool = False) -> ProgressUpdate:
    """A progress row as if sent on `reported_on` (created_at is set by the database: moved afterwards)."""
    update = ProgressUpdate.objects.create(
        item=item,
        agency=agency,
        status="completed" if completed else "in_progress",
        result="Đã triển khai.",
        completed_on=reported_on if completed else None,
    )
    moment = timezone.make_aware(dt.datetime.combine(reported_on, dt.time(9)))
    ProgressUpdate.objects.filter(pk=update.pk).update(created_at=moment, updated_at=moment)
    plans_changed([item.plan])  # written past the services: renew the plan's stamp as they do
    return update
