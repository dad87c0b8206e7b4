"""The consolidated report's data: one frozen dataclass, built by selectors from the accepted agency reports,
the plan status (plans.selectors) and the registry; renderers take it and never touch the database."""

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from trithuc.agencies.models import BLANK_PLACE, ProvinceProfile
from trithuc.agencies.selectors import province_profile
from trithuc.core.errors import ServiceError
from trithuc.core.permissions import Role, has_role
from trithuc.core.text import shorten
from trithuc.plans.models import PlanItem
from trithuc.plans.selectors import PlanSnapshot, plan_overview
from trithuc.plans.status import TaskStatus
from trithuc.reporting.indicators import DIMENSIONS, fmt
from trithuc.reporting.models import (
    AgencyReport,
    ConsolidatedNarrative,
    ConsolidatedReport,
    IndicatorValue,
    ReportingPeriod,
    ReportingRegime,
    ReportTaskEntry,
)
from trithuc.reporting.selectors import cell_state, expected_agency_ids, regime_indicators, regime_plan

SYMBOL = "BC-SKHCN"
NEUTRAL = ProvinceProfile()  # the defaults of a renderer's data: a blank place, no province named
RECIPIENTS = (
    "UBND tỉnh (b/c);",
    "Bộ Khoa học và Công nghệ (b/c);",
    "Các sở, ban, ngành, địa phương;",
    "Liên hiệp các Hội KH&KT tỉnh;",
    "Lưu: VT, QLKH.",
)


