"""A superseded plan version is read-only history: every write aimed at it is refused here, by the service,
so pages and the API refuse alike. Progress written there would never show on the version in force (it is
carried over only when the new version is made), so accepting it would lose it."""

from trithuc.core.errors import Conflict
from trithuc.plans.models import Plan, PlanItem
from trithuc.plans.selectors import Superseded, item_in_version, plan_in_force


class SupersededVersion(Conflict):
    """A write to a version that a newer one replaced; the API answers 409 (a conflict with the data's state)."""

    def __init__(self, message: str, *, superseded: Superseded) -> None:
        super().__init__(message)
        self.superseded = superseded


def superseded_message(superseded: Superseded) -> str:
    old, current = superseded.plan.version, superseded.current.version
    message = (
        f"Phiên bản {old} của kế hoạch đã được thay thế bởi phiên bản {current} nên chỉ để tra cứu, "
        "không ghi nhận thay đổi nào vào đó."
    )
    item = superseded.item
    if item is None:
        return f"{message} Hãy thao tác trên phiên bản {current} đang hiệu lực."
    if superseded.current_item is None:
        return f"{message} Nhiệm vụ {item.ref} không còn trong phiên bản {current} đang hiệu lực."
    return f"{message} Hãy mở nhiệm vụ {item.ref} trong phiên bản {current} đang hiệu lực để cập nhật."


def plan_writable_check(plan: Plan, *, item: PlanItem | None = None) -> None:
    """Raise SupersededVersion unless `plan` is the version in force. Inside the caller's transaction the plan
    row is locked, so a new version made at the same moment waits for this write and then carries it over
    (or this write waits for it and is refused) instead of the write landing on a version just closed."""
    row = Plan.objects.select_for_update().select_related("document").get(pk=plan.pk)
    if row.is_current:
        return
    current = plan_in_force(row)
    if current.pk == row.pk:  # no version of the document is current: nothing newer to send the user to
        return
    current_item = item_in_version(current, item.ref) if item is not None else None
    superseded = Superseded(plan=row, current=current, item=item, current_item=current_item)
    raise SupersededVersion(superseded_message(superseded), superseded=superseded)


def item_writable_check(item: PlanItem) -> None:
    """Raise SupersededVersion when the item belongs to a superseded version."""
    plan_writable_check(item.plan, item=item)
