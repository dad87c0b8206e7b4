"""Enqueue today's reminders to panel members whose opinion is due soon or late (run daily from cron)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from trithuc.reviews.tasks import reminders_send_task


class Command(BaseCommand):
    help = "Đưa việc nhắc thành viên hội đồng gửi ý kiến vào hàng đợi."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--day", help="ngày nhắc (YYYY-MM-DD), mặc định hôm nay")

    def handle(self, *args: Any, day: str | None = None, **options: Any) -> None:
        result = reminders_send_task.enqueue(day=day)
        self.stdout.write(f"Đã đưa vào hàng đợi: {result.id}")
