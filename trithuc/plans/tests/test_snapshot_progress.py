"""A plan's snapshot after progress rows added through the services: brought up with those rows alone (one
query, not the plan's whole history), equal to one read again whole, and never stale in another process
(each process keeps its own snapshots; the stamps in the database decide)."""

import datetime as dt
from collections import Counter

import pytest
from django.utils import timezone

from trithuc.core.permissions import SYSTEM
from trithuc.plans import selectors
from trithuc.plans.models import PlanItem, ProgressUpdate
from trithuc.plans.selectors import PlanSnapshot, plan_stamp
from trithuc.plans.services.progress import progress_update_create, progress_update_record
from trithuc.plans.services.stamp import plans_changed
from trithuc.plans.status import DONE


def _other_process() -> None:
    """What another gunicorn worker holds of the plans: none of this process's snapshots."""
    with selectors._LOCAL_LOCK:
        selectors._LOCAL_SNAPSHOTS.clear()


def _whole(snapshot: PlanSnapshot) -> PlanSnapshot:
    """The same plan read again from the database, as a process that holds nothing of it would."""
    return PlanSnapshot._build(snapshot.plan, snapshot.on)


def _every_state(snapshot: PlanSnapshot) -> dict:
    """Each task's status and each agency's own share of it: everything the pages draw from the progress rows."""
    states = {}
    for item in snapshot.tasks():
        states[item.pk] = snapshot.state(item)
        for agency_id in snapshot.involved_agency_ids(item):
            states[item.pk, agency_id] = snapshot.state(item, agency_id)
    return states


def _rows(snapshot: PlanSnapshot) -> dict[int, Counter]:
    return {pk: Counter(updates) for pk, updates in snapshot.updates.items() if updates}


def _complete(item, snapshot: PlanSnapshot, agencies_by_pk) -> None:
    """Every agency answering for the item reports it completed, as submitted reports record it."""
    answering = snapshot.responsible(item)
    for pk in sorted(answering(snapshot.on) | (answering(item.deadline) if item.deadline else set())):
        progress_update_record(
            actor=SYSTEM,
            item=item,
            agency=agencies_by_pk[pk],
            status="completed",
            result="Đã hoàn thành",
            completed_on=snapshot.on,
        )


@pytest.fixture
def rolled_up_part(seed_plan):
    """A section III item with a deadline, and the rolled-up section II task carried out by it alone."""
    snapshot = PlanSnapshot.load(seed_plan)
    for target, parts in sorted(snapshot.implementers.items()):
        task = snapshot.by_id.get(target)
        if task is not None and snapshot.is_rolled_up(task) and len(parts) == 1:
            part = snapshot.by_id[parts[0]]
            break
    else:
        pytest.fail("the seed plan has a section II task carried out by one section III item")
    # The seed's parts are continuous (no status to change): give this one a deadline, as an amendment would.
    PlanItem.objects.filter(pk=part.pk).update(deadline=dt.date(2020, 6, 30))
    plans_changed([seed_plan])
    part.refresh_from_db()
    return part, task


def test_a_progress_row_is_read_alone_and_the_snapshot_equals_one_read_whole(
    seed_plan, agencies, rolled_up_part, django_assert_max_num_queries
):
    part, task = rolled_up_part
    agencies_by_pk = {a.pk: a for a in agencies.values()}
    lead = agencies_by_pk[min(PlanSnapshot.load(seed_plan).responsible(part)(part.deadline))]
    progress_update_record(actor=SYSTEM, item=part, agency=lead, status="in_progress", result="Đang làm")
    before = PlanSnapshot.load(seed_plan)
    assert before.progress_seen  # it holds a row: the next ones are read after it
    task_before = before.state(task)
    _complete(part, before, agencies_by_pk)

    stamp = plan_stamp(seed_plan)
    with django_assert_max_num_queries(2):  # the stamp's list, then the rows it held not; not the plan again
        after = PlanSnapshot.load(seed_plan, stamp=stamp)
    assert after is not before
    whole = _whole(after)
    assert _every_state(after) == _every_state(whole)
    assert _rows(after) == _rows(whole)
    assert after.state(part).status in DONE
    assert after.state(task) != task_before  # the rolled-up task follows its part
    assert before.state(task) == task_before  # the snapshot other requests may still hold is not touched
    assert selectors.plan_overview(after) == selectors.plan_overview(whole)


