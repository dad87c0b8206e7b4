"""The demo step: targets confirmed with indicators and past years' accepted figures; a second run adds nothing."""

from trithuc.kpis.demo import TARGETS, kpis_demo_setup
from trithuc.kpis.selectors import plan_kpis
from trithuc.reporting.tests.factories import annual_period


def test_demo_targets_have_a_trend_and_run_twice_safely(seed_plan):
    for year in (2022, 2023, 2024):
        annual_period(year)
    first = kpis_demo_setup()
    assert first == {"targets": len(TARGETS), "reports": 6}
    kpis = plan_kpis(seed_plan).kpis
    assert len(kpis) == len(TARGETS)
    assert all(len(k.progress.points) >= 2 and k.progress.projected is not None for k in kpis)
    assert len({k.progress.status for k in kpis}) > 1  # the page shows more than one kind of status
    assert kpis_demo_setup() == {"targets": 0, "reports": 0}
