"""Reads on plans: one snapshot of a plan per request, then status, lists and the overview from memory."""

import datetime as dt
import hashlib
import threading
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from typing import Any

from django.db import connection
from django.db.models import Q, QuerySet
from django.db.models.functions import TruncDate
from django.http import Http404
from django.utils import timezone

from trithuc.agencies.models import Agency, AgencyGroup, AgencyStamp, AgencySuccession
from trithuc.agencies.selectors import successor_map
from trithuc.core import permissions
from trithuc.core.text import search_key
from trithuc.plans.fragments import cache_get, cache_get_many, cache_set
from trithuc.plans.models import Assignment, Document, Plan, PlanItem, PlanStamp, ProgressUpdate
from trithuc.plans.permissions import can_update_progress, progress_agencies
from trithuc.plans.status import (
    DONE,
    DONE_RULE,
    ItemState,
    TaskStatus,
    Timing,
    TimingSpan,
    Update,
    overdue_share,
    period_due_dates,
    reporting_year,
    rolled_up_state,
    timeline_periods,
    timeline_state,
    timing_spans,
)

UPCOMING_DAYS = 30
# A snapshot is keyed by what it was computed from, so the timeout only bounds how long an unused one is kept.
SNAPSHOT_CACHE_SECONDS = 600


def _cache_is_shared() -> bool:
    """Whether other processes read this cache (Redis in production); a per-process memory cache is not."""
    from django.core.cache import caches
    from django.core.cache.backends.dummy import DummyCache
    from django.core.cache.backends.locmem import LocMemCache

    return not isinstance(caches["default"], (LocMemCache, DummyCache))


# Unpickling thousands of model rows costs more than the page; each process also keeps its latest snapshots.
_LOCAL_SNAPSHOTS: "OrderedDict[str, PlanSnapshot]" = OrderedDict()
_LOCAL_LOCK = threading.Lock()
_BUILD_LOCK = threading.Lock()
LOCAL_SNAPSHOTS = 32  # pages of every plan in force (the home page, an agency's page) read one per plan


def _remember(key: str, snapshot: "PlanSnapshot") -> None:
    """Keep the newest snapshot of each plan and day; an older one of the same plan and day is dropped (its stamp
    is past), and the least recently used goes first when the memory is full."""
    prefix = key.rsplit(":", 1)[0] + ":"
    with _LOCAL_LOCK:
        for old in [k for k in _LOCAL_SNAPSHOTS if k.startswith(prefix)]:
            del _LOCAL_SNAPSHOTS[old]
        _LOCAL_SNAPSHOTS[key] = snapshot
        while len(_LOCAL_SNAPSHOTS) > LOCAL_SNAPSHOTS:
            _LOCAL_SNAPSHOTS.popitem(last=False)


def _recall(key: str) -> "PlanSnapshot | None":
    """A snapshot from this process's memory, marked as recently used."""
    with _LOCAL_LOCK:
        snapshot = _LOCAL_SNAPSHOTS.get(key)
        if snapshot is not None:
            _LOCAL_SNAPSHOTS.move_to_end(key)
        return snapshot


def _recall_earlier(key: str, stamp: str) -> "PlanSnapshot | None":
    """The snapshot this process holds of the same plan and day whose stamp has the same base as `stamp`: they
    differ at most by progress rows added through the services (plans.services.stamp.progress_append)."""
    base = _stamp_base(stamp)
    if base is None:
        return None
    prefix = key.rsplit(":", 1)[0] + ":"
    with _LOCAL_LOCK:
        for held, snapshot in _LOCAL_SNAPSHOTS.items():
            if held.startswith(prefix):
                return snapshot if _stamp_base(held[len(prefix) :]) == base else None
    return None


def plan_stamp(plan: Plan) -> str:
    """The data stamp of one plan (see plan_stamps)."""
    return plan_stamps([plan]).get(plan.pk, "")


def plan_stamps(plans: "list[Plan] | QuerySet[Plan]") -> dict[int, str]:
    """Changes whenever what a plan's pages show changes: its own stamp (renewed by every plans service that
    writes its items, assignments, transfers or progress, plans.services.stamp), the agencies' stamp (renewed
    by every agencies service, agencies.services.agencies_changed), and the plan and document rows themselves.

    One query on primary keys, which every page built from plans pays once for all of them (snapshots and
    cached page parts are keyed by it): its cost grows with the plans the page shows, not with the plans, tasks
    or progress stored, and a write to another plan leaves this plan's stamp as it was. A write around the
    services (raw SQL, a bulk load) must call plans_changed itself."""
    ids = [plan.pk for plan in plans]
    if not ids:
        return {}
    with connection.cursor() as cursor:
        cursor.execute(_STAMP_SQL.format(ids=", ".join(["%s"] * len(ids))), ids)
        rows = cursor.fetchall()
    return {row[0]: _stamp_of(row) for row in rows}


def _stamp_of(row: tuple[Any, ...]) -> str:
    """ "<base>.<progress token>": the base hashes everything but the token that a progress row renews alone."""
    base = hashlib.sha1("|".join(str(part) for part in row[:-1]).encode()).hexdigest()
    return f"{base}.{row[-1] or ''}"


def _stamp_base(stamp: str) -> str | None:
    """The part of a stamp that every write renews but a progress row added through the services (None for a
    stamp not made by plan_stamps)."""
    base, dot, _ = stamp.partition(".")
    return base if dot else None


def _stamp_progress(stamp: str) -> str:
    """The part of a stamp that every write renews (plans.models.PlanStamp.progress_token)."""
    return stamp.partition(".")[2]


def _stamp_sql() -> str:
    plans, stamps, documents = (m._meta.db_table for m in (Plan, PlanStamp, Document))
    # The base, then the token renewed with every progress row (plans.services.stamp.progress_append).
    return (
        f"SELECT p.id, p.updated_at, d.updated_at, s.token, a.version, a.token, s.progress_token FROM {plans} p"
        f" JOIN {documents} d ON d.id = p.document_id"
        f" LEFT JOIN {stamps} s ON s.plan_id = p.id"
        f" LEFT JOIN {AgencyStamp._meta.db_table} a ON a.id = 1"
        " WHERE p.id IN ({ids})"
    )


