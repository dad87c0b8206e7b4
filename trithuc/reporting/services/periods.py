"""Writes on the calendar and periods: seed tables and period generation from a regime."""

import datetime as dt
from typing import Any

from django.db import transaction

from trithuc.core import audit
from trithuc.core.actors import Actor
from trithuc.core.errors import Forbidden
from trithuc.core.permissions import Role, has_role
from trithuc.reporting import seed_data
from trithuc.reporting.calendar import add_working_days, period_windows
from trithuc.reporting.models import Holiday, Indicator, ReportingPeriod, ReportingRegime
from trithuc.reporting.selectors import calendar_load


def reporting_seed() -> dict[str, int]:
    """Holidays 2020-2030, the annual regime of the seed plan and its indicators; existing rows (admin edits) are
    left alone."""
    holidays = 0
    rows = seed_data.holiday_rows()
    stored = set(Holiday.objects.filter(date__in=[day for day, _ in rows]).values_list("date", flat=True))
    for day, name in rows:
        if day not in stored:  # one query for the days already there (every call after the first)
            holidays += Holiday.objects.get_or_create(date=day, defaults={"name": name})[1]
    data = dict(seed_data.ANNUAL_REGIME)
    regime, _ = ReportingRegime.objects.get_or_create(
        code=data.pop("code"),
        defaults={
            **data,
            "plan_code": seed_data.ANNUAL_REGIME_PLAN,
            "registry_section": True,
            "own_plan_item_ref": seed_data.ANNUAL_REGIME_OWN_PLAN_ITEM,
        },
    )
    indicators = indicators_seed(regime=regime, rows=seed_data.INDICATORS)
    return {"holidays": holidays, "indicators": indicators}


def seed_regime() -> ReportingRegime:
    """The seeded annual regime (of the seed plan), seeding it first if needed: for the demo, tests and benches."""
    reporting_seed()
    return ReportingRegime.objects.get(code=seed_data.ANNUAL_REGIME["code"])


def indicators_seed(*, regime: ReportingRegime, rows: list[tuple[Any, ...]]) -> int:
    """The regime's indicators from (code, name, unit, aggregation, breakdowns, plan ref) rows; existing ones
    are left alone. Returns how many were created."""
    created = 0
    stored = set(regime.indicators.values_list("code", flat=True))
    for position, (code, name, unit, how, breakdowns, ref) in enumerate(rows, start=1):
        if code in stored:
            continue
        created += Indicator.objects.get_or_create(
            regime=regime,
            code=code,
            defaults={
                "name": name,
                "unit": unit,
                "aggregation": how,
                "breakdowns": breakdowns,
                "position": position,
                "plan_ref": ref,
            },
        )[1]
    return created


def regime_ensure(*, code: str, plan_code: str, **fields: Any) -> ReportingRegime:
    """A plan's regime (created once; an existing one keeps what the administrator changed)."""
    regime, _ = ReportingRegime.objects.get_or_create(code=code, defaults={"plan_code": plan_code, **fields})
    return regime


@transaction.atomic(durable=True)
def periods_generate(
    *, actor: Actor, regime: ReportingRegime, years: range | list[int]
) -> list[ReportingPeriod]:
    """Create the periods of `years` with the legal cut-offs and working-day deadlines; existing ones are kept
    (regenerate after a holiday change by deleting the period in admin)."""
    if not has_role(actor, Role.COORDINATOR, Role.ADMINISTRATOR):
        raise Forbidden("Chỉ cán bộ điều phối hoặc quản trị mới tạo được kỳ báo cáo.")
    cal = calendar_load()
    periods = []
    for year in years:
        for window in period_windows(regime.frequency, year):

            def due(days: int, end: dt.date = window.end) -> dt.date:
                return add_working_days(end, days, cal.off_days, cal.working_weekend)

            period, created = ReportingPeriod.objects.get_or_create(
                regime=regime,
                year=year,
                number=window.number,
                defaults={
                    "start": window.start,
                    "end": window.end,
                    "agency_due": due(regime.agency_deadline_days),
                    "department_due": due(regime.department_deadline_days),
                    "province_due": due(regime.province_deadline_days),
                },
            )
            if created:
                period.full_clean()
            periods.append(period)
    audit.record(
        actor=actor,
        action="reporting.periods_generate",
        target=regime,
        extra={"years": list(years), "periods": len(periods)},
    )
    return periods
