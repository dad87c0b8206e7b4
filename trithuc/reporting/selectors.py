"""Reads on reporting: the calendar, periods, the reports a user may see, the form and the follow-up grid."""

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core import permissions
from trithuc.core.errors import ServiceError
from trithuc.core.models import Membership
from trithuc.core.permissions import SYSTEM, Role
from trithuc.core.text import user_name
from trithuc.plans.fragments import cache_get_many, cache_set
from trithuc.plans.models import Assignment, Plan, PlanItem, ProgressUpdate
from trithuc.plans.selectors import (
    SNAPSHOT_CACHE_SECONDS,
    AgencyTask,
    PlanSnapshot,
    agency_tasks,
    plan_qs_in_force,
    plan_stamps,
)
from trithuc.reporting.calendar import period_spec_parse
from trithuc.reporting.derived import report_lines_with_derived
from trithuc.reporting.indicators import breakdown_text
from trithuc.reporting.models import (
    AgencyReport,
    Holiday,
    Indicator,
    ReportingPeriod,
    ReportingRegime,
    WorkingSaturday,
    period_label,
)
from trithuc.reporting.permissions import report_agency_ids


@dataclass(frozen=True)
class Calendar:
    off_days: frozenset[dt.date]
    working_weekend: frozenset[dt.date]


def calendar_load() -> Calendar:
    """The working-day calendar as the administrator keeps it (two queries)."""
    return Calendar(
        frozenset(Holiday.objects.filter(is_off_day=True).values_list("date", flat=True)),
        frozenset(WorkingSaturday.objects.values_list("date", flat=True)),
    )


# --- Regimes and their plans: every caller names the plan or the regime ----------------------------------------


def regime_plan(regime: ReportingRegime) -> Plan | None:
    """The version in force of the plan the regime reports on (by the plan's code, which its versions share: a
    regime whose plan an amendment has since superseded reports on the new version)."""
    return (
        Plan.objects.select_related("document", "coordinator")
        .filter(code=regime.plan_code, is_current=True)
        .first()
    )


def plan_regimes(plan: Plan) -> QuerySet[ReportingRegime]:
    """The plan's regimes (any version of the plan: they share its code)."""
    return ReportingRegime.objects.filter(plan_code=plan.code).order_by("code")


def plan_regime(plan: Plan, code: str | None = None) -> ReportingRegime | None:
    """One of the plan's regimes: the one named `code`, else its first."""
    regimes = plan_regimes(plan)
    return regimes.filter(code=code).first() if code else regimes.first()


@dataclass(frozen=True)
class PlanRegime:
    plan: Plan
    regime: ReportingRegime


def regimes_in_force(user: Any = SYSTEM) -> list[PlanRegime]:
    """Every regime of a plan in force (neither closed nor replaced) the user may see, plan by plan (two
    queries)."""
    plans = {p.code: p for p in plan_qs_in_force(user)}
    regimes = ReportingRegime.objects.filter(plan_code__in=plans).order_by("plan_code", "code")
    return [PlanRegime(plans[r.plan_code], r) for r in regimes]


def regime_indicators(regime: ReportingRegime) -> QuerySet[Indicator]:
    """The regime's indicators in use, in their order on the form and in the report."""
    return Indicator.objects.filter(regime=regime, is_active=True).order_by("position", "code")


def plan_indicators(plan: Plan) -> QuerySet[Indicator]:
    """The indicators in use of the plan's own regimes (any version of the plan: they share its code), regime by
    regime in their order on the form; what measures the plan's targets is chosen among these."""
    return (
        Indicator.objects.filter(regime__plan_code=plan.code, is_active=True)
        .select_related("regime")
        .order_by("regime__code", "position", "code")
    )


def period_for_year(year: int, *, regime: ReportingRegime) -> ReportingPeriod | None:
    """The regime's last period of `year` (the only one of an annual regime)."""
    return (
        ReportingPeriod.objects.select_related("regime")
        .filter(regime=regime, year=year)
        .order_by("-number")
        .first()
    )


