"""Task status in the Government Office's vocabulary, computed for any date (DESIGN §3).

Pure functions over plain values, so the rules can be tested without a database; the selectors
load the rows and call these.
"""

import calendar
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from django.db import models
from django.utils.translation import gettext_lazy as _


class TaskStatus(models.TextChoices):
    NOT_DUE = "not_due", _("Chưa đến hạn")
    IN_PROGRESS = "in_progress", _("Đang thực hiện trong hạn")
    OVERDUE = "overdue", _("Quá hạn")
    DONE_ON_TIME = "done_on_time", _("Hoàn thành đúng hạn")
    DONE_LATE = "done_late", _("Hoàn thành quá hạn")
    CONTINUOUS = "continuous", _("Thường xuyên")


DONE = frozenset({TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE})

# deadline_state's rule in one sentence, for the task page (#15.4): why a task some agencies finished is overdue.
DONE_RULE = (
    "Một nhiệm vụ (với nhiệm vụ định kỳ: một kỳ của nó) chỉ được tính là hoàn thành khi mọi cơ quan chủ trì "
    "đã báo cáo hoàn thành; đã qua hạn mà còn cơ quan chủ trì chưa báo cáo hoàn thành thì nhiệm vụ là "
    "“Quá hạn”, dù các cơ quan khác đã xong."
)
ANNUAL_CUTOFF = (12, 14)  # Decree 09/2019: the annual period ends on 14 December


@dataclass(frozen=True)
class Update:
    """What status needs of a progress update."""

    agency_id: int
    completed: bool
    reported_on: dt.date
    completed_on: dt.date | None = None
    period_year: int | None = None


@dataclass(frozen=True)
class ItemState:
    status: TaskStatus
    due: bool  # counts in the denominator of the overdue share
    due_date: dt.date | None = None
    period_year: int | None = None
    completed_on: dt.date | None = None

    @property
    def label(self) -> str:
        return str(self.status.label)


def annual_due_date(year: int, anchor: str | None = None) -> dt.date:
    """The due day of a yearly item in `year`: its own MM-DD anchor, else the legal cut-off 14/12."""
    if anchor:
        month, day = (int(x) for x in anchor.split("-"))
        return dt.date(year, month, day)
    return dt.date(year, *ANNUAL_CUTOFF)


def reporting_year(day: dt.date) -> int:
    """The annual period runs 15/12 of the previous year to 14/12: 20/12/2025 belongs to 2026."""
    return day.year + 1 if (day.month, day.day) > ANNUAL_CUTOFF else day.year


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_due_dates(recurrence: str, first_year: int, last_year: int, anchors: list[str]) -> list[dt.date]:
    """Every due day of a recurring item between two years, in order."""
    dates: list[dt.date] = []
    for year in range(first_year, last_year + 1):
        if recurrence == "yearly":
            dates.append(annual_due_date(year, anchors[0] if anchors else None))
        elif recurrence == "half-yearly":
            dates += (
                [annual_due_date(year, a) for a in anchors]
                if anchors
                else [dt.date(year, 6, 30), dt.date(year, 12, 31)]
            )
        elif recurrence == "quarterly":
            dates += [_month_end(year, m) for m in (3, 6, 9, 12)]
        elif recurrence == "monthly":
            day = int(anchors[0]) if anchors else None
            for month in range(1, 13):
                end = _month_end(year, month)
                dates.append(end.replace(day=min(day, end.day)) if day else end)
    return sorted(dates)


