"""Helpers of the reading-rule tests: a plan's items by the ref a reader cites them by."""

from planparse import parse_plan
from planparse.model import ParsedPlan, PlanItem


def items_by_ref(text: str) -> dict[str, PlanItem]:
    return {i.ref: i for i in parse_plan(text).items}


def notice_items(header: str, body: str) -> dict[str, PlanItem]:
    """The items of a notice made of `header`, `body` and the "Nơi nhận:" that closes it."""
    return items_by_ref(header + body + "Nơi nhận:\n")


def task_refs(items: dict[str, PlanItem]) -> set[str]:
    """The refs of the items read as tasks."""
    return {ref for ref, item in items.items() if item.kind == "task"}


def tasks_by_ref(plan: ParsedPlan) -> dict[str, PlanItem]:
    return {t.ref: t for t in plan.tasks()}
