"""A reorganisation (the successions from one date) applied to every open task in one explicit, logged act.

Each predecessor's open tasks go through the agency transfer service (plans.services.transfer); the act is one
transaction, so the preview the coordinator saw is either applied whole or not at all. Reports and progress of
earlier periods stay with the agency of their time: only AssignmentTransfer rows are written.
"""

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count

from trithuc.agencies.models import Agency, AgencySuccession
from trithuc.amendments.models import Reorganisation
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Forbidden, ServiceError
from trithuc.plans.models import Plan
from trithuc.plans.services.transfer import (
    TransferCandidate,
    assignments_transfer_apply,
    can_transfer,
    transfer_candidates,
)


@dataclass(frozen=True)
class ReorganisationOption:
    effective_date: dt.date
    decision: str
    predecessors: int


@dataclass(frozen=True)
class AgencyPreview:
    agency: Agency
    candidates: list[TransferCandidate]


def reorganisation_options() -> list[ReorganisationOption]:
    """The reorganisations known from the agencies' succession data, one per effective date."""
    rows = (
        AgencySuccession.objects.values("effective_date")
        .annotate(n=Count("predecessor", distinct=True))
        .order_by("effective_date")
    )
    decisions = dict(AgencySuccession.objects.values_list("effective_date", "decision"))
    return [
        ReorganisationOption(r["effective_date"], decisions.get(r["effective_date"], ""), r["n"])
        for r in rows
    ]


def reorganisation_preview(*, plan: Plan, effective_date: dt.date) -> list[AgencyPreview]:
    """Every open task of every predecessor of that date, with the successor each would go to."""
    predecessor_ids = AgencySuccession.objects.filter(effective_date=effective_date).values("predecessor")
    previews = []
    for agency in Agency.objects.filter(pk__in=predecessor_ids).order_by("kind", "name"):
        candidates = transfer_candidates(agency=agency, plan=plan, on=effective_date)
        if candidates:
            previews.append(AgencyPreview(agency, candidates))
    return previews


@transaction.atomic(durable=True)
def reorganisation_apply(
    *, actor: Actor, plan: Plan, effective_date: dt.date, decision: str
) -> Reorganisation:
    """Move all the previewed open tasks to their suggested successors; one act, one audit row plus one per task."""
    if not can_transfer(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới áp dụng việc sắp xếp tổ chức.")
    if not decision.strip():
        raise ServiceError("Hãy ghi văn bản quyết định việc sắp xếp.", field="decision")
    previews = reorganisation_preview(plan=plan, effective_date=effective_date)
    if not previews:
        raise ServiceError("Không còn nhiệm vụ mở nào cần chuyển giao theo đợt sắp xếp này.")
    total = 0
    for preview in previews:
        total += assignments_transfer_apply(
            actor=actor,
            agency=preview.agency,
            choices={c.assignment.pk: c.suggested.pk for c in preview.candidates},
            effective_date=effective_date,
            decision=decision,
        )
    act = Reorganisation.objects.create(
        effective_date=effective_date,
        decision=decision.strip()[:255],
        plan=plan,
        transfers=total,
        agencies=[p.agency.code for p in previews],
        created_by=actor_user(actor),
    )
    audit.record(
        actor=actor,
        action="reorganisation.apply",
        target=act,
        after={"effective_date": effective_date.isoformat(), "transfers": total, "agencies": act.agencies},
    )
    return act
