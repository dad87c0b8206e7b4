"""Reporting per plan (#13): each plan has its own regime, rhythm, indicators, grid and consolidated report;
an agency sees what it owes across plans; the command line names the plan or finds the one that fits."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from trithuc.core.permissions import SYSTEM
from trithuc.reporting import seed_data
from trithuc.reporting.calendar import PeriodSpec, period_spec_parse
from trithuc.reporting.consolidated import consolidated_report_data
from trithuc.reporting.models import Indicator, ReportingRegime
from trithuc.reporting.selectors import followup_grid, report_form, reports_missing_by_plan, reports_owed
from trithuc.reporting.services.periods import periods_generate, seed_regime
from trithuc.reporting.services.reminders import reminder_lines
from trithuc.reporting.services.reports import (
    IndicatorInput,
    ReportInput,
    TaskInput,
    report_accept,
    report_open,
    report_return,
    report_save,
    report_submit,
)
from trithuc.reporting.tests.factories import accepted_report, annual_period, second_plan

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_plans(seed_plan, agencies):
    """kl52 yearly (2025) beside nq214 quarterly (2025-2026)."""
    annual_period(2025)
    plan, regime = second_plan(agencies)
    return seed_plan, plan, regime


def _accepted_quarterly(period, agency, count: int):
    return report_accept(actor=SYSTEM, report=_submitted_quarterly(period, agency, count))


def _submitted_quarterly(period, agency, count: int):
    report = report_open(actor=SYSTEM, period=period, agency=agency)
    form = report_form(report)
    data = ReportInput(
        version=report.version,
        tasks={
            line.item.pk: TaskInput("in_progress", "Đang chuẩn hóa.") for line in form.tasks if line.is_lead
        },
        indicators={"bo-du-lieu-mo": IndicatorInput(Decimal(count))},
    )
    return report_submit(actor=SYSTEM, report=report_save(actor=SYSTEM, report=report, data=data))


def test_the_seeded_indicators_belong_to_the_seed_plans_yearly_regime(seed_plan):
    """The migration gave every indicator stored before #13 the seeded regime, which names the seed plan."""
    regime = seed_regime()
    assert regime.plan_code == seed_plan.code == seed_data.ANNUAL_REGIME_PLAN
    assert regime.frequency == "annual" and regime.registry_section
    assert set(Indicator.objects.values_list("regime_id", flat=True)) == {regime.pk}
    assert regime.indicators.count() == len(seed_data.INDICATORS)


def test_each_plan_has_its_own_rhythm_periods_and_indicators(two_plans, agencies):
    kl52, nq214, regime = two_plans
    labels = [p.label for p in regime.periods.order_by("year", "number")]
    assert labels[:4] == ["Quý I/2025", "Quý II/2025", "Quý III/2025", "Quý IV/2025"]
    q2 = regime.periods.get(year=2025, number=2)
    assert (q2.start, q2.end) == (dt.date(2025, 3, 15), dt.date(2025, 6, 14))  # Decree 09: quarter cut-off
    assert q2.agency_due > q2.end and q2.agency_due.weekday() < 5
    # The same indicator code may exist in two regimes: each regime's form shows only its own.
    Indicator.objects.create(
        regime=seed_regime(), code="bo-du-lieu-mo", name="Bộ dữ liệu (kl52)", unit="bộ", aggregation="sum"
    )
    quarterly = report_form(report_open(actor=SYSTEM, period=q2, agency=agencies["so-noi-vu"]))
    assert [line.indicator.regime_id for line in quarterly.indicators] == [regime.pk]
    assert {line.item.plan_id for line in quarterly.tasks} == {nq214.pk}
    yearly_period = seed_regime().periods.get(year=2025)
    yearly = report_form(report_open(actor=SYSTEM, period=yearly_period, agency=agencies["so-noi-vu"]))
    assert {line.indicator.regime.plan_code for line in yearly.indicators} == {"kl52"}
    assert {line.item.plan_id for line in yearly.tasks} == {kl52.pk}
    with pytest.raises(Exception, match="Không có chỉ tiêu|không có"):
        report_save(
            actor=SYSTEM,
            report=quarterly.report,
            data=ReportInput(version=0, indicators={"hoi-nghi-quan-triet": IndicatorInput(Decimal(1))}),
        )


