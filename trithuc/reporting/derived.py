"""Indicator figures measured by another module (events count conferences and their participants).

Reporting defines what such a source gives and does everything with the figures: the report form shows them
read-only with where they came from, and the report's save and submit write them into the report, so the
submitted version, the Excel form and the consolidated report carry them. The module that measures them
registers its source when the app loads (`events/apps.py`), so reporting imports no module above it.
An agency with no such figure for the period keeps typing it.
"""

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import reduce
from operator import or_
from typing import Any

from django.db.models import Q, QuerySet

from trithuc.reporting.models import AgencyReport, Indicator, IndicatorValue


@dataclass(frozen=True)
class DerivedFigure:
    """One indicator's figure from a source: value, breakdowns, and the line that says where it came from."""

    value: Decimal
    breakdown: dict[str, dict[str, Decimal]]
    source: str  # starts with the source's mark ("Từ sự kiện: 3 sự kiện từ …")


@dataclass(frozen=True)
class FigureSource:
    """`figures(agency_id=, start=, end=)` gives the figures of an agency for a period, by indicator code."""

    mark: str  # every note written from this source starts with it
    figures: Callable[..., dict[str, DerivedFigure]]


_SOURCES: dict[str, FigureSource] = {}


def figure_source_register(source: FigureSource) -> None:
    """Called from an app's `ready()`; registering the same mark again replaces it (reloads stay idempotent)."""
    _SOURCES[source.mark] = source


def _figures(report: AgencyReport) -> dict[str, DerivedFigure]:
    out: dict[str, DerivedFigure] = {}
    for source in _SOURCES.values():
        out.update(
            source.figures(agency_id=report.agency_id, start=report.period.start, end=report.period.end)
        )
    return out


def _derived_values(report: AgencyReport) -> QuerySet[IndicatorValue]:
    """The report's values written from a source (their note starts with its mark)."""
    if not _SOURCES:
        return report.indicator_values.none()
    return report.indicator_values.filter(reduce(or_, (Q(note__startswith=m) for m in _SOURCES)))


def report_lines_with_derived(report: AgencyReport, lines: list[Any]) -> list[Any]:
    """The report form's indicator lines with derived figures in place (read-only, with their source).

    A report that can still be edited shows today's figures; a submitted one shows what it was submitted with,
    and still says which figures were derived.
    """
    if report.is_editable:
        figures = _figures(report)
        return [
            dataclasses.replace(line, value=f.value, breakdown=f.breakdown, source=f.source)
            if (f := figures.get(line.indicator.code))
            else line
            for line in lines
        ]
    notes = dict(_derived_values(report).values_list("indicator__code", "note"))
    return [
        dataclasses.replace(line, source=notes[line.indicator.code]) if line.indicator.code in notes else line
        for line in lines
    ]


def report_derived_values_store(*, report: AgencyReport) -> int:
    """Write the derived figures into an editable report (inside the caller's transaction: reporting's save and
    submit); a figure derived earlier whose records are gone is removed. Returns the rows written."""
    if not report.is_editable:
        return 0
    figures = _figures(report)
    for row in _derived_values(report).exclude(indicator__code__in=figures):
        # The records are gone (moved, deleted): a figure still equal to what they gave is theirs and goes; one
        # the agency has typed since (the field is editable again) stays, as a typed figure.
        if row.note.endswith(f"= {row.value.normalize():f}"):
            row.delete()
        else:
            IndicatorValue.objects.filter(pk=row.pk).update(note="")
    indicators = {
        i.code: i
        for i in Indicator.objects.filter(regime_id=report.period.regime_id, code__in=figures, is_active=True)
    }
    for code, figure in figures.items():
        if code not in indicators:
            continue
        breakdown = {
            dim: {cat: str(value) for cat, value in cats.items()}
            for dim, cats in figure.breakdown.items()
            if dim in indicators[code].breakdowns
        }
        IndicatorValue.objects.update_or_create(
            report=report,
            indicator=indicators[code],
            defaults={
                "value": figure.value,
                "breakdown": breakdown,
                "note": f"{figure.source} = {figure.value.normalize():f}",
            },
        )
    return len(indicators)
