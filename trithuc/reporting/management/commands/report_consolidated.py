"""`trithuc report consolidated --period YEAR --out FILE.docx [--issue]`: the Department's report and its annex."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from trithuc.core.errors import ServiceError
from trithuc.core.permissions import SYSTEM
from trithuc.reporting.selectors import period_for_year
from trithuc.reporting.services.consolidated import consolidated_report_generate


class Command(BaseCommand):
    help = "Tạo báo cáo tổng hợp của Sở KH&CN (.docx) và phụ lục số liệu (.xlsx) cho một kỳ báo cáo năm."

    def add_arguments(self, parser):
        parser.add_argument("--period", type=int, required=True, help="năm của kỳ báo cáo, ví dụ 2025")
        parser.add_argument("--out", required=True, help="tệp .docx cần ghi; phụ lục .xlsx ghi bên cạnh")
        parser.add_argument(
            "--issue", action="store_true", help="ban hành: lấy số tiếp theo trong sổ đăng ký"
        )

    def handle(self, *args, period: int, out: str, issue: bool, **options):
        target = Path(out)
        if target.suffix.lower() != ".docx":
            raise CommandError("Tệp ra phải có đuôi .docx.")
        found = period_for_year(period)
        if found is None:
            raise CommandError(f"Không có kỳ báo cáo năm {period}.")
        try:
            report = consolidated_report_generate(actor=SYSTEM, period=found, issue=issue)
        except ServiceError as error:
            raise CommandError(error.message) from error
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(report.docx.read())
        target.with_suffix(".xlsx").write_bytes(report.xlsx.read())
        kind = f"đã ban hành số {report.number_text}" if issue else "bản dự thảo (chưa lấy số)"
        self.stdout.write(f"Đã ghi {target} và {target.with_suffix('.xlsx')}: {kind}.")
