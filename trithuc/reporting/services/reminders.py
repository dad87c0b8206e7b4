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

from trithuc.agencies.models import Agency
from trithuc.core.models import Membership
from trithuc.core.text import user_name
from trithuc.reporting.digest import digest_sections_lines
from trithuc.reporting.models import DigestLog
from trithuc.reporting.selectors import CHASE_FOR_DAYS, reminder_unreachable_ids, reports_owed

REMIND_BEFORE_DAYS = 5
Role = Membership.Role


def reminder_lines(*, on: dt.date) -> dict[int, list[str]]:
    """user id → the lines of that user's digest for `on` (pure read; sending is separate), across every plan
    in force: each line names the plan, since an agency may owe several plans a report the same week. The
    coordinators told of missing reports are those of the plan's coordinating agency (any, when it names none)."""
    lines: dict[int, list[str]] = defaultdict(list)
    members = defaultdict(list)
    for m in Membership.objects.filter(role__in=[Role.REPORTER, Role.HEAD, Role.COORDINATOR]):
        members[(m.agency_id, m.role)].append(m.user_id)
    coordinators = {agency: ids for (agency, role), ids in members.items() if role == Role.COORDINATOR}
    all_coordinators = [uid for ids in coordinators.values() for uid in ids]
    missing: dict[tuple[Any, Any], list[str]] = defaultdict(list)
    reminded: set[int] = set()  # agencies something was to be said to, to name those it reaches nobody in
    for owed in reports_owed(on=on, due_within=REMIND_BEFORE_DAYS, chase_days=CHASE_FOR_DAYS):
        period, name, report = owed.period, str(owed.agency), owed.report
        what = f"Báo cáo {period.label} ({owed.plan.code}) của {name}"
        due = f"{period.agency_due:%d/%m/%Y}"
        if owed.state == "returned" and report is not None:
            text = f"{what} bị trả lại: {report.return_reason} Hãy sửa và gửi lại."
        elif owed.state in ("expected", "draft"):
            left = (period.agency_due - on).days
            text = f"{what} đến hạn ngày {due} (còn {left} ngày)."
        else:
            missing[(owed.plan, period)].append(name)
            late = (on - period.agency_due).days
            text = f"{what} đã quá hạn {late} ngày (hạn {due}); đề nghị gửi ngay."
        reminded.add(owed.agency.pk)
        for uid in members[(owed.agency.pk, Role.REPORTER)] + members[(owed.agency.pk, Role.HEAD)]:
            lines[uid].append(text)
    for (plan, period), names in missing.items():
        if plan.coordinator_id is not None:
            told = coordinators.get(plan.coordinator_id, [])
        else:
            told = all_coordinators
        for uid in told:
            lines[uid].append(
                f"Kỳ {period.label} ({plan.code}): {len(names)} đơn vị chưa gửi báo cáo: {', '.join(sorted(names))}."
            )
    unreachable_ids = reminder_unreachable_ids(reminded)
    unreachable = sorted(str(a) for a in Agency.objects.filter(pk__in=unreachable_ids))
    if unreachable:
        for uid in all_coordinators:
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
