"""`manage.py registry_import FILE [--valid-only] [--merge-duplicates]`: the web import without the pages."""

import os
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.core.management.base import BaseCommand, CommandError, CommandParser

from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM
from trithuc.registry.models import RegistryImport
from trithuc.registry.services import person_import


class Command(BaseCommand):
    help = (
        "Nhập danh sách trí thức từ tệp .xlsx/.csv (kiểm tra từng dòng; mặc định: tất cả hoặc không gì cả)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path")
        parser.add_argument("--valid-only", action="store_true", help="chỉ nhập các dòng hợp lệ")
        parser.add_argument(
            "--merge-duplicates", action="store_true", help="gộp các dòng trùng vào hồ sơ đã có"
        )

    def handle(self, path: str, valid_only: bool, merge_duplicates: bool, **options: Any) -> None:
        try:
            with open(path, "rb") as handle:
                upload = UploadedFile(handle, name=os.path.basename(path), size=os.path.getsize(path))
                draft = person_import.registry_import_start(actor=SYSTEM, upload=upload)
            if draft.status != RegistryImport.Status.PREVIEW:
                draft = person_import.registry_import_validate(import_id=draft.pk)
            if draft.status == RegistryImport.Status.FAILED:
                raise CommandError(draft.message)
            for row, column, reason, *name in draft.errors[:20]:
                who = f" ({name[0]})" if name and name[0] else ""
                self.stderr.write(f"dòng {row}{who}, cột {column}: {reason}")
            mode = RegistryImport.Mode.VALID_ONLY if valid_only else RegistryImport.Mode.ALL_OR_NOTHING
            merge = {d["row"] for d in draft.duplicates} if merge_duplicates else set()
            done = person_import.registry_import_confirm(
                actor=SYSTEM, draft=draft, mode=mode, merge=merge, keep=True
            )
        except (ServiceError, OSError) as error:
            raise CommandError(getattr(error, "message", str(error))) from error
        self.stdout.write(
            f"Đã nhập {done.created_rows} người, gộp {done.merged_rows} dòng trùng, {len(draft.errors)} dòng lỗi."
        )
