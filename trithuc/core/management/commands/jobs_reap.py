"""Mark failed the imports whose worker died (run every few minutes from cron; see docs/deploy.md).

It runs here, not on the worker's queue: a queue whose worker is dead would never run it. Each app registers
its kind of import (core.jobs.import_kind_register)."""

from typing import Any

from django.core.management.base import BaseCommand

from trithuc.core.jobs import import_kinds


class Command(BaseCommand):
    help = "Đánh dấu lỗi các lượt nhập mà tiến trình xử lý đã dừng giữa chừng."

    def handle(self, *args: Any, **options: Any) -> None:
        counts = [f"{kind.label}: {len(kind.reap())}" for kind in import_kinds()]
        self.stdout.write("Lượt nhập bị dừng đã đánh dấu lỗi — " + "; ".join(counts) + ".")
