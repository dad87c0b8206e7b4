"""Event figures feed the indicators of the reporting cycle, so nothing is entered twice.

An indicator that events measure (the codes below, seeded by reporting) takes its figure from the agency's
published events held within the period's data cut-off dates (Decree 09/2019: 15/12 of the year before to
14/12). Events register `report_figures` as a source of reporting's derived figures (reporting/derived.py), which
shows them read-only on the report form ("từ sự kiện") and writes them into the report when it is saved or
submitted. An agency with no such event in the period keeps typing the figure, as before the events module
existed.

An event counts on the day it ends (end_on, else start_on): a campaign or a contest counts when it is over.
"""

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import Count
from django.db.models.functions import Coalesce

from trithuc.events.models import ContestPrize, Event
from trithuc.reporting.derived import DerivedFigure, FigureSource, figure_source_register

SOURCE_MARK = "Từ sự kiện"
Kind = Event.Kind

# indicator code → what it counts (shown on the figures page)
EVENT_INDICATORS: dict[str, str] = {
    "hoi-nghi-quan-triet": "số hội nghị quán triệt, phổ biến đã công bố",
    "luot-can-bo-quan-triet": "tổng số người dự các hội nghị quán triệt (nữ, dân tộc thiểu số)",
    "tin-bai-tuyen-truyen": "tổng số tin, bài và phóng sự, chương trình của mọi sự kiện",
    "doi-thoai-tri-thuc": "số cuộc gặp mặt, đối thoại với trí thức",
    "luot-tri-thuc-doi-thoai": "tổng số người dự các cuộc gặp mặt, đối thoại (nữ, dân tộc thiểu số)",
    "hoi-thi-sang-tao": "số hội thi sáng tạo kỹ thuật",
    "giai-thuong-sang-tao": "số giải thưởng của các hội thi",
}


@dataclass
class Figure:
    """One indicator's figure from events: the value, its breakdowns and the events it came from."""

    value: Decimal = Decimal(0)
    breakdown: dict[str, dict[str, Decimal]] = field(default_factory=dict)
    event_ids: list[int] = field(default_factory=list)

    def source(self, start: dt.date, end: dt.date) -> str:
        return f"{SOURCE_MARK}: {len(self.event_ids)} sự kiện từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"


def _people(rows: list[Mapping[str, Any]]) -> Figure:
    """Participants summed; a breakdown is given only when every event counted it (else it could not add up)."""
    total = sum(r["participants_total"] or 0 for r in rows)
    figure = Figure(Decimal(total), {}, [r["pk"] for r in rows])
    if rows and all(r["participants_female"] is not None for r in rows):
        women = sum(r["participants_female"] for r in rows)
        figure.breakdown["gender"] = {"nam": Decimal(total - women), "nu": Decimal(women)}
    if rows and all(r["participants_minority"] is not None for r in rows):
        minority = sum(r["participants_minority"] for r in rows)
        figure.breakdown["ethnic"] = {"dtts": Decimal(minority), "kinh": Decimal(total - minority)}
    return figure


def _figures(rows: list[Mapping[str, Any]], prizes: dict[int, int]) -> dict[str, Figure]:
    """The figures of one agency's events (rows from `_event_rows`)."""
    by_kind: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        by_kind[row["kind"]].append(row)
    out: dict[str, Figure] = {}
    for kind, count_code, people_code in (
        (Kind.DISSEMINATION, "hoi-nghi-quan-triet", "luot-can-bo-quan-triet"),
        (Kind.DIALOGUE, "doi-thoai-tri-thuc", "luot-tri-thuc-doi-thoai"),
    ):
        if by_kind[kind]:
            out[count_code] = Figure(Decimal(len(by_kind[kind])), {}, [r["pk"] for r in by_kind[kind]])
            out[people_code] = _people(by_kind[kind])
    media = [r for r in rows if r["articles"] + r["broadcasts"]]
    if media:
        out["tin-bai-tuyen-truyen"] = Figure(
            Decimal(sum(r["articles"] + r["broadcasts"] for r in media)), {}, [r["pk"] for r in media]
        )
    contests = by_kind[Kind.CONTEST]
    if contests:
        ids = [r["pk"] for r in contests]
        out["hoi-thi-sang-tao"] = Figure(Decimal(len(contests)), {}, ids)
        out["giai-thuong-sang-tao"] = Figure(Decimal(sum(prizes.get(pk, 0) for pk in ids)), {}, ids)
    return out


def _event_rows(start: dt.date, end: dt.date, agency_ids: list[int] | None = None) -> list[Mapping[str, Any]]:
    events = (
        Event.objects.filter(status=Event.Status.PUBLISHED)
        .annotate(held_on=Coalesce("end_on", "start_on"))
        .filter(held_on__gte=start, held_on__lte=end)
    )
    if agency_ids is not None:
        events = events.filter(organiser_id__in=agency_ids)
    return list(
        events.order_by("held_on", "pk").values(
            "pk",
            "kind",
            "organiser_id",
            "participants_total",
            "participants_female",
            "participants_minority",
            "articles",
            "broadcasts",
        )
    )


def _prize_counts(rows: list[Mapping[str, Any]]) -> dict[int, int]:
    contests = [r["pk"] for r in rows if r["kind"] == Kind.CONTEST]
    if not contests:
        return {}
    return dict(
        ContestPrize.objects.filter(event_id__in=contests)
        .values("event_id")
        .annotate(n=Count("pk"))
        .values_list("event_id", "n")
    )


def agency_event_figures(*, agency_id: int, start: dt.date, end: dt.date) -> dict[str, Figure]:
    """The indicator figures of one agency's published events within [start, end] (two queries at most)."""
    rows = _event_rows(start, end, [agency_id])
    return _figures(rows, _prize_counts(rows))


def event_figures_by_agency(*, start: dt.date, end: dt.date) -> dict[int, dict[str, Figure]]:
    """Every organising agency's figures for a period (the figures page and its cross-check)."""
    rows = _event_rows(start, end)
    prizes = _prize_counts(rows)
    by_agency: dict[int, list[Mapping[str, Any]]] = defaultdict(list)
    for row in rows:
        by_agency[row["organiser_id"]].append(row)
    return {agency_id: _figures(agency_rows, prizes) for agency_id, agency_rows in by_agency.items()}


def report_figures(*, agency_id: int, start: dt.date, end: dt.date) -> dict[str, DerivedFigure]:
    """The source reporting reads (registered in events/apps.py): an agency's figures as a report shows them."""
    return {
        code: DerivedFigure(figure.value, figure.breakdown, figure.source(start, end))
        for code, figure in agency_event_figures(agency_id=agency_id, start=start, end=end).items()
    }


def register() -> None:
    figure_source_register(FigureSource(mark=SOURCE_MARK, figures=report_figures))
