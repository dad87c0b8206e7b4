"""Remove the files of imports that ended more than IMPORT_FILES_KEEP_DAYS ago (run daily from cron)."""

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from trithuc.core.jobs import import_kinds


class Command(BaseCommand):
    help = "Xóa tệp tải lên và tệp tạm của các lượt nhập đã kết thúc quá số ngày quy định."

    def handle(self, *args: Any, **options: Any) -> None:
        before = timezone.now() - dt.timedelta(days=settings.IMPORT_FILES_KEEP_DAYS)
        counts = [f"{kind.label}: {kind.purge(before)}" for kind in import_kinds()]
        self.stdout.write("Đã xóa tệp của các lượt nhập đã kết thúc — " + "; ".join(counts) + ".")