def date_line(place: str, day: dt.date) -> str:
    """Decree 30/2020 (appendix I): days below 10 and months 1 and 2 take a leading zero."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


@dataclass(frozen=True)
class TaskResult:
    ref: str
    text: str
    status: str
    results: tuple[str, ...] = ()


@dataclass(frozen=True)
class SectionResult:
    ref: str
    title: str
    tasks: tuple[TaskResult, ...]

    @property
    def heading(self) -> str:
        """ "Phần II của Kế hoạch: …" for a part the document numbers; a section the system added (tasks from
        review recommendations, ref TVPB) is named by its title alone: no internal code in an official text."""
        if re.fullmatch(r"[IVXLC]+", self.ref):
            return f"Phần {self.ref} của Kế hoạch: {self.title}"
        return self.title


@dataclass(frozen=True)
class BreakdownTotal:
    dimension: str
    parts: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class IndicatorTotal:
    code: str
    name: str
    unit: str
    aggregation: str
    total: Decimal
    agencies: int
    breakdowns: tuple[BreakdownTotal, ...] = ()

    @property
    def breakdown_text(self) -> str:
        return "; ".join(
            f"{b.dimension}: " + ", ".join(f"{label} {fmt(v)}" for label, v in b.parts)
            for b in self.breakdowns
        )


@dataclass(frozen=True)
class AgencyLine:
    name: str
    state: str  # on_time | late | missing | returned
    submitted_on: dt.date | None = None


@dataclass(frozen=True)
class AgencyText:
    agency: str
    text: str


@dataclass(frozen=True)
class ConsolidatedReportData:
    """Everything the .docx and the .xlsx annex show; build it in tests without a database."""

    year: int
    period_label: str
    period_start: dt.date
    period_end: dt.date
    dated: dt.date
    number: int | None
    summary: str
    sections: tuple[SectionResult, ...]
    status_counts: tuple[tuple[str, int], ...]
    total_tasks: int
    overdue: int
    due: int
    indicators: tuple[IndicatorTotal, ...]
    agencies: tuple[AgencyLine, ...]
    difficulties: tuple[AgencyText, ...] = ()
    proposals: tuple[AgencyText, ...] = ()
    overview: str = ""
    narrative_difficulties: str = ""
    narrative_proposals: str = ""
    registry: Any = None  # trithuc.registry.summary.RegistrySummary, or None when the registry is not there
    signer_name: str = ""
    plan_code: str = ""
    plan_title: str = ""  # what the opening sentence says is carried out ("Kế hoạch … của UBND tỉnh …")
    period_phrase: str = ""  # the period inside a sentence: năm 2025, quý II/2025, tháng 6/2025
    reporter: str = "Sở Khoa học và Công nghệ"  # who consolidates (the regime's recipient of agency reports)
    final_recipient: str = "Ủy ban nhân dân tỉnh"  # who the report goes to (the regime's final recipient)
    symbol: str = SYMBOL
    place: str = NEUTRAL.date_place  # the province's, from its profile (agencies.ProvinceProfile)
    issuer_parent: str = NEUTRAL.committee_letterhead
    issuer: str = NEUTRAL.department_letterhead
    signer_title: str = "KT. GIÁM ĐỐC"
    signer_position: str = "PHÓ GIÁM ĐỐC"
    recipients: tuple[str, ...] = field(default=RECIPIENTS)

    @property
    def number_text(self) -> str:
        return f"Số: {self.number}/{self.symbol}" if self.number else f"Số:      /{self.symbol}"

    @property
    def date_line(self) -> str:
        return date_line(self.place, self.dated)

    @property
    def overdue_percent(self) -> float | None:
        return round(100 * self.overdue / self.due, 1) if self.due else None

    def count(self, state: str) -> int:
        return sum(1 for a in self.agencies if a.state == state)


def _section_of(item: PlanItem, by_id: dict[int, PlanItem]) -> PlanItem:
    while item.parent_id and item.parent_id in by_id:
        item = by_id[item.parent_id]
    return item


def _task_results(snapshot: PlanSnapshot, reports: list[AgencyReport]) -> tuple[SectionResult, ...]:
    entries: dict[str, list[str]] = defaultdict(list)
    names = {r.pk: r.agency.name for r in reports}
    for e in (
        ReportTaskEntry.objects.filter(report__in=reports)
        .exclude(status="")
        .values("item__ref", "report_id", "result")
    ):
        # By ref: an entry saved against an earlier plan version belongs to the same task in the current one.
        entries[e["item__ref"]].append(f"{names[e['report_id']]}: {e['result']}")
    by_id = {i.pk: i for i in snapshot.items}
    states = snapshot.states()
    sections: dict[int, list[TaskResult]] = defaultdict(list)
    for item in snapshot.tasks():
        text = shorten(item.text, 220)
        task = TaskResult(item.ref, text, str(states[item.pk].status.label), tuple(entries.get(item.ref, ())))
        sections[_section_of(item, by_id).pk].append(task)
    return tuple(
        SectionResult(by_id[pk].ref, shorten(by_id[pk].text, 200), tuple(tasks))
        for pk, tasks in sections.items()
    )


def indicator_totals(reports: list[AgencyReport], regime: ReportingRegime) -> tuple[IndicatorTotal, ...]:
    """Each of the regime's indicators over the accepted reports: sum (and 'last', a per-agency stock) add up,
    max takes the max."""
    values: dict[int, list[IndicatorValue]] = defaultdict(list)
    for v in IndicatorValue.objects.filter(report__in=reports):
        values[v.indicator_id].append(v)
    totals = []
    for ind in regime_indicators(regime):
        rows = values.get(ind.pk, [])
        numbers = [v.value for v in rows]
        total = max(numbers, default=Decimal(0)) if ind.aggregation == "max" else sum(numbers, Decimal(0))
        breakdowns = []
        for dim in ind.breakdowns if ind.aggregation != "max" else []:
            label, cats = DIMENSIONS[dim]
            parts = tuple(
                (name, sum((Decimal(v.breakdown.get(dim, {}).get(code, 0)) for v in rows), Decimal(0)))
                for code, name in cats
            )
            if any(n for _, n in parts):
                breakdowns.append(BreakdownTotal(label, parts))
        totals.append(
            IndicatorTotal(
                ind.code,
                ind.name,
                ind.unit,
                ind.get_aggregation_display(),
                total,
                len(rows),
                tuple(breakdowns),
            )
        )
    return tuple(totals)


def _registry(as_of: dt.date) -> Any:
    """The registry is another engineer's module: when its selector is not there yet the section is left out."""
    try:
        from trithuc.registry.selectors import registry_summary  # noqa: PLC0415
    except ImportError:
        return None
    return registry_summary(as_of=as_of)


