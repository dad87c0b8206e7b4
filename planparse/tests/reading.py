"""Helpers of the reading-rule tests: a plan's items by the ref a reader cites them by."""

from planparse import parse_plan
from planparse.model import PlanItem


def items_by_ref(text: str) -> dict[str, PlanItem]:
    return {i.ref: i for i in parse_plan(text).items}


def notice_items(header: str, body: str) -> dict[str, PlanItem]:
    """The items of a notice made of `header`, `body` and the "Nơi nhận:" that closes it."""
    return items_by_ref(header + body + "Nơi nhận:\n")