def deadline_state(
    *,
    due_date: dt.date,
    on: dt.date,
    responsible: set[int],
    updates: Iterable[Update],
    period_year: int | None = None,
) -> ItemState:
    """One obligation with one due date: done when every responsible agency reported it completed."""
    seen = [u for u in updates if u.reported_on <= on]
    first_done: dict[int, dt.date] = {}
    for u in seen:
        if u.completed and u.completed_on and u.completed_on <= on:
            first_done[u.agency_id] = min(first_done.get(u.agency_id, u.completed_on), u.completed_on)
    passed = on > due_date
    if responsible and responsible <= first_done.keys():
        done = max(first_done[a] for a in responsible)
        status = TaskStatus.DONE_ON_TIME if done <= due_date else TaskStatus.DONE_LATE
        return ItemState(status, passed, due_date, period_year, done)
    if passed:
        return ItemState(TaskStatus.OVERDUE, True, due_date, period_year)
    status = TaskStatus.IN_PROGRESS if seen else TaskStatus.NOT_DUE
    return ItemState(status, False, due_date, period_year)


Responsible = Callable[[dt.date], set[int]]  # who must answer for a due day (agencies change over time)


def recurring_states(
    *,
    recurrence: str,
    anchors: list[str],
    first_year: int,
    on: dt.date,
    responsible: Responsible,
    updates: list[Update],
    until_year: int | None = None,
    since: dt.date | None = None,
) -> list[ItemState]:
    """The state of every period from `first_year` up to the period that contains `on`, or up to `until_year`
    when a later version changed the timing (`since`: the day this rule took effect)."""
    last_year = max(first_year, reporting_year(on) if recurrence == "yearly" else on.year)
    if until_year is not None:
        last_year = min(last_year, until_year)
    states: list[ItemState] = []
    previous_due: dt.date | None = None
    for due in period_due_dates(recurrence, first_year, last_year, anchors):
        if previous_due is not None and previous_due >= on:
            break
        if recurrence == "yearly":
            mine = [u for u in updates if (u.period_year or reporting_year(u.reported_on)) == due.year]
        else:  # a sub-yearly period is answered by what was reported after the previous due day
            after = previous_due or since
            mine = [u for u in updates if after is None or u.reported_on > after]
        states.append(
            deadline_state(
                due_date=due, on=on, responsible=responsible(due), updates=mine, period_year=due.year
            )
        )
        previous_due = due
    return states


@dataclass(frozen=True)
class Timing:
    """When one version of a plan says an item is due: a deadline, a recurrence, or neither (continuous)."""

    deadline: dt.date | None = None
    recurrence: str = ""
    anchors: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimingSpan:
    """The reporting years one timing judges: `first_year` to `last_year` (None: still in force)."""

    timing: Timing
    first_year: int
    last_year: int | None
    version: int
    effective_on: dt.date | None = None  # None: the plan's first version, in force from the plan's first year


def timing_spans(
    versions: Iterable[tuple[int, dt.date | None, Timing | None]], first_year: int
) -> list[TimingSpan]:
    """Which timing judges which reporting years, from (version, effective date, timing) of each version.

    An amendment's change of timing applies from the reporting year of the new version's effective date; the
    years before keep the rule in force then. A later version that takes effect in the same year wins that year.
    `None`: the item is not in that version (added later), so it owes nothing for those years. Consecutive
    years under the same rule make one span.
    """
    starts: list[tuple[int, int, dt.date | None, Timing | None]] = []
    for version, effective_on, timing in sorted(versions, key=lambda v: v[0]):
        start = first_year if effective_on is None else max(first_year, reporting_year(effective_on))
        while starts and starts[-1][0] >= start:
            starts.pop()
        starts.append((start, version, effective_on, timing))
    spans: list[TimingSpan] = []
    for index, (start, version, effective_on, timing) in enumerate(starts):
        end = starts[index + 1][0] - 1 if index + 1 < len(starts) else None
        if timing is None:
            continue
        if spans and spans[-1].timing == timing and spans[-1].last_year == start - 1:
            spans[-1] = replace(spans[-1], last_year=end)
        else:
            spans.append(TimingSpan(timing, start, end, version, effective_on))
    return spans


def span_in_force(spans: list[TimingSpan], year: int) -> TimingSpan | None:
    """The span that judges a reporting year (before the first one: the first)."""
    started = [s for s in spans if s.first_year <= year]
    return started[-1] if started else (spans[0] if spans else None)


