"""The agency report workflow: save a draft (optimistic version), submit (head), return or accept (coordinator).

Submitting records one ProgressUpdate per reported task with period_year, so the task status computed by
plans.status and the report say the same thing.
"""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core import audit
from trithuc.core.actors import actor_user
from trithuc.core.errors import ServiceError, StaleVersion
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.core.text import user_name
from trithuc.plans.models import PlanItem, ProgressUpdate
from trithuc.plans.services.progress import progress_update_record
from trithuc.plans.services.superseded import item_writable_check
from trithuc.reporting.derived import report_derived_values_store
from trithuc.reporting.indicators import DIMENSIONS, fmt, validate_value
from trithuc.reporting.models import (
    AgencyReport,
    Indicator,
    IndicatorValue,
    OwnPlanLink,
    ReportingPeriod,
    ReportTaskEntry,
    ReportVersion,
)
from trithuc.reporting.permissions import (
    can_decide_report,
    can_edit_report,
    can_submit_report,
    report_agency_ids,
)
from trithuc.reporting.selectors import regime_plan, report_form, report_qs_visible_to

Status = AgencyReport.Status
# What the user read, and what to do, for each way a report is saved (the stale-version message).
STALE_CONTEXTS = {
    "form": (
        "bạn mở trang này",
        "Hãy tải lại trang để xem bản mới nhất rồi nhập lại phần thay đổi của bạn.",
    ),
    "file": (
        "tệp này được tải xuống",
        "Tệp chưa được nhập để không ghi đè lần lưu đó; hãy tải tệp mẫu mới rồi nhập lại phần thay đổi của bạn.",
    ),
    "api": (
        "phiên bản bạn gửi được đọc",
        "Hãy đọc lại báo cáo rồi gửi lại phần thay đổi với phiên bản mới.",
    ),
}


class ReportStaleError(StaleVersion):
    """The report was saved after the version the user read: nothing was written (409 in the API)."""


def report_stale_message(report: AgencyReport, *, actor: Any, via: str = "form") -> str:
    """Who saved the report last and when, the reader included: re-uploading one's own older file is the
    common case, and "someone else" would mislead."""
    last = (
        AuditEvent.objects.filter(
            action="report.save", target_type=AgencyReport._meta.label_lower, target_id=str(report.pk)
        )
        .select_related("actor")
        .order_by("-time", "-id")
        .first()
    )
    when = timezone.localtime(last.time if last else report.updated_at)
    who = ""
    if last is not None:
        who = f" bởi {user_name(last.actor)}" if last.actor_id else " bởi hệ thống"
        if last.actor_id and last.actor_id == getattr(actor, "pk", None):
            who += " (chính bạn)"
    since, advice = STALE_CONTEXTS.get(via, STALE_CONTEXTS["form"])
    return f"Báo cáo đã được lưu lúc {when:%H:%M} ngày {when:%d/%m/%Y}{who} sau khi {since}. {advice}"


@dataclass(frozen=True)
class TaskInput:
    status: str = ""
    result: str = ""
    completed_on: dt.date | None = None
    evidence_note: str = ""


@dataclass(frozen=True)
class IndicatorInput:
    value: Decimal | None = None
    breakdown: dict[str, dict[str, Decimal | None]] = field(default_factory=dict)


@dataclass(frozen=True)
class OwnLinkInput:
    own_ref: str
    item_ref: str
    own_text: str = ""


@dataclass(frozen=True)
class ReportInput:
    """Everything the form or the Excel sheet says; tasks by item id, indicators by code."""

    version: int
    difficulties: str = ""
    proposals: str = ""
    implementation: str = AgencyReport.Implementation.NONE
    implementation_document: str = ""
    tasks: dict[int, TaskInput] = field(default_factory=dict)
    indicators: dict[str, IndicatorInput] = field(default_factory=dict)
    own_links: list[OwnLinkInput] | None = None


@transaction.atomic(durable=True)
def report_open(*, actor: Any, period: ReportingPeriod, agency: Agency) -> AgencyReport:
    """The agency's report for the period, created as an empty draft the first time."""
    if actor is not SYSTEM and agency.pk not in report_agency_ids(actor):
        raise ServiceError("Bạn không báo cáo cho đơn vị này.")
    report, created = AgencyReport.objects.get_or_create(period=period, agency=agency)
    if created:
        audit.record(actor=actor, action="report.create", target=report, agency=agency)
    return report


