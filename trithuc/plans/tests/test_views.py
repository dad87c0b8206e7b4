import datetime as dt

import pytest
import time_machine
from django.urls import reverse

from trithuc.plans.models import ProgressUpdate
from trithuc.plans.status import TaskStatus


@pytest.fixture
def logged_in(client, coordinator):
    client.force_login(coordinator)
    return client


def _refs(response):
    return [row.item.ref for row in response.context["page"].paginator.object_list]


def test_search_is_accent_insensitive(logged_in, seed_plan):
    response = logged_in.get(reverse("plans:plan_tasks", args=[seed_plan.code]), {"q": "quan triet"})
    assert _refs(response) == ["II.1.a"]


def test_filter_by_agency_and_role(logged_in, seed_plan, agencies):
    params = {"agency": agencies["so-tai-chinh"].pk, "role": "lead"}
    with time_machine.travel(dt.datetime(2026, 1, 5, tzinfo=dt.UTC)):
        leads = set(_refs(logged_in.get(reverse("plans:plan_tasks", args=[seed_plan.code]), params)))
    assert {"II.3.b", "III.5"} <= leads  # named in the plan
    assert "III.4" in leads  # Sở Kế hoạch và Đầu tư's, Sở Tài chính's since 1 March 2025
    assert "II.1.a" in leads  # through "Các sở, ban, ngành, địa phương"
    assert "III.7.a" not in leads and "III.6" not in leads


def test_filter_by_role_coordinate(logged_in, seed_plan, agencies):
    params = {"agency": agencies["so-khcn"].pk, "role": "coordinate"}
    refs = set(_refs(logged_in.get(reverse("plans:plan_tasks", args=[seed_plan.code]), params)))
    assert {"III.4", "III.5"} <= refs and "III.7.a" not in refs


def test_filter_by_status_and_deadline_range(logged_in, seed_plan):
    with time_machine.travel(dt.datetime(2021, 1, 5, tzinfo=dt.UTC)):
        overdue = _refs(
            logged_in.get(reverse("plans:plan_tasks", args=[seed_plan.code]), {"status": TaskStatus.OVERDUE})
        )
        ranged = _refs(
            logged_in.get(
                reverse("plans:plan_tasks", args=[seed_plan.code]),
                {"deadline_from": "2020-06-01", "deadline_to": "2020-06-30"},
            )
        )
    assert "II.1.a" in overdue and "III.1.a" in overdue  # yearly report of 2020 not sent
    assert ranged == ["II.1.a"]


def test_reversed_deadline_range_gets_a_vietnamese_error(logged_in, seed_plan):
    response = logged_in.get(
        reverse("plans:plan_tasks", args=[seed_plan.code]),
        {"deadline_from": "2021-01-01", "deadline_to": "2020-01-01"},
    )
    assert "Ngày bắt đầu phải trước ngày kết thúc" in response.content.decode()


def test_overview_shows_overdue_share_on_a_frozen_date(logged_in, seed_plan, django_assert_max_num_queries):
    with time_machine.travel(dt.datetime(2021, 1, 5, tzinfo=dt.UTC)), django_assert_max_num_queries(20):
        response = logged_in.get(reverse("plans:plan_overview", args=[seed_plan.code]))
    overview = response.context["overview"]
    overdue = {row.item.ref for row in overview.overdue_rows}
    # Due on 05/01/2021: II.1.a (quý II/2020) and the three yearly items for 2020, none reported,
    # plus any section II task that a yearly item carries out; continuous items are never due.
    assert {"II.1.a", "III.1.a", "III.7.b", "III.8.a"} <= overdue
    assert "III.6" not in overdue and "II.2.đ" not in overdue
    assert overview.overdue == overview.due == len(overdue)
    assert overview.overdue_percent == 100.0
    assert "100,0%" in response.content.decode()  # Vietnamese decimal comma


def test_plan_tree_shows_items_with_source_and_successors(logged_in, seed_plan):
    with time_machine.travel(dt.datetime(2026, 1, 5, tzinfo=dt.UTC)):
        body = logged_in.get(reverse("plans:plan_tree", args=[seed_plan.code])).content.decode()
    assert "II.2.đ" in body and "Đẩy mạnh thông tin, tuyên truyền" in body
    assert "nay: Sở Tài chính" in body  # Sở Kế hoạch và Đầu tư's tasks, after 1 March 2025


def test_task_page_shows_history(client, reporter_a, seed_plan, agencies):
    item = seed_plan.items.get(ref="III.2.a")
    ProgressUpdate.objects.create(
        item=item, agency=agencies["so-noi-vu"], status="in_progress", result="Đã rà soát xong"
    )
    client.force_login(reporter_a)
    body = client.get(reverse("plans:task", args=[seed_plan.code, item.pk])).content.decode()
    assert "Đã rà soát xong" in body and "Cập nhật tiến độ (Sở Nội vụ)" in body


