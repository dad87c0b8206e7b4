"""Items added to a plan one at a time, outside an import (a task made from a review's recommendation).

Other apps add items only through `plan_item_create`, so the rules the plans app keeps for its rows hold
whoever writes them: the search key, the lead assignments, the audit row and the plan's change time, which
the cached pages of the plan are keyed by (`plans.selectors.plan_stamp`).
"""

import datetime as dt
from collections.abc import Sequence

from django.db import transaction
from django.db.models import Max

from trithuc.agencies.models import Agency
from trithuc.core import audit
from trithuc.core.actors import Actor
from trithuc.core.text import search_key
from trithuc.plans.models import Assignment, Plan, PlanItem
from trithuc.plans.services.stamp import plan_changed


@transaction.atomic
def plan_item_create(
    *,
    actor: Actor,
    plan: Plan,
    ref: str,
    text: str,
    kind: str = PlanItem.Kind.TASK,
    parent: PlanItem | None = None,
    deadline: dt.date | None = None,
    deadline_text: str = "",
    leads: Sequence[Agency] = (),
) -> PlanItem:
    """Append an item at the end of `plan`, led by `leads`. The caller checks who may add it (its own rule) and
    runs inside its own transaction when it writes rows of its own beside it."""
    last = plan.items.aggregate(last=Max("position"))["last"] or 0
    item = PlanItem(
        plan=plan,
        parent=parent,
        ref=ref,
        position=last + 1,
        kind=kind,
        text=text,
        deadline=deadline,
        deadline_text=deadline_text,
        search_text=search_key(text),
    )
    item.full_clean()
    item.save()
    Assignment.objects.bulk_create(
        [Assignment(item=item, role=Assignment.Role.LEAD, phrase=a.name, agency=a) for a in leads]
    )
    plan_changed(plan)
    audit.record(
        actor=actor,
        action="plan.item_create",
        target=item,
        agency=leads[0] if leads else None,
        after={"plan": plan.pk, "ref": ref, "leads": [a.code for a in leads]},
    )
    return item
