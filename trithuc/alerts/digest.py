"""The early warnings' section of the daily digest (registered with reporting's digest in AlertsConfig.ready).

The coordinators of a plan's coordinating agency (every coordinator when the plan names none) get a few lines
per plan and the silent agencies; an agency's reporters and head get the tasks they lead that are due soon or
stalled, and a line when their agency has been silent. Report reminders already chase an agency's own reports,
so the reports not started go to the coordinators only. Long lists are cut to a few names and a count."""

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable

from trithuc.alerts.selectors import Alerts, TaskAlert, alerts_load
from trithuc.core.models import Membership
from trithuc.core.permissions import SYSTEM
from trithuc.plans.selectors import plan_qs_in_force

Role = Membership.Role
NAMES_SHOWN = 5


def _some(names: Iterable[str], unit: str) -> str:
    names = list(names)
    shown = ", ".join(names[:NAMES_SHOWN])
    rest = len(names) - NAMES_SHOWN
    return f"{shown} và {rest} {unit} khác" if rest > 0 else shown


def _task_line(alert: TaskAlert, stalled: bool) -> str:
    code = alert.plan.code
    if stalled:
        if alert.last_update:
            return (
                f"[{code}] Nhiệm vụ {alert.row.item.ref} chưa có cập nhật tiến độ từ ngày "
                f"{alert.last_update:%d/%m/%Y} ({alert.days_quiet} ngày)."
            )
        return (
            f"[{code}] Nhiệm vụ {alert.row.item.ref} chưa có cập nhật tiến độ nào ({alert.days_quiet} ngày)."
        )
    return (
        f"[{code}] Nhiệm vụ {alert.row.item.ref} đến hạn ngày {alert.due_date:%d/%m/%Y} "
        f"(còn {alert.days_left} ngày) mà chưa có tiến độ."
    )


def coordinator_lines(alerts: Alerts, plan_pks: set[int] | None = None, *, silent: bool = True) -> list[str]:
    """The coordinator's section: per plan (of `plan_pks`, else all) a line per kind, then the silent agencies
    (across every plan, so once)."""
    t = alerts.thresholds
    lines = []
    for p in alerts.plans:
        if plan_pks is not None and p.plan.pk not in plan_pks:
            continue
        code = p.plan.code
        if p.due_soon:
            refs = _some((a.row.item.ref for a in p.due_soon), "nhiệm vụ")
            lines.append(
                f"[{code}] {len(p.due_soon)} nhiệm vụ đến hạn trong {t.due_days} ngày chưa có tiến độ: {refs}."
            )
        if p.stalled:
            refs = _some((a.row.item.ref for a in p.stalled), "nhiệm vụ")
            lines.append(
                f"[{code}] {len(p.stalled)} nhiệm vụ không có cập nhật tiến độ từ {t.stalled_days} ngày trở lên: "
                f"{refs}."
            )
        by_period = defaultdict(list)
        for r in p.reports:
            by_period[r.period].append(r.agency.name)
        for period, names in by_period.items():
            lines.append(
                f"[{code}] {len(names)} đơn vị chưa bắt đầu báo cáo {period.label} "
                f"(hạn {period.agency_due:%d/%m/%Y}): {_some(names, 'đơn vị')}."
            )
        for k in p.kpis:
            year = f" năm {k.year}" if k.year else ""
            projected = f", dự báo {k.projected} {k.unit}" if k.projected is not None else ""
            lines.append(
                f"[{code}] Chỉ tiêu “{k.name}”: {k.status} (mục tiêu {k.target} {k.unit}{year}{projected})."
            )
    if alerts.silent and silent:
        silent_names = _some((s.agency.name for s in alerts.silent), "đơn vị")
        lines.append(
            f"{len(alerts.silent)} đơn vị không có cập nhật tiến độ và báo cáo nào trong {t.silent_days} ngày, "
            f"ở mọi kế hoạch: {silent_names}."
        )
    return lines


def agency_lines(alerts: Alerts, agency_id: int) -> list[str]:
    """What one agency is told about its own tasks and its silence."""
    lines = []
    for p in alerts.plans:
        lines += [_task_line(a, stalled=False) for a in p.due_soon if agency_id in a.lead_ids]
        lines += [_task_line(a, stalled=True) for a in p.stalled if agency_id in a.lead_ids]
    if len(lines) > NAMES_SHOWN * 2:
        rest = len(lines) - NAMES_SHOWN * 2
        lines = lines[: NAMES_SHOWN * 2] + [f"… và {rest} cảnh báo khác trên trang Cảnh báo sớm."]
    for s in alerts.silent:
        if s.agency.pk == agency_id:
            since = f"từ ngày {s.last_activity:%d/%m/%Y}" if s.last_activity else "từ khi có kế hoạch"
            lines.append(f"Đơn vị chưa có cập nhật tiến độ hay báo cáo nào {since}; đề nghị cập nhật.")
    return lines


def alert_digest_lines(on: dt.date) -> dict[int, list[str]]:
    """user id → the early warnings in that user's digest for `on` (a pure read)."""
    plans = list(plan_qs_in_force(SYSTEM))
    if not plans:
        return {}
    alerts = alerts_load(plans, on=on)
    lines: dict[int, list[str]] = defaultdict(list)
    members: dict[tuple[int, str], list[int]] = defaultdict(list)
    for m in Membership.objects.filter(role__in=[Role.REPORTER, Role.HEAD, Role.COORDINATOR]):
        members[(m.agency_id, m.role)].append(m.user_id)
    coordinators = {
        uid for (_agency, role), ids in members.items() if role == Role.COORDINATOR for uid in ids
    }
    plans_of: dict[int, set[int]] = defaultdict(set)  # coordinator → the plans their agency coordinates
    for plan in plans:
        if plan.coordinator_id is None:
            for uid in coordinators:
                plans_of[uid].add(plan.pk)
        else:
            for uid in members[(plan.coordinator_id, Role.COORDINATOR)]:
                plans_of[uid].add(plan.pk)
    for uid, own in plans_of.items():  # a coordinator of no plan's agency gets no plan's warnings
        lines[uid] += coordinator_lines(alerts, own)
    agency_ids = {pk for p in alerts.plans for a in p.due_soon + p.stalled for pk in a.lead_ids}
    agency_ids |= {s.agency.pk for s in alerts.silent}
    for agency_id in agency_ids:
        texts = agency_lines(alerts, agency_id)
        if not texts:
            continue
        for uid in members[(agency_id, Role.REPORTER)] + members[(agency_id, Role.HEAD)]:
            lines[uid] += texts
    return {uid: list(dict.fromkeys(texts)) for uid, texts in lines.items() if texts}
