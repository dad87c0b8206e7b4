"""The figures page: per reporting period, each agency's indicator figures from its events, beside the figure
its report holds (when the user may see that report), so a coordinator sees that nothing was typed twice."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from trithuc.agencies.models import Agency
from trithuc.events.indicators import EVENT_INDICATORS, Figure, event_figures_by_agency
from trithuc.reporting.models import Indicator, IndicatorValue, ReportingPeriod
from trithuc.reporting.selectors import report_qs_visible_to


@dataclass(frozen=True)
class FigureCell:
    event: Figure | None
    reported: Decimal | None

    @property
    def differs(self) -> bool:
        return self.event is not None and self.reported is not None and self.event.value != self.reported


@dataclass(frozen=True)
class AgencyFigures:
    agency: Agency
    report: Any
    cells: list[FigureCell]


@dataclass(frozen=True)
class PeriodFigures:
    periods: list[ReportingPeriod]
    period: ReportingPeriod | None
    indicators: list[Indicator]
    rows: list[AgencyFigures]
    totals: list[Decimal]
    explanations: dict[str, str]


def period_figures(*, user: Any, year: int | None) -> PeriodFigures:
    # The periods of the regimes whose indicators events measure (by code; each plan's regime has its own).
    measured = Indicator.objects.filter(code__in=EVENT_INDICATORS, is_active=True)
    periods = list(
        ReportingPeriod.objects.filter(regime__indicators__in=measured)
        .select_related("regime")
        .distinct()
        .order_by("-year", "-number", "regime__plan_code")
    )
    period = next((p for p in periods if p.year == year), None) if year else None
    if period is None and periods:
        period = periods[0]
    indicators = list(measured.filter(regime_id=period.regime_id).order_by("position")) if period else []
    if period is None:
        return PeriodFigures(periods, None, indicators, [], [], EVENT_INDICATORS)
    by_agency = event_figures_by_agency(start=period.start, end=period.end)
    reports = {
        r.agency_id: r for r in report_qs_visible_to(user).filter(period=period, agency_id__in=by_agency)
    }
    values = {
        (v.report_id, v.indicator_id): v.value
        for v in IndicatorValue.objects.filter(report__in=reports.values(), indicator__in=indicators)
    }
    rows = []
    for agency in Agency.objects.filter(pk__in=by_agency).order_by("name"):
        report = reports.get(agency.pk)
        cells = [
            FigureCell(
                by_agency[agency.pk].get(ind.code), values.get((report.pk, ind.pk)) if report else None
            )
            for ind in indicators
        ]
        rows.append(AgencyFigures(agency, report, cells))
    totals = [
        sum((event.value for r in rows if (event := r.cells[i].event)), Decimal(0))
        for i in range(len(indicators))
    ]
    return PeriodFigures(periods, period, indicators, rows, totals, EVENT_INDICATORS)
