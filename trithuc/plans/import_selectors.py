"""Reads for the import pages: what the draft will create, what needs a decision, what changes against the old version."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

from trithuc.agencies.models import Agency, AgencyGroup
from trithuc.agencies.selectors import AgencyMatcher
from trithuc.core.text import search_key
from trithuc.plans.models import Assignment, Plan, PlanImport, PlanItem
from trithuc.plans.permissions import can_import_plans


def import_qs_visible_to(user: Any) -> QuerySet[PlanImport]:
    if not can_import_plans(user):
        return PlanImport.objects.none()
    return PlanImport.objects.select_related("created_by", "previous_plan__document", "plan")


@dataclass(frozen=True)
class PhraseRow:
    phrase: str
    name: str | None  # what it matched, None when unmatched
    choice: str  # the user's explicit choice ("agency:code" / "group:code") or ""
    suggestions: list[tuple[str, str, float]] = field(default_factory=list)


@dataclass(frozen=True)
class PreviewItem:
    row: dict[str, Any]
    depth: int
    leads: list[PhraseRow]
    coordinators: list[PhraseRow]
    warnings: list[dict[str, Any]]


@dataclass(frozen=True)
class PlanDiff:
    added: list[str]
    removed: list[str]
    reworded: list[str]
    reassigned: list[str]
    rescheduled: list[str]
    unchanged: list[str]


@dataclass(frozen=True)
class ImportPreview:
    draft: PlanImport
    document: dict[str, Any]
    items: list[PreviewItem]
    warnings: list[dict[str, Any]]
    unmatched: list[PhraseRow]
    task_count: int
    diff: PlanDiff | None
    choices: list[tuple[str, str]]
    plans: list[Plan]


def import_preview(draft: PlanImport) -> ImportPreview:
    """Everything the preview page shows, built from the draft's JSON and the current catalogue of agencies."""
    matcher = AgencyMatcher.load()
    parsed = draft.parsed or {"items": [], "warnings": [], "document": {}}
    resolved: dict[str, PhraseRow] = {}

    def phrase_row(phrase: str) -> PhraseRow:
        if phrase not in resolved:
            choice = draft.agency_choices.get(phrase, "")
            found = matcher.match(phrase)
            name = _choice_name(choice or phrase) or (found.name if found.matched else None)
            suggestions = [] if name else matcher.suggest(phrase)
            resolved[phrase] = PhraseRow(phrase, name, choice, suggestions)
        return resolved[phrase]

    by_ref_warnings: dict[str | None, list[dict[str, Any]]] = {}
    for warning in parsed.get("warnings", []):
        by_ref_warnings.setdefault(warning.get("ref"), []).append(warning)
    depth = _depths(parsed["items"])
    items = [
        PreviewItem(
            row=row,
            depth=depth[row["ref"]],
            leads=[phrase_row(p) for p in row.get("lead") or []],
            coordinators=[phrase_row(p) for p in row.get("coordinators") or []],
            warnings=by_ref_warnings.get(row["ref"], []),
        )
        for row in parsed["items"]
    ]
    unmatched = [r for r in resolved.values() if r.name is None]
    document = dict(parsed.get("document") or {})
    document.update(draft.meta or {})
    diff = (
        plan_diff(draft.previous_plan, parsed, matcher, draft.agency_choices) if draft.previous_plan else None
    )
    return ImportPreview(
        draft=draft,
        document=document,
        items=items,
        warnings=by_ref_warnings.get(None, [])
        + [w for ref, ws in by_ref_warnings.items() if ref for w in ws],
        unmatched=unmatched,
        task_count=sum(1 for row in parsed["items"] if row["kind"] == "task"),
        diff=diff,
        choices=agency_choice_list(),
        plans=list(Plan.objects.filter(is_current=True).select_related("document")),
    )


def agency_choice_list() -> list[tuple[str, str]]:
    groups = [(f"group:{g.code}", f"Nhóm: {g.name}") for g in AgencyGroup.objects.order_by("name")]
    return groups + [(f"agency:{a.code}", a.name) for a in Agency.objects.order_by("kind", "name")]


def _choice_name(choice: str) -> str | None:
    kind, _, code = choice.partition(":")
    if kind == "agency":
        return Agency.objects.filter(code=code).values_list("name", flat=True).first()
    if kind == "group":
        return AgencyGroup.objects.filter(code=code).values_list("name", flat=True).first()
    return None


def _depths(rows: list[dict[str, Any]]) -> dict[str, int]:
    parents = {row["ref"]: row.get("parent") for row in rows}
    depths: dict[str, int] = {}
    for ref in parents:
        depth, parent = 0, parents[ref]
        while parent and depth < 20:
            depth, parent = depth + 1, parents.get(parent)
        depths[ref] = depth
    return depths


def plan_diff(
    previous: Plan, parsed: dict[str, Any], matcher: AgencyMatcher, choices: dict[str, str] | None = None
) -> PlanDiff:
    """Tasks added, removed, reworded, re-assigned or re-scheduled between the current version and the draft."""
    old = {i.ref: i for i in previous.items.filter(kind=PlanItem.Kind.TASK).prefetch_related("assignments")}
    new = {row["ref"]: row for row in parsed["items"] if row["kind"] == "task"}
    reworded, reassigned, rescheduled, unchanged = [], [], [], []
    order = {ref: position for position, ref in enumerate(new)}
    for ref in sorted(old.keys() & new.keys(), key=order.__getitem__):
        item, row = old[ref], new[ref]
        changed = False
        if search_key(item.text) != search_key(row["text"]):
            reworded.append(ref)
            changed = True
        old_leads = {_target_of(a) for a in item.assignments.all() if a.role == Assignment.Role.LEAD}
        new_leads = {_match_target(matcher, p, choices or {}) for p in row.get("lead") or []}
        if old_leads != new_leads:
            reassigned.append(ref)
            changed = True
        old_due = (item.deadline.isoformat() if item.deadline else None, item.recurrence or None)
        if old_due != (row.get("deadline"), row.get("recurrence")):
            rescheduled.append(ref)
            changed = True
        if not changed:
            unchanged.append(ref)
    return PlanDiff(
        added=[r for r in new if r not in old],
        removed=[r for r in old if r not in new],
        reworded=reworded,
        reassigned=reassigned,
        rescheduled=rescheduled,
        unchanged=unchanged,
    )


def _target_of(assignment: Assignment) -> str:
    if assignment.agency_id:
        return f"agency:{assignment.agency_id}"
    if assignment.group_id:
        return f"group:{assignment.group_id}"
    return f"phrase:{search_key(assignment.phrase)}"


def _match_target(matcher: AgencyMatcher, phrase: str, choices: dict[str, str]) -> str:
    kind, _, code = (choices.get(phrase) or phrase).partition(":")
    if kind in ("agency", "group") and code:
        model = Agency if kind == "agency" else AgencyGroup
        pk = model.objects.filter(code=code).values_list("pk", flat=True).first()
        if pk:
            return f"{kind}:{pk}"
    found = matcher.match(phrase)
    if found.agency:
        return f"agency:{found.agency.pk}"
    if found.group:
        return f"group:{found.group.pk}"
    return f"phrase:{search_key(phrase)}"
