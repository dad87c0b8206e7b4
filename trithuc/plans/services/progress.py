"""Agencies report progress on their items; the computed status follows from these rows."""

import datetime as dt

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, ServiceError
from trithuc.core.text import clean_text
from trithuc.core.uploads import upload_check
from trithuc.plans.models import PlanItem, ProgressUpdate
from trithuc.plans.permissions import can_update_progress
from trithuc.plans.selectors import PlanSnapshot
from trithuc.plans.services.stamp import progress_append
from trithuc.plans.services.superseded import item_writable_check
from trithuc.plans.status import reporting_year

EVIDENCE_EXTENSIONS = {
    ".pdf",
    ".doc",
    ".docx",
    ".xls",
    ".xlsx",
    ".odt",
    ".ods",
    ".jpg",
    ".jpeg",
    ".png",
    ".zip",
}


def _check_evidence(evidence: UploadedFile[bytes] | None) -> None:
    if evidence is not None:
        upload_check(
            evidence,
            allowed=EVIDENCE_EXTENSIONS,
            max_bytes=settings.EVIDENCE_MAX_BYTES,
            field="evidence",
            label="Tệp minh chứng",
        )


@transaction.atomic(durable=True)
def progress_update_create(
    *,
    actor: Actor,
    item: PlanItem,
    agency: Agency,
    status: str,
    result: str,
    completed_on: dt.date | None = None,
    period_year: int | None = None,
    evidence: UploadedFile[bytes] | None = None,
) -> ProgressUpdate:
    """Record one agency's progress on one item, with an audit row; refuses what the agency is not given, and
    any item of a superseded version (SupersededVersion)."""
    item_writable_check(item)
    snapshot = PlanSnapshot.load(item.plan)
    if not can_update_progress(actor, item, agency, snapshot.involved_agency_ids(item)):
        raise Forbidden("Đơn vị của bạn không được giao nhiệm vụ này.")
    if snapshot.is_rolled_up(item):
        raise Conflict("Nhiệm vụ này được theo dõi qua các mục ở phần Tổ chức thực hiện; hãy cập nhật ở đó.")
    today = timezone.localdate()
    result = clean_text(result)  # a result of zero-width spaces is no result
    if not result:
        raise ServiceError("Hãy nêu kết quả thực hiện.", field="result")
    if status == ProgressUpdate.Status.COMPLETED and completed_on is None:
        raise ServiceError("Hãy nhập ngày hoàn thành.", field="completed_on")
    if completed_on and completed_on > today:
        raise ServiceError("Ngày hoàn thành không được sau hôm nay.", field="completed_on")
    if status != ProgressUpdate.Status.COMPLETED:
        completed_on = None
    _check_evidence(evidence)
    if item.recurrence or item.deadline is None:
        period_year = period_year or reporting_year(today)
    update = ProgressUpdate(
        item=item,
        agency=agency,
        author=actor_user(actor),
        status=status,
        result=result.strip(),
        completed_on=completed_on,
        period_year=period_year,
    )
    if evidence is not None:
        update.evidence = evidence
    update.full_clean()
    progress_append(update)
    audit.record(
        actor=actor,
        action="progress.create",
        target=update,
        agency=agency,
        after={
            "item": item.ref,
            "status": status,
            "result": update.result,
            "completed_on": completed_on.isoformat() if completed_on else None,
            "period_year": period_year,
            "evidence": update.evidence.name if update.evidence else None,
        },
    )
    return update


def progress_update_record(
    *,
    actor: Actor,
    item: PlanItem,
    agency: Agency,
    status: str,
    result: str,
    completed_on: dt.date | None = None,
    period_year: int | None = None,
) -> ProgressUpdate:
    """Progress carried by another record the caller has already checked and claimed (a submitted report, whose
    head may send it): stored as the plans app stores progress, inside the caller's transaction."""
    update = ProgressUpdate(
        item=item,
        agency=agency,
        author=actor_user(actor),
        status=status,
        result=result,
        completed_on=completed_on,
        period_year=period_year,
    )
    progress_append(update)
    return update
