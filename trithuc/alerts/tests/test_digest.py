"""The early warnings' section of the daily digest: the coordinator hears of every plan it coordinates (and of
plans that name no coordinating agency), an agency of its own tasks; the e-mail carries them."""

import datetime as dt

from django.core import mail

from trithuc.alerts.digest import alert_digest_lines
from trithuc.alerts.tests.conftest import deadline_set, lead_of, progress_add
from trithuc.core.tests.factories import membership_user
from trithuc.reporting.services.reminders import digest_lines, reminder_digest_send

ON = dt.date(2026, 11, 2)


def test_coordinator_and_agencies_get_their_warnings(seed_plan, second_plan, coordinator):
    due = deadline_set(seed_plan, "II.2.a", ON + dt.timedelta(days=5))
    stalled = deadline_set(second_plan, "II.2", dt.date(2027, 3, 31))
    reporter = membership_user("reporter", lead_of(due).code)
    na_head = membership_user("head", lead_of(stalled).code)

    lines = alert_digest_lines(ON)

    coordinator_text = "\n".join(lines[coordinator.pk])
    assert "[kl52] 1 nhiệm vụ đến hạn trong 14 ngày chưa có tiến độ: II.2.a." in coordinator_text
    assert "[na1026]" in coordinator_text  # the second plan names no coordinating agency: every coordinator
    assert "ở mọi kế hoạch" in coordinator_text  # the silent agencies
    assert any(
        line.startswith("[kl52] Nhiệm vụ II.2.a đến hạn ngày 07/11/2026") for line in lines[reporter.pk]
    )
    assert any("[na1026] Nhiệm vụ II.2 chưa có cập nhật tiến độ nào" in line for line in lines[na_head.pk])


def test_progress_clears_the_warning_from_the_digest(seed_plan, second_plan, coordinator):
    due = deadline_set(seed_plan, "II.2.a", ON + dt.timedelta(days=5))
    progress_add(due, lead_of(due), ON - dt.timedelta(days=1))
    assert not any("II.2.a" in line for line in alert_digest_lines(ON).get(coordinator.pk, []))


def test_the_daily_e_mail_carries_the_warnings(seed_plan, coordinator):
    deadline_set(seed_plan, "II.2.a", ON + dt.timedelta(days=5))
    coordinator.email = "dp@skhcn.vn"
    coordinator.save()
    assert any("II.2.a" in line for line in digest_lines(on=ON)[coordinator.pk])
    assert reminder_digest_send(on=ON) >= 1
    (message,) = [m for m in mail.outbox if m.to == ["dp@skhcn.vn"]]
    assert "[kl52] 1 nhiệm vụ đến hạn trong 14 ngày chưa có tiến độ: II.2.a." in message.body