def _span_periods(
    span: TimingSpan, *, first: bool, on: dt.date, responsible: Responsible, updates: list[Update]
) -> list[ItemState]:
    timing = span.timing
    return recurring_states(
        recurrence=timing.recurrence,
        anchors=list(timing.anchors),
        first_year=span.first_year,
        on=on,
        responsible=responsible,
        updates=updates,
        until_year=span.last_year,
        since=None if first else dt.date(span.first_year - 1, *ANNUAL_CUTOFF),
    )


def timeline_periods(
    *, spans: list[TimingSpan], on: dt.date, responsible: Responsible, updates: list[Update]
) -> list[ItemState]:
    """The state of every period owed under the recurring rules, each year judged by the rule in force then."""
    year = reporting_year(on)
    states: list[ItemState] = []
    for index, span in enumerate(spans):
        if span.timing.recurrence and (index == 0 or span.first_year <= year):
            states += _span_periods(span, first=index == 0, on=on, responsible=responsible, updates=updates)
    return states


def timeline_state(
    *, spans: list[TimingSpan], on: dt.date, responsible: Responsible, updates: list[Update]
) -> ItemState:
    """Status on `on` under the rule in force that year. A recurring item shows its latest period of that rule
    whose due day has passed (before the first one: the current period's)."""
    current = span_in_force(spans, reporting_year(on))
    if current is None:
        return ItemState(TaskStatus.NOT_DUE, False)
    timing = current.timing
    if timing.recurrence:
        first = current is spans[0]
        states = _span_periods(current, first=first, on=on, responsible=responsible, updates=updates)
        passed = [s for s in states if s.due_date and s.due_date < on]
        if passed:
            return passed[-1]
        return states[-1] if states else ItemState(TaskStatus.NOT_DUE, False)
    if timing.deadline is None:
        return ItemState(TaskStatus.CONTINUOUS, False)
    return deadline_state(
        due_date=timing.deadline, on=on, responsible=responsible(timing.deadline), updates=updates
    )


def item_state(
    *,
    deadline: dt.date | None,
    recurrence: str,
    anchors: list[str],
    first_year: int,
    on: dt.date,
    responsible: Responsible,
    updates: list[Update],
) -> ItemState:
    """Status of one item whose timing never changed, on `on`."""
    span = TimingSpan(Timing(deadline, recurrence, tuple(anchors)), first_year, None, 1)
    return timeline_state(spans=[span], on=on, responsible=responsible, updates=updates)


def rolled_up_state(children: list[ItemState]) -> ItemState:
    """A section II task carried out by section III responsibilities: done when all of them are done."""
    judged = [s for s in children if s.status != TaskStatus.CONTINUOUS]
    if not judged:
        return ItemState(TaskStatus.CONTINUOUS, False)
    if len(judged) == 1:  # one part with a status of its own: that status, with its period, as it is
        return judged[0]
    due = any(s.due for s in judged)
    due_dates = [s.due_date for s in judged if s.due_date]
    due_date = max(due_dates) if due_dates else None
    if any(s.status == TaskStatus.OVERDUE for s in judged):
        return ItemState(TaskStatus.OVERDUE, due, due_date)
    if all(s.status in DONE for s in judged):
        late = any(s.status == TaskStatus.DONE_LATE for s in judged)
        done = max((s.completed_on for s in judged if s.completed_on), default=None)
        return ItemState(TaskStatus.DONE_LATE if late else TaskStatus.DONE_ON_TIME, due, due_date, None, done)
    if any(s.status != TaskStatus.NOT_DUE for s in judged):
        return ItemState(TaskStatus.IN_PROGRESS, due, due_date)
    return ItemState(TaskStatus.NOT_DUE, due, due_date)


def overdue_share(states: Iterable[ItemState]) -> tuple[int, int]:
    """(overdue, due): the headline figure is overdue ÷ all items due as of the date."""
    due = [s for s in states if s.due]
    return sum(1 for s in due if s.status == TaskStatus.OVERDUE), len(due)
