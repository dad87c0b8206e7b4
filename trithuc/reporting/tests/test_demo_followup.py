import datetime as dt

import pytest
from django.urls import reverse

from trithuc.core.permissions import SYSTEM
from trithuc.reporting.demo import reporting_demo_setup
from trithuc.reporting.models import AgencyReport, ReportingPeriod
from trithuc.reporting.selectors import followup_grid, period_deadline_for_agency
from trithuc.reporting.services.consolidated import consolidated_report_generate
from trithuc.reporting.services.periods import seed_regime

pytestmark = pytest.mark.django_db


def test_demo_is_idempotent_and_the_grid_shows_on_time_late_and_missing(
    seed_plan, agencies, client, coordinator
):
    first = reporting_demo_setup()
    assert first["reports"] == 7 and ReportingPeriod.objects.filter(year__range=(2020, 2026)).count() == 7
    assert reporting_demo_setup()["reports"] == 0
    grid = followup_grid(regime=seed_regime(), years=[2025], on=dt.date(2026, 2, 1))
    states = {str(row.agency.code): row.cells[0].state for row in grid.rows}
    assert states["so-noi-vu"] == "on_time" and states["so-y-te"] == "late"
    assert states["so-xay-dung"] == "missing"
    sent, on_time, expected = grid.rate(grid.periods[0])
    assert (sent, on_time) == (6, 5) and expected >= 7
    assert AgencyReport.objects.filter(status="accepted").count() == 5
    assert period_deadline_for_agency(
        agency=agencies["so-noi-vu"], regime=seed_regime(), year=2026
    ) == dt.date(2026, 12, 17)
    client.force_login(coordinator)
    page = client.get(reverse("reporting:followup"), follow=True)  # the one plan with a regime
    assert page.status_code == 200 and "Trễ hạn" in page.content.decode()
    report = consolidated_report_generate(actor=SYSTEM, period=grid.periods[0], issue=False)
    assert report.accepted_reports == 5


def test_followup_grid_runs_in_a_fixed_number_of_queries(seed_plan, django_assert_max_num_queries):
    reporting_demo_setup()
    regime = seed_regime()
    with django_assert_max_num_queries(15):
        grid = followup_grid(regime=regime, years=list(range(2020, 2027)), on=dt.date(2026, 2, 1))
        assert len(grid.rows) > 5
