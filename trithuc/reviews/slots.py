"""The task page names the review a task came from (drawn through core's slots, registered in apps.py): matched
by reference within the document, so the task carried into a later plan version still finds its recommendation."""

from typing import Any

from trithuc.reviews.models import Recommendation
from trithuc.reviews.selectors import request_qs_visible_to


def item_review_origin(request: Any, item: Any) -> dict[str, Any]:
    origin = (
        Recommendation.objects.filter(task__ref=item.ref, task__plan__document_id=item.plan.document_id)
        .select_related("request")
        .first()
        if item.ref.startswith("TVPB.")
        else None
    )
    can_open = bool(
        origin and request and request_qs_visible_to(request.user).filter(pk=origin.request_id).exists()
    )
    return {"origin": origin, "can_open": can_open}
