"""A task's page (#15.4): a status summary per agency first, the history folded by year (latest open), and why a
task is "Quá hạn" when some agencies reported it done, in one sentence from the status rules."""

import datetime as dt
import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from trithuc.plans.models import ProgressUpdate
from trithuc.plans.status import DONE_RULE

pytestmark = pytest.mark.django_db


@pytest.fixture
def reported(seed_plan, agencies):
    """II.1.a (due 30/06/2020, led by every department): two leads reported it done, one is still at work."""
    item = seed_plan.items.get(ref="II.1.a")
    for code, year in (("so-noi-vu", 2020), ("so-gddt", 2020)):
        ProgressUpdate.objects.create(
            item=item,
            agency=agencies[code],
            status="completed",
            result=f"{code} đã hoàn thành",
            completed_on="2020-06-01",
            period_year=year,
        )
    ProgressUpdate.objects.create(
        item=item, agency=agencies["so-y-te"], status="in_progress", result="Đang làm", period_year=2021
    )
    return item


def _page(client, user, plan, item):
    client.force_login(user)
    return client.get(reverse("plans:task", args=[plan.code, item.pk])).content.decode()


def test_an_overdue_task_some_agencies_finished_says_why(client, coordinator, seed_plan, reported, agencies):
    page = _page(client, coordinator, seed_plan, reported)
    why = re.search(r'<div class="overdue-why" id="overdue-why">.*?</div>', page, re.S).group(0)
    assert DONE_RULE in why and "Vì sao “Quá hạn”?" in why
    missing = why.split("chưa báo cáo hoàn thành:")[1].split("cơ quan đã báo cáo hoàn thành")[0]
    done = why.split("2 cơ quan đã báo cáo hoàn thành:")[1]
    for code in ("so-noi-vu", "so-gddt"):
        name = escape(agencies[code].short_name or agencies[code].name)
        assert name in done and name not in missing
    assert escape(agencies["so-y-te"].short_name or agencies["so-y-te"].name) in missing
    assert "Hạn 30/06/2020" in why


def test_the_summary_per_agency_comes_before_the_history(client, coordinator, seed_plan, reported, agencies):
    page = _page(client, coordinator, seed_plan, reported)
    summary = re.search(r'<table class="stack" id="agency-summary">.*?</table>', page, re.S).group(0)
    assert page.index('id="agency-summary"') < page.index("Lịch sử cập nhật")
    row = next(
        r for r in summary.split("<tr>") if escape(agencies["so-noi-vu"].short_name or "Sở Nội vụ") in r
    )
    assert "Hoàn thành" in row and "năm 2020" in row and "Chủ trì" in row
    health = next(
        r for r in summary.split("<tr>") if escape(agencies["so-y-te"].short_name or "Sở Y tế") in r
    )
    assert "Đang thực hiện" in health and "2021" in health
    silent = escape(agencies["so-xay-dung"].short_name or agencies["so-xay-dung"].name)
    assert "Chưa báo cáo" in next(r for r in summary.split("<tr>") if silent in r)


def test_the_history_is_folded_by_year_latest_open(client, coordinator, seed_plan, reported):
    page = _page(client, coordinator, seed_plan, reported)
    years = re.findall(r'<details class="history-year" id="lich-su-(\d+)"( open)?>', page)
    assert years == [("2021", " open"), ("2020", "")]
    assert "Năm 2020: 2 cập nhật" in page and "Năm 2021: 1 cập nhật" in page


def test_a_task_on_time_has_no_overdue_note(client, coordinator, seed_plan):
    item = seed_plan.items.get(ref="III.6")  # continuous: never overdue
    page = _page(client, coordinator, seed_plan, item)
    assert 'id="overdue-why"' not in page and "Chưa có cập nhật nào." in page


def test_the_update_button_is_at_the_top(client, reporter_a, seed_plan, reported):
    page = _page(client, reporter_a, seed_plan, reported)
    assert page.index('id="task-actions"') < page.index('id="agency-summary"') < page.index('id="source"')
    assert "Cập nhật tiến độ (" in page.split('id="task-actions"')[1].split("</section>")[0]


def test_agencies_no_longer_named_on_the_task_are_folded_below(
    client, coordinator, seed_plan, reported, agencies
):
    """An agency that reported on the task but is no longer named on it (reorganised away) is history: its row sits
    in a fold under the agencies that answer for the task today (#15.5)."""
    former = next(a for _code, a in sorted(agencies.items()) if not a.is_active_on(dt.date.today()))
    ProgressUpdate.objects.create(
        item=reported, agency=former, status="in_progress", result="Đang làm", period_year=2020
    )
    page = _page(client, coordinator, seed_plan, reported)
    current = re.search(r'<table class="stack" id="agency-summary">.*?</table>', page, re.S).group(0)
    fold = re.search(r'<details id="agency-summary-former">.*?</details>', page, re.S).group(0)
    name = escape(former.short_name or former.name)
    assert name in fold and name not in current
    assert "1 cơ quan đã báo cáo nhưng nay không còn được giao" in fold
    assert escape(agencies["so-noi-vu"].short_name or "Sở Nội vụ") in current
