import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

import planparse
from trithuc.core.errors import ServiceError
from trithuc.plans.services.plan_import import plan_import_text


class Command(BaseCommand):
    help = "Nhập một kế hoạch từ tệp .txt, .docx hoặc .pdf (kèm tệp .meta.json nếu có)."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--meta", type=Path, help="tệp JSON bổ sung số, ngày, cơ quan ban hành")

    def handle(self, *args, file: Path, meta: Path | None, **options):
        try:
            text = planparse.read_text(file.read_bytes(), file.suffix.lstrip(".").lower())
            metadata = json.loads(meta.read_text(encoding="utf-8")) if meta else None
            plan = plan_import_text(actor=None, text=text, meta=metadata)
        except FileNotFoundError as error:
            raise CommandError(f"Không tìm thấy tệp: {error.filename}") from error
        except planparse.ReadError as error:
            raise CommandError(error.message) from error
        except ServiceError as error:
            raise CommandError(error.message) from error
        tasks = plan.items.filter(kind="task").count()
        self.stdout.write(f"Đã nhập kế hoạch #{plan.pk}: {plan.items.count()} mục, {tasks} nhiệm vụ.")