def period_resolve(spec: str, *, plan_code: str | None = None) -> ReportingPeriod:
    """The period a command or an API call names ("2025", "2025-Q2", "2025-06", "2025-H1"), of the plan `plan_code`
    or, without it, of the one plan whose regime has such a period; a clear Vietnamese error otherwise (the
    plans that have one are listed when there are several)."""
    try:
        wanted = period_spec_parse(spec)
    except ValueError as error:
        raise ServiceError(str(error), field="period") from error
    label = period_label(wanted.frequency, wanted.year, wanted.number)
    label = label[:1].lower() + label[1:]  # inside a sentence: "kỳ năm 2025", "kỳ quý II/2025"
    if plan_code is not None and not Plan.objects.filter(code=plan_code, is_current=True).exists():
        known = sorted(set(ReportingRegime.objects.values_list("plan_code", flat=True)))
        raise ServiceError(
            f"Không có kế hoạch mã “{plan_code}”. Các kế hoạch có chế độ báo cáo: {', '.join(known) or 'chưa có'}.",
            field="plan",
        )
    periods = ReportingPeriod.objects.select_related("regime").filter(
        year=wanted.year, number=wanted.number, regime__frequency=wanted.frequency
    )
    if plan_code is not None:
        periods = periods.filter(regime__plan_code=plan_code)
    found = list(periods.order_by("regime__plan_code", "regime__code"))
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        codes = sorted({p.regime.plan_code for p in found})
        if len(codes) > 1:
            raise ServiceError(
                f"Kỳ {label} có ở {len(codes)} kế hoạch: {', '.join(codes)}. Hãy chọn một kế hoạch (--plan MÃ).",
                field="plan",
            )
        regimes = ", ".join(p.regime.code for p in found)
        raise ServiceError(
            f"Kế hoạch {codes[0]} có kỳ {label} ở nhiều chế độ báo cáo: {regimes}.", field="plan"
        )
    others = (
        ReportingPeriod.objects.filter(year=wanted.year)
        .exclude(regime__frequency=wanted.frequency)
        .select_related("regime")
    )
    if plan_code is not None:
        others = others.filter(regime__plan_code=plan_code)
    examples: dict[int, str] = {}  # one example per regime: its first period of the year
    for p in others.order_by("number"):
        examples.setdefault(
            p.regime_id, f"{p.regime.plan_code} ({p.regime.get_frequency_display().lower()}, ví dụ {p.slug})"
        )
    hints = sorted(examples.values())
    where = f" của kế hoạch {plan_code}" if plan_code else ""
    hint = f" Năm {wanted.year} có kỳ báo cáo ở: {'; '.join(hints)}." if hints else ""
    raise ServiceError(f"Chưa có kỳ báo cáo {label}{where}.{hint}", field="period")


def period_deadline_for_agency(*, agency: Agency, regime: ReportingRegime, year: int) -> dt.date | None:
    """The day `agency` must send the regime's last report of `year`; None when there is no such period.

    Every agency shares the regime's deadline today; the agency argument keeps the door open for per-level
    deadlines (district vs. department) without changing callers.
    """
    period = period_for_year(year, regime=regime)
    return period.agency_due if period else None


def report_qs_visible_to(user: Any) -> QuerySet[AgencyReport]:
    """Own agency: every report, drafts too. Coordinator and administrator: once submitted. Leader: submitted
    or accepted. Anyone else: nothing, so another agency's draft is a 404."""
    base = AgencyReport.objects.select_related("period", "period__regime", "agency")
    if user is SYSTEM:
        return base
    roles = permissions.user_roles(user)
    condition = Q(agency_id__in=report_agency_ids(user))
    if roles & {Role.COORDINATOR, Role.ADMINISTRATOR}:
        condition |= Q(first_submitted_at__isnull=False)
    if Role.LEADER in roles:
        condition |= Q(status__in=[AgencyReport.Status.SUBMITTED, AgencyReport.Status.ACCEPTED])
    return base.filter(condition)


# Party committees, central ministries and the Province itself are named in plans but do not report to the
# Department: the plan binds the province's agencies (III.8.a: "các sở, ban, ngành, đoàn thể, địa phương").
NOT_REPORTING_KINDS = frozenset({Agency.Kind.PARTY, Agency.Kind.CENTRAL, Agency.Kind.PROVINCE})


