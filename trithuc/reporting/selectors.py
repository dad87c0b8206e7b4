"""Reads on reporting: the calendar, periods, the reports a user may see, the form and the follow-up grid."""

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core import permissions
from trithuc.core.models import Membership
from trithuc.core.permissions import SYSTEM, Role
from trithuc.plans.models import Assignment, Plan, ProgressUpdate
from trithuc.plans.selectors import AgencyTask, PlanSnapshot, agency_tasks, plan_in_force
from trithuc.reporting.derived import report_lines_with_derived
from trithuc.reporting.models import (
    AgencyReport,
    Holiday,
    Indicator,
    ReportingPeriod,
    ReportingRegime,
    WorkingSaturday,
)
from trithuc.reporting.permissions import report_agency_ids

DEFAULT_REGIME = "kl52-hang-nam"


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


def regime_default() -> ReportingRegime | None:
    return ReportingRegime.objects.filter(code=DEFAULT_REGIME).first()


def period_for_year(year: int, regime: ReportingRegime | None = None) -> ReportingPeriod | None:
    regime = regime or regime_default()
    if regime is None:
        return None
    return (
        ReportingPeriod.objects.select_related("regime")
        .filter(regime=regime, year=year)
        .order_by("-number")
        .first()
    )


def period_deadline_for_agency(
    *, agency: Agency, year: int, regime_code: str = DEFAULT_REGIME
) -> dt.date | None:
    """The day `agency` must send its report for `year` (for plans.status once a regime exists); None if none.

    Every agency shares the regime's deadline today; the agency argument keeps the door open for per-level
    deadlines (district vs. department) without changing callers.
    """
    period = ReportingPeriod.objects.filter(regime__code=regime_code, year=year).order_by("-number").first()
    return period.agency_due if period else None


def regime_plan(regime: ReportingRegime) -> Plan | None:
    """The plan the regime reports on, in its version in force: a regime tied to a plan that an amendment has
    since superseded reports on the new version (the old one is read-only)."""
    if regime.plan_id:
        return plan_in_force(regime.plan)
    return (
        Plan.objects.filter(is_current=True).select_related("document", "coordinator").order_by("-id").first()
    )


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
            )
        )
    return lines


def report_qs_with_task_stamp(user: Any) -> QuerySet[AgencyReport]:
    """report_qs_visible_to, each report carrying what report_task_stamp needs (no query of its own)."""
    return report_qs_visible_to(user).annotate(
        entries_count=Count("task_entries"), entries_changed=Max("task_entries__updated_at")
    )


def report_task_stamp(report: AgencyReport) -> tuple[Any, ...]:
    """Changes whenever the report or its task entries change (with plan_stamp: what report_task_lines reads)."""
    if not hasattr(report, "entries_count"):
        report = report_qs_with_task_stamp(SYSTEM).get(pk=report.pk)
    return (report.pk, report.updated_at, report.entries_count, report.entries_changed)


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
        for ind in Indicator.objects.filter(is_active=True)
    ]
    indicators = report_lines_with_derived(report, indicators)
    return ReportForm(report, lines, indicators, list(report.own_links.select_related("item")))


@dataclass(frozen=True)
class GridCell:
    period: ReportingPeriod
    state: str  # expected | draft | on_time | late | missing | not_expected
    report: AgencyReport | None
    note: str = ""  # why an agency owed nothing for the period (not yet created, dissolved, no task)

    @property
    def label(self) -> str:
        return GRID_LABELS[self.state]


GRID_LABELS = {
    "expected": "Chưa đến hạn",
    "draft": "Đang soạn",
    "on_time": "Đúng hạn",
    "late": "Trễ hạn",
    "missing": "Chưa gửi (quá hạn)",
    "not_expected": "Không phải báo cáo",
}


@dataclass(frozen=True)
class GridRow:
    agency: Agency
    cells: list[GridCell]


@dataclass(frozen=True)
class FollowupGrid:
    periods: list[ReportingPeriod]
    rows: list[GridRow]
    on: dt.date

    def rate(self, period: ReportingPeriod) -> tuple[int, int, int]:
        """(submitted, on time, expected) for one period: DHIS2's reporting rate and timeliness. An agency that
        owed nothing for the period and sent nothing is not counted."""
        cells = [r.cells[self.periods.index(period)] for r in self.rows]
        cells = [c for c in cells if c.state != "not_expected"]
        sent = sum(1 for c in cells if c.state in ("on_time", "late"))
        return sent, sum(1 for c in cells if c.state == "on_time"), len(cells)

    def rates(self) -> list[tuple[ReportingPeriod, int, int, int]]:
        return [(p, *self.rate(p)) for p in self.periods]


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


def period_overview(user: Any) -> list[PeriodRow]:
    """The reporting home page: each period with the user's own agency reports and, for the coordinator,
    how many reports came in."""
    regime = regime_default()
    if regime is None:
        return []
    periods = list(
        ReportingPeriod.objects.filter(regime=regime).select_related("regime").order_by("-year", "-number")
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


def reports_missing_by_plan(plans: list[Plan], *, on: dt.date | None = None) -> dict[int, int]:
    """The home page's "reports missing", per plan: agencies that owed the report of the plan's latest period
    past its deadline (expected_agency_ids) and have not sent it, as the follow-up grid counts "missing".

    A regime reports on its plan, whichever version it names; a regime tied to no plan on the one regime_plan
    gives it. A plan with no regime, or no period past its deadline yet, is left out (no figure to show)."""
    on = on or timezone.localdate()
    by_document = {plan.document_id: plan for plan in plans}
    latest: dict[int, ReportingPeriod] = {}  # regime id -> its latest period past the deadline
    for period in ReportingPeriod.objects.filter(agency_due__lt=on).select_related("regime__plan"):
        if period.regime_id not in latest or period.agency_due > latest[period.regime_id].agency_due:
            latest[period.regime_id] = period
    owed: dict[int, list[ReportingPeriod]] = {}
    for period in latest.values():
        regime_plan_ = period.regime.plan if period.regime.plan_id else regime_plan(period.regime)
        plan = by_document.get(regime_plan_.document_id) if regime_plan_ is not None else None
        if plan is not None:
            owed.setdefault(plan.pk, []).append(period)
    if not owed:
        return {}
    sent = set(
        AgencyReport.objects.filter(
            period__in=[p for periods in owed.values() for p in periods], first_submitted_at__isnull=False
        ).values_list("period_id", "agency_id")
    )
    result = {}
    for plan in plans:
        if plan.pk in owed:
            snapshot = PlanSnapshot.load(plan, on=on)
            result[plan.pk] = sum(
                1
                for period in owed[plan.pk]
                for agency_id in expected_agency_ids(snapshot, period)
                if (period.pk, agency_id) not in sent
            )
    return result
