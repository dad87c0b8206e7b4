"""Reads for the import pages: what the draft will create, what needs a decision, what changes against the old version."""

import re
from dataclasses import dataclass, field
from typing import Any

from django.db.models import QuerySet

import planparse
from trithuc.agencies.models import Agency, AgencyGroup
from trithuc.agencies.selectors import (
    SCOPE_LABELS,
    AgencyMatcher,
    Province,
    body_scope,
    place_named,
    province_home,
)
from trithuc.core.text import agency_key, search_key
from trithuc.plans.import_corrections import corrections_apply, split_points
from trithuc.plans.models import Assignment, Plan, PlanImport, PlanItem
from trithuc.plans.permissions import can_import_plans


def import_qs_visible_to(user: Any) -> QuerySet[PlanImport]:
    if not can_import_plans(user):
        return PlanImport.objects.none()
    return PlanImport.objects.select_related("created_by", "previous_plan__document", "plan")


# Character similarity (difflib ratio of agency keys) from which the closest agency is offered as the answer:
# "Sở Khoa học công nghệ" → "Sở Khoa học và Công nghệ" 0.93, "Các sở, ban, ngành" → "Các sở, ban, ngành, địa
# phương" 0.75, while unrelated bodies that share "tỉnh" or "Hội" score 0.5–0.67.
PRESELECT_SCORE = 0.7


@dataclass(frozen=True)
class PhraseRow:
    phrase: str
    name: str | None  # what it matched, None when unmatched
    choice: str  # the user's explicit choice ("agency:code" / "group:code") or ""
    suggestions: list[tuple[str, str, float]] = field(default_factory=list)
    scope: str | None = None  # "central", "other_province", "related", "non_state": nothing to pick

    @property
    def preselect(self) -> str:
        """The suggestion the fix form starts on, only when it is close enough to be the same body written
        another way; otherwise the form starts blank, so one click cannot give "Công an tỉnh"'s tasks to the
        nearest-spelled agency."""
        if self.suggestions and self.suggestions[0][2] >= PRESELECT_SCORE:
            return self.suggestions[0][0]
        return ""

    @property
    def scope_label(self) -> str:
        return SCOPE_LABELS.get(self.scope or "", "")


def ref_anchor(ref: str | None) -> str:
    """The id of an item's block on the page: "II.1.a" → "row-II-1-a" (distinct for "II.11" and "II.1.1")."""
    return "row-" + re.sub(
        r"[^\w-]", lambda m: "-" if m.group() == "." else f"_{ord(m.group()):x}", ref or ""
    )


@dataclass(frozen=True)
class PreviewItem:
    row: dict[str, Any]
    depth: int
    leads: list[PhraseRow]
    coordinators: list[PhraseRow]
    warnings: list[dict[str, Any]]
    previous_ref: str | None = None
    split_points: list[tuple[int, str]] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return ref_anchor(self.row["ref"])


@dataclass(frozen=True)
class Section:
    """A top-level item and what is under it: one fold of the preview."""

    head: PreviewItem
    items: list[PreviewItem]
    tasks: int
    warnings: int


@dataclass(frozen=True)
class WarningGroup:
    """Warnings of one kind, with a Vietnamese label and what fixes them (`fix` names the template's form)."""

    code: str
    label: str
    fix: str
    entries: list[dict[str, Any]]

    @property
    def suggested(self) -> int:
        """How many entries carry an owner the parser suggests (accepted together by one correction)."""
        return sum(1 for e in self.entries if e.get("suggested"))


# The one place where a warning code gets its Vietnamese name and the kind of fix shown beside it.
WARNING_LABELS: dict[str, tuple[str, str]] = {
    "legal_norm": ("Văn bản quy phạm pháp luật, không phải kế hoạch", "document"),
    "other_province": ("Văn bản của tỉnh khác", "document"),
    "missing_number": ("Văn bản chưa có số, ký hiệu", "document"),
    "unmatched_agency": ("Cơ quan chưa có trong danh mục", "agency"),
    "no_owner": ("Nhiệm vụ chưa có cơ quan chủ trì", "lead"),
    "ambiguous_deadline": ("Thời hạn chưa rõ", "deadline"),
}
OTHER_WARNING = ("Cần kiểm tra", "item")


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
    sections: list[Section] = field(default_factory=list)
    groups: list[WarningGroup] = field(default_factory=list)
    outside: list[PhraseRow] = field(default_factory=list)
    corrections: list[dict[str, Any]] = field(default_factory=list)
    province: Province | None = None
    issuer_place: str = ""


