import datetime as dt

import pytest
import time_machine

from trithuc.core.errors import ServiceError
from trithuc.reporting.calendar import add_working_days, period_windows
from trithuc.reporting.models import Holiday, ReportingRegime
from trithuc.reporting.selectors import calendar_load, period_deadline_for_agency
from trithuc.reporting.services.periods import periods_generate, reporting_seed

D = dt.date


def test_annual_window_runs_from_15_december_to_14_december():
    (window,) = period_windows("annual", 2025)
    assert (window.start, window.end) == (D(2024, 12, 15), D(2025, 12, 14))


def test_quarterly_and_monthly_windows_follow_decree_09():
    q = period_windows("quarterly", 2025)
    assert [(w.start, w.end) for w in q][0] == (D(2024, 12, 15), D(2025, 3, 14))
    assert q[3].end == D(2025, 12, 14)
    months = period_windows("monthly", 2025)
    assert (months[0].start, months[0].end) == (D(2024, 12, 15), D(2025, 1, 14))
    halves = period_windows("half-yearly", 2025)
    assert halves[0].end == D(2025, 6, 14) and halves[1].start == D(2025, 6, 15)


def test_working_days_skip_tet_2025():
    off = {D(2025, 1, 25) + dt.timedelta(days=i) for i in range(9)}
    assert add_working_days(D(2025, 1, 24), 1, off) == D(2025, 2, 3)
    with pytest.raises(ValueError):
        add_working_days(D(2025, 1, 24), 0, off)


@pytest.mark.django_db
def test_seed_calendar_has_tet_2025_and_hung_kings_day():
    days = calendar_load().off_days
    assert {D(2025, 1, 25), D(2025, 2, 2), D(2025, 4, 7), D(2025, 9, 1), D(2025, 9, 2)} <= days
    assert D(2026, 4, 27) in days  # Giỗ Tổ 2026 falls on a Sunday: Monday off
    assert D(2025, 2, 3) not in days


@pytest.mark.django_db
@time_machine.travel(dt.datetime(2025, 1, 10, 9, 0), tick=False)
def test_tet_pushes_the_department_deadline_of_january_2025(coordinator):
    regime = ReportingRegime.objects.create(
        code="thang",
        name="Báo cáo tháng",
        reporters="Các sở",
        recipient="Sở KH&CN",
        frequency="monthly",
        agency_deadline_days=8,
        department_deadline_days=9,
        province_deadline_days=10,
    )
    january = periods_generate(actor=coordinator, regime=regime, years=[2025])[0]
    assert january.end == D(2025, 1, 14)
    assert january.agency_due == D(2025, 1, 24)
    assert january.department_due == D(2025, 2, 3)  # 25/1–2/2 is Tết
    assert january.province_due == D(2025, 2, 4)


@pytest.mark.django_db
def test_annual_deadlines_are_working_days_after_the_cut_off(coordinator, agencies):
    reporting_seed()
    regime = ReportingRegime.objects.get(code="kl52-hang-nam")
    period = periods_generate(actor=coordinator, regime=regime, years=[2025])[0]
    assert period.end == D(2025, 12, 14)  # a Sunday
    assert period.agency_due == D(2025, 12, 17)
    assert period.department_due > period.agency_due
    assert period_deadline_for_agency(agency=agencies["so-noi-vu"], regime=regime, year=2025) == D(
        2025, 12, 17
    )
    assert period_deadline_for_agency(agency=agencies["so-noi-vu"], regime=regime, year=2031) is None


@pytest.mark.django_db
def test_admin_edit_of_holidays_changes_new_periods(coordinator):
    Holiday.objects.create(date=D(2025, 12, 15), name="Nghỉ đột xuất")
    regime = ReportingRegime.objects.get(code="kl52-hang-nam")
    period = periods_generate(actor=coordinator, regime=regime, years=[2025])[0]
    assert period.agency_due == D(2025, 12, 18)


@pytest.mark.django_db
def test_reporter_cannot_generate_periods(reporter_a):
    with pytest.raises(ServiceError):
        periods_generate(actor=reporter_a, regime=ReportingRegime.objects.get(), years=[2025])
