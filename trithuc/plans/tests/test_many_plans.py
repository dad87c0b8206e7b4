"""Issue 13 (points 1-2): several plans in force side by side, each under its own code; importing one as new
changes nothing of another; the addresses of before the codes answer with a redirect."""

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple

import lxml.html
import pytest
import time_machine
from django.conf import settings
from django.urls import reverse, reverse_lazy

from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Plan, ProgressUpdate
from trithuc.plans.services.plan_import import plan_code_check, plan_import_file

SECOND = Path(settings.BASE_DIR).parent / "shared" / "corpus" / "raw" / "nghean-1026-2025-bao-ve-bmnn.txt"
DAY = dt.datetime(2026, 1, 5, 3, tzinfo=dt.UTC)


def _import_second() -> Plan:
    return plan_import_file(actor=SYSTEM, path=SECOND, meta={"code": "na1026"})


@pytest.fixture
def second_plan(seed_plan):
    return _import_second()


def _kl52_pages(client, plan) -> dict:
    """What a reader sees of the seed plan: overview figures, tree, a search, Sở Nội vụ's tasks in it."""
    overview = client.get(reverse("plans:plan_overview", args=[plan.code])).context["overview"]
    tree = client.get(reverse("plans:plan_tree", args=[plan.code])).context["tree_html"]
    search = client.get(reverse("plans:plan_tasks", args=[plan.code]), {"q": "tri thuc"})
    agency = client.get(reverse("agencies:agency_detail", args=["so-noi-vu"]))
    return {
        "figures": (overview.total, overview.counts, overview.overdue, overview.due, len(overview.upcoming)),
        "overdue": [row.item.ref for row in overview.overdue_rows],
        "tree": str(tree),
        "search": [row.item.ref for row in search.context["page"].paginator.object_list],
        "agency": [
            (t.row.item.ref, t.state.status) for p, t in agency.context["tasks"] if p.code == plan.code
        ],
    }


def test_importing_a_plan_as_new_changes_nothing_of_the_other(client, reporter_a, seed_plan):
    client.force_login(reporter_a)
    with time_machine.travel(DAY, tick=False):
        before = _kl52_pages(client, seed_plan)
        second = _import_second()
        after = _kl52_pages(client, seed_plan)
    assert after == before
    assert before["figures"][0] > 0 and before["search"] and before["agency"]
    seed_plan.refresh_from_db()
    assert (seed_plan.code, seed_plan.version, seed_plan.is_current) == ("kl52", 1, True)
    assert second.code == "na1026" and second.document_id != seed_plan.document_id and second.in_force


def test_both_plans_are_listed_and_each_opens_its_own_overview(client, coordinator, seed_plan, second_plan):
    client.force_login(coordinator)
    listing = client.get(reverse("plans:plan_list")).content.decode()
    assert 'data-plan="kl52"' in listing and 'data-plan="na1026"' in listing
    home = client.get(reverse("dashboard:overview"))
    lines = home_lines(home)
    assert set(lines) == {"kl52", "na1026"}
    for plan in (seed_plan, second_plan):
        assert plan.get_absolute_url() in home.content.decode()
        overview = client.get(plan.get_absolute_url())
        assert overview.status_code == 200 and plan.code in overview.content.decode()
        shown = overview.context["overview"]
        assert lines[plan.code] == HomeLine(shown.total, shown.overdue, shown.due, shown.overdue_percent)
    assert lines["na1026"].total == second_plan.items.filter(kind="task").count()


def test_a_closed_plan_leaves_the_home_page_but_stays_readable(client, coordinator, seed_plan, second_plan):
    Plan.objects.filter(pk=second_plan.pk).update(closed_on=dt.date(2026, 1, 1))
    client.force_login(coordinator)
    home = client.get(reverse("dashboard:overview"))
    assert list(home_lines(home)) == ["kl52"]
    listing = client.get(reverse("plans:plan_list")).content.decode()
    ended = listing.split('id="plans-ended"', 1)[1]
    assert 'data-plan="na1026"' in ended and "hết hiệu lực từ ngày" in ended
    assert client.get(reverse("plans:plan_tree", args=["na1026"])).status_code == 200


def test_search_across_plans_and_within_one(client, coordinator, seed_plan, second_plan):
    client.force_login(coordinator)
    across = client.get(reverse("plans:task_list"), {"q": "bi mat nha nuoc"})
    plans = {row.item.plan.code for row in across.context["page"].paginator.object_list}
    assert plans == {"na1026"}
    both = client.get(reverse("plans:task_list"))
    assert {row.item.plan.code for row in both.context["page"].paginator.object_list} == {"kl52", "na1026"}
    within = client.get(reverse("plans:plan_tasks", args=["kl52"]), {"q": "bi mat nha nuoc"})
    assert within.context["page"].paginator.count == 0
    row = across.context["page"].paginator.object_list[0]
    assert reverse("plans:task", args=["na1026", row.item.pk]) in across.content.decode()


