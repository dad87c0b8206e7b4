"""Background work of reporting: thin wrappers that fetch by id and call one service."""

import datetime as dt

from django_tasks import task

from trithuc.reporting.services.reminders import reminder_digest_send


@task()
def reminder_digest_send_task(day: str | None = None) -> int:
    """Enqueued once a day (cron: `manage.py reporting_reminders`); returns how many digests went out."""
    return reminder_digest_send(on=dt.date.fromisoformat(day) if day else None)