def test_a_progress_write_in_another_process_is_seen(
    seed_plan, agencies, reporter_a, django_assert_max_num_queries
):
    item = seed_plan.items.get(ref="II.1.a")  # led by every department, Sở Nội vụ among them; overdue
    own = agencies["so-noi-vu"].pk
    here = PlanSnapshot.load(seed_plan)  # this process holds the plan as it was
    assert (
        _own_share(here, item, agencies["so-noi-vu"]) not in DONE
    )  # and the agency page's part drawn from it
    with selectors._LOCAL_LOCK:
        held = dict(selectors._LOCAL_SNAPSHOTS)
    _other_process()  # another worker writes twice (its service loads the plan in that worker)
    for status in ("in_progress", "completed"):
        progress_update_create(
            actor=reporter_a,
            item=item,
            agency=agencies["so-noi-vu"],
            status=status,
            result="Đã rà soát",
            completed_on=timezone.localdate() if status == "completed" else None,
        )
    with selectors._LOCAL_LOCK:  # back in this worker, which holds only the snapshot from before
        selectors._LOCAL_SNAPSHOTS.clear()
        selectors._LOCAL_SNAPSHOTS.update(held)
    stamp = plan_stamp(seed_plan)
    with django_assert_max_num_queries(2):
        seen = PlanSnapshot.load(seed_plan, stamp=stamp)
    assert here.state(item, own).status not in DONE
    assert seen.state(item, own).status in DONE
    assert _own_share(seen, item, agencies["so-noi-vu"]) in DONE
    assert _every_state(seen) == _every_state(_whole(seen))
    _other_process()  # a worker that holds nothing reads it whole, and sees the same
    assert _every_state(PlanSnapshot.load(seed_plan)) == _every_state(seen)


def _own_share(snapshot: PlanSnapshot, item, agency):
    """The item's status on the agency's page ("Việc của đơn vị tôi")."""
    (work,) = selectors.agency_work([snapshot], agency)
    return next(task.state.status for task in work.tasks if task.row.item.pk == item.pk)


def test_any_other_write_reads_the_plan_again_whole(seed_plan, agencies):
    item = seed_plan.items.get(ref="II.1.a")
    update = progress_update_record(
        actor=SYSTEM,
        item=item,
        agency=agencies["so-noi-vu"],
        status="completed",
        result="Đã hoàn thành",
        completed_on=timezone.localdate(),
    )
    held = PlanSnapshot.load(seed_plan)
    assert held.state(item, agencies["so-noi-vu"].pk).status in DONE
    ProgressUpdate.objects.filter(pk=update.pk).delete()  # as the admin does, which renews the plan
    plans_changed([seed_plan])
    again = PlanSnapshot.load(seed_plan)
    assert again.state(item, agencies["so-noi-vu"].pk).status not in DONE
    assert _rows(again) == _rows(_whole(again))


def test_a_snapshot_whose_last_row_changed_is_not_brought_up(seed_plan, agencies):
    """A rolled-back write whose id a later row took again (SQLite reuses the highest ids): the snapshot that
    saw the first one is read again whole rather than trusted."""
    item = seed_plan.items.get(ref="III.2.a")
    update = progress_update_record(
        actor=SYSTEM, item=item, agency=agencies["so-noi-vu"], status="in_progress", result="Đang làm"
    )
    held = PlanSnapshot.load(seed_plan)
    assert held.progress_seen == update.pk
    progress = selectors._stamp_progress(plan_stamp(seed_plan))
    assert held.brought_up(progress) is held  # nothing added since
    ProgressUpdate.objects.filter(pk=update.pk).update(status="completed", completed_on=timezone.localdate())
    assert held.brought_up(progress) is None
    ProgressUpdate.objects.filter(pk=update.pk).delete()
    assert held.brought_up(progress) is None
    assert held.brought_up("not-this-stamp") is None  # the stamp moved on since it was read


def test_a_stamp_that_moved_on_since_it_was_read_brings_nothing_up(seed_plan, agencies):
    held = PlanSnapshot.load(seed_plan)
    update = progress_update_record(
        actor=SYSTEM,
        item=seed_plan.items.get(ref="II.1.a"),
        agency=agencies["so-noi-vu"],
        status="in_progress",
        result="Đang làm",
    )
    progress = selectors._stamp_progress(plan_stamp(seed_plan))  # a page reads the stamp, then …
    assert held.brought_up(progress).progress_seen == update.pk
    plans_changed([seed_plan])  # … another write lands before its snapshot is loaded (the list is emptied)
    assert held.brought_up(progress) is None
