"""Targets of a plan: proposed from its text, confirmed by its coordinator, tracked by an indicator's accepted
figures; the pages, the overview and the early-warning selector."""

import datetime as dt
from decimal import Decimal

import pytest
from django.urls import reverse

from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM
from trithuc.kpis import selectors, services
from trithuc.kpis.models import Target
from trithuc.kpis.progress import Status
from trithuc.plans.models import Plan
from trithuc.plans.services.plan_version import ItemChange, plan_version_create
from trithuc.reporting.models import Indicator
from trithuc.reporting.tests.factories import accepted_report, annual_period

TEXT = """KẾ HOẠCH
Chuyển đổi số doanh nghiệp giai đoạn 2025 - 2030
I. MỤC TIÊU
1. Đến hết năm 2030: có ít nhất 60% doanh nghiệp nhỏ và vừa ứng dụng công nghệ số.
2. Mỗi năm hỗ trợ ít nhất 200 doanh nghiệp chuyển đổi số.
Hiện nay toàn tỉnh có 1.200 doanh nghiệp.
II. NHIỆM VỤ
1. Sở Khoa học và Công nghệ chủ trì xây dựng chương trình hỗ trợ.
"""


@pytest.fixture
def plan(seed_plan):
    Plan.objects.filter(pk=seed_plan.pk).update(source_text=TEXT)
    seed_plan.refresh_from_db()
    return seed_plan


def _form(target, **changes):
    data = {
        "text": target.text,
        "value": str(target.value),
        "unit": target.unit,
        "comparator": target.comparator,
        "year": target.year or "",
        "indicator": "",
    }
    if target.yearly:
        data["yearly"] = "on"
    data.update(changes)
    return {f"t{target.pk}-{k}": v for k, v in data.items() if v is not None}


def test_coordinator_confirms_and_discards_what_the_text_proposes(client, coordinator, plan):
    client.force_login(coordinator)
    response = client.post(reverse("kpis:propose", args=[plan.code]), follow=True)
    proposed = list(Target.objects.filter(plan_code=plan.code).order_by("position"))
    assert [(t.value, t.unit, t.year, t.yearly) for t in proposed] == [
        (Decimal(60), "%", 2030, False),
        (Decimal(200), "doanh nghiệp", None, True),
    ]
    assert "Đã đề xuất 2 chỉ tiêu" in response.content.decode()

    indicator = Indicator.objects.get(code="luot-can-bo-quan-triet")
    first, second = proposed
    client.post(
        reverse("kpis:confirm", args=[plan.code, first.pk]),
        _form(first, value="65", indicator=str(indicator.pk)),
    )
    client.post(reverse("kpis:discard", args=[plan.code, second.pk]))
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.value, first.indicator_id) == (Target.Status.CONFIRMED, 65, indicator.pk)
    assert second.status == Target.Status.DISCARDED

    client.post(reverse("kpis:propose", args=[plan.code]))  # nothing comes back, the discarded one neither
    assert Target.objects.filter(plan_code=plan.code).count() == 2


def test_a_target_needs_a_year_unless_yearly(coordinator, plan):
    target = Target.objects.create(plan_code=plan.code, text="Đạt 60% doanh nghiệp", value=60, unit="%")
    with pytest.raises(ServiceError, match="năm"):
        services.target_confirm(
            actor=coordinator,
            plan=plan,
            target=target,
            text=target.text,
            value=Decimal(60),
            unit="%",
            comparator="at_least",
            year=None,
            yearly=False,
            indicator=None,
        )


def test_only_the_coordinator_writes_targets(reporter_a, plan):
    with pytest.raises(ServiceError):
        services.targets_propose(actor=reporter_a, plan=plan)


def _tracked(plan, value, *, year=2030, code="luot-can-bo-quan-triet", unit="lượt người"):
    return services.target_create(
        actor=SYSTEM,
        plan=plan,
        text=f"Đến năm {year} có ít nhất {value} {unit}",
        value=Decimal(value),
        unit=unit,
        year=year,
        indicator=Indicator.objects.get(code=code),
    )


@pytest.fixture
def two_years(agencies, seed_plan):
    """Accepted figures of one indicator in 2024 and 2025 (sum of two agencies each year)."""
    for year, people in ((2024, 50), (2025, 70)):
        period = annual_period(year)
        accepted_report(period, agencies["so-noi-vu"], people=people, women=20)
        accepted_report(period, agencies["lhh"], people=people, women=20)


def test_figures_add_up_by_year_and_project_to_the_target_year(seed_plan, two_years):
    target = _tracked(seed_plan, 10000)  # a count "by 2030": the years add up (100, then 240)
    (kpi,) = selectors.plan_kpis(seed_plan, as_of=dt.date(2026, 1, 10)).kpis
    assert kpi.cumulative
    assert kpi.progress.points == ((2024, Decimal(100)), (2025, Decimal(240)))
    assert kpi.progress.projected == Decimal(240) + 5 * 140
    assert kpi.progress.status == Status.OFF_TRACK
    assert [k.target for k in selectors.kpis_projected_to_miss(as_of=dt.date(2026, 1, 10))] == [target]


