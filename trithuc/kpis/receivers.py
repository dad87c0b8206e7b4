"""When a plan imported from a draft is stored, its targets become proposals at once (the parse already read
them; nothing is parsed again). `plans` is below `kpis`, so kpis listens for the new plan row instead of the
import calling it; the proposals are made after the import's transaction commits, so they can never undo an
import."""

from typing import Any

from django.db import transaction
from django.db.models.signals import post_save

from trithuc.plans.models import Plan, PlanImport


def _propose_after_commit(sender: Any, instance: Plan, created: bool, **kwargs: Any) -> None:
    if created:
        transaction.on_commit(lambda: _propose(instance.pk))


def _propose(plan_id: int) -> None:
    from trithuc.kpis.services import targets_propose_from_import

    draft = (
        PlanImport.objects.filter(plan_id=plan_id, status=PlanImport.Status.DONE)
        .select_related("plan")
        .first()
    )
    if draft is not None and draft.plan is not None:
        targets_propose_from_import(plan=draft.plan, parsed=draft.parsed or {})


def connect() -> None:
    post_save.connect(_propose_after_commit, sender=Plan, dispatch_uid="kpis-propose-imported-targets")
