"""The per-plan stamp that keys a plan's snapshots and cached page parts (plans.selectors.plan_stamp).

Every service here that changes what a plan's pages show calls `plans_changed` in its own transaction, so a
reader sees the new stamp exactly when it sees the new rows; a write to one plan leaves the other plans' pages
cached. A progress row added through the services (`progress_append`) is listed on the stamp, so a snapshot
cached before it reads that row alone rather than the plan again whole (plans.selectors.PlanSnapshot.load).
tests/test_stamp.py lists every public service and fails for one that is neither shown to renew the stamp nor
declared not to change any plan page.
"""

import uuid
from collections.abc import Iterable

from django.db import transaction
from django.db.models import F

from trithuc.plans.models import Plan, PlanStamp, ProgressUpdate

# Progress rows a plan's stamp lists before its base is renewed: a snapshot held before them reads at most this
# many rows by primary key; the next one is read with the rest of the plan.
PROGRESS_RECENT = 100


def plans_changed(plans: Iterable[Plan | int]) -> None:
    """Renew the stamps of these plans (objects or ids), in the caller's transaction."""
    ids = sorted({p if isinstance(p, int) else p.pk for p in plans})  # one lock order for every writer
    if not ids:
        return
    token = uuid.uuid4().hex
    renew = {"token": token, "progress_token": token, "progress_recent": []}
    renewed = PlanStamp.objects.filter(plan_id__in=ids).update(revision=F("revision") + 1, **renew)
    if renewed < len(ids):  # plans never written since they were made (or made around the services)
        # (a plan deleted meanwhile has no pages left to renew)
        missing = list(Plan.objects.filter(pk__in=ids, stamp__isnull=True).values_list("pk", flat=True))
        PlanStamp.objects.bulk_create(
            [PlanStamp(plan_id=pk, revision=1, **renew) for pk in missing], ignore_conflicts=True
        )
        # A concurrent writer may have made one of them first: this write still renews it.
        PlanStamp.objects.filter(plan_id__in=missing).exclude(token=token).update(
            revision=F("revision") + 1, **renew
        )


def plan_changed(plan: Plan | int) -> None:
    plans_changed([plan])


def progress_append(update: ProgressUpdate) -> None:
    """Store a new progress row and add it to its plan's stamp, in the caller's transaction.

    The plan's stamp row is locked before the row takes its id and stays locked until the commit, so the rows
    added under one base stamp are committed in the order of their ids: a snapshot that holds the rows up to one
    id holds every earlier one, and reads the ones after it from the stamp's list, by primary key
    (plans.selectors.PlanSnapshot.brought_up). Past PROGRESS_RECENT rows the base is renewed instead."""
    plan_id = update.item.plan_id
    with transaction.atomic(savepoint=False):  # the lock must last until the commit
        stamp = PlanStamp.objects.select_for_update().filter(plan_id=plan_id).first()
        if stamp is None:  # made, and held by this transaction, now: readers will read the plan whole
            plans_changed([plan_id])
            update.save()
            return
        update.save()
        recent = [*stamp.progress_recent, update.pk]
        if len(recent) > PROGRESS_RECENT:
            plans_changed([plan_id])
            return
        PlanStamp.objects.filter(plan_id=plan_id).update(
            revision=F("revision") + 1, progress_recent=recent, progress_token=uuid.uuid4().hex
        )