def test_progress_form_post_saves_and_redirects(client, reporter_a, seed_plan):
    item = seed_plan.items.get(ref="III.2.a")
    client.force_login(reporter_a)
    url = reverse("plans:task_progress", args=[seed_plan.code, item.pk, "so-noi-vu"])
    response = client.post(url, {"status": "in_progress", "result": "Đang rà soát"})
    assert response.status_code == 302
    assert ProgressUpdate.objects.get().result == "Đang rà soát"


def test_progress_form_shows_vietnamese_error_and_saves_nothing(client, reporter_a, seed_plan):
    item = seed_plan.items.get(ref="III.2.a")
    client.force_login(reporter_a)
    response = client.post(
        reverse("plans:task_progress", args=[seed_plan.code, item.pk, "so-noi-vu"]),
        {"status": "completed", "result": "Xong"},
    )
    assert response.status_code == 200
    assert "Hãy nhập ngày hoàn thành" in response.content.decode()
    assert not ProgressUpdate.objects.exists()


def test_my_agency_page_lists_group_tasks(client, reporter_a, seed_plan):
    client.force_login(reporter_a)
    response = client.get(reverse("agencies:agency_detail", args=["so-noi-vu"]))
    refs = {t.row.item.ref for plan, t in response.context["tasks"]}
    assert {"III.2.a", "III.2.b", "II.1.a", "III.8.a"} <= refs
    assert "Việc của đơn vị tôi" in response.content.decode()


@pytest.mark.parametrize(
    "page",
    [
        "dashboard:overview",
        "plans:plan_list",
        "plans:plan_overview",
        "plans:plan_tree",
        "plans:plan_tasks",
        "plans:task_list",
        "plans:task",
        "agencies:agency_detail",
    ],
)
def test_main_pages_stay_within_twenty_queries(
    client, reporter_a, seed_plan, page, django_assert_max_num_queries
):
    code = seed_plan.code
    args = {
        "plans:plan_overview": [code],
        "plans:plan_tree": [code],
        "plans:plan_tasks": [code],
        "plans:task": [code, seed_plan.items.get(ref="III.2.a").pk],
        "agencies:agency_detail": ["so-noi-vu"],
    }.get(page, [])
    client.force_login(reporter_a)
    with django_assert_max_num_queries(20):
        assert client.get(reverse(page, args=args)).status_code == 200


def test_cached_snapshot_follows_new_progress(seed_plan, reporter_a, agencies, settings):
    from django.core.cache import cache

    from trithuc.plans.selectors import PlanSnapshot
    from trithuc.plans.services.progress import progress_update_create

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "t"}
    }
    cache.clear()
    item = seed_plan.items.get(ref="II.1.a")
    with time_machine.travel(dt.datetime(2020, 6, 1, 9, tzinfo=dt.UTC), tick=False):
        first = PlanSnapshot.load(seed_plan)
        assert PlanSnapshot.load(seed_plan).state(item, agencies["so-noi-vu"].pk).status == TaskStatus.NOT_DUE
        progress_update_create(
            actor=reporter_a,
            item=item,
            agency=agencies["so-noi-vu"],
            status="completed",
            result="Xong",
            completed_on=dt.date(2020, 5, 30),
        )
        second = PlanSnapshot.load(seed_plan)
    assert first is not second
    assert second.state(item, agencies["so-noi-vu"].pk).status == TaskStatus.DONE_ON_TIME


def test_large_plan_tree_loads_branches_and_details_when_opened(client, coordinator, seed_plan, monkeypatch):
    from trithuc.plans import selectors

    monkeypatch.setattr(selectors, "INLINE_TREE_LIMIT", 10)  # the seed (50 items) counts as large here
    client.force_login(coordinator)
    body = client.get(reverse("plans:plan_tree", args=[seed_plan.code])).content.decode()
    branch = seed_plan.items.get(ref="II.1")
    assert reverse("plans:item_children", args=[branch.pk]) in body
    assert "Các cơ quan truyền thông, báo chí đẩy mạnh" not in body  # II.1.b is inside the closed branch
    children = client.get(reverse("plans:item_children", args=[branch.pk])).content.decode()
    task = seed_plan.items.get(ref="II.1.b")
    assert "II.1.b" in children and reverse("plans:item_meta", args=[task.pk]) in children
    meta = client.get(reverse("plans:item_meta", args=[task.pk])).content.decode()
    assert "Các cơ quan truyền thông, báo chí đẩy mạnh thông tin" in meta


def test_the_tree_shows_no_number_for_paragraphs_the_document_did_not_number(client, coordinator, seed_plan):
    """Issue 15, 10: the closing paragraph of section III showed "III[closing]" as its number."""
    assert seed_plan.items.filter(ref__endswith="[closing]").exists()
    client.force_login(coordinator)
    html = client.get(seed_plan.tree_url()).content.decode()
    assert "[closing]" not in html and "III.3" in html
