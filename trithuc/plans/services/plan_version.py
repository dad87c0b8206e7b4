"""A new plan version from explicit item changes (an accepted set of amendment proposals), without a new text.

It uses the importer's versioning: the old version is closed (`_new_version`), stays readable, and progress
follows the tasks that go on (`_carry_over_progress`). The caller holds the transaction.
"""

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import planparse
from trithuc.agencies.models import Agency
from trithuc.agencies.selectors import AgencyMatcher
from trithuc.core import audit
from trithuc.core.actors import Actor
from trithuc.core.errors import Forbidden, ServiceError
from trithuc.core.text import search_key
from trithuc.plans.import_selectors import PlanDiff, plan_diff
from trithuc.plans.models import Assignment, AssignmentTransfer, Plan, PlanItem
from trithuc.plans.permissions import can_import_plans
from trithuc.plans.services.plan_import import _carry_over_progress, _new_version

AMEND, ADD, DROP = "amend", "add", "drop"


@dataclass(frozen=True)
class ItemChange:
    """One change to apply: amend (new text / deadline / lead), add (a new task under `parent_ref`) or drop."""

    action: str
    ref: str
    text: str = ""
    deadline_text: str = ""
    deadline: dt.date | None = None
    lead: Agency | None = None
    parent_ref: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def parent_ref_of(ref: str) -> str:
    """ "II.2.e" → "II.2"; "III.9" → "III"."""
    return ref.rsplit(".", 1)[0] if "." in ref else ""


def plan_changes_check(plan: Plan, changes: list[ItemChange]) -> None:
    """The changes must fit the version: amended and dropped refs exist, added refs are new under a known parent."""
    refs = set(plan.items.values_list("ref", flat=True))
    seen: set[str] = set()
    for change in changes:
        if change.ref in seen:
            raise ServiceError(f"Mục {change.ref} có hai đề xuất trong cùng một đợt; hãy chỉ chấp thuận một.")
        seen.add(change.ref)
        if change.action in (AMEND, DROP) and change.ref not in refs:
            raise ServiceError(f"Kế hoạch không có mục {change.ref}.")
        if change.action == ADD:
            if change.ref in refs:
                raise ServiceError(f"Mục {change.ref} đã có trong kế hoạch; hãy chọn số hiệu khác.")
            if (change.parent_ref or parent_ref_of(change.ref)) not in refs:
                raise ServiceError(f"Không tìm thấy mục cha của {change.ref} trong kế hoạch.")
            if not change.text.strip():
                raise ServiceError(f"Nhiệm vụ bổ sung {change.ref} cần có nội dung.")


