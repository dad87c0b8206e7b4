"""A real `db_worker` killed with SIGKILL in the middle of a job (issue 16.8), on the PostgreSQL test database.

The test holds a table lock the job needs, so the worker is known to be inside its job (for the write: inside
its one transaction, rows already sent) when it is killed, without guessing at timings. Then the draft must end
failed with the message, its task result failed, nothing written, and the draft retried or discarded.
"""

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from trithuc.core.jobs import WORKER_DIED
from trithuc.core.tests.factories import membership_user
from trithuc.plans.models import Plan
from trithuc.plans.services.plan_import import plan_import_start
from trithuc.registry.models import Intellectual, RegistryImport, StatCell
from trithuc.registry.services import person_import as registry_service

ROOT = Path(__file__).resolve().parents[3]
ROWS = 6000  # above REGISTRY_IMPORT_BACKGROUND_ROWS: the page would send it to the worker too

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip(
            "cần một máy chủ PostgreSQL dùng chung với tiến trình worker (chạy trong lượt PostgreSQL)"
        )


@pytest.fixture
def queue(settings):
    """Tasks go to the database queue, as in production; a dead worker is found after one second."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.JOB_STALE_SECONDS = 1


@pytest.fixture
def lock():
    """A second connection that holds an exclusive lock on one table until released."""
    side = connections.create_connection(DEFAULT_DB_ALIAS)
    side.set_autocommit(False)
    held = []

    def take(model) -> str:
        table = model._meta.db_table
        with side.cursor() as cursor:
            cursor.execute(f"LOCK TABLE {table} IN ACCESS EXCLUSIVE MODE")
        held.append(table)
        return table

    def release() -> None:
        side.rollback()

    take.release = release
    yield take
    side.rollback()
    side.close()


def _worker(tmp_path: Path) -> subprocess.Popen:
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DATABASE_URL": f"postgres://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}",
        "MEDIA_ROOT": str(django_settings.MEDIA_ROOT),
        "TASKS_BACKEND": "database",
        "JOB_HEARTBEAT_SECONDS": "0.2",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--no-startup-delay"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "worker.log").open("wb"),
    )


def _wait(condition, what: str, tmp_path: Path, timeout: float = 120) -> None:
    """A bound on how long the worker may take to get there, not a speed check."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    log = (tmp_path / "worker.log").read_text(errors="replace")[-3000:]
    raise AssertionError(f"{what} did not happen\n{log}")


def _waiting_on(table: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = %s::regclass", [table])
        return cursor.fetchone()[0] > 0


def _kill(worker: subprocess.Popen) -> None:
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait(timeout=20)


def _csv(rows: int) -> SimpleUploadedFile:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    # No reference-list column: a transactional test before this one may have flushed the seeded lists.
    writer.writerow(["Họ và tên", "Năm sinh", "Giới tính"])
    for n in range(rows):
        name = "".join(chr(97 + n // 26**k % 26) for k in range(3)).capitalize()  # Aaa, Baa … distinct
        writer.writerow([f"Nguyễn Văn {name}", 1960 + n % 40, "Nam" if n % 2 else "Nữ"])
    return SimpleUploadedFile("danh-sach-lon.csv", buffer.getvalue().encode())


def test_a_worker_killed_while_writing_a_large_import_leaves_a_failed_draft_that_can_be_retried(
    on_postgresql, queue, lock, agencies, tmp_path, client, settings
):
    officer = membership_user("registry_officer", "so-noi-vu")
    settings.REGISTRY_IMPORT_BACKGROUND_BYTES = 10**9  # checked here, inline; the writing goes to the worker
    draft = registry_service.registry_import_start(actor=officer, upload=_csv(ROWS))
    assert draft.status == "preview" and draft.valid_rows == ROWS
    table = lock(StatCell)  # the write's last step recounts the statistics: it waits there, rows sent
    worker = _worker(tmp_path)
    try:
        registry_service.registry_import_confirm(actor=officer, draft=draft, mode="all", background=True)
        _wait(lambda: _waiting_on(table), "the worker reaching the statistics", tmp_path)
        draft.refresh_from_db()
        assert draft.status == "importing"
        _kill(worker)
    finally:
        if worker.poll() is None:
            _kill(worker)
        lock.release()
    client.force_login(officer)
    status_url = reverse("registry:import_status", args=[draft.pk])
    _wait(lambda: client.get(status_url).has_header("HX-Refresh"), "the dead worker being noticed", tmp_path)
    draft.refresh_from_db()
    assert (draft.status, draft.message) == ("failed", WORKER_DIED)
    result = DBTaskResult.objects.get(task_path__endswith="registry_import_write_task")
    assert result.status == "FAILED"
    assert Intellectual.objects.count() == 0  # nothing half-written
    page = client.get(reverse("registry:import_detail", args=[draft.pk])).content.decode()
    assert "Tiến trình xử lý đã dừng giữa chừng" in page and "Thử lại" in page
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    client.post(reverse("registry:import_retry", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == "preview"
    registry_service.registry_import_confirm(actor=officer, draft=draft, mode="all")
    assert Intellectual.objects.count() == ROWS


def test_a_worker_killed_while_parsing_a_plan_leaves_a_failed_draft_that_can_be_discarded(
    on_postgresql, queue, lock, agencies, tmp_path, client, settings
):
    from trithuc.agencies.models import Agency
    from trithuc.plans.seed import SEED_TEXT

    coordinator = membership_user("coordinator", "so-khcn")
    plans_before = set(Plan.objects.values_list("pk", flat=True))  # the seed plan of the test database
    settings.PLAN_IMPORT_BACKGROUND_BYTES = 10  # to the worker
    upload = SimpleUploadedFile("ke-hoach.txt", SEED_TEXT.read_bytes())
    draft = plan_import_start(actor=coordinator, upload=upload)  # queued; no worker yet
    table = lock(Agency)  # the parser's agency matcher reads the catalogue: it waits there, text read
    worker = _worker(tmp_path)
    try:
        _wait(lambda: _waiting_on(table), "the worker reaching the agency catalogue", tmp_path)
        draft.refresh_from_db()
        assert (draft.status, draft.progress) == ("parsing", 50)
        _kill(worker)
    finally:
        if worker.poll() is None:
            _kill(worker)
        lock.release()
    client.force_login(coordinator)
    status_url = reverse("plans:import_status", args=[draft.pk])
    _wait(lambda: client.get(status_url).has_header("HX-Refresh"), "the dead worker being noticed", tmp_path)
    draft.refresh_from_db()
    assert (draft.status, draft.error) == ("failed", WORKER_DIED)
    assert DBTaskResult.objects.get(task_path__endswith="plan_import_parse_task").status == "FAILED"
    client.post(reverse("plans:import_discard", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == "discarded" and set(Plan.objects.values_list("pk", flat=True)) == plans_before
    assert RegistryImport.objects.count() == 0