def expected_agency_ids(snapshot: PlanSnapshot, period: ReportingPeriod) -> set[int]:
    """The one answer to "who owes a report for `period`" (the grid, reminders and the consolidated report).

    Every agency leading a task of the plan (directly, through a group, or as the successor or transferee in
    force) on the period's data cut-off (`period.end`), if it existed that day: an agency created later owes
    nothing for it, one dissolved before it owes nothing (its successor does, from the succession's effective
    date), and one that existed then owes that period's report even if it has since been merged. `snapshot`
    may be of any day: only its assignments, agencies and successions are read.
    """
    cutoff = period.end
    ids: set[int] = set()
    for item in snapshot.tasks():
        for a in snapshot.assignments.get(item.pk, []):
            if a.role == Assignment.Role.LEAD:
                ids |= snapshot.answering(a, cutoff)
    return {
        pk
        for pk in ids
        if snapshot.agencies[pk].is_active_on(cutoff)
        and snapshot.agencies[pk].kind not in NOT_REPORTING_KINDS
    }


@dataclass(frozen=True)
class TaskLine:
    task: AgencyTask
    status: str
    result: str
    completed_on: dt.date | None
    evidence_note: str
    section: PlanItem | None = None  # the item the task stands under (its heading), for the form's folds

    @property
    def item(self) -> Any:
        return self.task.row.item

    @property
    def is_lead(self) -> bool:
        return self.task.role == Assignment.Role.LEAD

    @property
    def editable(self) -> bool:
        """A task carried out through section III items takes its status from them (plans.selectors)."""
        return self.task.can_update


@dataclass(frozen=True)
class IndicatorLine:
    indicator: Indicator
    value: Any
    breakdown: dict[str, dict[str, Any]]
    source: str = ""  # "Từ sự kiện: …" when events measure it (trithuc.events.indicators): read-only then

    @property
    def breakdown_text(self) -> str:
        return breakdown_text(self.breakdown)


@dataclass(frozen=True)
class ReportForm:
    report: AgencyReport
    tasks: list[TaskLine]
    indicators: list[IndicatorLine]
    own_links: list[Any] = field(default_factory=list)


def report_task_lines(report: AgencyReport, *, snapshot: PlanSnapshot | None = None) -> list[TaskLine]:
    """The agency's tasks with what the report says about them; unfilled tasks start from the agency's latest
    progress update for the period, so the report and the task status tell one story."""
    if snapshot is None:
        plan = regime_plan(report.period.regime)
        snapshot = PlanSnapshot.load(plan) if plan else None
    tasks = agency_tasks(snapshot, report.agency) if snapshot else []
    # By ref, newest version last: an entry saved against an earlier plan version belongs to the same task.
    entries = {
        e.item.ref: e for e in report.task_entries.select_related("item").order_by("item__plan__version")
    }
    latest: dict[int, ProgressUpdate] = {}
    for update in ProgressUpdate.objects.filter(
        Q(period_year__isnull=True) | Q(period_year=report.period.year),
        agency=report.agency,
        item__in=[t.row.item for t in tasks],
    ).order_by("created_at", "id"):
        latest[update.item_id] = update
    lines = []
    for task in tasks:
        entry, prior = entries.get(task.row.item.ref), latest.get(task.row.item.pk)
        source = entry or prior
        lines.append(
            TaskLine(
                task=task,
                status=source.status if source else "",
                result=source.result if source else "",
                completed_on=source.completed_on if source else None,
                evidence_note=entry.evidence_note if entry else "",
                section=_section(snapshot, task.row.item),
            )
        )
    return lines


def _section(snapshot: PlanSnapshot | None, item: PlanItem) -> PlanItem | None:
    """The item a task stands under (its heading), from the snapshot already loaded."""
    if snapshot is None or item.parent_id is None:
        return None
    return snapshot.by_id.get(item.parent_id)


def report_qs_with_task_stamp(user: Any) -> QuerySet[AgencyReport]:
    """report_qs_visible_to, each report carrying what report_task_stamp needs (no query of its own)."""
    return report_qs_visible_to(user).annotate(
        entries_count=Count("task_entries"), entries_changed=Max("task_entries__updated_at")
    )


def report_task_stamp(report: AgencyReport) -> tuple[Any, ...]:
    """Changes whenever the report or its task entries change (with plan_stamp: what report_task_lines reads)."""
    if not hasattr(report, "entries_count"):
        report = report_qs_with_task_stamp(SYSTEM).get(pk=report.pk)
    stamped: Any = report  # annotated by report_qs_with_task_stamp
    return (report.pk, report.updated_at, stamped.entries_count, stamped.entries_changed)