def _validate(report: AgencyReport, data: ReportInput) -> tuple[dict[int, Any], dict[str, Indicator]]:
    form = report_form(report)
    tasks = {line.item.pk: line for line in form.tasks}
    today = timezone.localdate()
    for item_id, task in data.tasks.items():
        line = tasks.get(item_id)
        if line is None:
            # A task line of an older plan version (a stale form, an API client) is refused by name, not lost.
            stale = PlanItem.objects.filter(pk=item_id).select_related("plan", "plan__document").first()
            if stale is not None:
                item_writable_check(stale)
            raise ServiceError("Nhiệm vụ không thuộc phần việc của đơn vị.")
        ref = line.item.ref
        if not line.editable and (task.status or task.result.strip()):
            raise ServiceError(
                f"Nhiệm vụ {ref} được theo dõi qua các mục ở phần Tổ chức thực hiện; hãy báo cáo ở các mục đó."
            )
        if task.status and task.status not in ProgressUpdate.Status.values:
            raise ServiceError(f"Nhiệm vụ {ref}: tình trạng không hợp lệ.")
        if task.status and not task.result.strip():
            raise ServiceError(f"Nhiệm vụ {ref}: hãy nêu kết quả thực hiện.")
        if task.status == ProgressUpdate.Status.COMPLETED and task.completed_on is None:
            raise ServiceError(f"Nhiệm vụ {ref}: hãy nhập ngày hoàn thành.")
        if task.completed_on and task.completed_on > today:
            raise ServiceError(f"Nhiệm vụ {ref}: ngày hoàn thành không được sau hôm nay.")
    indicators = {i.indicator.code: i.indicator for i in form.indicators}
    for code, given in data.indicators.items():
        indicator = indicators.get(code)
        if indicator is None:
            raise ServiceError(f"Không có chỉ tiêu mã “{code}”.")
        errors = validate_value(
            unit=indicator.unit, breakdowns=indicator.breakdowns, value=given.value, breakdown=given.breakdown
        )
        if errors:
            where, reason = errors[0]
            part = _where_label(where)
            raise ServiceError(f"Chỉ tiêu “{indicator.name}”{part}: {reason}.", field=f"ind_{code}")
    return tasks, indicators


def _where_label(where: str) -> str:
    if not where:
        return ""
    dimension, _, code = where.partition(":")
    label, cats = DIMENSIONS[dimension]
    name = dict(cats).get(code, "")
    return f" ({label.lower()}{' – ' + name if name else ''})"


@transaction.atomic(durable=True)
def report_save(*, actor: Any, report: AgencyReport, data: ReportInput, via: str = "form") -> AgencyReport:
    """Save a draft. The caller passes the version it read; if the report was saved in between, nothing is
    written and the user is told who saved it and when (optimistic locking, no silent overwrite).

    `via`: "form", "file" or "api", for the wording of that message (STALE_CONTEXTS)."""
    if not can_edit_report(actor, report):
        if not report.is_editable:
            raise ServiceError("Báo cáo đã gửi hoặc đã được tiếp nhận nên không sửa được.")
        raise ServiceError("Bạn không được sửa báo cáo của đơn vị này.")
    tasks, indicators = _validate(report, data)
    claimed = AgencyReport.objects.filter(
        pk=report.pk, version=data.version, status__in=AgencyReport.EDITABLE
    ).update(
        version=F("version") + 1,
        difficulties=data.difficulties.strip(),
        proposals=data.proposals.strip(),
        implementation=data.implementation,
        implementation_document=data.implementation_document.strip(),
        updated_at=timezone.now(),
    )
    if not claimed:
        raise ReportStaleError(report_stale_message(report, actor=actor, via=via), field="version")
    for item_id, task in data.tasks.items():
        ReportTaskEntry.objects.update_or_create(
            report=report,
            item_id=item_id,
            defaults={
                "status": task.status,
                "result": task.result.strip(),
                "completed_on": task.completed_on if task.status == ProgressUpdate.Status.COMPLETED else None,
                "evidence_note": task.evidence_note.strip(),
            },
        )
    for code, given in data.indicators.items():
        if given.value is None:
            IndicatorValue.objects.filter(report=report, indicator=indicators[code]).delete()
            continue
        breakdown = {
            dim: {cat: str(v) for cat, v in cats.items() if v is not None}
            for dim, cats in given.breakdown.items()
            if any(v is not None for v in cats.values())
        }
        IndicatorValue.objects.update_or_create(
            report=report, indicator=indicators[code], defaults={"value": given.value, "breakdown": breakdown}
        )
    if data.own_links is not None:
        _own_links_replace(report, data.own_links, tasks)
    report.refresh_from_db()
    report_derived_values_store(report=report)  # figures measured by events are never typed (derived.py)
    audit.record(
        actor=actor,
        action="report.save",
        target=report,
        agency=report.agency,
        extra={"version": report.version, "tasks": len(data.tasks), "indicators": len(data.indicators)},
    )
    return report


