"""Re-anchoring: the plan continues under newer policy that supersedes its basis (NQ 45-NQ/TW, KH 20-KH/TW)."""

import datetime as dt

from django.db import transaction

from trithuc.amendments.models import DocumentRelation, ItemAnchor
from trithuc.amendments.permissions import can_consolidate
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, ServiceError
from trithuc.plans.models import Document, Plan
from trithuc.plans.services.documents import document_get_or_create
from trithuc.plans.services.superseded import plan_writable_check


@transaction.atomic(durable=True)
def document_relation_add(
    *,
    actor: Actor,
    source: Document,
    kind: str,
    doc_type: str,
    number: str,
    issuer: str,
    issued_on: dt.date | None,
    title: str = "",
    note: str = "",
) -> DocumentRelation:
    """Link the plan's document to another document, creating that one if the system does not know it yet."""
    if not can_consolidate(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới ghi nhận căn cứ mới của kế hoạch.")
    if kind not in DocumentRelation.Kind.values:
        raise ServiceError("Quan hệ văn bản không hợp lệ.", field="kind")
    if not (number.strip() and issuer.strip()):
        raise ServiceError("Hãy ghi số, ký hiệu và cơ quan ban hành của văn bản.", field="number")
    target = document_get_or_create(
        doc_type=doc_type.strip() or "Văn bản",
        number=number.strip(),
        issuer=issuer.strip(),
        issued_on=issued_on,
        title=title.strip(),
    )
    if target.pk == source.pk:
        raise ServiceError("Một văn bản không thể liên kết với chính nó.", field="number")
    relation, created = DocumentRelation.objects.get_or_create(
        source=source,
        target=target,
        kind=kind,
        defaults={"note": note.strip(), "created_by": actor_user(actor)},
    )
    if not created:
        raise Conflict("Quan hệ này đã được ghi nhận.")
    audit.record(
        actor=actor, action="document.relate", target=relation, after={"kind": kind, "target": str(target)}
    )
    return relation


@transaction.atomic(durable=True)
def item_anchors_set(*, actor: Actor, plan: Plan, document: Document, refs: list[str], note: str = "") -> int:
    """The items of `plan` that continue under `document`: exactly `refs` (others lose that anchor)."""
    if not can_consolidate(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới ghi nhận căn cứ mới của kế hoạch.")
    plan_writable_check(plan)  # the anchors of a superseded version are history (they went on with the tasks)
    if not DocumentRelation.objects.filter(source=plan.document, target=document).exists():
        raise ServiceError("Hãy ghi nhận quan hệ giữa kế hoạch và văn bản này trước.")
    items = {i.ref: i for i in plan.items.filter(ref__in=refs)}
    if len(items) != len(set(refs)):
        raise ServiceError("Có số hiệu không thuộc kế hoạch này.")
    ItemAnchor.objects.filter(item__plan=plan, document=document).exclude(item__ref__in=refs).delete()
    known = set(
        ItemAnchor.objects.filter(item__plan=plan, document=document).values_list("item__ref", flat=True)
    )
    ItemAnchor.objects.bulk_create(
        [ItemAnchor(item=items[r], document=document, note=note[:255]) for r in items if r not in known]
    )
    audit.record(
        actor=actor,
        action="plan.reanchor",
        target=plan,
        after={"document": str(document), "items": sorted(refs)},
    )
    return len(items)