def report_form(
    report: AgencyReport, *, snapshot: PlanSnapshot | None = None, with_tasks: bool = True
) -> ReportForm:
    """The report as the form shows it: task lines (unless the page has them already), indicators, own links."""
    lines = report_task_lines(report, snapshot=snapshot) if with_tasks else []
    values = {v.indicator_id: v for v in report.indicator_values.all()}
    indicators = [
        IndicatorLine(
            indicator=ind,
            value=values[ind.pk].value if ind.pk in values else None,
            breakdown=values[ind.pk].breakdown if ind.pk in values else {},
        )
        for ind in regime_indicators(report.period.regime)
    ]
    indicators = report_lines_with_derived(report, indicators)
    return ReportForm(report, lines, indicators, list(report.own_links.select_related("item")))


@dataclass(frozen=True)
class GridCell:
    period: ReportingPeriod
    state: str  # timeliness: expected | draft | on_time | late | missing | not_expected
    report: AgencyReport | None
    note: str = ""  # why an agency owed nothing for the period (not yet created, dissolved, no task)

    @property
    def phase(self) -> str:
        """Where the report stands (#15.2): none (nothing written), draft, submitted (waiting for acceptance),
        returned, accepted; not_expected when the agency owed nothing."""
        if self.state == "not_expected":
            return "not_expected"
        if self.report is None:
            return "none"
        return str(self.report.status)

    @property
    def is_late(self) -> bool:
        """Sent after the deadline, or not sent and the deadline has passed."""
        return self.state in ("late", "missing")

    @property
    def label(self) -> str:
        if self.state == "not_expected":
            return GRID_LABELS["not_expected"]
        if self.phase == "none":
            return GRID_LABELS[self.state]
        label = PHASE_LABELS[self.phase]
        if self.state == "late":
            return f"{label} · trễ hạn"
        if self.state == "missing":
            return f"{label} · quá hạn, chưa gửi"
        return label

    @property
    def css(self) -> str:
        """CSS classes: the phase's colour, plus a marker for late (text says it too, never colour alone)."""
        phase = "missing" if self.phase == "none" and self.state == "missing" else self.phase
        if self.phase == "none" and self.state == "expected":
            phase = "expected"
        return f"cell-{phase}" + (" cell-late" if self.is_late else "")


GRID_LABELS = {
    "expected": "Chưa đến hạn",
    "draft": "Đang soạn",
    "on_time": "Đúng hạn",
    "late": "Trễ hạn",
    "missing": "Chưa gửi (quá hạn)",
    "not_expected": "Không phải báo cáo",
}

PHASE_LABELS = {
    "draft": "Nháp",
    "submitted": "Đã gửi, chờ tiếp nhận",
    "returned": "Bị trả lại",
    "accepted": "Đã tiếp nhận",
}

# The grid's legend: CSS class, what it says (the colours follow DHIS2's reporting-rate grid: green received,
# blue waiting, amber back with the agency or being written, red missing, grey not yet due).
GRID_LEGEND = (
    ("cell-accepted", "Đã tiếp nhận"),
    ("cell-submitted", "Đã gửi, chờ tiếp nhận"),
    ("cell-returned", "Bị trả lại"),
    ("cell-draft", "Nháp (đơn vị đang soạn)"),
    ("cell-missing cell-late", "Chưa gửi, quá hạn"),
    ("cell-expected", "Chưa đến hạn"),
    ("cell-not_expected", "Không phải báo cáo"),
)

# The grid's count lines, in the order of the legend (phase or timeliness key, label).
COUNT_KEYS = (
    ("accepted", "Đã tiếp nhận"),
    ("submitted", "Chờ tiếp nhận"),
    ("returned", "Bị trả lại"),
    ("draft", "Nháp"),
    ("none", "Chưa có báo cáo"),
    ("late", "Trễ hạn hoặc quá hạn"),
)


@dataclass(frozen=True)
class GridRow:
    agency: Agency
    cells: list[GridCell]

    @property
    def waiting(self) -> bool:
        """A report of this agency was sent and waits for the coordinator's decision."""
        return any(c.phase == "submitted" for c in self.cells)