def test_an_agency_sees_its_work_in_every_plan_under_each_plans_name_due_first(
    client, reporter_a, seed_plan, second_plan
):
    client.force_login(reporter_a)
    with time_machine.travel(DAY, tick=False):
        response = client.get(reverse("agencies:agency_detail", args=["so-noi-vu"]))
    work = {w.plan.code: w.tasks for w in response.context["work"]}
    assert set(work) == {"kl52", "na1026"}
    body = response.content.decode()
    for tasks in work.values():
        open_days = [
            t.state.due_date for t in tasks if t.state.due_date and t.state.status not in DONE_STATUSES
        ]
        assert open_days == sorted(open_days)
    headings = re.findall(r'<section class="plan-work" data-plan="([\w-]+)"', body)
    assert sorted(headings) == ["kl52", "na1026"]
    link = reverse("plans:task_progress", args=["na1026", work["na1026"][0].row.item.pk, "so-noi-vu"])
    assert link in body  # Sở Nội vụ may report on its task of the other plan too


DONE_STATUSES = {"done_on_time", "done_late"}


def test_old_addresses_redirect_to_the_plan_code(client, reporter_a, seed_plan, second_plan):
    client.force_login(reporter_a)
    task = second_plan.items.filter(kind="task").first()
    own = seed_plan.items.get(ref="III.2.a")
    cases = {
        f"/ke-hoach/{seed_plan.pk}/": "/ke-hoach/kl52/cay/",
        f"/ke-hoach/{second_plan.pk}/": "/ke-hoach/na1026/cay/",
        f"/ke-hoach/nhiem-vu/{task.pk}/": f"/ke-hoach/na1026/nhiem-vu/{task.pk}/",
        f"/ke-hoach/nhiem-vu/{own.pk}/cap-nhat/so-noi-vu/": f"/ke-hoach/kl52/nhiem-vu/{own.pk}/cap-nhat/so-noi-vu/",
    }
    for old, new in cases.items():
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, new), old
        assert client.get(new).status_code == 200
    post = client.post(f"/ke-hoach/nhiem-vu/{own.pk}/cap-nhat/so-noi-vu/", {"status": "in_progress"})
    assert post.status_code == 308  # a form posted to the old address is sent on with its method
    assert not ProgressUpdate.objects.exists()
    assert client.get("/ke-hoach/nhiem-vu/?q=tri+thuc").status_code == 200  # the old list: the search


def test_a_task_under_another_plans_code_or_an_unknown_code_is_not_found(
    client, reporter_a, seed_plan, second_plan
):
    client.force_login(reporter_a)
    task = seed_plan.items.get(ref="III.2.a")
    assert client.get(reverse("plans:task", args=["na1026", task.pk])).status_code == 404
    assert client.get(reverse("plans:plan_overview", args=["khong-co"])).status_code == 404
    assert client.get(reverse("plans:plan_version", args=["kl52", 9])).status_code == 404


def test_experts_see_no_plan(client, expert, seed_plan, second_plan):
    client.force_login(expert)
    for url in (
        reverse("plans:plan_list"),
        reverse("plans:task_list"),
        second_plan.get_absolute_url(),
        reverse("plans:plan_tree", args=["na1026"]),
        reverse("plans:plan_tasks", args=["na1026"]),
        reverse("agencies:agency_detail", args=["so-noi-vu"]),
    ):
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("code", ["123", "nhap", "nhiem-vu", "muc"])
def test_a_code_that_would_hide_an_address_is_refused_in_vietnamese(code, db):
    with pytest.raises(ServiceError) as error:
        plan_code_check(code)
    assert "trùng với một địa chỉ" in error.value.message


def test_command_imports_a_new_plan_or_a_new_version_of_the_one_named(seed_plan, tmp_path):
    from io import StringIO

    from django.core.management import CommandError, call_command

    out = StringIO()
    call_command("plan_import", str(SECOND), stdout=out)
    second = Plan.objects.get(is_current=True, document__number="1026/KH-UBND")
    assert second.version == 1 and second.code in out.getvalue()
    seed_plan.refresh_from_db()
    assert seed_plan.is_current and seed_plan.version == 1  # a new plan changes no other

    out = StringIO()
    call_command("plan_import", str(SECOND), "--amends", second.code, stdout=out)
    newer = Plan.objects.get(code=second.code, is_current=True)
    assert (newer.version, newer.document_id) == (2, second.document_id)
    assert f"phiên bản 2 của kế hoạch {second.code}" in out.getvalue()
    assert Plan.objects.get(code="kl52", is_current=True).pk == seed_plan.pk

    with pytest.raises(CommandError) as error:
        call_command("plan_import", str(SECOND), "--amends", "khong-co")
    assert "Không có kế hoạch đang hiệu lực với mã “khong-co”" in str(error.value)
    assert "kl52" in str(error.value) and second.code in str(error.value)


