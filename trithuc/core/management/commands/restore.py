from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trithuc.core import audit
from trithuc.core.backup import restore_from
from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM


class Command(BaseCommand):
    help = "Khôi phục từ tệp sao lưu vào một cơ sở dữ liệu mới (đã migrate, chưa có dữ liệu)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)

    def handle(self, *args: Any, file: Path, **options: Any) -> None:
        if not file.is_file():
            raise CommandError(f"Không tìm thấy tệp sao lưu: {file}")
        try:
            manifest = restore_from(file)
        except ServiceError as error:
            raise CommandError(error.message) from error
        audit.record(actor=SYSTEM, action="system.restore", extra={"file": str(file), **manifest})
        self.stdout.write(
            f"Đã khôi phục {manifest['objects']} bản ghi và {manifest['files']} tệp (sao lưu lúc {manifest['created']})."
        )
