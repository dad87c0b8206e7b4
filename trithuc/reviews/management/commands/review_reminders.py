"""Enqueue today's reminders to panel members whose opinion is due soon or late (run daily from cron)."""

from django.core.management.base import BaseCommand

from trithuc.reviews.tasks import reminders_send_task


class Command(BaseCommand):
    help = "Đưa việc nhắc thành viên hội đồng gửi ý kiến vào hàng đợi."

    def add_arguments(self, parser):
        parser.add_argument("--day", help="ngày nhắc (YYYY-MM-DD), mặc định hôm nay")

    def handle(self, *args, day=None, **options):
        result = reminders_send_task.enqueue(day=day)
        self.stdout.write(f"Đã đưa vào hàng đợi: {result.id}")