def consolidated_report_data(
    *, period: ReportingPeriod, dated: dt.date | None = None, number: int | None = None
) -> ConsolidatedReportData:
    """Build the report's data from the database; status comes from plans.selectors, not recomputed here."""
    dated = dated or timezone.localdate()
    plan = regime_plan(period.regime)
    if plan is None:
        raise ServiceError(
            f"Chưa có kế hoạch mã “{period.regime.plan_code}” cho chế độ báo cáo {period.regime}."
        )
    snapshot = PlanSnapshot.load(plan, on=dated)
    overview = plan_overview(snapshot)
    all_reports = list(period.reports.select_related("agency"))
    accepted = [r for r in all_reports if r.status == AgencyReport.Status.ACCEPTED]
    by_agency = {r.agency_id: r for r in all_reports}
    expected = expected_agency_ids(snapshot, period) | set(by_agency)
    lines = []
    for pk in sorted(expected, key=lambda pk: snapshot.agencies[pk].name):
        report = by_agency.get(pk)
        state = cell_state(period, report, dated)
        submitted = (
            timezone.localtime(report.first_submitted_at).date()
            if report and report.first_submitted_at
            else None
        )
        lines.append(AgencyLine(snapshot.agencies[pk].name, state, submitted))
    narrative = ConsolidatedNarrative.objects.filter(period=period).first() or ConsolidatedNarrative(
        period=period
    )
    province = province_profile()
    return ConsolidatedReportData(
        year=period.year,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        dated=dated,
        number=number,
        summary=narrative.summary or default_summary(period, province.full_name),
        sections=_task_results(snapshot, accepted),
        status_counts=tuple((str(s.label), overview.counts.get(s.value, 0)) for s in TaskStatus),
        total_tasks=overview.total,
        overdue=overview.overdue,
        due=overview.due,
        indicators=indicator_totals(accepted, period.regime),
        agencies=tuple(lines),
        difficulties=tuple(AgencyText(r.agency.name, r.difficulties) for r in accepted if r.difficulties),
        proposals=tuple(AgencyText(r.agency.name, r.proposals) for r in accepted if r.proposals),
        overview=narrative.overview,
        narrative_difficulties=narrative.difficulties,
        narrative_proposals=narrative.proposals,
        registry=_registry(period.end) if period.regime.registry_section else None,
        signer_name=narrative.signer_name,
        place=province.date_place,
        issuer_parent=province.committee_letterhead,
        issuer=province.department_letterhead,
        plan_code=plan.code,
        plan_title=plan_title(plan),
        period_phrase=period_phrase(period),
        reporter=period.regime.recipient or ConsolidatedReportData.reporter,
        final_recipient=period.regime.final_recipient or ConsolidatedReportData.final_recipient,
    )


def period_phrase(period: ReportingPeriod) -> str:
    """The period's label inside a sentence: only its first letter lowered (Quý II/2025 → quý II/2025)."""
    label = period.label
    return label[:1].lower() + label[1:]


def default_summary(period: ReportingPeriod, territory: str = "") -> str:
    """The report's trích yếu from the regime's name ("Báo cáo kết quả thực hiện …" → "Kết quả thực hiện …"),
    on the province's territory ("trên địa bàn tỉnh …") when it is known."""
    name = period.regime.name.strip()
    if name.lower().startswith("báo cáo "):
        name = name[len("báo cáo ") :]
    where = f" trên địa bàn {territory}" if territory and BLANK_PLACE not in territory else ""
    return f"{name[:1].upper()}{name[1:]}{where} {period_phrase(period)}"


def plan_title(plan: Any) -> str:
    """The plan as the opening sentence cites it: its title, with its number and issuer when it has them."""
    document = plan.document
    title = shorten(document.title, 300) or str(document)
    if document.number:
        title = f"{title} (số {document.number}{' của ' + document.issuer if document.issuer else ''})"
    return title


def consolidated_qs_visible_to(user: Any) -> QuerySet[ConsolidatedReport]:
    """Drafts are the coordinator's working papers; issued reports are read by leaders too."""
    qs = ConsolidatedReport.objects.select_related("period", "period__regime")
    if has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR):
        return qs
    if has_role(user, Role.LEADER):
        return qs.filter(is_issued=True)
    return qs.none()
