"""Reads for the amendment pages: proposals and sets scoped to the user, version differences item by item,
which newer document each item continues under, and the merged province's plans side by side."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from trithuc.agencies.models import Agency, AgencySuccession
from trithuc.agencies.selectors import AgencyMatcher
from trithuc.amendments.models import AmendmentProposal, DocumentRelation, ItemAnchor
from trithuc.plans.models import Document, Plan, PlanItem
from trithuc.plans.selectors import PlanSnapshot, plan_overview
from trithuc.plans.services.plan_version import plan_versions_diff

CHANGE_LABELS = {
    "added": "Bổ sung",
    "removed": "Bãi bỏ",
    "reworded": "Sửa nội dung",
    "reassigned": "Đổi cơ quan chủ trì",
    "rescheduled": "Đổi thời hạn",
}


@dataclass(frozen=True)
class DiffRow:
    ref: str
    changes: list[str]
    old: PlanItem | None
    new: PlanItem | None
    old_leads: list[str]
    new_leads: list[str]


def _leads(item: PlanItem | None) -> list[str]:
    if item is None:
        return []
    return [a.agency.name if a.agency else a.phrase for a in item.assignments.all() if a.role == "lead"]


def version_diff_rows(plan: Plan) -> list[DiffRow]:
    """The importer's diff of `plan` against its previous version, one row per changed task with both texts."""
    diff = plan_versions_diff(plan)
    if diff is None:
        return []
    changed: dict[str, list[str]] = {}
    for name, label in CHANGE_LABELS.items():
        for ref in getattr(diff, name):
            changed.setdefault(ref, []).append(label)
    items = PlanItem.objects.filter(plan__in=[plan.pk, plan.previous_id], ref__in=changed).prefetch_related(
        "assignments__agency"
    )
    old = {i.ref: i for i in items if i.plan_id == plan.previous_id}
    new = {i.ref: i for i in items if i.plan_id == plan.pk}
    order = {ref: (new.get(ref) or old[ref]).position for ref in changed}
    return [
        DiffRow(ref, labels, old.get(ref), new.get(ref), _leads(old.get(ref)), _leads(new.get(ref)))
        for ref, labels in sorted(changed.items(), key=lambda pair: order[pair[0]])
    ]


def proposals_for_set(plan: Plan) -> QuerySet[AmendmentProposal]:
    """Sent proposals on this version, waiting to be consolidated."""
    return AmendmentProposal.objects.filter(plan=plan, status=AmendmentProposal.Status.SENT).select_related(
        "agency", "lead"
    )


@dataclass(frozen=True)
class AnchorGroup:
    relation: DocumentRelation
    items: list[ItemAnchor]


@dataclass(frozen=True)
class PlanAnchors:
    plan: Plan
    relations: list[DocumentRelation]
    groups: list[AnchorGroup]
    by_item: dict[int, list[Document]]
    tasks: list[PlanItem]

    @property
    def continues_under(self) -> list[Document]:
        return [r.target for r in self.relations if r.kind == DocumentRelation.Kind.CONTINUES_UNDER]


def plan_anchors(plan: Plan) -> PlanAnchors:
    """The plan's relations to other documents and, per item, the newer documents it continues under."""
    relations = list(
        DocumentRelation.objects.filter(source=plan.document)
        .select_related("target")
        .order_by("target__issued_on")
    )
    anchors = list(ItemAnchor.objects.filter(item__plan=plan).select_related("item", "document"))
    by_item: dict[int, list[Document]] = {}
    for anchor in anchors:
        by_item.setdefault(anchor.item_id, []).append(anchor.document)
    groups = [
        AnchorGroup(
            r, sorted((a for a in anchors if a.document_id == r.target_id), key=lambda a: a.item.position)
        )
        for r in relations
    ]
    tasks = list(plan.items.filter(kind=PlanItem.Kind.TASK).order_by("position"))
    return PlanAnchors(plan, relations, groups, by_item, tasks)


def plan_relations_in(plan: Plan) -> list[DocumentRelation]:
    """Documents that amend or replace this plan (e.g. the Province's decision on an amendment set)."""
    return list(DocumentRelation.objects.filter(target=plan.document).select_related("source"))


@dataclass(frozen=True)
class ProvinceColumn:
    agency: Agency
    merged_on: dt.date | None
    plans: list[Any]  # (plan, overview)


def merged_province(on: dt.date | None = None) -> list[ProvinceColumn]:
    """The province and the provinces merged into it (Lâm Đồng, Đắk Nông, Bình Thuận from 1/7/2025), each with
    every plan in force it issued (newest document first), matched by the issuer named in the plan's document."""
    province = Agency.objects.filter(kind=Agency.Kind.PROVINCE, valid_to__isnull=True).order_by("pk").first()
    if province is None:
        return []
    merged = list(
        AgencySuccession.objects.filter(
            successor=province, predecessor__kind=Agency.Kind.PROVINCE
        ).select_related("predecessor")
    )
    columns = [(province, None)] + [(s.predecessor, s.effective_date) for s in merged]
    matcher = AgencyMatcher.load()
    by_agency: dict[int, list[Plan]] = {}
    in_force = Plan.objects.filter(is_current=True, closed_on__isnull=True, replaced_by__isnull=True)
    for plan in in_force.select_related("document").order_by("-document__year", "code"):
        found = matcher.match(plan.document.issuer) if plan.document.issuer else None
        if found is not None and found.agency is not None:
            by_agency.setdefault(found.agency.pk, []).append(plan)
    return [
        ProvinceColumn(
            agency,
            merged_on,
            [(p, plan_overview(PlanSnapshot.load(p, on))) for p in by_agency.get(agency.pk, [])],
        )
        for agency, merged_on in columns
    ]
