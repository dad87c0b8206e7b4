"""The follow-up grid says where each report stands (#15.2): draft, sent and waiting, returned, accepted, late;
counts per column; "chờ tôi xử lý" for the coordinator; past years with nothing left to do folded."""

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from trithuc.core.permissions import SYSTEM
from trithuc.reporting.demo import reporting_demo_setup
from trithuc.reporting.models import AgencyReport
from trithuc.reporting.selectors import followup_grid
from trithuc.reporting.services.periods import seed_regime
from trithuc.reporting.services.reports import report_return

pytestmark = pytest.mark.django_db

ON = dt.date(2026, 2, 1)


def _cells(grid, year):
    index = [p.year for p in grid.periods].index(year)
    return {str(row.agency.code): row.cells[index] for row in grid.rows}


def test_a_sent_report_and_an_accepted_one_are_told_apart(seed_plan):
    reporting_demo_setup()
    grid = followup_grid(regime=seed_regime(), years=[2025], on=ON)
    cells = _cells(grid, 2025)
    assert cells["so-noi-vu"].label == "Đã tiếp nhận" and "cell-accepted" in cells["so-noi-vu"].css
    assert cells["so-tai-chinh"].label == "Đã gửi, chờ tiếp nhận"
    assert "cell-submitted" in cells["so-tai-chinh"].css
    assert cells["so-y-te"].label == "Đã tiếp nhận · trễ hạn" and "cell-late" in cells["so-y-te"].css
    assert cells["so-xay-dung"].label == "Nháp · quá hạn, chưa gửi"
    assert cells["so-xay-dung"].css == "cell-draft cell-late"
    # the timeliness the consolidated report reads is unchanged
    assert (cells["so-noi-vu"].state, cells["so-y-te"].state) == ("on_time", "late")


def test_a_returned_report_says_so_and_the_column_counts_each_state(seed_plan):
    reporting_demo_setup()
    waiting = AgencyReport.objects.get(agency__code="so-tai-chinh", period__year=2025)
    report_return(actor=SYSTEM, report=waiting, reason="Thiếu số liệu phân tổ.")
    grid = followup_grid(regime=seed_regime(), years=[2025], on=ON)
    assert _cells(grid, 2025)["so-tai-chinh"].label == "Bị trả lại"
    counts = grid.counts(grid.periods[0])
    assert counts.by_key["accepted"] == AgencyReport.objects.filter(status="accepted").count()
    assert counts.by_key["returned"] == 1 and counts.by_key.get("submitted", 0) == 0
    assert counts.by_key["draft"] == 1
    assert counts.expected == sum(counts.by_key[k] for k in ("accepted", "returned", "draft", "none"))


def test_past_years_with_nothing_left_are_folded(seed_plan):
    reporting_demo_setup()
    grid = followup_grid(regime=seed_regime(), years=list(range(2021, 2027)), on=dt.date(2026, 12, 1))
    open_grid, folded = grid.split_years()
    # 2025 keeps a report waiting for the coordinator; 2026 is the current year
    assert open_grid.years == [2025, 2026]
    assert folded.years == [2021, 2022, 2023, 2024]
    assert all(c.phase != "submitted" for r in folded.rows for c in r.cells)


def test_a_year_whose_deadline_is_recent_stays_open(seed_plan):
    """Within the chase window a missing report is still expected: the year is not folded."""
    reporting_demo_setup()
    waiting = AgencyReport.objects.get(agency__code="so-tai-chinh", period__year=2025)
    AgencyReport.objects.filter(pk=waiting.pk).update(status="accepted")
    grid = followup_grid(regime=seed_regime(), years=[2024, 2025], on=ON)
    assert grid.split_years()[0].years == [2025]  # so-xay-dung's draft is 46 days late
    later = followup_grid(regime=seed_regime(), years=[2024, 2025], on=dt.date(2026, 4, 1))
    assert later.split_years()[1].years == [2024, 2025]


def _grid_rows(html, table_id):
    table = re.search(rf'<table id="{table_id}".*?</table>', html, re.S)
    return re.findall(r"<tr[^>]*>\s*<td>([^<]+)", table.group(0)) if table else []


def test_the_page_filters_what_waits_for_the_coordinator_and_folds_past_years(seed_plan, client, coordinator):
    reporting_demo_setup()
    client.force_login(coordinator)
    url = reverse("reporting:plan_followup", args=[seed_plan.code])
    with time_machine.travel(dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC), tick=False):
        page = client.get(url).content.decode()
        waiting = client.get(url, {"loc": "cho-xu-ly"}).content.decode()
    assert "Chờ tôi xử lý (1)" in page and 'class="cell-submitted"' in page
    assert '<details id="followup-folded"' in page and "2021 <small>(đã gửi 0/" in page
    assert "Đã gửi 6/" in page  # the column's count line
    assert len(_grid_rows(page, "followup-grid")) > 5
    assert [name.strip() for name in _grid_rows(waiting, "followup-grid")] == ["Sở Tài chính"]
    assert 'id="followup-folded"' not in waiting


def test_only_the_coordinator_is_offered_the_filter(seed_plan, client, leader):
    reporting_demo_setup()
    client.force_login(leader)
    page = client.get(reverse("reporting:plan_followup", args=[seed_plan.code])).content.decode()
    assert "Đã gửi, chờ tiếp nhận" in page and "Chờ tôi xử lý" not in page


def test_the_filter_keeps_only_the_periods_with_a_report_waiting(seed_plan):
    reporting_demo_setup()
    grid = followup_grid(regime=seed_regime(), years=list(range(2021, 2027)), on=dt.date(2026, 12, 1))
    waiting = grid.only_waiting()
    assert waiting.years == [2025] and [str(r.agency.code) for r in waiting.rows] == ["so-tai-chinh"]
    assert waiting.waiting_count() == grid.waiting_count() == 1
