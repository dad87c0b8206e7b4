import datetime as dt

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile

from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.plans.models import ProgressUpdate
from trithuc.plans.selectors import PlanSnapshot
from trithuc.plans.services.progress import progress_update_create
from trithuc.plans.status import TaskStatus


@pytest.fixture
def own_task(seed_plan):
    return seed_plan.items.get(ref="III.2.a")  # Sở Nội vụ leads


def test_reporter_records_progress_with_evidence_and_audit(reporter_a, agencies, own_task):
    evidence = SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 test", content_type="application/pdf")
    update = progress_update_create(
        actor=reporter_a,
        item=own_task,
        agency=agencies["so-noi-vu"],
        status="in_progress",
        result="Đã rà soát 12 chính sách thu hút trí thức.",
        evidence=evidence,
    )
    assert update.evidence.read() == b"%PDF-1.4 test"
    event = AuditEvent.objects.get(action="progress.create")
    assert event.actor == reporter_a and event.data["after"]["item"] == "III.2.a"
    assert event.target_id == str(update.pk)


def test_reporter_cannot_report_for_another_agency_task(reporter_a, agencies, seed_plan):
    press_task = seed_plan.items.get(ref="III.7.a")  # Liên hiệp các Hội only
    with pytest.raises(ServiceError):
        progress_update_create(
            actor=reporter_a, item=press_task, agency=agencies["so-noi-vu"], status="in_progress", result="x"
        )
    assert not ProgressUpdate.objects.exists()


def test_reporter_cannot_report_in_the_name_of_another_agency(reporter_a, agencies, seed_plan):
    with pytest.raises(ServiceError):
        progress_update_create(
            actor=reporter_a,
            item=seed_plan.items.get(ref="III.3"),
            agency=agencies["so-gddt"],
            status="in_progress",
            result="x",
        )


def test_leader_cannot_write_progress(leader, agencies, own_task):
    with pytest.raises(ServiceError):
        progress_update_create(
            actor=leader, item=own_task, agency=agencies["so-noi-vu"], status="in_progress", result="x"
        )


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"status": "completed", "result": "Xong"}, "completed_on"),
        ({"status": "in_progress", "result": "   "}, "result"),
        ({"status": "completed", "result": "Xong", "completed_on": dt.date(2099, 1, 1)}, "completed_on"),
    ],
)
def test_bad_input_is_refused_with_a_field_and_nothing_saved(reporter_a, agencies, own_task, fields, field):
    with pytest.raises(ServiceError) as error:
        progress_update_create(actor=reporter_a, item=own_task, agency=agencies["so-noi-vu"], **fields)
    assert error.value.field == field
    assert (
        not ProgressUpdate.objects.exists()
        and not AuditEvent.objects.filter(action="progress.create").exists()
    )


def test_executable_evidence_is_refused(reporter_a, agencies, own_task):
    bad = SimpleUploadedFile("virus.exe", b"MZ", content_type="application/octet-stream")
    with pytest.raises(ServiceError) as error:
        progress_update_create(
            actor=reporter_a,
            item=own_task,
            agency=agencies["so-noi-vu"],
            status="in_progress",
            result="x",
            evidence=bad,
        )
    assert error.value.field == "evidence"
    assert not ProgressUpdate.objects.exists()


def test_rolled_up_section_two_task_points_to_section_three(reporter_a, agencies, seed_plan):
    with pytest.raises(ServiceError, match="Tổ chức thực hiện"):
        progress_update_create(
            actor=reporter_a,
            item=seed_plan.items.get(ref="II.2.a"),
            agency=agencies["so-noi-vu"],
            status="in_progress",
            result="x",
        )


def test_completion_changes_the_computed_status(reporter_a, agencies, seed_plan):
    item = seed_plan.items.get(ref="II.1.a")  # due end of quý II/2020, all departments and districts lead
    with time_machine.travel(dt.datetime(2020, 6, 1, 9, tzinfo=dt.UTC), tick=False):
        before = PlanSnapshot.load(seed_plan).state(item, agencies["so-noi-vu"].pk)
        progress_update_create(
            actor=reporter_a,
            item=item,
            agency=agencies["so-noi-vu"],
            status="completed",
            result="Đã quán triệt cho 100% công chức.",
            completed_on=dt.date(2020, 5, 30),
        )
        snapshot = PlanSnapshot.load(seed_plan)
    assert before.status == TaskStatus.NOT_DUE
    assert snapshot.state(item, agencies["so-noi-vu"].pk).status == TaskStatus.DONE_ON_TIME
    # The other agencies of the group have not finished, so the task as a whole is still open.
    assert snapshot.state(item).status == TaskStatus.IN_PROGRESS
