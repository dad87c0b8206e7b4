import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.db import connection
from django.test import override_settings

from trithuc.agencies.services import agencies_seed
from trithuc.core.permissions import SYSTEM
from trithuc.plans.seed import seed_plan_ensure
from trithuc.reporting.models import DigestLog
from trithuc.reporting.services.reminders import reminder_digest_send, reminder_lines
from trithuc.reporting.tasks import reminder_digest_send_task
from trithuc.reporting.tests.factories import accepted_report, annual_period

ROOT = Path(settings.BASE_DIR)


def _with_email(user, address):
    user.email = address
    user.save()
    return user


@pytest.mark.django_db
def test_one_digest_per_person_per_day_with_escalation(
    seed_plan, agencies, reporter_a, head_a, coordinator, reporter_b
):
    period = annual_period(2025)
    for user, address in (
        (reporter_a, "a@snv.vn"),
        (head_a, "gd@snv.vn"),
        (coordinator, "dp@skhcn.vn"),
        (reporter_b, "b@sgd.vn"),
    ):
        _with_email(user, address)
    accepted_report(period, agencies["so-gddt"])
    before = reminder_lines(on=dt.date(2025, 12, 15))
    assert any("còn 2 ngày" in line for line in before[reporter_a.pk])
    assert reporter_b.pk not in before  # its agency already reported
    assert reminder_digest_send(on=dt.date(2026, 1, 5)) >= 3
    assert reminder_digest_send(on=dt.date(2026, 1, 5)) == 0  # a rerun the same day sends nothing
    to_head = [m for m in mail.outbox if m.to == ["gd@snv.vn"]]
    assert len(to_head) == 1 and "quá hạn 19 ngày" in to_head[0].body
    to_coordinator = next(m for m in mail.outbox if m.to == ["dp@skhcn.vn"])
    assert (
        "Sở Nội vụ" in to_coordinator.body
        and "Sở Giáo dục" not in to_coordinator.body.split("chưa gửi báo cáo:")[1]
    )


@pytest.mark.django_db
def test_the_task_runs_inline_in_tests(seed_plan, head_a):
    annual_period(2025)
    _with_email(head_a, "gd@snv.vn")
    result = reminder_digest_send_task.enqueue(day="2026-01-05")
    assert result.return_value == 1
    assert DigestLog.objects.get(user=head_a).day == dt.date(2026, 1, 5)


DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="cần PostgreSQL: tiến trình worker riêng không nhìn thấy CSDL SQLite trong bộ nhớ của phiên kiểm thử",
)
@pytest.mark.django_db(transaction=True)
def test_a_real_worker_process_sends_the_digest_once(tmp_path):
    from django_tasks_db.models import DBTaskResult

    agencies_seed()
    seed_plan_ensure()
    from trithuc.core.tests.factories import membership_user
    from trithuc.reporting.services.periods import reporting_seed

    reporting_seed()
    head = _with_email(membership_user("head", "so-noi-vu"), "gd@snv.vn")
    from trithuc.reporting.services.periods import periods_generate, seed_regime

    periods_generate(actor=SYSTEM, regime=seed_regime(), years=[2025])
    with override_settings(TASKS=DB_TASKS):
        result = reminder_digest_send_task.enqueue(day="2026-01-05")
    db = settings.DATABASES["default"]
    url = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{connection.settings_dict['NAME']}"
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "DJANGO_SETTINGS_MODULE": "trithuc.reporting.tests.worker_settings",
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path),
        "TASKS_BACKEND": "",
    }
    run = subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay", "--no-reload"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    row = DBTaskResult.objects.get(id=result.id)
    assert row.status == "SUCCESSFUL", row.traceback if hasattr(row, "traceback") else row
    assert row.return_value == 1
    assert DigestLog.objects.filter(user=head).count() == 1
    sent = "".join(p.read_text() for p in tmp_path.iterdir())
    assert sent.count("To: gd@snv.vn") == 1 and "quá hạn 19 ngày" in sent


@pytest.mark.django_db
def test_the_greeting_names_the_person_family_name_first(seed_plan, head_a):
    """#17.9: "Kính gửi Dục Phạm Thu Giáo" put the given name first; a name is shown as written."""
    annual_period(2025)
    head_a.last_name, head_a.first_name = "Phạm Thu Giáo", "Dục"
    _with_email(head_a, "gd@snv.vn")
    reminder_digest_send(on=dt.date(2026, 1, 5))
    (message,) = [m for m in mail.outbox if m.to == ["gd@snv.vn"]]
    assert message.body.startswith("Kính gửi Phạm Thu Giáo Dục,")
