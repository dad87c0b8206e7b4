"""Liveness of background jobs (issue 16.8): a job whose worker died must not leave its draft working forever.

A job stamps `heartbeat_at` on its draft when it starts and then every JOB_HEARTBEAT_SECONDS from a small thread
while it works (`heartbeat`). A draft in a working state whose stamp is older than JOB_STALE_SECONDS, and whose
task is not still waiting in the queue, lost its worker: `reap` marks it failed with WORKER_DIED and marks the
task's result failed too. Every write a job makes at its end is conditional on the draft still working, so a job
reaped by mistake cannot later overwrite the failure (the registry's final write commits with its rows or not).
"""

import datetime as dt
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Model, Q
from django.utils import timezone

logger = logging.getLogger(__name__)

WORKER_DIED = (
    "Tiến trình xử lý đã dừng giữa chừng (máy chủ khởi động lại hoặc hết bộ nhớ); không có dữ liệu nào được "
    "ghi. Hãy bấm “Thử lại” hoặc hủy bản nháp."
)


@contextmanager
def heartbeat(model: type[Model], pk: int, status: str) -> Iterator[None]:
    """Stamp the draft now and, while the block runs, every JOB_HEARTBEAT_SECONDS (only while it is `status`)."""
    rows = model.objects.filter(pk=pk, status=status)  # type: ignore[attr-defined]
    rows.update(heartbeat_at=timezone.now())
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.JOB_HEARTBEAT_SECONDS):
                try:
                    rows.update(heartbeat_at=timezone.now())
                except DatabaseError:  # SQLite busy behind the job's own write: the next beat tries again
                    logger.warning("heartbeat of %s %s skipped", model.__name__, pk)
        finally:
            connection.close()  # this thread's own connection

    thread = threading.Thread(target=beat, name=f"heartbeat-{model.__name__}-{pk}", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)


def _stale(now: dt.datetime) -> Q:
    cutoff = now - dt.timedelta(seconds=settings.JOB_STALE_SECONDS)
    # A draft from before heartbeats (or whose job never started) counts from its creation.
    return Q(heartbeat_at__lt=cutoff) | Q(heartbeat_at__isnull=True, created_at__lt=cutoff)


def _task_rows(task: Any, pk: int) -> Any:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(task_path=task.module_path, args_kwargs__args__0=pk)


def reap(
    model: type[Model], *, tasks: dict[str, Any], failed: dict[str, Any], pk: int | None = None
) -> list[int]:
    """Mark failed (`failed`: the fields to set) the drafts in a working state (the keys of `tasks`, each with the
    task that does that work) that lost their worker; returns their ids. A draft whose task still waits in the
    queue (every worker busy) is alive."""
    now = timezone.now()
    candidates = model.objects.filter(_stale(now), status__in=list(tasks))  # type: ignore[attr-defined]
    if pk is not None:
        candidates = candidates.filter(pk=pk)
    reaped = []
    for draft_pk, status in candidates.values_list("pk", "status"):
        rows = _task_rows(tasks[status], draft_pk)
        if rows.filter(status="READY").exists():
            continue
        claimed = model.objects.filter(_stale(now), pk=draft_pk, status=status).update(**failed)  # type: ignore[attr-defined]
        if not claimed:
            continue
        reaped.append(draft_pk)
        logger.warning("%s %s: worker died while %s; marked failed", model.__name__, draft_pk, status)
        rows.filter(status="RUNNING").update(
            status="FAILED",
            finished_at=now,
            exception_class_path="trithuc.core.jobs.WorkerDied",
            traceback=WORKER_DIED,
        )
    return reaped


@dataclass(frozen=True)
class ImportKind:
    """A kind of import draft an app runs in the background: how to reap its dead jobs and purge its old files.

    Apps register theirs in AppConfig.ready(), so the cron commands in core run them without core importing
    the apps (dependencies point downwards: docs/architecture.md)."""

    label: str
    reap: Callable[[], list[int]]
    purge: Callable[[dt.datetime], int]


_IMPORT_KINDS: dict[str, ImportKind] = {}


def import_kind_register(kind: ImportKind) -> None:
    _IMPORT_KINDS[kind.label] = kind


def import_kinds() -> list[ImportKind]:
    return list(_IMPORT_KINDS.values())
