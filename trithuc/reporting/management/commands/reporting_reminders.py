"""Enqueue today's reminder digests (run daily from cron; `make worker` sends them)."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from trithuc.reporting.tasks import reminder_digest_send_task


class Command(BaseCommand):
    help = "Đưa việc gửi thư nhắc báo cáo hằng ngày vào hàng đợi."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--day", help="ngày nhắc (YYYY-MM-DD), mặc định hôm nay")

    def handle(self, *args: Any, day: str | None = None, **options: Any) -> None:
        result = reminder_digest_send_task.enqueue(day=day)
        self.stdout.write(f"Đã đưa vào hàng đợi: {result.id}")
