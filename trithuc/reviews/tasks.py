"""Background work of reviews: thin wrappers that call one service."""

import datetime as dt

from django_tasks import task

from trithuc.reviews.services import reminders_send


@task()
def reminders_send_task(day: str | None = None) -> int:
    """Enqueued once a day (cron: `manage.py review_reminders`); returns how many reminders went out."""
    return reminders_send(on=dt.date.fromisoformat(day) if day else None)