def plan_version_create(*, actor: Actor, previous: Plan, changes: list[ItemChange], reason: str) -> Plan:
    """Copy the current version's items with the changes applied as version N+1 (inside the caller's
    transaction). Assignments, links between items, transfers to successors and progress go on."""
    if not can_import_plans(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới tạo phiên bản mới của kế hoạch.")
    plan_changes_check(previous, changes)
    plan = _new_version(previous, previous.source_text)
    by_ref = {c.ref: c for c in changes}
    old_items = list(previous.items.order_by("position"))
    dropped = _dropped_refs(old_items, {r for r, c in by_ref.items() if c.action == DROP})
    rows = _ordered_rows(old_items, dropped, [c for c in changes if c.action == ADD])
    new_items = _copy_items(plan, rows, by_ref)
    _copy_links(previous, new_items)
    _copy_assignments(old_items, new_items, by_ref)
    continuing = frozenset(r for r, c in by_ref.items() if c.action == AMEND)
    carried = _carry_over_progress(previous, plan, continuing)
    audit.record(
        actor=actor,
        action="plan.new_version",
        target=plan,
        after={
            "document": str(plan.document),
            "version": plan.version,
            "reason": reason,
            "changes": [{"action": c.action, "ref": c.ref} for c in changes],
            "progress_carried_over": carried,
        },
    )
    return plan


def _dropped_refs(items: list[PlanItem], drops: set[str]) -> set[str]:
    by_id = {i.pk: i for i in items}
    dropped = set()
    for item in items:
        node: PlanItem | None = item
        while node is not None:
            if node.ref in drops:
                dropped.add(item.ref)
                break
            node = by_id.get(node.parent_id) if node.parent_id else None
    return dropped


def _ordered_rows(
    old: list[PlanItem], dropped: set[str], adds: list[ItemChange]
) -> list[PlanItem | ItemChange]:
    """Old items in order, each added task placed after the last item of its parent's branch."""
    rows: list[PlanItem | ItemChange] = [i for i in old if i.ref not in dropped]
    for change in adds:
        parent = change.parent_ref or parent_ref_of(change.ref)
        last = max(
            (n for n, row in enumerate(rows) if _ref(row) == parent or _ref(row).startswith(parent + ".")),
            default=len(rows) - 1,
        )
        rows.insert(last + 1, change)
    return rows


def _ref(row: PlanItem | ItemChange) -> str:
    return row.ref


def _copy_items(plan: Plan, rows: list[Any], by_ref: dict[str, ItemChange]) -> dict[str, PlanItem]:
    objs, parents = [], {}
    for position, row in enumerate(rows):
        if isinstance(row, ItemChange):
            obj = PlanItem(plan=plan, ref=row.ref, position=position, kind=PlanItem.Kind.TASK, text=row.text)
            for name, value in _deadline_fields(row).items():
                setattr(obj, name, value)
            parents[row.ref] = row.parent_ref or parent_ref_of(row.ref)
        else:
            obj = _item_copy(plan, row, position, by_ref.get(row.ref))
            parents[row.ref] = row.parent.ref if row.parent_id else ""
        obj.search_text = search_key(obj.text)
        objs.append(obj)
    created = {o.ref: o for o in PlanItem.objects.bulk_create(objs)}
    for ref, parent in parents.items():
        if parent in created:
            created[ref].parent = created[parent]
    PlanItem.objects.bulk_update([o for o in created.values() if o.parent_id], ["parent"])
    return created


def _item_copy(plan: Plan, item: PlanItem, position: int, change: ItemChange | None) -> PlanItem:
    copy = PlanItem(
        plan=plan,
        ref=item.ref,
        position=position,
        kind=item.kind,
        text=item.text,
        span_start=item.span_start,
        span_end=item.span_end,
        deadline_text=item.deadline_text,
        deadline=item.deadline,
        period_start=item.period_start,
        period_end=item.period_end,
        recurrence=item.recurrence,
        recurrence_anchors=item.recurrence_anchors,
    )
    if change is not None and change.action == AMEND:
        if change.text.strip() and search_key(change.text) != search_key(item.text):
            # The source sentence no longer says this: the span would point at the old wording.
            copy.text, copy.span_start, copy.span_end = change.text.strip(), None, None
        if change.deadline_text or change.deadline:
            for name, value in _deadline_fields(change).items():
                setattr(copy, name, value)
    return copy


def _deadline_fields(change: ItemChange) -> dict[str, Any]:
    """The new timing as the importer would read it: "hàng năm" recurs, "quý II/2026" ends on 30/6/2026."""
    parsed = planparse.parse_deadline(change.deadline_text) if change.deadline_text else planparse.Deadline()
    start, end = parsed.period or (None, None)
    return {
        "deadline_text": change.deadline_text[:255],
        "deadline": change.deadline or parsed.date,
        "period_start": start,
        "period_end": end,
        "recurrence": parsed.recurrence or "",
        "recurrence_anchors": list(parsed.anchors or []),
    }


def _copy_links(previous: Plan, new_items: dict[str, PlanItem]) -> None:
    through = PlanItem.implements.through
    links = through.objects.filter(from_planitem__plan=previous).values_list(
        "from_planitem__ref", "to_planitem__ref"
    )
    through.objects.bulk_create(
        [
            through(from_planitem_id=new_items[a].pk, to_planitem_id=new_items[b].pk)
            for a, b in links
            if a in new_items and b in new_items
        ]
    )


def _copy_assignments(
    old: list[PlanItem], new_items: dict[str, PlanItem], by_ref: dict[str, ItemChange]
) -> None:
    """Same agencies on the copied items; a changed lead replaces the leads; transfers to successors go along."""
    objs, transfers = [], []
    for assignment in Assignment.objects.filter(item__in=old).select_related("item", "transfer"):
        target = new_items.get(assignment.item.ref)
        change = by_ref.get(assignment.item.ref)
        if target is None or (change and change.lead and assignment.role == Assignment.Role.LEAD):
            continue
        copy = Assignment(
            item=target,
            role=assignment.role,
            phrase=assignment.phrase,
            agency_id=assignment.agency_id,
            group_id=assignment.group_id,
            source=assignment.source,
            confidence=assignment.confidence,
        )
        objs.append(copy)
        transfer = getattr(assignment, "transfer", None)
        transfers.append((copy, transfer))
    for change in by_ref.values():
        if change.lead and change.ref in new_items:
            objs.append(
                Assignment(
                    item=new_items[change.ref],
                    role=Assignment.Role.LEAD,
                    phrase=change.lead.name,
                    agency=change.lead,
                    source=Assignment.Source.EXPLICIT,
                    confidence=1.0,
                )
            )
    Assignment.objects.bulk_create(objs)
    AssignmentTransfer.objects.bulk_create(
        [
            AssignmentTransfer(
                assignment=copy,
                successor_id=t.successor_id,
                effective_date=t.effective_date,
                decision=t.decision,
                created_by_id=t.created_by_id,
            )
            for copy, t in transfers
            if t is not None
        ]
    )


def plan_rows(plan: Plan) -> dict[str, Any]:
    """A version in the importer's parsed shape, so the importer's `plan_diff` compares two stored versions."""
    rows = []
    for item in plan.items.order_by("position").prefetch_related("assignments__agency", "assignments__group"):
        leads = [
            f"agency:{a.agency.code}" if a.agency else f"group:{a.group.code}" if a.group else a.phrase
            for a in item.assignments.all()
            if a.role == Assignment.Role.LEAD
        ]
        rows.append(
            {
                "ref": item.ref,
                "kind": item.kind,
                "text": item.text,
                "lead": leads,
                "deadline": item.deadline.isoformat() if item.deadline else None,
                "recurrence": item.recurrence or None,
            }
        )
    return {"items": rows}


def plan_versions_diff(plan: Plan) -> PlanDiff | None:
    """What changed in `plan` against the version before it (None for a first version)."""
    if plan.previous is None:
        return None
    return plan_diff(plan.previous, plan_rows(plan), AgencyMatcher.load())
