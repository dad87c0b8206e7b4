"""Handing open tasks of a reorganised agency to its successors: previewed, then one explicit, logged act."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from trithuc.agencies.models import Agency, AgencySuccession
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, ServiceError
from trithuc.core.permissions import Role, has_role
from trithuc.core.text import search_key
from trithuc.plans.models import Assignment, AssignmentTransfer, Plan
from trithuc.plans.selectors import PlanSnapshot, transfer_of
from trithuc.plans.services.stamp import plans_changed
from trithuc.plans.services.superseded import item_writable_check
from trithuc.plans.status import DONE


@dataclass(frozen=True)
class TransferCandidate:
    assignment: Assignment
    state_label: str
    suggested: Agency
    choices: list[AgencySuccession]


def can_transfer(user: Any) -> bool:
    return has_role(user, Role.COORDINATOR, Role.ADMINISTRATOR)


@dataclass(frozen=True)
class TransferDefaults:
    effective_date: dt.date
    decision: str


def transfer_defaults(agency: Agency) -> TransferDefaults:
    """The date and decision a hand-over of `agency` starts from, shared by the single-agency transfer page and
    the reorganisation (which is keyed by the same succession dates): the agency's succession, when it has
    one; else the day after it ended; else today."""
    step = (
        AgencySuccession.objects.filter(predecessor=agency).order_by("effective_date", "-is_primary").first()
    )
    if step is not None:
        return TransferDefaults(step.effective_date, step.decision)
    if agency.valid_to is not None:
        return TransferDefaults(agency.valid_to + dt.timedelta(days=1), "")
    return TransferDefaults(timezone.localdate(), "")


def transfer_candidates(
    *, agency: Agency, plan: Plan, on: dt.date | None = None, snapshot: PlanSnapshot | None = None
) -> list[TransferCandidate]:
    """Open assignments of `agency` in the plan, each with the successor whose remit fits its text best.
    `snapshot`: the plan's snapshot the caller has loaded already (its day is then the day judged)."""
    on = on or timezone.localdate()
    steps = list(AgencySuccession.objects.filter(predecessor=agency).select_related("successor"))
    if not steps:
        return []
    snapshot = snapshot or PlanSnapshot.load(plan, on)
    result = []
    for item in snapshot.tasks():
        state = snapshot.state(item)
        if state.status in DONE:
            continue
        for assignment in snapshot.assignments.get(item.pk, []):
            if assignment.agency_id == agency.pk and transfer_of(assignment) is None:
                result.append(TransferCandidate(assignment, state.label, _best_fit(item.text, steps), steps))
    return result


def _best_fit(text: str, steps: list[AgencySuccession]) -> Agency:
    words = set(search_key(text).split())

    def overlap(step: AgencySuccession) -> tuple[int, bool]:
        remit = {w for w in search_key(step.remit).replace(",", " ").split() if len(w) > 2}
        return len(remit & words), step.is_primary

    return max(steps, key=overlap).successor


@transaction.atomic(durable=True)
def assignments_transfer(
    *, actor: Actor, agency: Agency, choices: dict[int, int], effective_date: dt.date, decision: str
) -> int:
    """Hand the chosen assignments to their successors from `effective_date`, by `decision`; all or nothing."""
    return assignments_transfer_apply(
        actor=actor, agency=agency, choices=choices, effective_date=effective_date, decision=decision
    )


def assignments_transfer_apply(
    *, actor: Actor, agency: Agency, choices: dict[int, int], effective_date: dt.date, decision: str
) -> int:
    """The same hand-over inside the caller's transaction (a reorganisation moves many agencies in one act)."""
    if not can_transfer(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới chuyển giao nhiệm vụ.")
    if not decision.strip():
        raise ServiceError("Hãy ghi văn bản quyết định việc chuyển giao.", field="decision")
    allowed = set(AgencySuccession.objects.filter(predecessor=agency).values_list("successor_id", flat=True))
    assignments = {
        a.pk: a
        for a in Assignment.objects.filter(pk__in=choices, agency=agency).select_related(
            "item__plan__document"
        )
    }
    if set(assignments) != set(choices):
        raise Conflict("Có nhiệm vụ không thuộc cơ quan này; hãy tải lại trang.")
    # A hand-over written on a superseded version would never reach the current one: one check per version.
    for item in {a.item.plan_id: a.item for a in assignments.values()}.values():
        item_writable_check(item)
    for assignment_id, successor_id in choices.items():
        if successor_id not in allowed:
            raise ServiceError("Cơ quan nhận phải là một cơ quan kế thừa của cơ quan này.")
        AssignmentTransfer.objects.create(
            assignment=assignments[assignment_id],
            successor_id=successor_id,
            effective_date=effective_date,
            decision=decision.strip()[:255],
            created_by=actor_user(actor),
        )
        audit.record(
            actor=actor,
            action="assignment.transfer",
            target=assignments[assignment_id],
            agency=agency,
            after={
                "item": assignments[assignment_id].item.ref,
                "successor": successor_id,
                "effective_date": effective_date.isoformat(),
                "decision": decision.strip(),
            },
        )
    plans_changed(a.item.plan_id for a in assignments.values())
    return len(choices)