@dataclass(frozen=True)
class PeriodCounts:
    period: ReportingPeriod
    expected: int
    sent: int
    on_time: int
    by_key: dict[str, int]

    def lines(self) -> list[tuple[str, str, int]]:
        return [(key, label, self.by_key.get(key, 0)) for key, label in COUNT_KEYS]


@dataclass(frozen=True)
class FollowupGrid:
    periods: list[ReportingPeriod]
    rows: list[GridRow]
    on: dt.date

    def rate(self, period: ReportingPeriod) -> tuple[int, int, int]:
        """(submitted, on time, expected) for one period: DHIS2's reporting rate and timeliness. An agency that
        owed nothing for the period and sent nothing is not counted."""
        counts = self.counts(period)
        return counts.sent, counts.on_time, counts.expected

    def rates(self) -> list[tuple[ReportingPeriod, int, int, int]]:
        return [(p, *self.rate(p)) for p in self.periods]

    def counts(self, period: ReportingPeriod) -> PeriodCounts:
        """One column's counts: expected, sent, on time, and how many cells are in each phase (and late)."""
        cells = [r.cells[self.periods.index(period)] for r in self.rows]
        cells = [c for c in cells if c.state != "not_expected"]
        by_key: dict[str, int] = {}
        for c in cells:
            by_key[c.phase] = by_key.get(c.phase, 0) + 1
            by_key["late"] = by_key.get("late", 0) + c.is_late
        sent = sum(1 for c in cells if c.state in ("on_time", "late"))
        on_time = sum(1 for c in cells if c.state == "on_time")
        return PeriodCounts(period, len(cells), sent, on_time, by_key)

    def column_counts(self) -> list[PeriodCounts]:
        return [self.counts(p) for p in self.periods]

    def waiting_count(self) -> int:
        """Reports sent and waiting for acceptance, across the grid."""
        return sum(1 for r in self.rows for c in r.cells if c.phase == "submitted")

    def only_waiting(self) -> "FollowupGrid":
        """The rows and periods with a report waiting for the coordinator ("chờ tôi xử lý")."""
        periods = [
            p for i, p in enumerate(self.periods) if any(r.cells[i].phase == "submitted" for r in self.rows)
        ]
        indexes = [self.periods.index(p) for p in periods]
        rows = [GridRow(r.agency, [r.cells[i] for i in indexes]) for r in self.rows if r.waiting]
        return FollowupGrid(periods, rows, self.on)

    def is_settled(self, period: ReportingPeriod) -> bool:
        """Nothing is expected of anyone for this period any more: no report waits for a decision or was
        returned, and every expected report is accepted or the deadline is past the chase window
        (`CHASE_FOR_DAYS`, when reminders stop)."""
        column = [r.cells[self.periods.index(period)] for r in self.rows]
        if any(c.phase in ("submitted", "returned") for c in column):
            return False
        chase_over = period.agency_due + dt.timedelta(days=CHASE_FOR_DAYS) < self.on
        return chase_over or all(c.phase in ("accepted", "not_expected") for c in column)

    def split_years(self) -> tuple["FollowupGrid", "FollowupGrid"]:
        """(open, folded): the years before the current one whose every period is settled go to the folded grid,
        the rest stay open. Rows that owed nothing in a part are left out of it."""
        settled_years = {
            year
            for year in {p.year for p in self.periods}
            if year < self.on.year and all(self.is_settled(p) for p in self.periods if p.year == year)
        }
        return (
            self._part([p for p in self.periods if p.year not in settled_years]),
            self._part([p for p in self.periods if p.year in settled_years]),
        )

    def _part(self, periods: list[ReportingPeriod]) -> "FollowupGrid":
        indexes = [self.periods.index(p) for p in periods]
        rows = [GridRow(r.agency, [r.cells[i] for i in indexes]) for r in self.rows]
        rows = [r for r in rows if any(c.state != "not_expected" for c in r.cells)]
        return FollowupGrid(periods, rows, self.on)

    @property
    def years(self) -> list[int]:
        return sorted({p.year for p in self.periods})

    def year_totals(self) -> list[tuple[int, int, int]]:
        """(year, reports sent, reports expected) over the year's periods: what a folded year still tells."""
        totals: dict[int, list[int]] = {}
        for c in self.column_counts():
            total = totals.setdefault(c.period.year, [0, 0])
            total[0] += c.sent
            total[1] += c.expected
        return [(year, sent, expected) for year, (sent, expected) in sorted(totals.items())]