def test_the_grid_and_its_page_are_per_plan(two_plans, agencies, client, coordinator):
    _, nq214, regime = two_plans
    q1 = regime.periods.get(year=2025, number=1)
    _accepted_quarterly(q1, agencies["so-noi-vu"], 2)
    grid = followup_grid(regime=regime, years=[2025], on=dt.date(2026, 2, 1))
    states = {row.agency.code: [c.state for c in row.cells] for row in grid.rows}
    assert set(states) == {"so-noi-vu", "so-gddt"}  # only the agencies leading this plan's tasks
    assert states["so-noi-vu"][0] == "late" and states["so-gddt"][0] == "missing"  # sent today, long after
    client.force_login(coordinator)
    page = client.get(reverse("reporting:plan_followup", args=[nq214.code])).content.decode()
    assert "Quý I/2025" in page and "Năm 2025" not in page
    page = client.get(reverse("reporting:plan_followup", args=["kl52"])).content.decode()
    assert "Năm 2025" in page and "Quý I/2025" not in page
    # The old address offers both plans once there are two.
    chooser = client.get(reverse("reporting:followup"))
    assert chooser.status_code == 200
    html = chooser.content.decode()
    assert reverse("reporting:plan_followup", args=["kl52"]) in html
    assert reverse("reporting:plan_followup", args=["nq214"]) in html
    assert client.get(reverse("reporting:plan_followup", args=["khong-co"])).status_code == 404


def test_a_plan_page_shows_its_own_periods(two_plans, client, reporter_a):
    client.force_login(reporter_a)
    page = client.get(reverse("reporting:plan_periods", args=["nq214"])).content.decode()
    assert "Quý IV/2026" in page and "Năm 2025" not in page


def test_the_consolidated_report_is_per_plan(two_plans, agencies):
    _, nq214, regime = two_plans
    q1 = regime.periods.get(year=2025, number=1)
    _accepted_quarterly(q1, agencies["so-noi-vu"], 3)
    accepted_report(seed_regime().periods.get(year=2025), agencies["so-gddt"])
    data = consolidated_report_data(period=q1, dated=dt.date(2025, 4, 1))
    assert data.plan_code == "nq214" and data.period_phrase == "quý I/2025"
    assert data.summary == "Kết quả tạo lập dữ liệu số trên địa bàn tỉnh Lâm Đồng quý I/2025"
    assert [(i.code, i.total) for i in data.indicators] == [("bo-du-lieu-mo", Decimal(3))]
    assert {t.ref for s in data.sections for t in s.tasks} == {"I.1", "I.2"}
    assert data.registry is None  # the registry section belongs to the regime that asks for it
    yearly = consolidated_report_data(period=seed_regime().periods.get(year=2025), dated=dt.date(2026, 1, 5))
    assert yearly.plan_code == "kl52" and "bo-du-lieu-mo" not in {i.code for i in yearly.indicators}


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("2025", PeriodSpec("annual", 2025, 1)),
        ("2025-Q2", PeriodSpec("quarterly", 2025, 2)),
        ("Q3/2026", PeriodSpec("quarterly", 2026, 3)),
        ("2025-H1", PeriodSpec("half-yearly", 2025, 1)),
        ("2026-06", PeriodSpec("monthly", 2026, 6)),
        ("6/2026", PeriodSpec("monthly", 2026, 6)),
    ],
)
def test_period_names_as_typed(text, spec):
    assert period_spec_parse(text) == spec


@pytest.mark.parametrize("text", ["", "năm nay", "2025-13", "2025-Q5"])
def test_unreadable_period_names_are_refused_in_vietnamese(text):
    with pytest.raises(ValueError, match="không đọc được"):
        period_spec_parse(text)


