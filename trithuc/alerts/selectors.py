"""Early warnings (issue 13, point 5): what is at risk before it is late, in every plan in force.

- due soon: a task whose next due day is within ALERT_DUE_DAYS and that has no progress for it yet;
- stalled: an open task with no progress update for ALERT_STALLED_DAYS (counted from its last update, or from
  the start of its current period or of the plan when it has none);
- report not started: an agency that owes a period's report due within ALERT_REPORT_DAYS and has not opened it;
- silent agency: an agency leading tasks in the plans in force with no progress update and no report in any
  plan for ALERT_SILENT_DAYS;
- KPI projected to miss its target: read from the KPI app through `kpi_alerts` (a hook until that app lands).

Set-based: the tasks are judged from each plan's snapshot (a fixed number of queries per plan, cached while
nothing changes, the one the overview uses), the reports from one query for the periods in the window and one
for their reports, the silences from two grouped queries. No query runs per task, per period or per agency.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.apps import apps
from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Assignment, Plan, PlanItem, ProgressUpdate
from trithuc.plans.selectors import PlanSnapshot, TaskRow
from trithuc.plans.status import ItemState, TaskStatus, reporting_year, span_in_force
from trithuc.reporting.models import AgencyReport, ReportingPeriod
from trithuc.reporting.selectors import NOT_REPORTING_KINDS, expected_agency_ids

OPEN = frozenset({TaskStatus.NOT_DUE, TaskStatus.IN_PROGRESS})


@dataclass(frozen=True)
class Thresholds:
    """N, M, K and the silence, in days (settings ALERT_*, from the environment)."""

    due_days: int
    stalled_days: int
    report_days: int
    silent_days: int

    @classmethod
    def from_settings(cls) -> "Thresholds":
        return cls(
            due_days=settings.ALERT_DUE_DAYS,
            stalled_days=settings.ALERT_STALLED_DAYS,
            report_days=settings.ALERT_REPORT_DAYS,
            silent_days=settings.ALERT_SILENT_DAYS,
        )


@dataclass(frozen=True)
class TaskAlert:
    plan: Plan
    row: TaskRow
    due_date: dt.date | None
    last_update: dt.date | None  # the newest progress reported on or before the day
    since: dt.date  # the day the silence counts from: the last update, or the start of the period or plan
    lead_ids: frozenset[int]  # the agencies answering for the task's lead assignments on the day
    on: dt.date

    @property
    def days_left(self) -> int | None:
        return (self.due_date - self.on).days if self.due_date else None

    @property
    def days_quiet(self) -> int:
        return (self.on - self.since).days


@dataclass(frozen=True)
class ReportAlert:
    plan: Plan
    period: ReportingPeriod
    agency: Agency
    on: dt.date

    @property
    def days_left(self) -> int:
        return (self.period.agency_due - self.on).days


@dataclass(frozen=True)
class SilentAgency:
    agency: Agency
    last_activity: dt.date | None
    plans: tuple[Plan, ...]


@dataclass(frozen=True)
class KpiAlert:
    """A KPI whose projection misses its target (filled by the KPI app; see `kpi_alerts`)."""

    plan: Plan
    name: str
    unit: str
    target: Any
    year: int | None
    projected: Any
    status: str  # the KPI app's label: projected to miss, or missed


@dataclass
class PlanAlerts:
    plan: Plan
    due_soon: list[TaskAlert] = field(default_factory=list)
    stalled: list[TaskAlert] = field(default_factory=list)
    reports: list[ReportAlert] = field(default_factory=list)
    kpis: list[KpiAlert] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.due_soon) + len(self.stalled) + len(self.reports) + len(self.kpis)


@dataclass
class Alerts:
    on: dt.date
    thresholds: Thresholds
    plans: list[PlanAlerts]
    silent: list[SilentAgency]
    kpis_available: bool

    @property
    def count(self) -> int:
        return sum(p.count for p in self.plans) + len(self.silent)


def plan_start(plan: Plan) -> dt.date:
    """The day a plan's obligations start: its document's date, else 1 January of its year."""
    doc = plan.document
    if doc.issued_on:
        return doc.issued_on
    return dt.date(doc.year or timezone.localtime(plan.created_at).year, 1, 1)


def _open_obligation(snapshot: PlanSnapshot, item: PlanItem) -> tuple[ItemState | None, dt.date | None]:
    """The task's next obligation on or after the day while it is open (nothing for a continuous, done or
    overdue task), and the day its period began (the previous due day; None: the plan's start)."""
    on = snapshot.on
    current = span_in_force(snapshot.timing_spans(item), reporting_year(on))
    if current is None:
        return None, None
    if current.timing.recurrence:
        previous = None
        for state in snapshot.period_states(item):
            if state.due_date and state.due_date >= on:
                return (state if state.status in OPEN else None), previous
            previous = state.due_date
        return None, None
    if current.timing.deadline is None:
        return None, None  # continuous ("thường xuyên"): judged by the yearly report, not by a due day
    state = snapshot.state(item)
    if state.status in OPEN and state.due_date and state.due_date >= on:
        return state, None
    return None, None


def _memo(snapshot: PlanSnapshot) -> dict[Any, Any]:
    """What the warnings computed from a snapshot, kept on it: a snapshot is kept in the process for its plan,
    day and data stamp (plans.selectors), so the next page view of the same data skips the per-task work."""
    memo: dict[Any, Any] = snapshot.__dict__.setdefault("_alerts_memo", {})
    return memo


def task_alerts(snapshot: PlanSnapshot, thresholds: Thresholds) -> tuple[list[TaskAlert], list[TaskAlert]]:
    """(due soon without progress, stalled) of one plan, from its snapshot alone (no query). A task due soon is
    not listed as stalled too."""
    memo = _memo(snapshot)
    key = ("tasks", thresholds.due_days, thresholds.stalled_days)
    if key not in memo:
        memo[key] = _task_alerts_compute(snapshot, thresholds)
    due_soon, stalled = memo[key]
    return list(due_soon), list(stalled)


def _task_alerts_compute(
    snapshot: PlanSnapshot, thresholds: Thresholds
) -> tuple[list[TaskAlert], list[TaskAlert]]:
    on = snapshot.on
    start = plan_start(snapshot.plan)
    horizon = on + dt.timedelta(days=thresholds.due_days)
    due_soon: list[TaskAlert] = []
    stalled: list[TaskAlert] = []
    for item in snapshot.tasks():
        if snapshot.is_rolled_up(item):
            continue  # its parts are tasks of their own
        state, period_start = _open_obligation(snapshot, item)
        if state is None:
            continue
        last = max(
            (u.reported_on for u in snapshot.updates.get(item.pk, []) if u.reported_on <= on), default=None
        )
        since = max(d for d in (last, period_start or start) if d is not None)

        is_due_soon = state.status == TaskStatus.NOT_DUE and state.due_date and state.due_date <= horizon
        if not is_due_soon and (on - since).days < thresholds.stalled_days:
            continue
        alert = TaskAlert(
            plan=snapshot.plan,
            row=snapshot.row(item, state),
            due_date=state.due_date,
            last_update=last,
            since=since,
            lead_ids=frozenset(snapshot.responsible(item)(on)),
            on=on,
        )
        (due_soon if is_due_soon else stalled).append(alert)
    due_soon.sort(key=lambda a: (a.due_date or on, a.row.item.position))
    stalled.sort(key=lambda a: (a.since, a.row.item.position))
    return due_soon, stalled


def report_alerts(snapshots: list[PlanSnapshot], on: dt.date, days: int) -> dict[int, list[ReportAlert]]:
    """plan id → the agencies that owe a report due within `days` and have not opened it (not even a draft)."""
    by_code = {s.plan.code: s for s in snapshots}  # a regime names its plan by code (reporting)
    periods = ReportingPeriod.objects.filter(
        agency_due__gte=on, agency_due__lte=on + dt.timedelta(days=days), regime__plan_code__in=by_code
    ).select_related("regime")
    pairs = [(by_code[period.regime.plan_code], period) for period in periods]
    if not pairs:
        return {}
    started = set(
        AgencyReport.objects.filter(
            period__in=[p for _, p in pairs], created_at__lt=_day_end(on)
        ).values_list("period_id", "agency_id")
    )
    result: dict[int, list[ReportAlert]] = defaultdict(list)
    for snapshot, period in sorted(pairs, key=lambda pair: pair[1].agency_due):
        owing = [
            snapshot.agencies[pk]
            for pk in expected_agency_ids(snapshot, period)
            if (period.pk, pk) not in started
        ]
        for agency in sorted(owing, key=lambda a: a.name):
            result[snapshot.plan.pk].append(ReportAlert(snapshot.plan, period, agency, on))
    return dict(result)


def _day_end(on: dt.date) -> dt.datetime:
    """The first instant after `on`, local time: rows made later are not seen on `on` (time travel)."""
    return timezone.make_aware(dt.datetime.combine(on + dt.timedelta(days=1), dt.time()))


def _local_date(value: dt.datetime | None) -> dt.date | None:
    return timezone.localtime(value).date() if value else None


def _lead_agency_ids(snapshot: PlanSnapshot) -> set[int]:
    """Every agency answering for a lead assignment of the plan on the snapshot's day (kept on the snapshot)."""
    memo = _memo(snapshot)
    if "leads" not in memo:
        ids: set[int] = set()
        for item in snapshot.tasks():
            for a in snapshot.assignments.get(item.pk, []):
                if a.role == Assignment.Role.LEAD:
                    ids |= snapshot.answering(a, snapshot.on)
        memo["leads"] = ids
    leads: set[int] = memo["leads"]
    return leads


def silent_agencies(snapshots: list[PlanSnapshot], on: dt.date, days: int) -> list[SilentAgency]:
    """Agencies leading tasks in the plans in force (directly, through a group or as successors on `on`) with no
    progress update and no report, in any plan, for `days`, and bound by those plans for at least as long."""
    plans_of: dict[int, list[Plan]] = defaultdict(list)
    bound_since: dict[int, dt.date] = {}
    agencies: dict[int, Agency] = {}
    for snapshot in snapshots:
        ids = _lead_agency_ids(snapshot)
        start = plan_start(snapshot.plan)
        for pk in ids:
            agency = snapshot.agencies[pk]
            if not agency.is_active_on(on) or agency.kind in NOT_REPORTING_KINDS:
                continue
            agencies[pk] = agency
            plans_of[pk].append(snapshot.plan)
            bound_since[pk] = min(bound_since.get(pk, start), start)
    if not plans_of:
        return []
    end = _day_end(on)
    last: dict[int, dt.date] = {}
    progress = (
        ProgressUpdate.objects.filter(agency_id__in=list(plans_of), created_at__lt=end)
        .values("agency_id")
        .annotate(newest=Max("created_at"))
        .values_list("agency_id", "newest")
    )
    reports = (
        AgencyReport.objects.filter(agency_id__in=list(plans_of), created_at__lt=end)
        .values("agency_id")
        .annotate(opened=Max("created_at"), sent=Max("submitted_at"))
        .values_list("agency_id", "opened", "sent")
    )
    for pk, newest in progress:
        last[pk] = max(filter(None, (last.get(pk), _local_date(newest))))
    for pk, opened, sent in reports:
        days_seen = [_local_date(opened), _local_date(sent) if sent and sent < end else None, last.get(pk)]
        last[pk] = max(d for d in days_seen if d is not None)
    threshold = on - dt.timedelta(days=days)
    silent = [
        SilentAgency(agencies[pk], last.get(pk), tuple(plans))
        for pk, plans in plans_of.items()
        if bound_since[pk] <= threshold and (last.get(pk) is None or last[pk] <= threshold)
    ]
    silent.sort(key=lambda s: (s.last_activity or dt.date.min, s.agency.name))
    return silent


def kpi_alerts(plans: list[Plan], on: dt.date) -> tuple[bool, dict[int, list[KpiAlert]]]:
    """HOOK (issue 13.5, KPIs projected to miss): (the KPI app is installed, plan id → its confirmed targets whose
    trend misses them on `on`). The KPI app (`trithuc.kpis`, branch kpi13) gives `kpis_projected_to_miss`; until
    it is installed the page and the digest leave the section out. Its layer must sit below this one in
    .importlinter (alerts above kpis)."""
    if not apps.is_installed("trithuc.kpis"):
        return False, {}
    from trithuc.kpis.selectors import kpis_projected_to_miss

    by_code = {plan.code: plan for plan in plans}
    result: dict[int, list[KpiAlert]] = defaultdict(list)
    for kpi in kpis_projected_to_miss(SYSTEM, as_of=on, plan_codes=list(by_code)):
        plan = by_code[kpi.target.plan_code]
        result[plan.pk].append(
            KpiAlert(
                plan=plan,
                name=kpi.target.text,
                unit=kpi.target.unit,
                target=kpi.target.value,
                year=kpi.target.year or kpi.progress.horizon,
                projected=kpi.progress.projected,
                status=kpi.progress.label,
            )
        )
    return True, dict(result)


def alerts_load(
    plans: list[Plan],
    *,
    on: dt.date | None = None,
    agency_ids: frozenset[int] | None = None,
    thresholds: Thresholds | None = None,
) -> Alerts:
    """Every warning of `plans` on `on`; `agency_ids`: only the warnings about those agencies (an agency's own)."""
    on = on or timezone.localdate()
    thresholds = thresholds or Thresholds.from_settings()
    snapshots = [PlanSnapshot.load(plan, on) for plan in plans]
    reports = report_alerts(snapshots, on, thresholds.report_days)
    # a plan's targets are the coordinator's to follow: an agency's own warnings leave them out
    kpis_available, kpis = kpi_alerts(plans, on) if agency_ids is None else (False, {})
    result = []
    for snapshot in snapshots:
        due_soon, stalled = task_alerts(snapshot, thresholds)
        result.append(
            PlanAlerts(
                plan=snapshot.plan,
                due_soon=due_soon,
                stalled=stalled,
                reports=reports.get(snapshot.plan.pk, []),
                kpis=kpis.get(snapshot.plan.pk, []),
            )
        )
    silent = silent_agencies(snapshots, on, thresholds.silent_days)
    if agency_ids is not None:
        for plan_alerts in result:
            plan_alerts.due_soon = [a for a in plan_alerts.due_soon if a.lead_ids & agency_ids]
            plan_alerts.stalled = [a for a in plan_alerts.stalled if a.lead_ids & agency_ids]
            plan_alerts.reports = [a for a in plan_alerts.reports if a.agency.pk in agency_ids]
        silent = [s for s in silent if s.agency.pk in agency_ids]
    return Alerts(on, thresholds, result, silent, kpis_available)
