"""`trithuc province template OUT.xlsx`: the empty workbook `trithuc province setup` reads."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trithuc.agencies.province_xlsx import province_template_xlsx


class Command(BaseCommand):
    help = "Ghi tệp mẫu danh sách cơ quan (.xlsx) để thiết lập tỉnh mới."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="tệp .xlsx sẽ ghi")

    def handle(self, path: str, **options: Any) -> None:
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            raise CommandError("Tệp mẫu phải có đuôi .xlsx.")
        try:
            target.write_bytes(province_template_xlsx())
        except OSError as error:
            raise CommandError(f"Không ghi được {path}: {error.strerror or error}.") from error
        self.stdout.write(
            f"Đã ghi tệp mẫu {path}: điền trang “Tỉnh” và trang “Cơ quan”, rồi chạy "
            f"`trithuc province setup {path}`."
        )