def test_cli_finds_the_one_plan_with_the_period_and_lists_them_when_several(two_plans, agencies, tmp_path):
    _, _, regime = two_plans
    _accepted_quarterly(regime.periods.get(year=2025, number=2), agencies["so-noi-vu"], 1)
    accepted_report(seed_regime().periods.get(year=2025), agencies["so-gddt"])
    out = tmp_path / "q2.docx"
    call_command("report_consolidated", period="2025-Q2", out=str(out))  # only nq214 reports quarterly
    assert out.read_bytes()[:2] == b"PK" and out.with_suffix(".xlsx").exists()
    call_command("report_consolidated", period="2025", out=str(tmp_path / "y.docx"))  # only kl52 is yearly
    yearly_nq214 = ReportingRegime.objects.create(
        code="nq214-hang-nam",
        plan_code="nq214",
        name="Báo cáo năm",
        reporters="Các sở",
        recipient="Sở Khoa học và Công nghệ",
        frequency="annual",
    )
    periods_generate(actor=SYSTEM, regime=yearly_nq214, years=[2025])
    with pytest.raises(CommandError, match=r"Kỳ năm 2025 có ở 2 kế hoạch: kl52, nq214\. Hãy chọn"):
        call_command("report_consolidated", period="2025", out=str(tmp_path / "x.docx"))
    call_command("report_consolidated", period="2025", plan="kl52", out=str(tmp_path / "kl52.docx"))
    assert (tmp_path / "kl52.docx").exists()
    with pytest.raises(CommandError, match="Không có kế hoạch mã “khac”"):
        call_command("report_consolidated", period="2025", plan="khac", out=str(tmp_path / "k.docx"))
    with pytest.raises(
        CommandError, match=r"Chưa có kỳ báo cáo tháng 6/2025\. Năm 2025 có kỳ báo cáo ở: kl52"
    ):
        call_command("report_consolidated", period="2025-06", out=str(tmp_path / "m.docx"))


def test_an_agency_sees_what_it_owes_across_plans(seed_plan, agencies, client, reporter_a, reporter_b):
    today = timezone.localdate()
    years = [today.year, today.year + 1]
    periods_generate(actor=SYSTEM, regime=seed_regime(), years=years)
    _, regime = second_plan(agencies, years=years)
    owed = reports_owed(on=today, agency_ids={agencies["so-noi-vu"].pk})
    assert {o.plan.code for o in owed} == {"kl52", "nq214"}
    assert [o.period.agency_due for o in owed] == sorted(o.period.agency_due for o in owed)  # due first
    client.force_login(reporter_a)
    html = client.get(reverse("reporting:period_list")).content.decode()
    assert 'id="reports-owed"' in html and "Sở Nội vụ" in html
    assert reverse("reporting:plan_periods", args=["nq214"]) in html
    assert reverse("reporting:plan_periods", args=["kl52"]) in html
    # Sent is no longer owed; returned is owed again.
    quarter = next(o.period for o in owed if o.plan.code == "nq214")
    sent = _accepted_quarterly(quarter, agencies["so-noi-vu"], 1)
    assert quarter not in {o.period for o in reports_owed(on=today, agency_ids={agencies["so-noi-vu"].pk})}
    gddt = _submitted_quarterly(quarter, agencies["so-gddt"], 2)
    report_return(actor=SYSTEM, report=gddt, reason="Thiếu số liệu.")
    owed_b = reports_owed(on=today, agency_ids={agencies["so-gddt"].pk})
    assert any(o.period == quarter and o.state == "returned" for o in owed_b)
    assert sent.period.regime == regime
    # The overview's count per plan: past the deadline and not sent.
    later = max(o.period.agency_due for o in owed) + dt.timedelta(days=1)
    missing = reports_missing_by_plan(on=later)
    assert set(missing) <= {"kl52", "nq214"} and missing.get("nq214", 0) >= 1


def test_reminders_name_the_plan_of_each_report(two_plans, agencies, reporter_a, coordinator):
    lines = reminder_lines(on=dt.date(2025, 12, 15))  # kl52's 2025 and nq214's Q4/2025 both fall due
    texts = lines[reporter_a.pk]
    assert any("(kl52)" in t and "Năm 2025" in t for t in texts)
    assert any("(nq214)" in t and "Quý IV/2025" in t for t in texts)
    late = reminder_lines(on=dt.date(2026, 1, 5))[coordinator.pk]
    assert any(t.startswith("Kỳ Quý IV/2025 (nq214):") for t in late)
    assert any(t.startswith("Kỳ Năm 2025 (kl52):") for t in late)