_STAMP_SQL = _stamp_sql()


def plan_qs_visible_to(user: Any) -> QuerySet[Plan]:
    """Plans and their tasks are open to every officer role (DESIGN §2); experts see none."""
    if not permissions.can_read_plans(user):
        return Plan.objects.none()
    return Plan.objects.select_related("document", "coordinator")


def plan_qs_in_force(user: Any) -> QuerySet[Plan]:
    """The version in force of every plan neither closed nor replaced, as the user may see them."""
    return plan_qs_visible_to(user).filter(is_current=True, closed_on__isnull=True, replaced_by__isnull=True)


def plan_by_code(user: Any, code: str) -> Plan:
    """The version in force of the plan named `code` (closed and replaced plans included: their history stays
    readable); 404 when there is none or the user may not see plans."""
    plan = plan_qs_visible_to(user).filter(code=code, is_current=True).first()
    if plan is None:
        raise Http404("Không có kế hoạch với mã này.")
    return plan


def plan_in_force_by_code(code: str) -> Plan | None:
    """The plan in force named `code`, for the command line (no reader to check)."""
    return Plan.objects.filter(
        code=code, is_current=True, closed_on__isnull=True, replaced_by__isnull=True
    ).first()


def plan_codes_in_force() -> list[str]:
    return list(
        Plan.objects.filter(is_current=True, closed_on__isnull=True, replaced_by__isnull=True)
        .order_by("code")
        .values_list("code", flat=True)
    )


def plan_qs_ended(user: Any) -> QuerySet[Plan]:
    """Plans closed or replaced (their last version): listed apart, still readable."""
    return (
        plan_qs_visible_to(user)
        .filter(is_current=True)
        .filter(Q(closed_on__isnull=False) | Q(replaced_by__isnull=False))
        .select_related("replaced_by__document")
    )


def plan_version_by_code(user: Any, code: str, version: int) -> Plan:
    """One version of the plan named `code`, older ones included (404 if it has no such version)."""
    current = plan_by_code(user, code)
    if version == current.version:
        return current
    plan = plan_qs_visible_to(user).filter(document_id=current.document_id, version=version).first()
    if plan is None:
        raise Http404("Kế hoạch không có phiên bản này.")
    return plan


@dataclass(frozen=True)
class Superseded:
    """A superseded version and where its content lives now: the version in force and, for an item, the same
    item there (None when the newer version dropped it)."""

    plan: Plan
    current: Plan
    item: PlanItem | None = None
    current_item: PlanItem | None = None


def plan_in_force(plan: Plan) -> Plan:
    """The current version of the plan's document (the plan itself when it is current, or when none is)."""
    if plan.is_current:
        return plan
    current = Plan.objects.filter(document_id=plan.document_id, is_current=True).first()
    return current or plan


def item_in_version(plan: Plan, ref: str) -> PlanItem | None:
    """The item of `plan` with reference `ref`: items are matched across versions by reference within the
    document, as reports and reviews match theirs (an amendment copies the items under the same refs)."""
    return (
        PlanItem.objects.filter(plan=plan, ref=ref)
        .select_related("plan", "plan__document")
        .defer("plan__source_text")
        .first()
    )


def superseded_of(plan: Plan, item: PlanItem | None = None) -> Superseded | None:
    """None for the version in force (no query); otherwise what the read-only banner of an old version says."""
    if plan.is_current:
        return None
    current = plan_in_force(plan)
    if current.pk == plan.pk:
        return None
    current_item = item_in_version(current, item.ref) if item is not None else None
    return Superseded(plan=plan, current=current, item=item, current_item=current_item)


def item_qs_visible_to(user: Any) -> QuerySet[PlanItem]:
    return (
        PlanItem.objects.filter(plan__in=plan_qs_visible_to(user))
        .select_related("plan", "plan__document")
        .defer("plan__source_text")  # the whole document: read only where shown (PlanManager)
    )


def update_qs_visible_to(user: Any) -> QuerySet[ProgressUpdate]:
    """Submitted progress is part of a task's status, which every plan reader sees (DESIGN §2)."""
    return ProgressUpdate.objects.filter(item__plan__in=plan_qs_visible_to(user)).select_related(
        "agency", "author", "item"
    )


def version_effective_on(plan: Plan) -> dt.date | None:
    """The day a version took effect: None for a first version (in force from the plan's first year); for a
    version made by accepted amendments, the date of the Province's decision; else the day it was stored (an
    imported amended text)."""
    if plan.previous_id is None:
        return None
    # amendments.AmendmentSet.result_plan, read through the reverse relation (plans does not import amendments)
    source = getattr(plan, "amendment_source", None)
    decided: dt.date | None = source.decision_date if source is not None else None
    if decided:
        return decided
    return timezone.localtime(plan.created_at).date()


def _version_history(plan: Plan) -> tuple[list[tuple[int, dt.date | None]], dict[str, dict[int, Timing]]]:
    """This version and those before it with their effective dates, and the earlier versions' task timing by ref
    (two queries; none for a plan with one version)."""
    if plan.previous_id is None:
        return [(plan.version, None)], {}
    chain = Plan.objects.filter(document_id=plan.document_id, version__lte=plan.version).order_by("version")
    if hasattr(Plan, "amendment_source"):
        chain = chain.select_related("amendment_source")
    plans = list(chain)
    versions = [(p.version, version_effective_on(p)) for p in plans]
    earlier = {p.pk: p.version for p in plans if p.version < plan.version}
    timings: dict[str, dict[int, Timing]] = defaultdict(dict)
    if earlier:
        for plan_id, ref, deadline, recurrence, anchors in PlanItem.objects.filter(
            plan_id__in=earlier, kind=PlanItem.Kind.TASK
        ).values_list("plan_id", "ref", "deadline", "recurrence", "recurrence_anchors"):
            timings[ref][earlier[plan_id]] = Timing(deadline, recurrence, tuple(anchors or []))
    return versions, dict(timings)


