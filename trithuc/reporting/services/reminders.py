"""Reminders: before the deadline and while a report is missing, one digest e-mail per person per day.

Escalation: before the deadline the agency's reporters and head hear about it; once it has passed, the head is
told how many days late the agency is, and the coordinator gets the list of agencies still missing, and of
those whose reminders reach nobody (no reporter or head with an e-mail address).
"""

import datetime as dt
from collections import defaultdict
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone

from trithuc.core.models import Membership
from trithuc.core.text import user_name
from trithuc.plans.selectors import PlanSnapshot
from trithuc.reporting.digest import digest_sections_lines
from trithuc.reporting.models import AgencyReport, DigestLog, ReportingPeriod
from trithuc.reporting.selectors import (
    expected_agency_ids,
    regime_default,
    regime_plan,
    reminder_unreachable_ids,
)

REMIND_BEFORE_DAYS = 5
CHASE_FOR_DAYS = 60
Role = Membership.Role


def reminder_lines(*, on: dt.date) -> dict[int, list[str]]:
    """user id → the lines of that user's digest for `on` (pure read; sending is separate)."""
    regime = regime_default()
    plan = regime_plan(regime) if regime else None
    if plan is None:
        return {}
    lines: dict[int, list[str]] = defaultdict(list)
    periods = ReportingPeriod.objects.filter(
        regime=regime,
        agency_due__gte=on - dt.timedelta(days=CHASE_FOR_DAYS),
        agency_due__lte=on + dt.timedelta(days=REMIND_BEFORE_DAYS),
    )
    members = defaultdict(list)
    for m in Membership.objects.filter(role__in=[Role.REPORTER, Role.HEAD, Role.COORDINATOR]):
        members[(m.agency_id, m.role)].append(m.user_id)
    coordinators = [uid for (agency, role), ids in members.items() if role == Role.COORDINATOR for uid in ids]
    snapshot = PlanSnapshot.load(plan, on=on)
    reminded: set[int] = set()  # agencies something was to be said to, to name those it reaches nobody in
    for period in periods:
        reports = {r.agency_id: r for r in AgencyReport.objects.filter(period=period)}
        missing = []
        for agency_id in sorted(expected_agency_ids(snapshot, period)):
            report = reports.get(agency_id)
            name = str(snapshot.agencies[agency_id])
            due = f"{period.agency_due:%d/%m/%Y}"
            if report and report.status == AgencyReport.Status.RETURNED:
                text = f"Báo cáo {period.label} của {name} bị trả lại: {report.return_reason} Hãy sửa và gửi lại."
            elif report and report.first_submitted_at:
                continue
            elif on <= period.agency_due:
                left = (period.agency_due - on).days
                text = f"Báo cáo {period.label} của {name} đến hạn ngày {due} (còn {left} ngày)."
            else:
                missing.append(name)
                late = (on - period.agency_due).days
                text = (
                    f"Báo cáo {period.label} của {name} đã quá hạn {late} ngày (hạn {due}); đề nghị gửi ngay."
                )
            reminded.add(agency_id)
            for uid in members[(agency_id, Role.REPORTER)] + members[(agency_id, Role.HEAD)]:
                lines[uid].append(text)
        if missing:
            for uid in coordinators:
                lines[uid].append(
                    f"Kỳ {period.label}: {len(missing)} đơn vị chưa gửi báo cáo: {', '.join(missing)}."
                )
    unreachable = sorted(str(snapshot.agencies[pk]) for pk in reminder_unreachable_ids(reminded))
    if unreachable:
        for uid in coordinators:
            lines[uid].append(
                f"Không ai nhận được nhắc việc của {len(unreachable)} đơn vị (chưa có cán bộ báo cáo hoặc "
                f"lãnh đạo có địa chỉ e-mail): {', '.join(unreachable)}."
            )
    return {uid: list(dict.fromkeys(texts)) for uid, texts in lines.items()}


def digest_lines(*, on: dt.date) -> dict[int, list[str]]:
    """The whole digest of `on`: report reminders first, then the sections other apps register (digest.py)."""
    lines: dict[int, list[str]] = defaultdict(list)
    for source in (reminder_lines(on=on), digest_sections_lines(on)):
        for uid, texts in source.items():
            lines[uid] += texts
    return dict(lines)


def reminder_digest_send(*, on: dt.date | None = None) -> int:
    """Send today's digests; a DigestLog row per (user, day) claims the send, so a rerun sends nothing twice."""
    on = on or timezone.localdate()
    digest = digest_lines(on=on)
    users = get_user_model().objects.in_bulk(list(digest))
    sent = 0
    for uid, texts in digest.items():
        user = users.get(uid)
        if user is None or not user.email or not user.is_active:
            continue
        try:
            with transaction.atomic():
                DigestLog.objects.create(user=user, day=on, lines=texts)
                send_mail(
                    subject=f"[TriThuc] Nhắc việc báo cáo ngày {on:%d/%m/%Y}",
                    message=_body(user, texts),
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    recipient_list=[user.email],
                )
        except IntegrityError:
            continue  # already sent today
        sent += 1
    return sent


def _body(user: Any, texts: list[str]) -> str:
    name = user_name(user)
    items = "\n".join(f"- {t}" for t in texts)
    return f"Kính gửi {name},\n\nHệ thống TriThuc xin nhắc:\n{items}\n\nTrân trọng,\nHệ thống TriThuc\n"