def cell_state(period: ReportingPeriod, report: AgencyReport | None, on: dt.date) -> str:
    if report is not None and report.first_submitted_at is not None:
        sent = timezone.localtime(report.first_submitted_at).date()
        return "on_time" if sent <= period.agency_due else "late"
    if on > period.agency_due:
        return "missing"
    return "draft" if report is not None else "expected"


def not_expected_note(agency: Agency, period: ReportingPeriod) -> str:
    """Why `agency` owed no report for `period`, in the officer's words."""
    if agency.valid_from and period.end < agency.valid_from:
        return f"Chưa thành lập (từ {agency.valid_from:%d/%m/%Y})"
    if agency.valid_to and agency.valid_to < period.end:
        return f"Đã sắp xếp, hết hoạt động từ {agency.valid_to + dt.timedelta(days=1):%d/%m/%Y}"
    return "Không chủ trì nhiệm vụ nào vào ngày chốt số liệu"


def followup_grid(*, regime: ReportingRegime, years: list[int], on: dt.date | None = None) -> FollowupGrid:
    """Agencies × periods: who was expected (expected_agency_ids at each period's cut-off), who sent on time,
    late, or not at all; a report of an earlier period stays with the agency of its time (a fixed number of
    queries)."""
    on = on or timezone.localdate()
    periods = list(ReportingPeriod.objects.filter(regime=regime, year__in=years).order_by("year", "number"))
    plan = regime_plan(regime)
    expected: dict[int, set[int]] = {p.pk: set() for p in periods}
    if plan is not None:
        snapshot = PlanSnapshot.load(plan, on=on)
        expected = {p.pk: expected_agency_ids(snapshot, p) for p in periods}
    reports = {(r.agency_id, r.period_id): r for r in AgencyReport.objects.filter(period__in=periods)}
    shown = set().union(*expected.values()) | {a for a, _ in reports}
    agencies = Agency.objects.filter(pk__in=shown).order_by("kind", "name")
    rows = [
        GridRow(agency, [_grid_cell(agency, p, reports, expected, on) for p in periods])
        for agency in agencies
    ]
    return FollowupGrid(periods, rows, on)


def _grid_cell(
    agency: Agency,
    period: ReportingPeriod,
    reports: dict[tuple[int, int], AgencyReport],
    expected: dict[int, set[int]],
    on: dt.date,
) -> GridCell:
    report = reports.get((agency.pk, period.pk))
    if report is None and agency.pk not in expected[period.pk]:
        return GridCell(period, "not_expected", None, not_expected_note(agency, period))
    return GridCell(period, cell_state(period, report, on), report)


REMINDED_ROLES = (Role.REPORTER, Role.HEAD)


def agency_heads(agency_id: int) -> list[Any]:
    """The active heads of an agency, the people who send its reports (one query): the reporter is told who
    they are after saving (#15.3)."""
    memberships = (
        Membership.objects.filter(agency_id=agency_id, role=Role.HEAD, user__is_active=True)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__username")
    )
    return [m.user for m in memberships]


def who_sends_note(user: Any, report: AgencyReport, department: str) -> str:
    """What the reporter is told about sending a draft: the head sends it, and who that is (#15.3)."""
    heads = agency_heads(report.agency_id)
    if any(h.pk == getattr(user, "pk", None) for h in heads):
        return f"Bạn là lãnh đạo đơn vị: khi báo cáo đã xong, bấm “Gửi báo cáo” để gửi tới {department}."
    if not heads:
        return (
            f"Báo cáo do lãnh đạo đơn vị gửi tới {department}, nhưng {report.agency.name} chưa có tài khoản "
            "lãnh đạo đơn vị nào trong TriThuc; hãy đề nghị quản trị viên cấp tài khoản."
        )
    names = ", ".join(user_name(h) for h in heads)
    return (
        f"Báo cáo do lãnh đạo đơn vị gửi tới {department}: {names}. Khi báo cáo đã xong, hãy báo để "
        "lãnh đạo xem và bấm “Gửi báo cáo”."
    )


