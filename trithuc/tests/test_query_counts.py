"""No main page issues more than 20 SQL queries (issue 7, load goals), for a coordinator and an agency reporter,
both when its parts are computed (first visit in a new process: the plan snapshot is built too; or no cache)
and when they come from the shared cache."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from trithuc.core.permissions import SYSTEM
from trithuc.reporting.services.reports import report_open, report_save, report_submit
from trithuc.reporting.tests.factories import annual_period, filled_input

MAX_QUERIES = 20
PAGES = [
    "dashboard:overview",
    "plans:plan_list",
    "plans:plan_overview",
    "plans:plan_tree",
    "plans:plan_tasks",
    "plans:task_list",
    "plans:task",
    "agencies:agency_detail",
    "reporting:report_detail",
    "reporting:period_list",
]


@pytest.fixture(params=["no cache", "shared cache"])
def page_cache(request, settings):
    if request.param == "shared cache":
        settings.CACHES = {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "counts"}
        }
    cache.clear()
    yield request.param
    cache.clear()


@pytest.fixture
def sent_report(seed_plan, agencies):
    report = report_open(actor=SYSTEM, period=annual_period(2025), agency=agencies["so-noi-vu"])
    return report_submit(
        actor=SYSTEM, report=report_save(actor=SYSTEM, report=report, data=filled_input(report))
    )


def _args(page, seed_plan, sent_report):
    return {
        "plans:plan_overview": [seed_plan.code],
        "plans:plan_tree": [seed_plan.code],
        "plans:plan_tasks": [seed_plan.code],
        "plans:task": [seed_plan.code, seed_plan.items.get(ref="II.1.a").pk],
        "agencies:agency_detail": ["so-noi-vu"],
        "reporting:report_detail": [sent_report.pk],
    }.get(page, [])


@pytest.mark.parametrize("role", ["coordinator", "reporter_a"])
@pytest.mark.parametrize("page", PAGES)
def test_main_page_stays_within_twenty_queries(
    client, request, role, page, page_cache, seed_plan, sent_report, django_assert_max_num_queries
):
    client.force_login(request.getfixturevalue(role))
    url = reverse(page, args=_args(page, seed_plan, sent_report))
    client.get(reverse("agencies:agency_list"))  # the login's own first-request work (session, second factor)
    for _visit in ("first", "again"):  # computed, then (with a cache) served from it
        with django_assert_max_num_queries(MAX_QUERIES):
            assert client.get(url).status_code == 200


def test_cached_pages_cost_fewer_queries(client, coordinator, seed_plan, sent_report, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "c"}
    }
    cache.clear()
    client.force_login(coordinator)
    client.get(reverse("agencies:agency_list"))
    counts = {}
    for visit in ("first", "again"):
        for page in PAGES[:-1]:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(reverse(page, args=_args(page, seed_plan, sent_report))).status_code == 200
            counts[visit, page] = len(queries)
    assert all(counts["again", page] <= counts["first", page] for page in PAGES[:-1]), counts
    assert sum(counts["again", p] for p in PAGES[:-1]) < sum(counts["first", p] for p in PAGES[:-1]) - 10
    cache.clear()