def test_a_reachable_target_is_not_a_warning(seed_plan, two_years):
    _tracked(seed_plan, 900)
    (kpi,) = selectors.plan_kpis(seed_plan, as_of=dt.date(2026, 1, 10)).kpis
    assert kpi.progress.status == Status.ON_TRACK
    assert selectors.kpis_projected_to_miss(as_of=dt.date(2026, 1, 10)) == []


def test_targets_stay_with_the_plan_across_versions(seed_plan, two_years):
    target = _tracked(seed_plan, 900)
    task = seed_plan.items.filter(kind="task").order_by("position").first()
    newer = plan_version_create(
        actor=SYSTEM,
        previous=seed_plan,
        changes=[ItemChange(action="amend", ref=task.ref, text=task.text + " (sửa đổi)")],
        reason="Thử phiên bản mới",
    )
    assert newer.code == seed_plan.code and newer.pk != seed_plan.pk
    assert [k.target for k in selectors.plan_kpis(newer).kpis] == [target]


def test_plan_page_draws_the_trend_and_the_leader_sees_every_plan(client, leader, seed_plan, two_years):
    _tracked(seed_plan, 10000)
    client.force_login(leader)
    page = client.get(reverse("kpis:plan_kpis", args=[seed_plan.code])).content.decode()
    assert "<svg" in page and "<polyline" in page
    assert "Dự báo không đạt" in page
    assert "Đề xuất chỉ tiêu từ văn bản" not in page  # a leader reads, the coordinator confirms
    overview = client.get(reverse("kpis:overview")).content.decode()
    assert seed_plan.code in overview and "Đến năm 2030 có ít nhất 10000" in overview


def test_expert_sees_no_kpi_page(client, expert, seed_plan):
    client.force_login(expert)
    assert client.get(reverse("kpis:plan_kpis", args=[seed_plan.code])).status_code == 404


@pytest.mark.parametrize("page", ["kpis:plan_kpis", "kpis:overview"])
def test_pages_cost_the_same_with_more_targets(
    client, coordinator, seed_plan, two_years, page, django_assert_max_num_queries
):
    """The figures of every target come in one query and the form choices once: more targets, no more queries."""
    args = [seed_plan.code] if page == "kpis:plan_kpis" else []
    client.force_login(coordinator)
    _tracked(seed_plan, 900)
    Target.objects.create(plan_code=seed_plan.code, text="Đề xuất", value=5, unit="%")
    client.get(reverse(page, args=args))
    with django_assert_max_num_queries(20) as few:
        client.get(reverse(page, args=args))
    for value in (1000, 1100, 1200):
        _tracked(seed_plan, value, code="hoi-nghi-quan-triet", unit="hội nghị")
        Target.objects.create(plan_code=seed_plan.code, text=f"Đề xuất {value}", value=value, unit="người")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(reverse(page, args=args))


def test_a_plans_targets_are_measured_only_by_its_own_regimes_indicators(client, coordinator, plan, agencies):
    """Issue 13 point 4: the KPI page of a plan offers the indicators of its own reporting regime, not those of
    another plan's, and the service refuses one of another plan's regime whatever the form sent."""
    from trithuc.reporting.tests.factories import second_plan

    other, other_regime = second_plan(agencies, code="dl26")
    foreign = Indicator.objects.get(regime=other_regime, code="bo-du-lieu-mo")
    own = Indicator.objects.get(regime__plan_code=plan.code, code="luot-can-bo-quan-triet")
    target = Target.objects.create(plan_code=plan.code, text="Đạt 60 lượt", value=60, unit="lượt", year=2030)
    Target.objects.create(plan_code=other.code, text="Mở 20 bộ", value=20, unit="bộ", year=2030)

    client.force_login(coordinator)
    page = client.get(reverse("kpis:plan_kpis", args=[plan.code]))
    choices = {value for value, _label in page.context["proposed"][0][1].fields["indicator"].choices}
    assert str(own.pk) in choices and str(foreign.pk) not in choices
    assert choices - {""} == {
        str(i.pk) for i in Indicator.objects.filter(regime__plan_code=plan.code, is_active=True)
    }
    other_page = client.get(reverse("kpis:plan_kpis", args=[other.code]))
    other_choices = {
        value for value, _label in other_page.context["proposed"][0][1].fields["indicator"].choices
    }
    assert other_choices == {"", str(foreign.pk)}

    # The form refuses another plan's indicator, and so does the service called directly.
    client.post(
        reverse("kpis:confirm", args=[plan.code, target.pk]), _form(target, indicator=str(foreign.pk))
    )
    target.refresh_from_db()
    assert (target.status, target.indicator_id) == (Target.Status.PROPOSED, None)
    with pytest.raises(ServiceError) as refused:
        services.target_confirm(
            actor=SYSTEM,
            plan=plan,
            target=target,
            text=target.text,
            value=target.value,
            unit=target.unit,
            comparator=target.comparator,
            year=2030,
            yearly=False,
            indicator=foreign,
        )
    assert refused.value.field == "indicator"
    client.post(reverse("kpis:confirm", args=[plan.code, target.pk]), _form(target, indicator=str(own.pk)))
    target.refresh_from_db()
    assert (target.status, target.indicator_id) == (Target.Status.CONFIRMED, own.pk)