@dataclass(frozen=True)
class TimingLine:
    """One line of a task's timing history: "Từ 2026: hằng năm (theo phiên bản 2, hiệu lực 10/04/2026)"."""

    years: str
    rule: str
    source: str


def timing_lines(snapshot: "PlanSnapshot", item: PlanItem) -> list[TimingLine]:
    """Which rule judges which years, newest first; empty when the item's timing is that of the first version."""
    spans = snapshot.timing_spans(item)
    if not spans or (len(spans) == 1 and spans[0].version == 1):
        return []
    lines = []
    for span in reversed(spans):
        if span.last_year is None:
            years = f"Từ {span.first_year}"
        elif span.last_year == span.first_year:
            years = str(span.first_year)
        else:
            years = f"{span.first_year}–{span.last_year}"
        source = ""
        if span.version > 1:
            source = f"theo phiên bản {span.version}"
            if span.effective_on:
                source += f", hiệu lực {span.effective_on:%d/%m/%Y}"
        lines.append(TimingLine(years, _timing_rule(span.timing), source))
    return lines


def _timing_rule(timing: Timing) -> str:
    if timing.recurrence:
        rule = str(PlanItem.Recurrence(timing.recurrence).label).lower()
        if timing.recurrence == PlanItem.Recurrence.YEARLY and timing.anchors:
            month, day = timing.anchors[0].split("-")
            rule += f", hạn {day}/{month}"
        return rule
    if timing.deadline:
        return f"hạn {timing.deadline:%d/%m/%Y}"
    return "thường xuyên"


@dataclass
class TaskRow:
    item: PlanItem
    state: ItemState
    leads: list[Assignment]
    coordinators: list[Assignment]
    successors: dict[int, list[Any]] = field(default_factory=dict)  # assignment id -> current successors