def reminder_unreachable_ids(agency_ids: Iterable[int]) -> set[int]:
    """The agencies among `agency_ids` whose reminders reach nobody: no active account with an e-mail address
    reports for them or heads them. The follow-up grid and the coordinator's digest name them, so a reminder
    is never skipped in silence (one query)."""
    ids = set(agency_ids)
    reachable = (
        Membership.objects.filter(agency_id__in=ids, role__in=REMINDED_ROLES, user__is_active=True)
        .exclude(user__email="")
        .values_list("agency_id", flat=True)
    )
    return ids - set(reachable)


def report_actions(user: Any, report: AgencyReport, *, plan: Plan | None = None) -> dict[str, bool]:
    """What the detail page offers this user; the services check the same predicates again. `plan`: the
    regime's plan when the caller has it already."""
    from trithuc.reporting.permissions import can_decide_report, can_edit_report, can_submit_report

    return {
        "can_edit": can_edit_report(user, report),
        "can_submit": report.is_editable and can_submit_report(user, report),
        "can_decide": report.status == AgencyReport.Status.SUBMITTED
        and can_decide_report(user, plan or regime_plan(report.period.regime)),
    }


@dataclass(frozen=True)
class PeriodRow:
    period: ReportingPeriod
    mine: list[tuple[Agency, AgencyReport | None]]
    submitted: int
    accepted: int


def period_overview(user: Any, *, regime: ReportingRegime, limit: int | None = None) -> list[PeriodRow]:
    """A regime's periods, newest first (the latest `limit`), with the user's own agency reports and, for the
    coordinator, how many reports came in."""
    periods = list(
        ReportingPeriod.objects.filter(regime=regime)
        .select_related("regime")
        .order_by("-year", "-number")[:limit]
    )
    own = list(Agency.objects.filter(pk__in=report_agency_ids(user)).order_by("name"))
    reports = {(r.period_id, r.agency_id): r for r in report_qs_visible_to(user).filter(period__in=periods)}
    counts: dict[int, list[int]] = {p.pk: [0, 0] for p in periods}
    for r in reports.values():
        counts[r.period_id][0] += r.first_submitted_at is not None
        counts[r.period_id][1] += r.status == AgencyReport.Status.ACCEPTED
    return [
        PeriodRow(p, [(a, reports.get((p.pk, a.pk))) for a in own], counts[p.pk][0], counts[p.pk][1])
        for p in periods
    ]


@dataclass(frozen=True)
class PlanPeriods:
    plan: Plan
    regime: ReportingRegime
    rows: list[PeriodRow]


HOME_PERIODS = 4


def reporting_home(user: Any) -> list[PlanPeriods]:
    """The reporting home page: every plan in force with a regime, each with its latest periods."""
    return [
        PlanPeriods(pr.plan, pr.regime, period_overview(user, regime=pr.regime, limit=HOME_PERIODS))
        for pr in regimes_in_force(user)
    ]


OWED_LABELS = {
    "expected": "Chưa đến hạn",
    "draft": "Đang soạn",
    "returned": "Bị trả lại, cần gửi lại",
    "missing": "Quá hạn, chưa gửi",
}


@dataclass(frozen=True)
class OwedReport:
    """A report an agency still owes: not sent yet, or returned to it."""

    plan: Plan
    period: ReportingPeriod
    agency: Agency
    report: AgencyReport | None
    state: str  # expected | draft | returned | missing

    @property
    def label(self) -> str:
        return OWED_LABELS[self.state]


CHASE_FOR_DAYS = 60


def reports_owed(
    *,
    on: dt.date,
    agency_ids: set[int] | None = None,
    due_within: int | None = None,
    chase_days: int = CHASE_FOR_DAYS,
    regimes: list[PlanRegime] | None = None,
) -> list[OwedReport]:
    """Every report owed on `on` across all plans in force: periods whose data window has begun (and, with
    `due_within`, that fall due within that many days), at most `chase_days` past their deadline, for each
    agency expected to report (expected_agency_ids) that has not sent it or had it returned; due first.
    `agency_ids` limits it to those agencies (an agency's own list)."""
    owed: list[OwedReport] = []
    for pr in regimes_in_force() if regimes is None else regimes:
        periods = ReportingPeriod.objects.select_related("regime").filter(
            regime=pr.regime, start__lte=on, agency_due__gte=on - dt.timedelta(days=chase_days)
        )
        if due_within is not None:
            periods = periods.filter(agency_due__lte=on + dt.timedelta(days=due_within))
        periods_list = list(periods.order_by("agency_due"))
        if not periods_list:
            continue
        snapshot = PlanSnapshot.load(pr.plan, on=on)
        sent = AgencyReport.objects.filter(period__in=periods_list)
        if agency_ids is not None:
            sent = sent.filter(agency_id__in=agency_ids)
        reports = {(r.period_id, r.agency_id): r for r in sent}
        for period in periods_list:
            expected = expected_agency_ids(snapshot, period)
            if agency_ids is not None:
                expected &= agency_ids
            for agency_id in expected:
                report = reports.get((period.pk, agency_id))
                state = _owed_state(period, report, on)
                if state:
                    owed.append(OwedReport(pr.plan, period, snapshot.agencies[agency_id], report, state))
    return sorted(owed, key=lambda o: (o.period.agency_due, o.plan.code, o.agency.name))