def _own_links_replace(report: AgencyReport, links: list[OwnLinkInput], tasks: dict[int, Any]) -> None:
    by_ref = {line.item.ref: line.item for line in tasks.values()}
    plan_items = (
        {i.ref: i for i in PlanItem.objects.filter(plan=next(iter(by_ref.values())).plan)} if by_ref else {}
    )
    rows = []
    for link in links:
        item = by_ref.get(link.item_ref) or plan_items.get(link.item_ref)
        if item is None:
            raise ServiceError(
                f"Không có nhiệm vụ “{link.item_ref}” trong kế hoạch của tỉnh.", field="own_links"
            )
        rows.append(OwnPlanLink(report=report, own_ref=link.own_ref, own_text=link.own_text, item=item))
    report.own_links.all().delete()
    OwnPlanLink.objects.bulk_create(rows)


def report_snapshot(report: AgencyReport) -> dict[str, Any]:
    """The report as plain JSON, frozen at each submission and compared between versions."""
    return {
        "difficulties": report.difficulties,
        "proposals": report.proposals,
        "implementation": report.get_implementation_display(),
        "implementation_document": report.implementation_document,
        "tasks": {
            e.item.ref: {
                "status": e.status,
                "result": e.result,
                "completed_on": e.completed_on.isoformat() if e.completed_on else None,
                "evidence": e.evidence_note,
            }
            for e in report.task_entries.select_related("item").order_by("item__position")
        },
        "indicators": {
            v.indicator.code: {"name": v.indicator.name, "value": fmt(v.value), "breakdown": v.breakdown}
            for v in report.indicator_values.select_related("indicator").order_by("indicator__position")
        },
        "own_links": [
            f"{link.own_ref} → {link.item.ref}" for link in report.own_links.select_related("item")
        ],
    }


def _claim(report: AgencyReport, to: str, **fields: Any) -> None:
    """Move the row only if it is still in a state that allows `to` (a double click claims nothing)."""
    sources = [s for s, targets in AgencyReport.ALLOWED_TRANSITIONS.items() if to in targets]
    claimed = AgencyReport.objects.filter(pk=report.pk, status__in=sources).update(status=to, **fields)
    if not claimed:
        raise ServiceError("Báo cáo đã được xử lý trước đó; hãy tải lại trang.")
    report.refresh_from_db()


@transaction.atomic(durable=True)
def report_submit(*, actor: Any, report: AgencyReport) -> AgencyReport:
    """The agency head sends the report: keep the version, record each task's progress for the period."""
    if not can_submit_report(actor, report):
        raise ServiceError("Chỉ lãnh đạo đơn vị mới được gửi báo cáo.")
    entries = list(report.task_entries.select_related("item").order_by("item__plan__version", "id"))
    if report.is_editable:
        report_derived_values_store(report=report)  # events recorded since the last save count too
    if not any(e.status for e in entries) and not report.indicator_values.exists():
        raise ServiceError("Báo cáo chưa có nội dung: hãy báo cáo ít nhất một nhiệm vụ hoặc một chỉ tiêu.")
    now = timezone.now()
    _claim(
        report,
        Status.SUBMITTED,
        submitted_at=now,
        submitted_by=actor_user(actor),
        first_submitted_at=report.first_submitted_at or now,
        return_reason="",
    )
    in_force = _items_in_force(report, entries)
    # By ref, newest version last (as report_task_lines reads them): one progress row per task, written on the
    # task of the plan version in force. A draft saved before an amendment made a new version would otherwise
    # put its progress on the superseded version, where no page of the current plan shows it.
    for entry in {e.item.ref: e for e in entries}.values():
        item = in_force.get(entry.item.ref)
        if item is None:  # dropped by the version in force: the report keeps what it said, as history
            continue
        if entry.status and not _same(entry, entry.progress_update):
            entry.progress_update = progress_update_record(
                actor=actor,
                item=item,
                agency=report.agency,
                status=entry.status,
                result=entry.result,
                completed_on=entry.completed_on,
                period_year=report.period.year,
            )
            entry.save(update_fields=["progress_update", "updated_at"])
    number = report.versions.count() + 1
    ReportVersion.objects.create(
        report=report,
        number=number,
        snapshot=report_snapshot(report),
        submitted_at=now,
        submitted_by=actor_user(actor),
    )
    audit.record(
        actor=actor, action="report.submit", target=report, agency=report.agency, extra={"version": number}
    )
    return report


