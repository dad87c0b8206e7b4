"""`trithuc report consolidated --period KỲ [--plan MÃ] --out FILE.docx [--issue]`: a plan's consolidated report
and its annex. Without --plan: the one plan whose regime has that period (a clear error lists the plans when
several do)."""

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM
from trithuc.reporting.selectors import period_resolve
from trithuc.reporting.services.consolidated import consolidated_report_generate


class Command(BaseCommand):
    help = "Tạo báo cáo tổng hợp (.docx) và phụ lục số liệu (.xlsx) của một kế hoạch cho một kỳ báo cáo."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--period",
            required=True,
            help="kỳ báo cáo: năm (2025), quý (2025-Q2), nửa năm (2025-H1) hoặc tháng (2025-06)",
        )
        parser.add_argument("--plan", help="mã kế hoạch, ví dụ kl52; bỏ trống khi chỉ một kế hoạch có kỳ này")
        parser.add_argument("--out", required=True, help="tệp .docx cần ghi; phụ lục .xlsx ghi bên cạnh")
        parser.add_argument(
            "--issue", action="store_true", help="ban hành: lấy số tiếp theo trong sổ đăng ký"
        )

    def handle(
        self, *args: Any, period: str, out: str, issue: bool, plan: str | None = None, **options: Any
    ) -> None:
        target = Path(out)
        if target.suffix.lower() != ".docx":
            raise CommandError("Tệp ra phải có đuôi .docx.")
        try:
            found = period_resolve(str(period), plan_code=plan)
            report = consolidated_report_generate(actor=SYSTEM, period=found, issue=issue)
        except ServiceError as error:
            raise CommandError(error.message) from error
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(report.docx.read())
        target.with_suffix(".xlsx").write_bytes(report.xlsx.read())
        kind = f"đã ban hành số {report.number_text}" if issue else "bản dự thảo (chưa lấy số)"
        self.stdout.write(
            f"Đã ghi {target} và {target.with_suffix('.xlsx')} ({found.regime.plan_code}, {found.label}): {kind}."
        )
