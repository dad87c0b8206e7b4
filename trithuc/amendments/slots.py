"""What the plan and task pages show of the amendments module (drawn through core's slots, registered in
apps.py): the newer documents the items continue under, and what changed in this version. One or two small
queries each."""

from typing import Any

from trithuc.amendments.models import DocumentRelation, ItemAnchor
from trithuc.amendments.permissions import proposer_agencies


def plan_amendment_note(request: Any, plan: Any) -> dict[str, Any]:
    continues = list(
        DocumentRelation.objects.filter(
            source_id=plan.document_id, kind=DocumentRelation.Kind.CONTINUES_UNDER
        )
        .select_related("target")
        .order_by("target__issued_on")
    )
    return {"plan": plan, "continues": [r.target for r in continues]}


def item_amendment_note(request: Any, item: Any) -> dict[str, Any]:
    """The documents the task continues under, and a link to propose amending it (on its plan's version in
    force only; the link names the plan by its code)."""
    anchors = ItemAnchor.objects.filter(item=item).select_related("document").order_by("document__issued_on")
    can_propose = bool(request and item.plan.in_force and proposer_agencies(request.user))
    return {"item": item, "documents": [a.document for a in anchors], "can_propose": can_propose}