def amendable_plans() -> list[Plan]:
    """The plans a draft may be a new version of: every plan in force, by code. The importer proposes one from
    the document's number and issuer (the draft's previous_plan); the user confirms or chooses another by its
    code; nothing is picked by default."""
    in_force = Plan.objects.filter(is_current=True, closed_on__isnull=True, replaced_by__isnull=True)
    return list(in_force.select_related("document").order_by("code"))


def import_preview(draft: PlanImport) -> ImportPreview:
    """Everything the preview page shows, built from the draft's JSON, its corrections and the catalogue."""
    matcher = AgencyMatcher.load()
    province = province_home()
    parsed, choices, applied, _ = corrections_apply(draft.parsed, draft.corrections, draft.agency_choices)
    resolved: dict[str, PhraseRow] = {}

    def phrase_row(phrase: str) -> PhraseRow:
        if phrase not in resolved:
            choice = choices.get(phrase, "")
            found = matcher.match(phrase)
            name = _choice_name(choice or phrase) or (found.name if found.matched else None)
            scope = None if name else body_scope(phrase, province)
            suggestions = [] if name or scope else matcher.suggest(phrase)
            resolved[phrase] = PhraseRow(phrase, name, choice, suggestions, scope)
        return resolved[phrase]

    rows = parsed["items"]
    refs = {row["ref"] for row in rows}
    renamed = parsed.get("renamed") or {}
    by_ref_warnings: dict[str | None, list[dict[str, Any]]] = {}
    for warning in _open_warnings(parsed.get("warnings", []), rows, renamed, applied):
        by_ref_warnings.setdefault(warning.get("ref"), []).append(warning)
    depth = _depths(rows)
    items = []
    for row in rows:
        items.append(
            PreviewItem(
                row=row,
                depth=depth[row["ref"]],
                leads=[phrase_row(p) for p in row.get("lead") or []],
                coordinators=[phrase_row(p) for p in row.get("coordinators") or []],
                warnings=by_ref_warnings.get(row["ref"], []),
                previous_ref=_previous_row(rows, row),
                split_points=split_points(row["text"]),
            )
        )
    document = dict(parsed.get("document") or {})
    document["plan_title"] = (document.get("attached_plan") or {}).get("title") or ""
    document.update(draft.meta or {})
    if not document.get("year") and not document.get("date"):
        # a draft that bears no date ("Số: /KH-UBND", "ngày … tháng … năm 2026"): the one year its title is for
        document["year"] = planparse.plan_year(document.get("title"), None)
    issuer = document.get("issuer") or ""
    issuer_place = place_named(issuer)
    if not issuer_place and body_scope(issuer, province) != "central":
        issuer_place = place_named(document.get("letterhead") or "")  # the lines over the number, as read
    if issuer_place and province.place and agency_key(issuer_place) not in province.names():
        by_ref_warnings.setdefault(None, []).insert(
            0,
            {
                "ref": None,
                "code": "other_province",
                "message": f"Cơ quan ban hành “{document.get('issuer')}” thuộc {issuer_place}, không phải "
                f"{province.place}, nơi hệ thống đang dùng. Kiểm tra lại trước khi nhập.",
            },
        )
    if (kind := document.get("type") or "").casefold() in LEGAL_NORMS:
        by_ref_warnings.setdefault(None, []).insert(
            0, _legal_norm_warning(kind, document.get("number") or "")
        )
    unmatched = [r for r in resolved.values() if r.name is None and r.scope is None]
    outside = [r for r in resolved.values() if r.name is None and r.scope]
    warnings = by_ref_warnings.get(None, []) + [w for ref, ws in by_ref_warnings.items() if ref for w in ws]
    diff = plan_diff(draft.previous_plan, parsed, matcher, choices) if draft.previous_plan else None
    return ImportPreview(
        draft=draft,
        document=document,
        items=items,
        warnings=warnings,
        unmatched=unmatched,
        task_count=sum(1 for row in rows if row["kind"] == "task"),
        diff=diff,
        choices=agency_choice_list(),
        plans=amendable_plans(),
        sections=_sections(items),
        groups=_groups(warnings, unmatched, items, refs),
        outside=outside,
        corrections=list(reversed(applied)),
        province=province,
        issuer_place=issuer_place,
    )