def test_plan_pages_check_the_role(two_plans, client, expert, reporter_a):
    client.force_login(expert)
    assert client.get(reverse("reporting:plan_periods", args=["nq214"])).status_code == 404
    client.force_login(reporter_a)
    assert client.get(reverse("reporting:plan_followup", args=["nq214"])).status_code == 404


def test_the_api_names_the_plan_of_periods_indicators_and_reports(two_plans, client, reporter_a):
    from trithuc.api.services import api_token_create

    token = api_token_create(actor=reporter_a, name="phần mềm của đơn vị")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    periods = client.get("/api/v1/periods?plan=nq214&limit=100", **auth).json()["items"]
    assert periods and {p["plan"] for p in periods} == {"nq214"} and periods[0]["label"].startswith("Quý")
    indicators = client.get("/api/v1/indicators?plan=nq214", **auth).json()["items"]
    assert [(i["plan"], i["code"]) for i in indicators] == [("nq214", "bo-du-lieu-mo")]
    opened = client.post(
        "/api/v1/reports",
        {"agency": "so-noi-vu", "period": "2025-Q3"},  # only nq214 reports quarterly: no plan needed
        content_type="application/json",
        **auth,
    )
    assert opened.status_code == 200 and opened.json()["plan"] == "nq214"
    assert opened.json()["period_label"] == "Quý III/2025"
    ReportingRegime.objects.create(
        code="nq214-hang-nam",
        plan_code="nq214",
        name="Báo cáo năm",
        reporters="Các sở",
        recipient="Sở",
        frequency="annual",
    )
    periods_generate(actor=SYSTEM, regime=ReportingRegime.objects.get(code="nq214-hang-nam"), years=[2025])
    ambiguous = client.post(
        "/api/v1/reports", {"agency": "so-noi-vu", "year": 2025}, content_type="application/json", **auth
    )
    assert ambiguous.status_code == 422 and "kl52, nq214" in ambiguous.json()["detail"]
    chosen = client.post(
        "/api/v1/reports",
        {"agency": "so-noi-vu", "year": 2025, "plan": "kl52"},
        content_type="application/json",
        **auth,
    )
    assert chosen.status_code == 200 and chosen.json()["plan"] == "kl52"


def test_the_overview_count_of_missing_reports_is_cached_and_follows_every_write(
    two_plans, agencies, settings, django_assert_max_num_queries
):
    """The home page reads the count from the cache; a report sent or returned, a period added or the plan's
    assignments changed shows on the next read."""
    from django.core.cache import cache

    from trithuc.plans.models import Assignment
    from trithuc.plans.services.stamp import plans_changed

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "m"}
    }
    cache.clear()
    _, nq214, regime = two_plans
    quarter = regime.periods.get(year=2025, number=2)
    on = quarter.agency_due + dt.timedelta(days=1)
    first = reports_missing_by_plan(on=on)["nq214"]
    assert first >= 2
    with django_assert_max_num_queries(4):  # plans, regimes, the window's stamps, the plans' stamps
        assert reports_missing_by_plan(on=on)["nq214"] == first
    sent = _submitted_quarterly(quarter, agencies["so-noi-vu"], 1)
    assert reports_missing_by_plan(on=on)["nq214"] == first - 1
    report_return(actor=SYSTEM, report=sent, reason="Thiếu số liệu.")
    assert reports_missing_by_plan(on=on)["nq214"] == first
    # Who owes a report comes from the plan's assignments: one agency fewer leading, one report fewer owed.
    leads = Assignment.objects.filter(item__plan=nq214, role=Assignment.Role.LEAD)
    dropped = leads.exclude(agency=agencies["so-noi-vu"]).values_list("agency", flat=True).first()
    leads.filter(agency=dropped).delete()
    plans_changed([nq214])  # written around the services, as a bulk change would be
    assert reports_missing_by_plan(on=on)["nq214"] == first - 1
    cache.clear()
    assert reports_missing_by_plan(on=on)["nq214"] == first - 1  # the cached figure was the computed one
