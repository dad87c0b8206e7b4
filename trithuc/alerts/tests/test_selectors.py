"""Each kind of early warning on two plans in force, on explicit days (time travel by `on`, no frozen clock)."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from trithuc.alerts.digest import alert_digest_lines
from trithuc.alerts.selectors import Thresholds, alerts_load, kpi_alerts
from trithuc.alerts.tests.conftest import deadline_set, lead_of, progress_add
from trithuc.core.permissions import SYSTEM
from trithuc.plans.selectors import PlanSnapshot
from trithuc.reporting.models import AgencyReport, Indicator, ReportingRegime
from trithuc.reporting.selectors import expected_agency_ids
from trithuc.reporting.services.periods import periods_generate
from trithuc.reporting.services.reports import report_open
from trithuc.reporting.tests.factories import accepted_report, annual_period

ON = dt.date(2026, 11, 2)
DEFAULT = Thresholds(due_days=14, stalled_days=60, report_days=7, silent_days=90)


def _refs(alerts, code, kind):
    (plan,) = [p for p in alerts.plans if p.plan.code == code]
    return [a.row.item.ref for a in getattr(plan, kind)]


def test_due_soon_without_progress_in_both_plans(seed_plan, second_plan):
    deadline_set(seed_plan, "II.2.a", ON + dt.timedelta(days=5))
    reported = deadline_set(seed_plan, "II.2.b", ON + dt.timedelta(days=5))
    deadline_set(seed_plan, "II.2.c", ON + dt.timedelta(days=30))  # beyond N days
    deadline_set(second_plan, "II.1", ON + dt.timedelta(days=14))
    progress_add(reported, lead_of(reported), ON - dt.timedelta(days=3))

    alerts = alerts_load([seed_plan, second_plan], on=ON, thresholds=DEFAULT)

    assert _refs(alerts, "kl52", "due_soon") == ["II.2.a"]
    assert _refs(alerts, "na1026", "due_soon") == ["II.1"]
    (due,) = [a for p in alerts.plans for a in p.due_soon if p.plan.code == "na1026"]
    assert due.days_left == 14 and due.lead_ids == {lead_of(due.row.item).pk}
    # a week later the progress row made after `on` is not seen yet on `on`, and II.2.c is due within 14 days
    later = alerts_load([seed_plan], on=ON + dt.timedelta(days=20), thresholds=DEFAULT)
    assert _refs(later, "kl52", "due_soon") == ["II.2.c"]


def test_a_yearly_task_is_due_soon_before_its_cutoff_until_it_reports(seed_plan):
    """III.1.a is yearly (cut-off 14/12): ten days before it, with nothing reported for 2026, it is at risk."""
    on = dt.date(2026, 12, 4)
    assert "III.1.a" in _refs(alerts_load([seed_plan], on=on, thresholds=DEFAULT), "kl52", "due_soon")
    item = seed_plan.items.get(ref="III.1.a")
    progress_add(item, lead_of(item), on - dt.timedelta(days=1))
    assert "III.1.a" not in _refs(alerts_load([seed_plan], on=on, thresholds=DEFAULT), "kl52", "due_soon")


def test_stalled_counts_from_the_last_update_or_the_plan_start(seed_plan, second_plan, settings):
    quiet = deadline_set(seed_plan, "II.2.c", dt.date(2027, 6, 30))
    busy = deadline_set(seed_plan, "II.2.d", dt.date(2027, 6, 30))
    progress_add(quiet, lead_of(quiet), ON - dt.timedelta(days=93))
    progress_add(busy, lead_of(busy), ON - dt.timedelta(days=13))
    deadline_set(second_plan, "II.2", dt.date(2027, 3, 31))  # never reported; the plan dates from 26/11/2025

    alerts = alerts_load([seed_plan, second_plan], on=ON, thresholds=DEFAULT)

    stalled = {a.row.item.ref: a for p in alerts.plans for a in p.stalled}
    assert "II.2.c" in stalled and "II.2.d" not in stalled
    assert _refs(alerts, "na1026", "stalled") == ["II.2"]
    # a yearly task with nothing reported since the previous cut-off (14/12/2025) is stalled too
    assert stalled["III.1.a"].since == dt.date(2025, 12, 14) and stalled["III.1.a"].last_update is None
    assert set(_refs(alerts, "kl52", "stalled")) == {"II.2.c", "III.1.a", "III.7.b", "III.8.a"}
    assert stalled["II.2.c"].days_quiet == 93 and stalled["II.2.c"].last_update == ON - dt.timedelta(days=93)
    assert stalled["II.2"].last_update is None and stalled["II.2"].since == dt.date(2025, 11, 26)
    # earlier in time, II.2.c had been quiet for less than M days
    earlier = alerts_load([seed_plan], on=ON - dt.timedelta(days=50), thresholds=DEFAULT)
    assert "II.2.c" not in _refs(earlier, "kl52", "stalled")
    # M comes from the settings
    settings.ALERT_STALLED_DAYS = 100
    assert "II.2.c" not in _refs(alerts_load([seed_plan], on=ON), "kl52", "stalled")


def test_a_done_task_raises_no_warning(seed_plan):
    item = deadline_set(seed_plan, "II.2.a", ON + dt.timedelta(days=5))
    progress_add(item, lead_of(item), ON - dt.timedelta(days=200), completed=True)
    alerts = alerts_load([seed_plan], on=ON, thresholds=DEFAULT)
    assert "II.2.a" not in _refs(alerts, "kl52", "due_soon") + _refs(alerts, "kl52", "stalled")


def test_reports_not_started_near_the_cutoff_per_plan(seed_plan, second_plan, agencies):
    yearly = annual_period(2026)
    assert yearly.regime.plan_code == seed_plan.code  # each plan its own regime
    monthly = ReportingRegime.objects.create(
        code="na1026-hang-thang",
        name="Báo cáo tháng",
        reporters="Các sở, ngành",
        recipient="Công an tỉnh",
        frequency=ReportingRegime.Frequency.MONTHLY,
        plan_code=second_plan.code,
    )
    november = next(p for p in periods_generate(actor=SYSTEM, regime=monthly, years=[2026]) if p.number == 11)
    on = november.agency_due - dt.timedelta(days=3)
    assert yearly.agency_due > on + dt.timedelta(days=7)  # the yearly report is not near yet
    owing = expected_agency_ids(PlanSnapshot.load(second_plan, on), november)
    assert owing
    first = min(owing)
    draft = report_open(
        actor=SYSTEM, period=november, agency=agencies_by_pk(agencies)[first]
    )  # a draft counts
    AgencyReport.objects.filter(pk=draft.pk).update(
        created_at=timezone.make_aware(dt.datetime.combine(on, dt.time(8)))
    )

    alerts = alerts_load([seed_plan, second_plan], on=on, thresholds=DEFAULT)

    (na,) = [p for p in alerts.plans if p.plan.code == "na1026"]
    assert {r.agency.pk for r in na.reports} == owing - {first}
    assert {r.period for r in na.reports} == {november}
    assert all(r.days_left == 3 for r in na.reports)
    (kl52,) = [p for p in alerts.plans if p.plan.code == "kl52"]
    assert kl52.reports == []
    # the yearly period of kl52, five days before its deadline
    near = alerts_load([seed_plan], on=yearly.agency_due - dt.timedelta(days=5), thresholds=DEFAULT)
    assert {r.agency.pk for r in near.plans[0].reports} == expected_agency_ids(
        PlanSnapshot.load(seed_plan, yearly.agency_due), yearly
    )


def agencies_by_pk(agencies):
    return {a.pk: a for a in agencies.values()}


def test_silent_agencies_across_all_plans(seed_plan, second_plan, agencies):
    item = seed_plan.items.get(ref="II.2.a")
    talker = lead_of(item)
    progress_add(item, talker, ON - dt.timedelta(days=20))

    alerts = alerts_load([seed_plan, second_plan], on=ON, thresholds=DEFAULT)

    silent = {s.agency.pk: s for s in alerts.silent}
    assert talker.pk not in silent
    na_lead = lead_of(second_plan.items.get(ref="II.1"))
    assert na_lead.pk in silent and second_plan in silent[na_lead.pk].plans
    # before that update was sent, the agency was silent too
    before = alerts_load([seed_plan], on=ON - dt.timedelta(days=21), thresholds=DEFAULT)
    assert talker.pk in {s.agency.pk for s in before.silent}
    # an agency bound by plans for less than the silence is not called silent
    young = alerts_load([second_plan], on=dt.date(2026, 1, 10), thresholds=DEFAULT)
    assert young.silent == []


def test_an_agency_sees_only_its_own_warnings(seed_plan, second_plan):
    mine = deadline_set(seed_plan, "II.2.a", ON + dt.timedelta(days=5))
    other = deadline_set(seed_plan, "II.3.a", ON + dt.timedelta(days=5))
    assert lead_of(mine) != lead_of(other)
    alerts = alerts_load([seed_plan, second_plan], on=ON, agency_ids=frozenset({lead_of(mine).pk}))
    assert _refs(alerts, "kl52", "due_soon") == ["II.2.a"]
    assert {s.agency for s in alerts.silent} <= {lead_of(mine)}


def test_kpis_projected_to_miss_come_from_the_kpi_app(seed_plan, agencies, coordinator):
    """Runs once the KPI app (branch kpi13) is merged; before, the hook says there is no KPI app."""
    from django.apps import apps

    if not apps.is_installed("trithuc.kpis"):
        available, kpis = kpi_alerts([seed_plan], ON)
        assert (available, kpis) == (False, {})
        pytest.skip("the KPI app is not installed on this branch")
    from trithuc.kpis.services import target_create

    for year, people in ((2024, 50), (2025, 70)):  # 100 then 240 people: far from 10,000 by 2030
        period = annual_period(year)
        accepted_report(period, agencies["so-noi-vu"], people=people, women=20)
        accepted_report(period, agencies["lhh"], people=people, women=20)
    target_create(
        actor=SYSTEM,
        plan=seed_plan,
        text="Đến năm 2030 có ít nhất 10000 lượt người",
        value=Decimal(10000),
        unit="lượt người",
        year=2030,
        indicator=Indicator.objects.get(code="luot-can-bo-quan-triet"),
    )
    alerts = alerts_load([seed_plan], on=dt.date(2026, 1, 10), thresholds=DEFAULT)
    assert alerts.kpis_available
    (kpi,) = alerts.plans[0].kpis
    assert kpi.name == "Đến năm 2030 có ít nhất 10000 lượt người" and kpi.year == 2030
    assert kpi.projected < kpi.target
    assert any("Chỉ tiêu" in line for line in alert_digest_lines(dt.date(2026, 1, 10))[coordinator.pk])
