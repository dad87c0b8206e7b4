"""Issue 17.2: who owes a report for a period follows the agencies' validity and successions at its cut-off."""

import datetime as dt

import pytest
from django.urls import reverse

from trithuc.core.permissions import SYSTEM
from trithuc.core.tests.factories import membership_user
from trithuc.plans.selectors import PlanSnapshot
from trithuc.reporting.consolidated import consolidated_report_data
from trithuc.reporting.models import AgencyReport
from trithuc.reporting.selectors import expected_agency_ids, followup_grid
from trithuc.reporting.services.periods import periods_generate, seed_regime
from trithuc.reporting.services.reminders import reminder_lines

pytestmark = pytest.mark.django_db

CREATED_2025 = ("ubnd-cap-xa", "so-dan-toc-ton-giao", "so-nnmt", "bao-ptth")
ENDED_2025 = ("so-khdt", "so-tttt", "ubnd-da-lat", "ban-dan-toc", "so-tnmt")


@pytest.fixture
def periods(seed_plan):
    made = periods_generate(actor=SYSTEM, regime=seed_regime(), years=[2021, 2024, 2025])
    return {p.year: p for p in made}


def test_agencies_created_in_2025_owe_nothing_before_and_those_of_the_time_do(seed_plan, agencies, periods):
    snapshot = PlanSnapshot.load(seed_plan, on=dt.date(2026, 2, 1))
    for year in (2021, 2024):
        expected = expected_agency_ids(snapshot, periods[year])
        for code in CREATED_2025:
            assert agencies[code].pk not in expected, (year, code)
        for code in ENDED_2025:
            assert agencies[code].pk in expected, (year, code)
        assert agencies["so-noi-vu"].pk in expected


def test_after_the_reorganisation_the_successors_owe_the_report(seed_plan, agencies, periods):
    expected = expected_agency_ids(PlanSnapshot.load(seed_plan, on=dt.date(2021, 1, 1)), periods[2025])
    for code in CREATED_2025:
        assert agencies[code].pk in expected, code
    for code in ENDED_2025:
        assert agencies[code].pk not in expected, code
    assert agencies["so-tai-chinh"].pk in expected and agencies["so-khcn"].pk in expected


def test_the_grid_marks_each_period_by_the_agencies_of_its_time(seed_plan, agencies, periods):
    grid = followup_grid(regime=seed_regime(), years=[2021, 2024, 2025], on=dt.date(2026, 2, 1))
    cells = {row.agency.code: [c.state for c in row.cells] for row in grid.rows}
    notes = {row.agency.code: [c.note for c in row.cells] for row in grid.rows}
    assert cells["ubnd-cap-xa"] == ["not_expected", "not_expected", "missing"]
    assert notes["ubnd-cap-xa"][0] == "Chưa thành lập (từ 01/07/2025)"
    assert cells["so-dan-toc-ton-giao"][:2] == ["not_expected", "not_expected"]
    assert cells["so-khdt"] == ["missing", "missing", "not_expected"]
    assert cells["so-tttt"] == ["missing", "missing", "not_expected"]
    assert notes["so-khdt"][2] == "Đã sắp xếp, hết hoạt động từ 01/03/2025"
    # the rate counts only who owed the report
    expected_2021 = sum(1 for states in cells.values() if states[0] != "not_expected")
    assert grid.rate(grid.periods[0])[2] == expected_2021 < len(grid.rows)


def test_a_report_of_an_earlier_period_stays_with_the_agency_of_its_time(seed_plan, agencies, periods):
    sent = periods[2024].agency_due - dt.timedelta(days=1)
    AgencyReport.objects.create(
        period=periods[2024],
        agency=agencies["so-khdt"],
        status=AgencyReport.Status.SUBMITTED,
        first_submitted_at=dt.datetime.combine(sent, dt.time(9), tzinfo=dt.UTC),
    )
    grid = followup_grid(regime=seed_regime(), years=[2024, 2025], on=dt.date(2026, 2, 1))
    row = next(r for r in grid.rows if r.agency.code == "so-khdt")
    assert [c.state for c in row.cells] == ["on_time", "not_expected"]
    assert row.cells[0].report is not None


def test_reminders_do_not_chase_agencies_that_did_not_exist(seed_plan, agencies, periods):
    reporter_xa = membership_user("reporter", "ubnd-cap-xa")
    reporter_khdt = membership_user("reporter", "so-khdt")
    day = periods[2024].agency_due + dt.timedelta(days=3)
    lines = reminder_lines(on=day)
    assert reporter_xa.pk not in lines
    assert any("quá hạn" in text for text in lines[reporter_khdt.pk])


def test_the_grid_page_shows_why_a_cell_is_empty(seed_plan, periods, client, coordinator):
    client.force_login(coordinator)
    html = client.get(reverse("reporting:plan_followup", args=[seed_plan.code])).content.decode()
    assert "Chưa thành lập (từ 01/07/2025)" in html
    assert "Sở Kế hoạch và Đầu tư" in html or "Sở KH&amp;ĐT" in html


def test_the_consolidated_report_lists_the_agencies_of_the_period(seed_plan, agencies, periods):
    names_2024 = {
        a.name for a in consolidated_report_data(period=periods[2024], dated=dt.date(2026, 2, 1)).agencies
    }
    names_2025 = {
        a.name for a in consolidated_report_data(period=periods[2025], dated=dt.date(2026, 2, 1)).agencies
    }
    # The official text names agencies in full (issue 15, documents).
    old = {agencies[c].name for c in ("so-khdt", "so-tttt")}
    new = {agencies["so-nnmt"].name} | {a.name for a in agencies.values() if a.short_name == "UBND cấp xã"}
    assert len(new) == 2
    assert old <= names_2024 and not new & names_2024
    assert new <= names_2025 and not old & names_2025
