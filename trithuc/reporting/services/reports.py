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
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, Invalid, ServiceError, StaleVersion
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.core.text import user_name
from trithuc.plans.models import PlanItem, ProgressUpdate
from trithuc.plans.services.progress import progress_update_record
from trithuc.plans.services.superseded import item_writable_check
from trithuc.reporting.derived import report_derived_values_store
from trithuc.reporting.indicators import DIMENSIONS, breakdown_text, categories, fmt, validate_value
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


def report_stale_message(report: AgencyReport, *, actor: Actor, via: str = "form") -> str:
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
    line: int = 0  # the line of the form's text box it came from (0 from the API)


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
def report_open(*, actor: Actor, period: ReportingPeriod, agency: Agency) -> AgencyReport:
    """The agency's report for the period, created as an empty draft the first time."""
    if actor is not SYSTEM and agency.pk not in report_agency_ids(actor):
        raise Forbidden("Bạn không báo cáo cho đơn vị này.")
    report, created = AgencyReport.objects.get_or_create(period=period, agency=agency)
    if created:
        audit.record(actor=actor, action="report.create", target=report, agency=agency)
    return report


def report_problems(report: AgencyReport, data: ReportInput) -> list[tuple[str | None, str]]:
    """What saving `data` would refuse, without saving: the page asks it when its own checks failed too, so
    the officer sees every problem at once rather than one after the other (#15.3)."""
    try:
        _validate(report, data)
    except ServiceError as error:
        return error.field_errors or [(error.field, error.message)]
    return []


def _validate(report: AgencyReport, data: ReportInput) -> tuple[dict[int, Any], dict[str, Indicator]]:
    """Every rule the report breaks, each named by its task or indicator and given the field of the page's form
    it belongs to (t<item>_status|result|completed_on, i_<code>[__<dimension>__<category>]), so the page lists
    them all at once (#15.3); the API reads them as one message."""
    form = report_form(report)
    tasks = {line.item.pk: line for line in form.tasks}
    today = timezone.localdate()
    errors: list[tuple[str | None, str]] = []
    statuses = dict(ProgressUpdate.Status.choices)
    for item_id, task in data.tasks.items():
        line = tasks.get(item_id)
        if line is None:
            # A task line of an older plan version (a stale form, an API client) is refused by name, not lost.
            stale = PlanItem.objects.filter(pk=item_id).select_related("plan", "plan__document").first()
            if stale is not None:
                item_writable_check(stale)
            raise Invalid("Nhiệm vụ không thuộc phần việc của đơn vị.")
        ref = line.item.ref
        if not line.editable and (task.status or task.result.strip()):
            errors.append(
                (
                    None,
                    f"Nhiệm vụ {ref} được theo dõi qua các mục ở phần Tổ chức thực hiện; "
                    "hãy báo cáo ở các mục đó.",
                )
            )
        elif task.status and task.status not in ProgressUpdate.Status.values:
            errors.append((f"t{item_id}_status", f"Nhiệm vụ {ref}: tình trạng không hợp lệ."))
        elif task.status and not task.result.strip():
            errors.append(
                (
                    f"t{item_id}_result",
                    f"Nhiệm vụ {ref}: đã chọn “{statuses[task.status]}”, hãy nêu kết quả thực hiện "
                    "(việc đã làm, số liệu, văn bản).",
                )
            )
        if task.status == ProgressUpdate.Status.COMPLETED and task.completed_on is None:
            errors.append(
                (f"t{item_id}_completed_on", f"Nhiệm vụ {ref}: hãy nhập ngày hoàn thành (dd/mm/yyyy).")
            )
        if task.completed_on and task.completed_on > today:
            errors.append(
                (
                    f"t{item_id}_completed_on",
                    f"Nhiệm vụ {ref}: ngày hoàn thành {task.completed_on:%d/%m/%Y} sau hôm nay "
                    f"({today:%d/%m/%Y}).",
                )
            )
    indicators = {i.indicator.code: i.indicator for i in form.indicators}
    for code, given in data.indicators.items():
        indicator = indicators.get(code)
        if indicator is None:
            raise Invalid(f"Không có chỉ tiêu mã “{code}”.")
        for where, reason in validate_value(
            unit=indicator.unit, breakdowns=indicator.breakdowns, value=given.value, breakdown=given.breakdown
        ):
            errors.append(
                (
                    _indicator_field(code, where),
                    f"Chỉ tiêu “{indicator.name}”{_where_label(where)}: {reason}.",
                )
            )
    if data.own_links is not None:
        errors += _own_link_rows(report, data.own_links, tasks)[1]
    if errors:
        raise ServiceError(" ".join(m for _f, m in errors), field=errors[0][0], field_errors=errors)
    return tasks, indicators


def _indicator_field(code: str, where: str) -> str:
    """The form field of an indicator's problem: its total, one category, or a dimension's first category."""
    if not where:
        return f"i_{code}"
    dimension, _, category = where.partition(":")
    return f"i_{code}__{dimension}__{category or categories(dimension)[0][0]}"


def _where_label(where: str) -> str:
    if not where:
        return ""
    dimension, _, code = where.partition(":")
    label, cats = DIMENSIONS[dimension]
    name = dict(cats).get(code, "")
    return f" ({label.lower()}{' – ' + name if name else ''})"


