"""Reads of plan targets and their progress; one query for the figures of every target shown."""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from trithuc.core.permissions import SYSTEM
from trithuc.kpis.models import Target
from trithuc.kpis.progress import Progress, assess, measured_series
from trithuc.plans.models import Plan
from trithuc.plans.selectors import plan_qs_in_force
from trithuc.reporting.models import AgencyReport, Indicator, IndicatorValue


@dataclass(frozen=True)
class Kpi:
    """A confirmed target with its figures and status."""

    target: Target
    progress: Progress
    cumulative: bool

    @property
    def latest(self) -> tuple[int, Decimal] | None:
        return self.progress.latest


@dataclass(frozen=True)
class PlanKpis:
    plan: Plan
    kpis: tuple[Kpi, ...]

    @property
    def warnings(self) -> int:
        return sum(1 for k in self.kpis if k.progress.warns)


def targets_qs(code: str, *statuses: str) -> QuerySet[Target]:
    qs = Target.objects.filter(plan_code=code).select_related("indicator")
    return qs.filter(status__in=statuses) if statuses else qs


def indicator_yearly_values(indicator_ids: set[int]) -> dict[int, dict[int, Decimal]]:
    """Each indicator's consolidated figure per year, from accepted agency reports only.

    A period adds up as the consolidated report does (sum over agencies, or their max); a year of several
    periods adds its periods for a flow ('sum') and takes its last period for a stock ('last', 'max')."""
    if not indicator_ids:
        return {}
    rows = IndicatorValue.objects.filter(
        indicator_id__in=indicator_ids, report__status=AgencyReport.Status.ACCEPTED
    ).values_list(
        "indicator_id", "indicator__aggregation", "report__period__year", "report__period__number", "value"
    )
    periods: dict[tuple[int, int, int], list[Decimal]] = defaultdict(list)
    aggregation: dict[int, str] = {}
    for indicator_id, how, year, number, value in rows:
        periods[(indicator_id, year, number)].append(value)
        aggregation[indicator_id] = how
    per_period: dict[int, dict[int, list[tuple[int, Decimal]]]] = defaultdict(lambda: defaultdict(list))
    for (indicator_id, year, number), values in periods.items():
        how = aggregation[indicator_id]
        total = max(values) if how == Indicator.Aggregation.MAX else sum(values, Decimal(0))
        per_period[indicator_id][year].append((number, total))
    out: dict[int, dict[int, Decimal]] = {}
    for indicator_id, years in per_period.items():
        how = aggregation[indicator_id]
        out[indicator_id] = {
            year: (
                sum((v for _, v in parts), Decimal(0))
                if how == Indicator.Aggregation.SUM
                else sorted(parts)[-1][1]
            )
            for year, parts in years.items()
        }
    return out


def is_cumulative(target: Target) -> bool:
    """ "Đến năm 2030 có 100 doanh nghiệp" over a flow reported each year: the years add up. A percentage, a
    yearly target or a stock indicator is read year by year."""
    indicator = target.indicator
    return (
        indicator is not None
        and not target.yearly
        and target.unit.strip() != "%"
        and indicator.aggregation == Indicator.Aggregation.SUM
    )


def kpis_of(targets: list[Target], *, as_of: dt.date | None = None) -> list[Kpi]:
    """Progress of confirmed targets, their figures read in one query."""
    this_year = (as_of or timezone.localdate()).year
    values = indicator_yearly_values({t.indicator_id for t in targets if t.indicator_id})
    out = []
    for target in targets:
        cumulative = is_cumulative(target)
        if target.indicator_id is None:
            progress = Progress((), target.year, None, None, "no_indicator")
        else:
            points = measured_series(values.get(target.indicator_id, {}), cumulative=cumulative)
            if as_of is not None:
                points = tuple(p for p in points if p[0] <= as_of.year)
            progress = assess(
                points=points,
                value=target.value,
                comparator=target.comparator,
                year=target.year,
                yearly=target.yearly,
                this_year=this_year,
                percent=target.unit.strip() == "%",
            )
        out.append(Kpi(target, progress, cumulative))
    return out


def plan_kpis(plan: Plan, *, as_of: dt.date | None = None) -> PlanKpis:
    confirmed = list(targets_qs(plan.code, Target.Status.CONFIRMED))
    return PlanKpis(plan, tuple(kpis_of(confirmed, as_of=as_of)))


def kpis_overview(user: Any, *, as_of: dt.date | None = None) -> list[PlanKpis]:
    """Every plan in force the user may see, with its confirmed targets (plans with none are left out)."""
    plans = list(plan_qs_in_force(user).order_by("code"))
    targets: dict[str, list[Target]] = defaultdict(list)
    for target in Target.objects.filter(
        plan_code__in=[p.code for p in plans], status=Target.Status.CONFIRMED
    ).select_related("indicator"):
        targets[target.plan_code].append(target)
    kpis = kpis_of([t for p in plans for t in targets[p.code]], as_of=as_of)
    by_code: dict[str, list[Kpi]] = defaultdict(list)
    for kpi in kpis:
        by_code[kpi.target.plan_code].append(kpi)
    return [PlanKpis(p, tuple(by_code[p.code])) for p in plans if by_code[p.code]]


def kpis_projected_to_miss(
    user: Any = SYSTEM, *, as_of: dt.date | None = None, plan_codes: list[str] | None = None
) -> list[Kpi]:
    """Confirmed targets of plans in force whose trend misses them (projected to miss, or missed at their year),
    for early warnings and the digest. `user` limits to the plans they may see (SYSTEM: all)."""
    groups = kpis_overview(user, as_of=as_of)
    return [
        kpi
        for group in groups
        if plan_codes is None or group.plan.code in plan_codes
        for kpi in group.kpis
        if kpi.progress.warns
    ]
