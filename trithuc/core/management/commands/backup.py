import datetime as dt
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from trithuc.core import audit
from trithuc.core.backup import backup_create
from trithuc.core.permissions import SYSTEM


class Command(BaseCommand):
    help = "Sao lưu toàn bộ dữ liệu (mọi bảng) và tệp tải lên vào một tệp .tar.gz."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--out",
            type=Path,
            default=None,
            help="tệp đích (mặc định var/backups/trithuc-<thời điểm>.tar.gz)",
        )

    def handle(self, *args: Any, out: Path | None, **options: Any) -> None:
        out = out or Path("var/backups") / f"trithuc-{dt.datetime.now():%Y%m%d-%H%M%S}.tar.gz"
        out.parent.mkdir(parents=True, exist_ok=True)
        manifest = backup_create(out)
        audit.record(actor=SYSTEM, action="system.backup", extra={"file": str(out), **manifest})
        self.stdout.write(f"Đã sao lưu {manifest['objects']} bản ghi và {manifest['files']} tệp vào {out}")
