"""`trithuc province setup AGENCIES.xlsx [--name …] [--add-to-existing]`: start a province from its agencies."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trithuc.agencies.province_xlsx import province_xlsx_read
from trithuc.agencies.services import ProvinceSetupError, province_setup
from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM


class Command(BaseCommand):
    help = (
        "Thiết lập tỉnh mới từ danh sách cơ quan (.xlsx, lấy mẫu bằng `trithuc province template TỆP.xlsx`): "
        "kiểm tra mọi dòng, có lỗi thì báo đủ các lỗi và không ghi gì."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="tệp .xlsx: trang “Tỉnh” và trang “Cơ quan”")
        parser.add_argument("--name", default="", help="tên tỉnh, thành phố (thay cho trang “Tỉnh”)")
        parser.add_argument("--level", default="", help="cấp: tỉnh hoặc thành phố")
        parser.add_argument("--place", default="", help="địa danh ghi trên văn bản (mặc định: tên tỉnh)")
        parser.add_argument("--department", default="", help="tên Sở điều phối")
        parser.add_argument(
            "--add-to-existing",
            action="store_true",
            help="thêm vào danh sách cơ quan đã có (mặc định: từ chối khi đã có cơ quan)",
        )

    def handle(
        self,
        path: str,
        name: str,
        level: str,
        place: str,
        department: str,
        add_to_existing: bool,
        **options: Any,
    ) -> None:
        try:
            profile, rows = province_xlsx_read(Path(path).read_bytes())
            given = {"name": name, "level": level, "place": place, "department_name": department}
            profile.update({k: v for k, v in given.items() if v})
            result = province_setup(actor=SYSTEM, rows=rows, profile=profile, add_to_existing=add_to_existing)
        except ProvinceSetupError as error:
            for problem in error.errors:
                self.stderr.write(str(problem))
            raise CommandError(f"Chưa tạo gì: danh sách có {len(error.errors)} lỗi.") from error
        except ServiceError as error:
            raise CommandError(error.message) from error
        except OSError as error:
            raise CommandError(f"Không đọc được tệp {path}: {error.strerror or error}.") from error
        self.stdout.write(
            f"Đã thiết lập {result.profile.full_name}: thêm {len(result.created)} cơ quan, "
            f"{result.groups} nhóm cơ quan (địa danh trên văn bản: {result.profile.date_place})."
        )