@dataclass
class PlanSnapshot:
    """Everything status needs, loaded in a fixed number of queries."""

    plan: Plan
    on: dt.date
    items: list[PlanItem]
    assignments: dict[int, list[Assignment]]
    updates: dict[int, list[Update]]
    implementers: dict[int, list[int]]
    agencies: dict[int, Agency]
    groups: dict[int, AgencyGroup]
    successions: list[AgencySuccession] = field(default_factory=list)
    # (version, effective date) of this version and those before it, and the earlier versions' timing by ref:
    # a change of timing by an amendment judges only the years from its effective date (status.timing_spans).
    versions: list[tuple[int, dt.date | None]] = field(default_factory=list)
    earlier_timings: dict[str, dict[int, Timing]] = field(default_factory=dict)
    _spans: dict[int, list[TimingSpan]] = field(default_factory=dict, repr=False)
    _successor_maps: dict[dt.date, dict[int, list[AgencySuccession]]] = field(
        default_factory=dict, repr=False
    )
    _states: dict[tuple[int, int | None], ItemState] = field(default_factory=dict, repr=False)
    _overview: "Overview | None" = field(default=None, repr=False)
    # The progress row with the highest id it holds (0: none) and what status reads of it: rows added after it
    # through the services are read on their own (brought_up), and a row that is no longer what it was (a
    # rolled-back write whose id was used again) makes the snapshot be read again whole.
    progress_seen: int = 0
    progress_last: tuple[Any, ...] = ()
    # What pages draw from the snapshot for one agency (its work, what needs its attention): kept with it, so a
    # page of every plan recomputes only the plans whose snapshot changed.
    _memo: dict[tuple[Any, ...], Any] = field(default_factory=dict, repr=False)

    @classmethod
    def load(cls, plan: Plan, on: dt.date | None = None, *, stamp: str | None = None) -> "PlanSnapshot":
        """The snapshot of a plan on a day, from the cache while nothing it depends on has changed.

        `stamp`: the plan_stamp the caller has just read, so a page asks for it once.
        """
        on = on or timezone.localdate()
        stamp = stamp or plan_stamp(plan)
        key = f"plan-snapshot:{plan.pk}:{on.isoformat()}:{stamp}"
        snapshot = _recall(key)
        if snapshot is None:
            with _BUILD_LOCK:  # threads that ask while it is being built wait for it rather than build it too
                snapshot = _recall(key)
                if snapshot is None:
                    # After progress rows added through the services, the snapshot this process holds of the
                    # same plan, day and other data reads only those rows: the cost follows what changed.
                    earlier = _recall_earlier(key, stamp)
                    if earlier is not None:
                        snapshot = earlier.brought_up(_stamp_progress(stamp))
                    if snapshot is None:
                        snapshot = cache_get(key)  # another process may have built it
                    if snapshot is None:
                        snapshot = cls._build(plan, on)
                        snapshot.states()  # computed once, kept (and cached) with the rows
                        # A per-process cache would only pickle what this process keeps in memory already.
                        if _cache_is_shared():
                            cache_set(key, snapshot, SNAPSHOT_CACHE_SECONDS)
                    else:
                        snapshot.states()  # a brought-up or unpickled snapshot fills what it lacks
                    _remember(key, snapshot)
        return snapshot

    def brought_up(self, progress_token: str) -> "PlanSnapshot | None":
        """This snapshot with the progress rows its plan's stamp lists after the last one it holds, read by
        primary key (two queries), for the stamp whose progress part is `progress_token`; None when it cannot be,
        so the caller reads the plan again whole: the stamp has moved on meanwhile, or the last row it holds is
        gone or another one now (a rolled-back write whose id was used again).

        Sound because plans.services.stamp.progress_append locks the plan's stamp before a row takes its id, so
        the rows listed under one base stamp are committed in the order of their ids (the snapshot holds every
        row up to the last one it holds), and because every other write renews the base stamp and empties the
        list (a snapshot of another base is never brought up)."""
        stamp = (
            PlanStamp.objects.filter(plan_id=self.plan.pk)
            .values_list("progress_token", "progress_recent")
            .first()
        )
        if stamp is None or stamp[0] != progress_token:
            return None
        wanted = sorted(pk for pk in stamp[1] if pk > self.progress_seen)
        rows = list(
            ProgressUpdate.objects.filter(
                pk__in=[self.progress_seen, *wanted] if self.progress_seen else wanted
            )
            .order_by("pk")
            .annotate(reported_on=TruncDate("created_at", tzinfo=timezone.get_current_timezone()))
            .values_list(*_UPDATE_COLUMNS)
        )
        if self.progress_seen:
            if not rows or rows[0][0] != self.progress_seen or tuple(rows[0][1:]) != self.progress_last:
                return None
            rows = rows[1:]
        if [row[0] for row in rows] != wanted:  # a listed row is gone: the plan was written otherwise since
            return None
        if not rows:
            return self
        updates: dict[int, list[Update]] = defaultdict(list, self.updates)
        changed: set[int] = set()
        for row in rows:  # oldest first: each goes in front, as the model's ordering (newest first) has them
            updates[row[1]] = [_update_of(row), *updates.get(row[1], [])]
            changed.add(row[1])
        stale = self._depending_on(changed)
        return replace(
            self,
            updates=updates,
            _states={key: state for key, state in self._states.items() if key[0] not in stale},
            _overview=None,
            _memo={},
            progress_seen=rows[-1][0],
            progress_last=tuple(rows[-1][1:]),
        )

    def memo(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        """`compute()`, once per snapshot (the snapshot never changes once loaded; a newer one starts empty)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def _depending_on(self, items: set[int]) -> set[int]:
        """These items and every item whose state is rolled up from one of them, however far up."""
        users: dict[int, list[int]] = defaultdict(list)
        for target, parts in self.implementers.items():
            for part in parts:
                users[part].append(target)
        found, todo = set(items), list(items)
        while todo:
            for target in users.get(todo.pop(), []):
                if target not in found:
                    found.add(target)
                    todo.append(target)
        return found

    @classmethod
    def _build(cls, plan: Plan, on: dt.date) -> "PlanSnapshot":
        items = list(plan.items.order_by("position"))
        assignments: dict[int, list[Assignment]] = defaultdict(list)
        for a in Assignment.objects.filter(item__plan=plan).select_related(
            "agency", "group", "transfer__successor"
        ):
            assignments[a.item_id].append(a)
        updates: dict[int, list[Update]] = defaultdict(list)
        # The day of each report in the local time zone is computed by the database: converting ten thousand
        # timestamps in Python was half the cost of a snapshot.
        last: tuple[Any, ...] = (0,)
        for row in (
            ProgressUpdate.objects.filter(item__plan=plan)
            .annotate(reported_on=TruncDate("created_at", tzinfo=timezone.get_current_timezone()))
            .values_list(*_UPDATE_COLUMNS)
        ):
            updates[row[1]].append(_update_of(row))
            if row[0] > last[0]:
                last = row
        implementers: dict[int, list[int]] = defaultdict(list)
        for link in PlanItem.implements.through.objects.filter(from_planitem__plan=plan).values(
            "from_planitem_id", "to_planitem_id"
        ):
            implementers[link["to_planitem_id"]].append(link["from_planitem_id"])
        versions, earlier_timings = _version_history(plan)
        return cls(
            plan=plan,
            on=on,
            items=items,
            assignments=assignments,
            updates=updates,
            implementers=implementers,
            agencies={a.pk: a for a in Agency.objects.all()},
            groups={g.pk: g for g in AgencyGroup.objects.all()},
            successions=list(AgencySuccession.objects.select_related("successor")),
            versions=versions,
            earlier_timings=earlier_timings,
            progress_seen=last[0],
            progress_last=tuple(last[1:]),
        )

    @cached_property
    def by_id(self) -> dict[int, PlanItem]:
        return {item.pk: item for item in self.items}

    def successors(self, day: dt.date) -> dict[int, list[AgencySuccession]]:
        if day not in self._successor_maps:
            self._successor_maps[day] = successor_map(on=day, all_steps=self.successions)
        return self._successor_maps[day]

    @property
    def first_year(self) -> int:
        doc = self.plan.document
        return doc.year or (doc.issued_on.year if doc.issued_on else self.on.year)

    def tasks(self) -> list[PlanItem]:
        return [i for i in self.items if i.kind == PlanItem.Kind.TASK]

    def answering(self, assignment: Assignment, day: dt.date) -> set[int]:
        """The agencies that must answer for an assignment on `day`, through groups and successors."""
        if assignment.group_id:
            kinds = set(self.groups[assignment.group_id].member_kinds)
            return {a.pk for a in self.agencies.values() if a.kind in kinds and a.is_active_on(day)}
        if assignment.agency_id is None:
            return set()
        transfer = transfer_of(assignment)
        if transfer is not None and transfer.effective_date <= day:
            return {transfer.successor_id}
        agency = self.agencies[assignment.agency_id]
        if agency.is_active_on(day):
            return {agency.pk}
        return {step.successor_id for step in self.successors(day).get(agency.pk, [])} or {agency.pk}

    def responsible(self, item: PlanItem, agency_id: int | None = None) -> Callable[[dt.date], set[int]]:
        leads = [a for a in self.assignments.get(item.pk, []) if a.role == Assignment.Role.LEAD]

        def on_day(day: dt.date) -> set[int]:
            ids: set[int] = set()
            for a in leads:
                ids |= self.answering(a, day)
            if agency_id is not None:
                return {agency_id} if agency_id in ids else set()
            return ids

        return on_day

    def is_rolled_up(self, item: PlanItem) -> bool:
        """A task whose owners come only from the section III items that carry it out has no status of its own."""
        explicit = [a for a in self.assignments.get(item.pk, []) if a.source != Assignment.Source.SECTION_III]
        return bool(self.implementers.get(item.pk)) and not explicit and item.is_continuous

    def timing_spans(self, item: PlanItem) -> list[TimingSpan]:
        """Which timing (of which version) judges which reporting years of this item."""
        if item.pk not in self._spans:
            own = Timing(item.deadline, item.recurrence, tuple(item.recurrence_anchors or []))
            earlier = self.earlier_timings.get(item.ref, {})
            history = [
                (version, effective_on, own if version == self.plan.version else earlier.get(version))
                for version, effective_on in self.versions or [(self.plan.version, None)]
            ]
            self._spans[item.pk] = timing_spans(history, self.first_year)
        return self._spans[item.pk]

    def period_states(self, item: PlanItem, agency_id: int | None = None) -> list[ItemState]:
        """One state per period owed, each year judged by the timing in force that year."""
        return timeline_periods(
            spans=self.timing_spans(item),
            on=self.on,
            responsible=self.responsible(item, agency_id),
            updates=self.updates.get(item.pk, []),
        )

    def state(self, item: PlanItem, agency_id: int | None = None) -> ItemState:
        key = (item.pk, agency_id)
        if key not in self._states:
            self._states[key] = self._compute_state(item, agency_id)
        return self._states[key]

    def _compute_state(self, item: PlanItem, agency_id: int | None) -> ItemState:
        own = timeline_state(
            spans=self.timing_spans(item),
            on=self.on,
            responsible=self.responsible(item, agency_id),
            updates=self.updates.get(item.pk, []),
        )
        implementers = self.implementers.get(item.pk)
        if not implementers or agency_id is not None:
            return own
        children = [self.state(self.by_id[pk]) for pk in implementers if pk in self.by_id]
        return rolled_up_state(children if self.is_rolled_up(item) else [own, *children])

    def states(self) -> dict[int, ItemState]:
        return {item.pk: self.state(item) for item in self.tasks()}

    def involved_agency_ids(self, item: PlanItem) -> set[int]:
        """Every agency named on an item, directly, through a group or as a successor today."""
        ids: set[int] = set()
        for a in self.assignments.get(item.pk, []):
            ids |= self.answering(a, self.on)
            if a.agency_id:
                ids.add(a.agency_id)
        return ids

    def row(self, item: PlanItem, state: ItemState | None = None) -> TaskRow:
        assignments = self.assignments.get(item.pk, [])
        current = self.successors(self.on)
        return TaskRow(
            item=item,
            state=state or self.state(item),
            leads=[a for a in assignments if a.role == Assignment.Role.LEAD],
            coordinators=[a for a in assignments if a.role == Assignment.Role.COORDINATE],
            successors={
                a.pk: _holders(a, current, self.on) for a in assignments if _holders(a, current, self.on)
            },
        )


_UPDATE_COLUMNS = ("id", "item_id", "agency_id", "status", "completed_on", "period_year", "reported_on")


def _update_of(row: tuple[Any, ...]) -> Update:
    """What status needs of a progress row read as _UPDATE_COLUMNS."""
    _, _, agency_id, status, completed_on, period_year, reported_on = row
    return Update(
        agency_id=agency_id,
        completed=status == ProgressUpdate.Status.COMPLETED,
        reported_on=reported_on,
        completed_on=completed_on,
        period_year=period_year,
    )


@dataclass(frozen=True)
class Holder:
    """Who answers today for an assignment whose agency was reorganised (shown beside the named agency)."""

    successor: Agency
    remit: str


def transfer_of(assignment: Assignment) -> Any:
    try:
        return assignment.transfer
    except Assignment.transfer.RelatedObjectDoesNotExist:
        return None


def _holders(assignment: Assignment, current: dict[int, list[AgencySuccession]], on: dt.date) -> list[Holder]:
    transfer = transfer_of(assignment)
    if transfer is not None and transfer.effective_date <= on:
        return [Holder(transfer.successor, f"theo {transfer.decision}")]
    if assignment.agency_id is None:
        return []
    return [Holder(step.successor, step.remit) for step in current.get(assignment.agency_id, [])]


@dataclass(frozen=True)
class TaskFilters:
    agency: Agency | None = None
    role: str = ""
    status: str = ""
    deadline_from: dt.date | None = None
    deadline_to: dt.date | None = None
    q: str = ""


def task_rows(snapshot: PlanSnapshot, filters: TaskFilters | None = None) -> list[TaskRow]:
    """The task list: every task of the plan with its state, filtered as the user asked."""
    filters = filters or TaskFilters()
    needle = search_key(filters.q) if filters.q else ""
    rows = []
    for item in snapshot.tasks():
        if (
            needle
            and needle not in (item.search_text or search_key(item.text))
            and needle not in search_key(item.ref)
        ):
            continue
        if filters.agency and not _assigned(snapshot, item, filters.agency.pk, filters.role):
            continue
        if (
            filters.role
            and not filters.agency
            and not any(a.role == filters.role for a in snapshot.assignments.get(item.pk, []))
        ):
            continue
        state = snapshot.state(item)
        if filters.status and state.status != filters.status:
            continue
        if filters.deadline_from and not (state.due_date and state.due_date >= filters.deadline_from):
            continue
        if filters.deadline_to and not (state.due_date and state.due_date <= filters.deadline_to):
            continue
        rows.append(snapshot.row(item, state))
    return rows


def _assigned(snapshot: PlanSnapshot, item: PlanItem, agency_id: int, role: str = "") -> bool:
    for a in snapshot.assignments.get(item.pk, []):
        if role and a.role != role:
            continue
        if a.agency_id == agency_id or agency_id in snapshot.answering(a, snapshot.on):
            return True
    return False


@dataclass(frozen=True)
class AgencyTask:
    row: TaskRow
    role: str
    state: ItemState
    via_group: bool
    can_update: bool
    # Whose share `state` is: the agency's own when it leads, else the whole task's.
    agency_id: int | None = None


def handed_over(assignment: Assignment, on: dt.date) -> bool:
    """The assignment's agency has handed it to a successor by `on` (AssignmentTransfer in force)."""
    transfer = transfer_of(assignment)
    return transfer is not None and transfer.effective_date <= on


def agency_tasks(snapshot: PlanSnapshot, agency: Agency, *, open_work: bool = False) -> list[AgencyTask]:
    """ "Việc của đơn vị tôi": items the agency leads or supports, with its own share of the status.

    `open_work`: leave out what the agency has handed over to a successor (its page); report forms keep them,
    so a report of an earlier period still lists the tasks the agency had then.
    """
    result = []
    for item in snapshot.tasks():
        roles = []
        via_group = False
        for a in snapshot.assignments.get(item.pk, []):
            named = a.agency_id == agency.pk and not (open_work and handed_over(a, snapshot.on))
            if named or agency.pk in snapshot.answering(a, snapshot.on):
                roles.append(a.role)
                via_group = via_group or bool(a.group_id)
        if not roles:
            continue
        role = Assignment.Role.LEAD if Assignment.Role.LEAD in roles else Assignment.Role.COORDINATE
        own_state = snapshot.state(item, agency.pk) if role == Assignment.Role.LEAD else snapshot.state(item)
        result.append(
            AgencyTask(
                row=snapshot.row(item),
                role=role,
                state=own_state,
                via_group=via_group,
                can_update=not snapshot.is_rolled_up(item),
                agency_id=agency.pk if role == Assignment.Role.LEAD else None,
            )
        )
    return result


@dataclass(frozen=True)
class HandOver:
    """A task the agency handed to a successor: to whom, by which decision, from when, recorded when."""

    item: PlanItem
    role: str
    successor: Agency
    decision: str
    effective_date: dt.date
    recorded_at: dt.datetime
    in_force: bool  # the successor answers for it on the snapshot's day


def agency_handed_over(snapshot: PlanSnapshot, agency: Agency) -> list[HandOver]:
    """The agency's assignments in the plan that were transferred (no query: the snapshot holds the transfers)."""
    result = []
    for item in snapshot.tasks():
        for a in snapshot.assignments.get(item.pk, []):
            transfer = transfer_of(a) if a.agency_id == agency.pk else None
            if transfer is not None:
                result.append(
                    HandOver(
                        item=item,
                        role=a.role,
                        successor=transfer.successor,
                        decision=transfer.decision,
                        effective_date=transfer.effective_date,
                        recorded_at=transfer.created_at,
                        in_force=transfer.effective_date <= snapshot.on,
                    )
                )
    return result


@dataclass(frozen=True)
class Overview:
    on: dt.date
    total: int
    counts: dict[str, int]
    overdue: int
    due: int
    overdue_rows: list[TaskRow]
    upcoming: list[tuple[dt.date, TaskRow]]

    @property
    def overdue_percent(self) -> float | None:
        return round(100 * self.overdue / self.due, 1) if self.due else None

    def count_list(self) -> list[tuple[str, str, int]]:
        return [(s.value, str(s.label), self.counts.get(s.value, 0)) for s in TaskStatus]


def plan_overview(snapshot: PlanSnapshot) -> Overview:
    """The headline page: counts by status, % overdue (DESIGN §3), overdue list, next 30 days (once per snapshot)."""
    if snapshot._overview is None:
        snapshot._overview = _overview_compute(snapshot)
    return snapshot._overview


def _overview_compute(snapshot: PlanSnapshot) -> Overview:
    states = snapshot.states()
    overdue, due = overdue_share(states.values())
    counts = Counter(s.status.value for s in states.values())
    horizon = snapshot.on + dt.timedelta(days=UPCOMING_DAYS)
    by_id = {i.pk: i for i in snapshot.tasks()}
    overdue_rows = [snapshot.row(by_id[pk], s) for pk, s in states.items() if s.status == TaskStatus.OVERDUE]
    upcoming = []
    for pk, item in by_id.items():
        next_due = _next_due(snapshot, item)
        if next_due and snapshot.on <= next_due <= horizon:
            upcoming.append((next_due, snapshot.row(item, states[pk])))
    upcoming.sort(key=lambda pair: (pair[0], pair[1].item.position))
    return Overview(snapshot.on, len(states), dict(counts), overdue, due, overdue_rows, upcoming)


def _next_due(snapshot: PlanSnapshot, item: PlanItem) -> dt.date | None:
    if item.recurrence:
        dates = period_due_dates(
            item.recurrence, snapshot.on.year, snapshot.on.year + 1, item.recurrence_anchors or []
        )
        return next((d for d in dates if d >= snapshot.on), None)
    return item.deadline if item.deadline and item.deadline >= snapshot.on else None


INLINE_TREE_LIMIT = 200  # above this many items, a task's details load when it is opened


@dataclass(frozen=True)
class TreeEntry:
    """One line of the plan tree, flattened in document order; `closes` ends that many open branches after it."""

    item: PlanItem
    row: TaskRow | None
    depth: int
    has_children: bool
    closes: range


def plan_tree(
    snapshot: PlanSnapshot, *, root: PlanItem | None = None, max_depth: int | None = None
) -> list[TreeEntry]:
    """The plan tree as a flat list (one template loop, no recursion), tasks with their row (assignees, status).

    `root` gives only that item's descendants; `max_depth` stops there, for large plans whose deeper branches
    load when opened (their entry keeps has_children and closes nothing).
    """
    children: dict[int | None, list[PlanItem]] = defaultdict(list)
    for item in snapshot.items:
        children[item.parent_id if item.parent_id in snapshot.by_id else None].append(item)
    entries: list[TreeEntry] = []

    def walk(item: PlanItem, depth: int, closes_after: int) -> None:
        kids = children.get(item.pk, [])
        cut = max_depth is not None and depth >= max_depth
        row = snapshot.row(item) if item.kind == PlanItem.Kind.TASK else None
        entries.append(
            TreeEntry(item, row, depth, bool(kids), range(closes_after if (cut or not kids) else 0))
        )
        if cut:
            return
        for index, kid in enumerate(kids):
            walk(kid, depth + 1, (closes_after + 1) if index == len(kids) - 1 else 0)

    tops = children[root.pk] if root is not None else children[None]
    for top in tops:
        walk(top, 0, 0)
    return entries


@dataclass(frozen=True)
class TaskDetail:
    row: TaskRow
    source: str
    period_states: list[ItemState]
    updates: list[ProgressUpdate]
    implemented_by: list[TaskRow]
    implements: list[PlanItem]
    writable_agencies: list[Agency]
    timing_lines: list[TimingLine] = field(default_factory=list)
    agency_lines: list["AgencyLine"] = field(default_factory=list)
    history: list["HistoryYear"] = field(default_factory=list)
    overdue: "OverdueNote | None" = None

    @property
    def current_agency_lines(self) -> list["AgencyLine"]:
        """The agencies named on the task today (leads, then those who take part)."""
        return [line for line in self.agency_lines if line.role]

    @property
    def former_agency_lines(self) -> list["AgencyLine"]:
        """Agencies that reported on the task but are no longer named on it: the page folds them (#15.5)."""
        return [line for line in self.agency_lines if not line.role]


@dataclass(frozen=True)
class AgencyLine:
    """One agency on a task page's summary (#15.4): its role, its own status (a lead's), its latest report and
    the years it reported for."""

    agency: Agency
    role: str  # lead | coordinate | "" (reported, no longer named)
    state: ItemState | None
    latest: ProgressUpdate | None
    count: int
    years: list[int]


@dataclass(frozen=True)
class HistoryYear:
    """The task's history of one reporting year, newest first; the page folds all but the latest year."""

    year: int
    updates: list[ProgressUpdate]


@dataclass(frozen=True)
class OverdueNote:
    """Why a task is overdue although some agencies reported it done: the rule, and who has not."""

    rule: str
    due_date: dt.date | None
    period_year: int | None
    done: list[Agency]
    missing: list[Agency]


def _update_year(update: ProgressUpdate) -> int:
    return update.period_year or reporting_year(timezone.localtime(update.created_at).date())


def task_agency_lines(
    snapshot: "PlanSnapshot", item: PlanItem, updates: list[ProgressUpdate]
) -> list[AgencyLine]:
    """Who answers for the task today and who reported on it: the leads first, with their own status."""
    leads_now = snapshot.responsible(item)(snapshot.on)
    involved = snapshot.involved_agency_ids(item)
    by_agency: dict[int, list[ProgressUpdate]] = defaultdict(list)
    for u in updates:  # newest first (the model's ordering)
        by_agency[u.agency_id].append(u)
    ids = list(leads_now) + [a for a in involved if a not in leads_now]
    ids += [a for a in by_agency if a not in ids]
    lines = []
    for agency_id in ids:
        agency = snapshot.agencies.get(agency_id)
        if agency is None:
            continue
        mine = by_agency.get(agency_id, [])
        role = "lead" if agency_id in leads_now else "coordinate" if agency_id in involved else ""
        lines.append(
            AgencyLine(
                agency=agency,
                role=role,
                state=snapshot.state(item, agency_id) if role == "lead" else None,
                latest=mine[0] if mine else None,
                count=len(mine),
                years=sorted({_update_year(u) for u in mine}, reverse=True),
            )
        )
    order = {"lead": 0, "coordinate": 1, "": 2}
    return sorted(lines, key=lambda line: (order[line.role], search_key(line.agency.name)))


def task_history(updates: list[ProgressUpdate]) -> list[HistoryYear]:
    """The updates grouped by reporting year, newest year first."""
    years: dict[int, list[ProgressUpdate]] = defaultdict(list)
    for u in updates:
        years[_update_year(u)].append(u)
    return [HistoryYear(year, years[year]) for year in sorted(years, reverse=True)]


def task_overdue_note(snapshot: "PlanSnapshot", item: PlanItem, state: ItemState) -> OverdueNote | None:
    """For an overdue task: the rule (status.DONE_RULE) and which leads of the overdue period have reported it
    done and which have not."""
    if state.status != TaskStatus.OVERDUE or state.due_date is None or snapshot.is_rolled_up(item):
        return None  # a rolled-up task says its own rule (done when every item carrying it out is)
    responsible = snapshot.responsible(item)(state.due_date)
    done: list[Agency] = []
    missing: list[Agency] = []
    for agency_id in responsible:
        agency = snapshot.agencies.get(agency_id)
        if agency is None:
            continue
        own = [s for s in snapshot.period_states(item, agency_id) if s.due_date == state.due_date]
        own_state = own[0] if own else snapshot.state(item, agency_id)
        (done if own_state.status in DONE else missing).append(agency)
    key = lambda a: search_key(a.name)  # noqa: E731
    return OverdueNote(
        DONE_RULE, state.due_date, state.period_year, sorted(done, key=key), sorted(missing, key=key)
    )


def task_detail(snapshot: PlanSnapshot, item: PlanItem, user: Any) -> TaskDetail:
    """Everything the task page shows, including which of the user's agencies may report on it."""
    text = snapshot.plan.source_text
    source = text[item.span_start : item.span_end] if item.span_start is not None and text else item.text
    periods = snapshot.period_states(item)
    by_id = snapshot.by_id
    involved = snapshot.involved_agency_ids(item)
    writable = (
        []
        if snapshot.is_rolled_up(item) or not snapshot.plan.is_current  # a superseded version is read-only
        else [a for a in progress_agencies(user) if can_update_progress(user, item, a, involved)]
    )
    updates = list(update_qs_visible_to(user).filter(item=item))
    row = snapshot.row(item)
    return TaskDetail(
        row=row,
        source=source,
        period_states=periods,
        updates=updates,
        agency_lines=task_agency_lines(snapshot, item, updates),
        history=task_history(updates),
        overdue=task_overdue_note(snapshot, item, row.state),
        implemented_by=[
            snapshot.row(by_id[pk]) for pk in snapshot.implementers.get(item.pk, []) if pk in by_id
        ],
        implements=list(item.implements.order_by("position")),
        writable_agencies=writable,
        timing_lines=timing_lines(snapshot, item),
    )


def update_recent(user: Any, plan: Plan, *, limit: int = 10) -> list[ProgressUpdate]:
    """The newest progress reports, so the coordinator sees at a glance what agencies just sent."""
    return list(update_qs_visible_to(user).filter(item__plan=plan).order_by("-created_at", "-id")[:limit])


# ---- several plans at once ------------------------------------------------------------------------------------


def snapshots_load(plans: list[Plan], on: dt.date | None = None) -> list[PlanSnapshot]:
    """The snapshot of each plan, with one stamp query for all of them."""
    on = on or timezone.localdate()
    stamps = plan_stamps(plans)
    return [PlanSnapshot.load(plan, on, stamp=stamps.get(plan.pk, "")) for plan in plans]


@dataclass(frozen=True)
class PlanFigures:
    """A plan's line on the home page: its tasks, the overdue share and what falls due within 30 days."""

    total: int
    overdue: int
    due: int
    upcoming: int

    @property
    def overdue_percent(self) -> float | None:
        return round(100 * self.overdue / self.due, 1) if self.due else None


def plan_figures(
    plans: list[Plan], on: dt.date | None = None, *, stamps: dict[int, str] | None = None
) -> dict[int, PlanFigures]:
    """The home page's figures of each plan: one stamp query (none when the page has read `stamps`) and one
    cache read for all plans; only a plan whose data changed since is computed again from its snapshot."""
    on = on or timezone.localdate()
    stamps = plan_stamps(plans) if stamps is None else stamps
    keys = {plan.pk: f"plan-figures:{plan.pk}:{on.isoformat()}:{stamps.get(plan.pk, '')}" for plan in plans}
    cached = cache_get_many(list(keys.values()))
    figures: dict[int, PlanFigures] = {}
    for plan in plans:
        found = cached.get(keys[plan.pk])
        if found is None:
            overview = plan_overview(PlanSnapshot.load(plan, on, stamp=stamps.get(plan.pk, "")))
            found = PlanFigures(overview.total, overview.overdue, overview.due, len(overview.upcoming))
            cache_set(keys[plan.pk], found, SNAPSHOT_CACHE_SECONDS)
        figures[plan.pk] = found
    return figures


def _due_first(task: AgencyTask) -> tuple[bool, bool, dt.date, int]:
    """Open work by its next due day, then work without a day, then what is done."""
    state = task.state
    return (
        state.status in DONE,
        state.due_date is None,
        state.due_date or dt.date.max,
        task.row.item.position,
    )


@dataclass(frozen=True)
class PlanWork:
    """An agency's part in one plan: its open tasks, due first, and what it handed over."""

    plan: Plan
    tasks: list[AgencyTask]
    handed_over: list[HandOver]


def agency_work(snapshots: list[PlanSnapshot], agency: Agency) -> list[PlanWork]:
    """ "Việc của đơn vị tôi" across plans: the plans where the agency has work or handed some over (each plan's
    part computed once per snapshot: after a write, only the written plan's)."""
    result = []
    for snapshot in snapshots:
        work = snapshot.memo(("agency_work", agency.pk), partial(_plan_work, snapshot, agency))
        if work is not None:
            result.append(work)
    return result


def _plan_work(snapshot: PlanSnapshot, agency: Agency) -> PlanWork | None:
    tasks = sorted(agency_tasks(snapshot, agency, open_work=True), key=_due_first)
    handed = agency_handed_over(snapshot, agency)
    return PlanWork(snapshot.plan, tasks, handed) if tasks or handed else None


@dataclass(frozen=True)
class AttentionTask:
    """A task of the agency that needs attention now: overdue, or its next open period falls due soon. `state` is
    that period's (the agency's own share when it leads), not the task's latest passed period."""

    plan: Plan
    task: AgencyTask
    state: ItemState

    @property
    def due_date(self) -> dt.date:
        assert self.state.due_date is not None  # agency_attention keeps only periods with a due day
        return self.state.due_date

    @property
    def overdue(self) -> bool:
        return self.state.status == TaskStatus.OVERDUE


def _open_due_soon(snapshot: PlanSnapshot, task: AgencyTask, horizon: dt.date) -> ItemState | None:
    """The first period due from today to `horizon` that the agency (its own share, when it leads) has not
    finished: a recurring task's coming period counts although its last one was done."""
    item = task.row.item
    periods = [task.state]  # a deadline's state is its one period; a rolled-up task's is its parts'
    if not snapshot.is_rolled_up(item):
        # The periods of its recurring rules, up to the one that contains today.
        periods += snapshot.period_states(item, task.agency_id)
    for state in periods:
        due = state.due_date
        if due is not None and snapshot.on <= due <= horizon and state.status not in DONE:
            return state
    return None


def agency_attention(
    work: list[PlanWork], snapshots: list[PlanSnapshot], *, days: int = UPCOMING_DAYS
) -> list[AttentionTask]:
    """ "Cần chú ý" on an agency's page: its tasks in every plan that are overdue or fall due within `days`,
    the earliest due day first (no query: drawn from the snapshots the page has loaded)."""
    by_plan = {s.plan.pk: s for s in snapshots}
    result: list[AttentionTask] = []
    for plan_work in work:
        snapshot = by_plan[plan_work.plan.pk]
        # Kept with the snapshot beside the work it was drawn from (agency_work keeps that once per snapshot).
        held, found = snapshot.memo(
            ("attention", id(plan_work), days), partial(_attention_held, snapshot, plan_work, days)
        )
        result += found if held is plan_work else _plan_attention(snapshot, plan_work, days)
    return sorted(result, key=lambda a: (a.due_date, a.plan.code, a.task.row.item.position))


def _attention_held(
    snapshot: PlanSnapshot, plan_work: PlanWork, days: int
) -> tuple[PlanWork, list[AttentionTask]]:
    return plan_work, _plan_attention(snapshot, plan_work, days)


def _plan_attention(snapshot: PlanSnapshot, plan_work: PlanWork, days: int) -> list[AttentionTask]:
    horizon = snapshot.on + dt.timedelta(days=days)
    result = []
    for task in plan_work.tasks:
        if task.state.status == TaskStatus.OVERDUE and task.state.due_date is not None:
            result.append(AttentionTask(plan_work.plan, task, task.state))
            continue
        coming = _open_due_soon(snapshot, task, horizon)
        if coming is not None:
            result.append(AttentionTask(plan_work.plan, task, coming))
    return result


def task_rows_across(snapshots: list[PlanSnapshot], filters: TaskFilters) -> list[TaskRow]:
    """The task search over several plans: each plan's matching tasks, plan after plan."""
    return [row for snapshot in snapshots for row in task_rows(snapshot, filters)]
