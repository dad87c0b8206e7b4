"""Jobs whose worker died (issue 16.8): found by their heartbeat, failed with a message, retried or discarded.

The real thing (a `db_worker` killed with SIGKILL) is in test_killed_worker.py; these tests stamp the heartbeat
as a dead worker leaves it, on SQLite and PostgreSQL alike."""

import datetime as dt
import io
import time

from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from trithuc.core.jobs import WORKER_DIED
from trithuc.plans.models import PlanImport
from trithuc.plans.seed import SEED_TEXT
from trithuc.plans.services.plan_import import plan_import_start
from trithuc.plans.tasks import plan_import_parse_task
from trithuc.registry.models import Intellectual, RegistryImport
from trithuc.registry.services import person_import as registry_service
from trithuc.registry.tasks import registry_import_write_task

LONG_AGO = dt.timedelta(hours=1)


def _task_row(task, pk, status) -> DBTaskResult:
    """The queue's row of a task as the database backend leaves it (RUNNING when its worker was killed)."""
    return DBTaskResult.objects.create(
        task_path=task.module_path,
        args_kwargs={"args": [pk], "kwargs": {}},
        status=status,
        backend_name="default",
        run_after=timezone.now(),
        started_at=timezone.now() - LONG_AGO if status == "RUNNING" else None,
        worker_ids=["w1"] if status == "RUNNING" else [],
    )


def _parsing_draft(coordinator, beat_age=LONG_AGO) -> PlanImport:
    upload = SimpleUploadedFile("ke-hoach.txt", SEED_TEXT.read_bytes())
    draft = plan_import_start(actor=coordinator, upload=upload)
    PlanImport.objects.filter(pk=draft.pk).update(
        status="parsing", progress=90, text="", parsed=None, heartbeat_at=timezone.now() - beat_age
    )
    return draft


def test_a_parse_whose_worker_died_fails_when_its_page_polls_and_can_be_retried(client, coordinator):
    draft = _parsing_draft(coordinator)
    row = _task_row(plan_import_parse_task, draft.pk, "RUNNING")
    client.force_login(coordinator)
    status = client.get(reverse("plans:import_status", args=[draft.pk]))
    assert status["HX-Refresh"] == "true"
    draft.refresh_from_db()
    assert draft.status == "failed" and draft.error == WORKER_DIED
    row.refresh_from_db()
    assert row.status == "FAILED" and row.finished_at is not None
    page = client.get(reverse("plans:import_detail", args=[draft.pk])).content.decode()
    assert "Tiến trình xử lý đã dừng giữa chừng" in page and "Thử lại" in page
    client.post(reverse("plans:import_retry", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == "preview" and draft.parsed["items"]


def test_a_parse_whose_worker_died_can_be_discarded(client, coordinator):
    draft = _parsing_draft(coordinator)
    client.force_login(coordinator)
    client.get(reverse("plans:import_detail", args=[draft.pk]))  # opening the page finds it dead
    response = client.post(reverse("plans:import_discard", args=[draft.pk]))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "discarded"


def test_a_job_with_a_fresh_heartbeat_or_waiting_in_the_queue_is_left_alone(client, coordinator):
    working = _parsing_draft(coordinator, beat_age=dt.timedelta(seconds=5))
    waiting = _parsing_draft(coordinator)
    _task_row(plan_import_parse_task, waiting.pk, "READY")  # every worker busy: it has not started yet
    client.force_login(coordinator)
    for draft in (working, waiting):
        assert "HX-Refresh" not in client.get(reverse("plans:import_status", args=[draft.pk]))
        draft.refresh_from_db()
        assert draft.status == "parsing"


def test_the_periodic_command_fails_dead_registry_checks_and_writes(registry_officer):
    upload = SimpleUploadedFile("ds.csv", "Họ và tên,Năm sinh\nLò Thị Mai,1996\n".encode())
    checking = registry_service.registry_import_start(actor=registry_officer, upload=upload)
    writing = registry_service.registry_import_start(actor=registry_officer, upload=upload)
    old = timezone.now() - LONG_AGO
    RegistryImport.objects.filter(pk=checking.pk).update(status="validating", heartbeat_at=old)
    RegistryImport.objects.filter(pk=writing.pk).update(status="importing", heartbeat_at=old, progress=75)
    row = _task_row(registry_import_write_task, writing.pk, "RUNNING")
    out = io.StringIO()
    call_command("jobs_reap", stdout=out)
    assert "lượt nhập CSDL trí thức: 2" in out.getvalue()
    for draft in (checking, writing):
        draft.refresh_from_db()
        assert draft.status == "failed" and draft.message == WORKER_DIED
    row.refresh_from_db()
    assert row.status == "FAILED"
    retried = registry_service.registry_import_retry(actor=registry_officer, draft=writing)
    assert retried.status == "preview"
    done = registry_service.registry_import_confirm(actor=registry_officer, draft=retried, mode="all")
    assert done.status == "done" and Intellectual.objects.count() == 1


def test_polling_does_not_keep_an_idle_session_alive(client, coordinator):
    draft = _parsing_draft(coordinator, beat_age=dt.timedelta(seconds=1))
    client.force_login(coordinator)
    session = client.session
    session["_seen"] = int(time.time()) - 10 * 60  # the user's last click, ten minutes ago
    session["_has_otp_device"] = False  # as the first page of the session left it
    session.save()
    stored = Session.objects.get(session_key=session.session_key)
    client.get(reverse("plans:import_status", args=[draft.pk]))
    assert client.session["_seen"] < time.time() - 9 * 60
    assert Session.objects.get(session_key=session.session_key).expire_date == stored.expire_date
    client.get(reverse("plans:import_detail", args=[draft.pk]))  # a real page view is activity
    assert client.session["_seen"] >= time.time() - 5


def test_a_poll_after_the_session_ended_reloads_the_page_to_log_in(client, coordinator):
    draft = _parsing_draft(coordinator, beat_age=dt.timedelta(seconds=1))
    response = client.get(reverse("plans:import_status", args=[draft.pk]), headers={"HX-Request": "true"})
    assert response.status_code == 204 and response["HX-Refresh"] == "true"
