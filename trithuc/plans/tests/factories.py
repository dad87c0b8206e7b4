"""Small plans built in a few rows, for tests that need a plan of their own beside the seed plan."""

import datetime as dt
from dataclasses import dataclass

from trithuc.plans.models import Assignment, Document, Plan, PlanItem
from trithuc.plans.services.stamp import plan_changed


@dataclass(frozen=True)
class TaskSpec:
    """One task of a built plan: its ref, the agency leading it, and its timing."""

    ref: str
    lead: str
    deadline: dt.date | None = None
    recurrence: str = ""
    anchors: tuple[str, ...] = ()


def plan_build(agencies, *, code: str, tasks: list[TaskSpec], year: int = 2025) -> Plan:
    """A plan in force named `code`, section I holding `tasks`, each led by one agency (by agency code)."""
    document = Document.objects.create(
        doc_type="Kế hoạch", number=f"1/KH-{code}", issuer="UBND tỉnh", year=year, title=f"Kế hoạch {code}"
    )
    plan = Plan.objects.create(code=code, document=document, coordinator=agencies["so-khcn"])
    section = PlanItem.objects.create(plan=plan, ref="I", position=0, kind="section", text="NHIỆM VỤ")
    for position, spec in enumerate(tasks, start=1):
        item = PlanItem.objects.create(
            plan=plan,
            parent=section,
            ref=spec.ref,
            position=position,
            kind="task",
            text=f"Nhiệm vụ {spec.ref} của kế hoạch {code}",
            deadline=spec.deadline,
            recurrence=spec.recurrence,
            recurrence_anchors=list(spec.anchors),
        )
        Assignment.objects.create(
            item=item, role=Assignment.Role.LEAD, phrase=spec.lead, agency=agencies[spec.lead]
        )
    plan_changed(plan)
    return plan
