"""Cached page parts (plans.fragments): they follow the data on the next request and never cross to a reader
of another access scope."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.plans.fragments import access_scope
from trithuc.plans.selectors import PlanSnapshot
from trithuc.plans.services.progress import progress_update_create, progress_update_record
from trithuc.reporting.services.reports import report_open


@pytest.fixture(autouse=True)
def shared_cache(settings):
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "fragments"}
    }
    cache.clear()
    yield
    cache.clear()


def _pages(seed_plan, item, report):
    return {
        "overview": seed_plan.get_absolute_url(),
        "tree": seed_plan.tree_url(),
        "list": reverse("plans:task_list") + "?q=quan+triet",  # II.1.a
        "task": item.get_absolute_url(),
        "agency": reverse("agencies:agency_detail", args=["so-noi-vu"]),
        "report": reverse("reporting:report_detail", args=[report.pk]),
    }


def test_progress_update_shows_on_the_next_request(client, reporter_a, seed_plan, agencies):
    item = seed_plan.items.get(ref="II.1.a")  # led by every department through a group, overdue since 2020
    report = report_open(actor=SYSTEM, period=_period(), agency=agencies["so-noi-vu"])
    pages = _pages(seed_plan, item, report)
    client.force_login(reporter_a)
    before = {name: client.get(url).content.decode() for name, url in pages.items()}
    assert all("Mở lớp bồi dưỡng thứ 17" not in body for body in before.values())

    progress_update_create(
        actor=reporter_a,
        item=item,
        agency=agencies["so-noi-vu"],
        status="completed",
        result="Mở lớp bồi dưỡng thứ 17",
        completed_on=timezone.localdate(),
    )
    after = {name: client.get(url).content.decode() for name, url in pages.items()}
    for name in ("overview", "task", "report"):  # the result text itself
        assert "Mở lớp bồi dưỡng thứ 17" in after[name], name
    assert _badges(after["agency"], item) != _badges(before["agency"], item)  # Sở Nội vụ's own share

    snapshot = PlanSnapshot.load(seed_plan)
    answering = snapshot.responsible(item)
    others = (answering(item.deadline) | answering(snapshot.on)) - {agencies["so-noi-vu"].pk}
    for pk in others:  # as a submitted report records them
        progress_update_record(
            actor=SYSTEM,
            item=item,
            agency=Agency.objects.get(pk=pk),
            status="completed",
            result="Xong",
            completed_on=snapshot.on,
        )
    for name in ("tree", "list"):  # now done by every agency: the task's own status
        body = client.get(pages[name]).content.decode()
        assert _badges(body, item) != _badges(before[name], item), name
    headline = re.compile(r'id="overdue-percent">([^<]*)<')
    overview = client.get(pages["overview"]).content.decode()
    assert headline.search(overview).group(1) != headline.search(before["overview"]).group(1)


def test_readers_of_another_scope_never_get_a_cached_part(client, reporter_a, reporter_b, seed_plan):
    item = seed_plan.items.get(ref="II.1.a")  # led by every agency through "Các sở, ban, ngành"
    own_link = reverse("plans:task_progress", args=[item.plan.code, item.pk, "so-noi-vu"])
    agency_page = reverse("agencies:agency_detail", args=["so-noi-vu"])
    task_page = item.get_absolute_url()
    client.force_login(reporter_a)
    assert own_link in client.get(agency_page).content.decode()
    assert own_link in client.get(task_page).content.decode()
    client.force_login(reporter_b)
    assert own_link not in client.get(agency_page).content.decode()
    assert own_link not in client.get(task_page).content.decode()
    assert (
        reverse("plans:task_progress", args=[item.plan.code, item.pk, "so-gddt"])
        in client.get(task_page).content.decode()
    )


def test_access_scope_is_roles_with_their_agencies(coordinator, reporter_a, head_a, reporter_b):
    from trithuc.core.tests.factories import UserFactory  # noqa: PLC0415

    scopes = {access_scope(u) for u in (coordinator, reporter_a, head_a, reporter_b)}
    assert len(scopes) == 4
    twin = UserFactory()
    twin.memberships.create(agency=reporter_a.memberships.get().agency, role="reporter")
    assert access_scope(twin) == access_scope(reporter_a)  # same rules, same cached parts


def _period():
    from trithuc.reporting.tests.factories import annual_period

    return annual_period(timezone.localdate().year)  # progress counts for the current year's report


def _badges(body, item):
    """The status badges from the item's line on: on an agency's page, its line in the plan's own list (the
    "Cần chú ý" list above it drops a task that is no longer due)."""
    start = max(body.find('class="plan-work"'), 0)
    return re.findall(r"status-[a-z_]+", body[body.find(item.ref, start) :][:3000])


def test_pages_still_answer_when_the_cache_is_unreachable(client, coordinator, seed_plan):
    from django.test import override_settings

    unreachable = {  # nothing listens on port 1
        "default": {
            "BACKEND": "trithuc.core.redis_cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        }
    }
    client.force_login(coordinator)
    with override_settings(CACHES=unreachable):
        for name in ("dashboard:overview", "plans:task_list"):
            assert client.get(reverse(name)).status_code == 200