# The kinds of legal normative documents (Luật Ban hành văn bản quy phạm pháp luật, Điều 4) a coordinator may upload
# by mistake: their articles are rules for everyone, not tasks given to a body; a plan or letter carries them out.
LEGAL_NORMS = frozenset(
    k.casefold() for k in ("Bộ luật", "Luật", "Pháp lệnh", "Nghị định", "Thông tư", "Thông tư liên tịch")
)


def _legal_norm_warning(kind: str, number: str) -> dict[str, Any]:
    named = f"{kind} {number}".strip()
    return {
        "ref": None,
        "code": "legal_norm",
        "message": f"“{named}” là văn bản quy phạm pháp luật: các điều, khoản của nó là quy định chung, không phải "
        "nhiệm vụ giao cho cơ quan, đơn vị. Để theo dõi việc thi hành, hãy nhập kế hoạch hoặc văn bản giao nhiệm vụ "
        "triển khai văn bản này.",
    }


def _open_warnings(
    warnings: list[dict[str, Any]],
    rows: list[dict[str, Any]],
    renamed: dict[str, str],
    applied: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """The parser's warnings still true after the corrections, plus `no_owner` for every task without a lead.

    Agency warnings are rebuilt from the phrases of leads and coordinators (see `_groups`); a warning follows
    its item when a correction renamed it and goes when the item went or was fixed.
    """
    by_ref = {row["ref"]: row for row in rows}
    dated = {c.get("ref") for c in applied if c.get("op") in ("deadline", "recurrence")}
    out = []
    for warning in warnings:
        code = warning.get("code")
        if code in ("unmatched_agency", "no_owner"):
            continue
        ref = warning.get("ref")
        if ref is not None:
            ref = renamed.get(ref, ref)
            row = by_ref.get(ref)
            if row is None or (code == "ambiguous_deadline" and (row["kind"] != "task" or ref in dated)):
                continue
        out.append({**warning, "ref": ref})
    for row in rows:
        if row["kind"] == "task" and (not row.get("lead") or row.get("lead_source") == "inferred"):
            suggestion = row["lead"][0] if row.get("lead") else ""
            message = "Chưa ghi cơ quan chủ trì" + (
                f"; gợi ý {suggestion} (cơ quan đầu mối của kế hoạch)" if suggestion else ""
            )
            out.append(
                {
                    "ref": row["ref"],
                    "code": "no_owner",
                    "message": message + ".",
                    "suggested": bool(suggestion),
                }
            )
    return out


def _groups(
    warnings: list[dict[str, Any]], unmatched: list[PhraseRow], items: list[PreviewItem], refs: set[str]
) -> list[WarningGroup]:
    by_code: dict[str, list[dict[str, Any]]] = {}
    for warning in warnings:
        by_code.setdefault(warning["code"], []).append(warning)
    if unmatched:
        by_code["unmatched_agency"] = [
            {"ref": None, "code": "unmatched_agency", "phrase": p, "message": p.phrase} for p in unmatched
        ]
    rows = {item.row["ref"]: item for item in items}
    order = list(WARNING_LABELS)
    groups = []
    for code in sorted(by_code, key=lambda c: order.index(c) if c in order else len(order)):
        label, fix = WARNING_LABELS.get(code, OTHER_WARNING)
        entries = [
            {**w, "item": rows.get(w.get("ref")), "anchor": ref_anchor(w.get("ref"))} for w in by_code[code]
        ]
        groups.append(WarningGroup(code, label, fix, entries))
    return groups


def _previous_row(rows: list[dict[str, Any]], row: dict[str, Any]) -> str | None:
    """The row just before, in document order: what an item is most often merged into."""
    position = next(i for i, r in enumerate(rows) if r is row)
    return rows[position - 1]["ref"] if position else None


def _sections(items: list[PreviewItem]) -> list[Section]:
    sections: list[Section] = []
    current: list[PreviewItem] = []
    for item in items:
        if item.depth == 0 and current:
            sections.append(_section(current))
            current = []
        current.append(item)
    if current:
        sections.append(_section(current))
    return sections


def _section(items: list[PreviewItem]) -> Section:
    return Section(
        head=items[0],
        items=items[1:],
        tasks=sum(1 for i in items if i.row["kind"] == "task"),
        warnings=sum(len(i.warnings) for i in items),
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