def test_the_same_document_again_without_amends_is_a_new_version_of_its_plan(seed_plan):
    first = _import_second()
    again = plan_import_file(actor=SYSTEM, path=SECOND)  # same number and issuer: it amends the plan in force
    assert (again.code, again.version, again.document_id) == (first.code, 2, first.document_id)


def test_preview_proposes_a_code_and_refuses_one_in_use_in_vietnamese(client, coordinator, seed_plan):
    client.force_login(coordinator)
    with SECOND.open("rb") as handle:
        response = client.post(reverse("plans:import_new"), {"upload": handle})
    draft_url = response["Location"]
    draft_id = int(draft_url.rstrip("/").rsplit("/", 1)[-1])
    page = client.get(draft_url)
    assert page.context["meta_form"].initial["code"] == "kh1026-2025"
    edits = {k: v for k, v in page.context["meta_form"].initial.items() if v}
    edits["code"] = "kl52"
    edits["date"] = ""
    response = client.post(reverse("plans:import_correct", args=[draft_id]), edits, follow=True)
    assert "Mã kế hoạch “kl52” đã được dùng cho một kế hoạch khác." in response.content.decode()
    edits["code"] = "bmnn-2025"
    client.post(reverse("plans:import_correct", args=[draft_id]), edits)
    response = client.post(reverse("plans:import_confirm", args=[draft_id]))
    assert response["Location"] == reverse("plans:plan_tree", args=["bmnn-2025"])
    assert Plan.objects.get(code="bmnn-2025").version == 1


@pytest.mark.parametrize(
    "url",
    [
        reverse_lazy("dashboard:overview"),
        reverse_lazy("plans:plan_list"),
        reverse_lazy("plans:task_list"),
        reverse_lazy("agencies:agency_detail", args=["so-noi-vu"]),
        reverse_lazy("plans:plan_overview", args=["kl52"]),
    ],
)
def test_a_page_of_every_plan_costs_no_query_more_with_a_second_plan(
    client, reporter_a, seed_plan, url, settings
):
    """Once its parts are in the cache: the stamps of all plans are one query, whatever their number."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "n"}
    }
    cache.clear()
    client.force_login(reporter_a)
    client.get(reverse("agencies:agency_list"))  # the login's own first-request work

    def cost() -> int:
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    with time_machine.travel(DAY, tick=False):
        one = cost()
        _import_second()
        two = cost()
    cache.clear()
    assert two == one


def test_home_page_figures_follow_new_progress_through_the_cache(client, coordinator, seed_plan, settings):
    from django.core.cache import cache

    from trithuc.agencies.models import Agency
    from trithuc.plans.selectors import PlanSnapshot
    from trithuc.plans.services.progress import progress_update_record

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "h"}
    }
    cache.clear()
    client.force_login(coordinator)

    def kl52_line():
        return home_lines(client.get(reverse("dashboard:overview")))["kl52"]

    with time_machine.travel(dt.datetime(2021, 1, 5, 3, tzinfo=dt.UTC), tick=False):
        before = kl52_line()
        assert before.overdue > 0
        item = seed_plan.items.get(ref="II.1.a")  # overdue since 30/06/2020, led by every department
        snapshot = PlanSnapshot.load(seed_plan)
        answering = snapshot.responsible(item)
        for pk in answering(item.deadline) | answering(snapshot.on):  # as submitted reports record them
            progress_update_record(
                actor=SYSTEM,
                item=item,
                agency=Agency.objects.get(pk=pk),
                status="completed",
                result="Xong",
                completed_on=snapshot.on,
            )
        after = kl52_line()
    cache.clear()
    assert after.overdue == before.overdue - 1 and after.total == before.total


class HomeLine(NamedTuple):
    total: int
    overdue: int
    due: int
    overdue_percent: float | None


def home_lines(response) -> dict[str, HomeLine]:
    """The home page's rows as a reader sees them: per plan code, its tasks, overdue of due, and the percent."""
    lines = {}
    for row in lxml.html.fromstring(response.content.decode()).xpath(
        "//table[@id='plans-overview']/tbody/tr"
    ):
        cells = row.findall("td")
        figures = re.search(r"([\d.,]+)%.*?(\d+) trên (\d+)", cells[3].text_content(), re.S)
        overdue, due, percent = (
            (int(figures[2]), int(figures[3]), float(figures[1].replace(",", ".")))
            if figures
            else (0, 0, None)
        )
        lines[row.get("data-plan")] = HomeLine(int(cells[2].text_content()), overdue, due, percent)
    return lines