@transaction.atomic(durable=True)
def report_save(*, actor: Actor, report: AgencyReport, data: ReportInput, via: str = "form") -> AgencyReport:
    """Save a draft. The caller passes the version it read; if the report was saved in between, nothing is
    written and the user is told who saved it and when (optimistic locking, no silent overwrite).

    `via`: "form", "file" or "api", for the wording of that message (STALE_CONTEXTS)."""
    if not can_edit_report(actor, report):
        if not report.is_editable:
            raise Conflict("Báo cáo đã gửi hoặc đã được tiếp nhận nên không sửa được.")
        raise Forbidden("Bạn không được sửa báo cáo của đơn vị này.")
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
    rows, errors = _own_link_rows(report, links, tasks)
    if errors:  # _validate has said so already; kept for a caller that skips it
        raise ServiceError(" ".join(m for _f, m in errors), field="own_links", field_errors=errors)
    report.own_links.all().delete()
    OwnPlanLink.objects.bulk_create(rows)


def _own_link_rows(
    report: AgencyReport, links: list[OwnLinkInput], tasks: dict[int, Any]
) -> tuple[list[OwnPlanLink], list[tuple[str | None, str]]]:
    """The links as rows, and an error per link whose task code is not in the plan, naming its line and giving
    a code of the agency's own tasks as the example (#15.3)."""
    by_ref = {line.item.ref: line.item for line in tasks.values()}
    plan_items = (
        {i.ref: i for i in PlanItem.objects.filter(plan=next(iter(by_ref.values())).plan)} if by_ref else {}
    )
    example = next((line.item.ref for line in tasks.values() if line.is_lead), next(iter(by_ref), "I.1"))
    hint = f"Mã nhiệm vụ là số hiệu của mục trong kế hoạch của tỉnh, ví dụ “{example}”."
    rows: list[OwnPlanLink] = []
    errors: list[tuple[str | None, str]] = []
    for n, link in enumerate(links, start=1):
        item = by_ref.get(link.item_ref) or plan_items.get(link.item_ref)
        if item is not None:
            rows.append(OwnPlanLink(report=report, own_ref=link.own_ref, own_text=link.own_text, item=item))
            continue
        where = f"Dòng {link.line}" if link.line else f"Liên kết thứ {n}"
        if link.item_ref:
            errors.append(
                ("own_links", f"{where}: Không có nhiệm vụ “{link.item_ref}” trong kế hoạch. {hint}")
            )
        else:
            errors.append(("own_links", f"{where}: thiếu mã nhiệm vụ. {hint}"))
    return rows, errors


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
    claimed = AgencyReport.objects.filter(pk=report.pk, status__in=sources).update(
        status=to, updated_at=timezone.now(), **fields
    )
    if not claimed:
        raise Conflict("Báo cáo đã được xử lý trước đó; hãy tải lại trang.")
    report.refresh_from_db()


@transaction.atomic(durable=True)
def report_submit(*, actor: Actor, report: AgencyReport) -> AgencyReport:
    """The agency head sends the report: keep the version, record each task's progress for the period."""
    if not can_submit_report(actor, report):
        raise Forbidden("Chỉ lãnh đạo đơn vị mới được gửi báo cáo.")
    entries = list(report.task_entries.select_related("item").order_by("item__plan__version", "id"))
    if report.is_editable:
        report_derived_values_store(report=report)  # events recorded since the last save count too
    if not any(e.status for e in entries) and not report.indicator_values.exists():
        raise Conflict("Báo cáo chưa có nội dung: hãy báo cáo ít nhất một nhiệm vụ hoặc một chỉ tiêu.")
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
def report_return(*, actor: Actor, report: AgencyReport, reason: str) -> AgencyReport:
    """The coordinator sends the report back with a reason; the agency edits and submits again."""
    if not can_decide_report(actor, regime_plan(report.period.regime)):
        raise Forbidden("Chỉ cán bộ điều phối mới được trả lại báo cáo.")
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
def report_accept(*, actor: Actor, report: AgencyReport) -> AgencyReport:
    """The coordinator accepts the report; from now on it is locked and counts in the consolidation."""
    if not can_decide_report(actor, regime_plan(report.period.regime)):
        raise Forbidden("Chỉ cán bộ điều phối mới được tiếp nhận báo cáo.")
    _claim(report, Status.ACCEPTED, decided_at=timezone.now(), decided_by=actor_user(actor))
    if actor is not SYSTEM and not report_qs_visible_to(actor).filter(pk=report.pk).exists():
        raise Forbidden("Báo cáo không còn trong phạm vi bạn được xem.")
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
                name = (after.get(key) or before.get(key) or {}).get("name") or key  # an indicator's name
                rows.append((f"{label} {name}", _short(before.get(key)), _short(after.get(key))))
    return rows


def _short(value: Any) -> str:
    """A task's or an indicator's line of a snapshot in words: labels, never keys (#15.3)."""
    if not value:
        return "—"
    if "value" in value:
        breakdown = breakdown_text(value.get("breakdown") or {})
        return f"{value['value']} ({breakdown})" if breakdown else str(value["value"])
    status = dict(ProgressUpdate.Status.choices).get(value.get("status"), value.get("status") or "—")
    return f"{status}: {value.get('result')}"