def _items_in_force(report: AgencyReport, entries: list[ReportTaskEntry]) -> dict[str, PlanItem]:
    """The tasks of the version in force that the entries report on, by ref."""
    plan = regime_plan(report.period.regime)
    if plan is None:
        return {}
    refs = {e.item.ref for e in entries}
    return {i.ref: i for i in PlanItem.objects.filter(plan=plan, ref__in=refs, kind=PlanItem.Kind.TASK)}


def _same(entry: ReportTaskEntry, update: ProgressUpdate | None) -> bool:
    return (
        update is not None
        and update.status == entry.status
        and update.result == entry.result
        and update.completed_on == entry.completed_on
    )


@transaction.atomic(durable=True)
def report_return(*, actor: Any, report: AgencyReport, reason: str) -> AgencyReport:
    """The coordinator sends the report back with a reason; the agency edits and submits again."""
    if not can_decide_report(actor, regime_plan(report.period.regime)):
        raise ServiceError("Chỉ cán bộ điều phối mới được trả lại báo cáo.")
    if not reason.strip():
        raise ServiceError("Hãy nêu lý do trả lại.", field="reason")
    _claim(
        report,
        Status.RETURNED,
        return_reason=reason.strip(),
        decided_at=timezone.now(),
        decided_by=actor_user(actor),
    )
    audit.record(
        actor=actor, action="report.return", target=report, agency=report.agency, extra={"reason": reason}
    )
    return report


@transaction.atomic(durable=True)
def report_accept(*, actor: Any, report: AgencyReport) -> AgencyReport:
    """The coordinator accepts the report; from now on it is locked and counts in the consolidation."""
    if not can_decide_report(actor, regime_plan(report.period.regime)):
        raise ServiceError("Chỉ cán bộ điều phối mới được tiếp nhận báo cáo.")
    _claim(report, Status.ACCEPTED, decided_at=timezone.now(), decided_by=actor_user(actor))
    if actor is not SYSTEM and not report_qs_visible_to(actor).filter(pk=report.pk).exists():
        raise ServiceError("Báo cáo không còn trong phạm vi bạn được xem.")
    audit.record(actor=actor, action="report.accept", target=report, agency=report.agency)
    return report


def version_diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field, before, after) for each difference between two submitted versions."""
    rows: list[tuple[str, str, str]] = []
    labels = {
        "difficulties": "Khó khăn",
        "proposals": "Kiến nghị",
        "implementation": "Hình thức triển khai",
        "implementation_document": "Văn bản triển khai",
    }
    for key, label in labels.items():
        if old.get(key) != new.get(key):
            rows.append((label, str(old.get(key) or ""), str(new.get(key) or "")))
    for group, label in (("tasks", "Nhiệm vụ"), ("indicators", "Chỉ tiêu")):
        before, after = old.get(group, {}), new.get(group, {})
        for key in sorted(set(before) | set(after)):
            if before.get(key) != after.get(key):
                rows.append((f"{label} {key}", _short(before.get(key)), _short(after.get(key))))
    return rows


def _short(value: Any) -> str:
    if not value:
        return "—"
    if "value" in value:
        return f"{value['value']} {value.get('breakdown') or ''}".strip()
    return f"{value.get('status')}: {value.get('result')}"
