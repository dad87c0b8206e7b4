import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM
from trithuc.plans.selectors import plan_codes_in_force, plan_in_force_by_code
from trithuc.plans.services.plan_import import plan_import_file


class Command(BaseCommand):
    help = (
        "Nhập một kế hoạch từ tệp .txt, .docx hoặc .pdf (kèm tệp .meta.json nếu có); cùng dịch vụ với trang web. "
        "Không có --amends: kế hoạch mới, trừ khi văn bản sửa đổi một kế hoạch đang hiệu lực (cùng số và cơ quan "
        "ban hành)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--meta",
            type=Path,
            help="tệp JSON bổ sung loại, số, ngày, cơ quan ban hành, trích yếu, mã (code)",
        )
        parser.add_argument(
            "--amends",
            metavar="MÃ",
            help="mã của kế hoạch đang hiệu lực mà văn bản là phiên bản mới, ví dụ kl52",
        )

    def handle(self, *args: Any, file: Path, meta: Path | None, amends: str | None, **options: Any) -> None:
        if not file.is_file():
            raise CommandError(f"Không tìm thấy tệp: {file}")
        try:
            metadata = json.loads(meta.read_text(encoding="utf-8")) if meta else None
        except (OSError, ValueError) as error:
            raise CommandError(f"Không đọc được tệp thông tin {meta}: {error}") from error
        previous = None
        if amends:
            previous = plan_in_force_by_code(amends.strip().lower())
            if previous is None:
                codes = ", ".join(plan_codes_in_force()) or "chưa có kế hoạch nào"
                raise CommandError(
                    f"Không có kế hoạch đang hiệu lực với mã “{amends}”. Các mã đang hiệu lực: {codes}."
                )
        try:
            plan = plan_import_file(actor=SYSTEM, path=file, meta=metadata, amends=previous)
        except ServiceError as error:
            raise CommandError(error.message) from error
        tasks = plan.items.filter(kind="task").count()
        what = (
            f"phiên bản {plan.version} của kế hoạch {plan.code}"
            if plan.version > 1
            else f"kế hoạch {plan.code}"
        )
        self.stdout.write(f"Đã nhập {what} (#{plan.pk}): {plan.items.count()} mục, {tasks} nhiệm vụ.")
