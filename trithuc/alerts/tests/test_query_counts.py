"""The early-warning page costs a fixed number of queries: the same for a plan of 50 tasks as for one of 5,000
(with progress rows), beside the seed plan (issue 13, scale)."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.plans.models import Assignment, Document, Plan, PlanItem, ProgressUpdate

MAX_QUERIES = 20  # the house budget of a main page (trithuc/tests/test_query_counts.py)
FIXED = 10  # session, user, memberships, plans, periods, two silences, and the KPI app's two once merged
PER_PLAN = 1
SNAPSHOT_BUILD = 7


def _plan_of(tasks: int, code: str) -> Plan:
    """A plan of `tasks` tasks with deadlines spread over the next year, each led by a seeded agency, every third
    one with a progress row: built in bulk, as a parsed plan would be stored."""
    today = timezone.localdate()
    document = Document.objects.create(
        doc_type="Kế hoạch", number=f"{tasks}/KH-TEST", issuer="UBND tỉnh", year=2025
    )
    plan = Plan.objects.create(code=code, document=document)
    leads = list(Agency.objects.filter(kind=Agency.Kind.DEPARTMENT)[:10])
    items = PlanItem.objects.bulk_create(
        PlanItem(
            plan=plan,
            ref=f"T.{n}",
            position=n,
            kind=PlanItem.Kind.TASK,
            text=f"Nhiệm vụ thử số {n}",
            deadline=today + dt.timedelta(days=n % 365),
        )
        for n in range(tasks)
    )
    Assignment.objects.bulk_create(
        Assignment(
            item=item,
            role=Assignment.Role.LEAD,
            phrase=leads[n % len(leads)].name,
            agency=leads[n % len(leads)],
        )
        for n, item in enumerate(items)
    )
    ProgressUpdate.objects.bulk_create(
        ProgressUpdate(item=item, agency=leads[n % len(leads)], status="in_progress", result="Đang làm.")
        for n, item in enumerate(items)
        if n % 3 == 0
    )
    return plan


@pytest.mark.parametrize("role", ["coordinator", "reporter_a"])
def test_the_page_costs_the_same_for_50_and_5000_tasks(
    client, request, role, seed_plan, django_assert_max_num_queries
):
    """Per plan shown: its data stamp, and the 7 queries of its snapshot when it is built (the first visit after
    a change); then a fixed few (session, user, plans, report periods, two grouped queries for silences)."""
    client.force_login(request.getfixturevalue(role))
    client.get(reverse("agencies:agency_list"))  # the login's own first-request work (session, second factor)
    client.get(
        reverse("alerts:alert_list")
    )  # the seed plan's snapshot, built once: what changes is the other plan
    counts = {}
    for tasks in (50, 5000):
        plan = _plan_of(tasks, f"thu-{tasks}")
        pages = {
            "all": (reverse("alerts:alert_list"), 2),
            "one": (reverse("alerts:plan_alerts", args=[plan.code]), 1),
        }
        for page, (url, plans_shown) in pages.items():
            for visit in ("built", "cached"):
                budget = FIXED + plans_shown * (PER_PLAN + (SNAPSHOT_BUILD if visit == "built" else 0))
                with CaptureQueriesContext(connection) as queries, django_assert_max_num_queries(budget):
                    response = client.get(url)
                assert response.status_code == 200
                counts[(tasks, page, visit)] = len(queries)
        body = response.content.decode()
        assert f'id="plan-thu-{tasks}"' in body
        if role == "coordinator" and tasks == 5000:
            assert "50 nhiệm vụ đầu trong" in body  # a long list is cut: the page grows with what it shows
        plan.delete()
    for page in ("all", "one"):
        for visit in ("built", "cached"):
            assert counts[(50, page, visit)] == counts[(5000, page, visit)], (page, visit)
    assert counts[(5000, "one", "cached")] <= MAX_QUERIES
