"""The task page names the review a task came from: matched by reference within the document, so the task
carried into a later plan version still finds its recommendation."""

from django import template

from trithuc.reviews.models import Recommendation
from trithuc.reviews.selectors import request_qs_visible_to

register = template.Library()


@register.inclusion_tag("reviews/_item_origin.html", takes_context=True)
def item_review_origin(context, item):
    origin = (
        Recommendation.objects.filter(task__ref=item.ref, task__plan__document_id=item.plan.document_id)
        .select_related("request")
        .first()
        if item.ref.startswith("TVPB.")
        else None
    )
    request = context.get("request")
    can_open = bool(
        origin and request and request_qs_visible_to(request.user).filter(pk=origin.request_id).exists()
    )
    return {"origin": origin, "can_open": can_open}
