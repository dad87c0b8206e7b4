"""The per-plan stamp that keys a plan's snapshots and cached page parts (plans.selectors.plan_stamp).

Every service here that changes what a plan's pages show calls `plans_changed` in its own transaction, so a
reader sees the new stamp exactly when it sees the new rows; a write to one plan leaves the other plans' pages
cached. A progress row added through the services (`progress_append`) moves the stamp by that one row, so a
snapshot cached before it is brought up to date with the rows after the last one it holds rather than read
again whole (plans.selectors.PlanSnapshot.load). tests/test_stamp.py lists every public service and fails for one that is neither shown to renew the
stamp nor declared not to change any plan page.
"""

import uuid
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F

from trithuc.plans.models import Plan, PlanStamp, ProgressUpdate


def plans_changed(plans: Iterable[Plan | int]) -> None:
    """Renew the stamps of these plans (objects or ids), in the caller's transaction."""
    ids = sorted({p if isinstance(p, int) else p.pk for p in plans})  # one lock order for every writer
    if not ids:
        return
    token = uuid.uuid4().hex
    renewed = PlanStamp.objects.filter(plan_id__in=ids).update(revision=F("revision") + 1, token=token)
    if renewed < len(ids):  # plans never written since they were made (or made around the services)
        # (a plan deleted meanwhile has no pages left to renew)
        missing = list(Plan.objects.filter(pk__in=ids, stamp__isnull=True).values_list("pk", flat=True))
        PlanStamp.objects.bulk_create(
            [PlanStamp(plan_id=pk, revision=1, token=token) for pk in missing], ignore_conflicts=True
        )
        # A concurrent writer may have made one of them first: this write still renews it.
        PlanStamp.objects.filter(plan_id__in=missing).exclude(token=token).update(
            revision=F("revision") + 1, token=token
        )


def plan_changed(plan: Plan | int) -> None:
    plans_changed([plan])


def progress_append(update: ProgressUpdate) -> None:
    """Store a new progress row and move its plan's stamp by that row, in the caller's transaction.

    The plan's stamp row is locked before the row takes its id and stays locked until the commit, so the rows a
    plan's stamp counts are committed in the order of their ids: a reader that holds every row up to one id and
    sees the stamp name a later one misses exactly the rows between (plans.selectors.PlanSnapshot.load)."""
    plan_id = update.item.plan_id
    with transaction.atomic(savepoint=False):  # the lock must last until the commit
        if not PlanStamp.objects.filter(plan_id=plan_id).update(revision=F("revision") + 1):
            plans_changed([plan_id])  # made, and locked, now: a snapshot older than this is read again whole
        update.save()
        PlanStamp.objects.filter(plan_id=plan_id).update(
            revision=F("revision") + 1, progress_upto=update.pk, progress_token=uuid.uuid4().hex
        )