def reports_missing_by_plan(
    *, on: dt.date, plans: list[Plan] | None = None, stamps: dict[int, str] | None = None
) -> dict[str, int]:
    """plan code → how many reports are past their deadline and not sent (the last `CHASE_FOR_DAYS` days), for
    an overview of all plans; every plan with a regime is there (0 when nothing is missing), a plan without one
    is not (it has no figure to show).

    Kept in the cache per plan under what the figure is drawn from: the day, the plan's data stamp (its
    assignments and the agencies decide who owes a report) and, for the periods being chased, how many periods
    and reports there are and when the last of them was written. A page showing every plan then costs three
    queries and one cache read, and only a plan whose figure changed is computed again."""
    if plans is None:
        regimes = regimes_in_force()
    else:
        in_force = {p.code: p for p in plans if p.in_force}
        found = ReportingRegime.objects.filter(plan_code__in=in_force).order_by("plan_code", "code")
        regimes = [PlanRegime(in_force[r.plan_code], r) for r in found]
    if not regimes:
        return {}
    window = _chase_window_stamps([pr.regime.pk for pr in regimes], on)
    if stamps is None:  # the page may have read them already (plan_stamps of the same plans)
        stamps = plan_stamps([pr.plan for pr in regimes])
    by_plan: dict[str, list[PlanRegime]] = {}
    for pr in regimes:
        by_plan.setdefault(pr.plan.code, []).append(pr)
    keys = {
        code: "reports-missing:"
        + hashlib.sha1(
            repr(
                (code, on, stamps.get(group[0].plan.pk), [window.get(pr.regime.pk) for pr in group])
            ).encode()
        ).hexdigest()
        for code, group in by_plan.items()
    }
    cached = cache_get_many(list(keys.values()))
    counts: dict[str, int] = {}
    for code, group in by_plan.items():
        count = cached.get(keys[code])
        if count is None:
            count = sum(
                1
                for owed in reports_owed(on=on, regimes=group)
                if owed.state in ("missing", "returned") and owed.period.agency_due < on
            )
            cache_set(keys[code], count, SNAPSHOT_CACHE_SECONDS)
        counts[code] = count
    return counts


def _chase_window_stamps(regime_ids: list[int], on: dt.date) -> dict[int, tuple[Any, ...]]:
    """Per regime, what changes when a report or a period that reports_owed reads on `on` changes: how many
    periods and reports there are, and the last time one was written (every writer sets updated_at)."""
    rows = (
        ReportingPeriod.objects.filter(
            regime_id__in=regime_ids,
            start__lte=on,
            agency_due__gte=on - dt.timedelta(days=CHASE_FOR_DAYS),
        )
        .values("regime_id")
        .annotate(
            period_count=Count("id", distinct=True),
            period_written=Max("updated_at"),
            report_count=Count("reports", distinct=True),
            report_written=Max("reports__updated_at"),
        )
    )
    return {
        row["regime_id"]: (
            row["period_count"],
            row["period_written"],
            row["report_count"],
            row["report_written"],
        )
        for row in rows
    }


def _owed_state(period: ReportingPeriod, report: AgencyReport | None, on: dt.date) -> str:
    if report is not None and report.status == AgencyReport.Status.RETURNED:
        return "returned"
    if report is not None and report.first_submitted_at is not None:
        return ""
    if on > period.agency_due:
        return "missing"
    return "draft" if report is not None else "expected"
