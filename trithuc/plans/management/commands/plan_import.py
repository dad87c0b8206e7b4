import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM
from trithuc.plans.services.plan_import import plan_import_file


class Command(BaseCommand):
    help = "Nhập một kế hoạch từ tệp .txt, .docx hoặc .pdf (kèm tệp .meta.json nếu có); cùng dịch vụ với trang web."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--meta", type=Path, help="tệp JSON bổ sung loại, số, ngày, cơ quan ban hành, trích yếu"
        )

    def handle(self, *args, file: Path, meta: Path | None, **options):
        if not file.is_file():
            raise CommandError(f"Không tìm thấy tệp: {file}")
        try:
            metadata = json.loads(meta.read_text(encoding="utf-8")) if meta else None
        except (OSError, ValueError) as error:
            raise CommandError(f"Không đọc được tệp thông tin {meta}: {error}") from error
        try:
            plan = plan_import_file(actor=SYSTEM, path=file, meta=metadata)
        except ServiceError as error:
            raise CommandError(error.message) from error
        tasks = plan.items.filter(kind="task").count()
        version = f", phiên bản {plan.version}" if plan.version > 1 else ""
        self.stdout.write(
            f"Đã nhập kế hoạch #{plan.pk}{version}: {plan.items.count()} mục, {tasks} nhiệm vụ."
        )
