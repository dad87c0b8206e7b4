"""The agency's report form as .xlsx, pre-filled with its tasks and indicators, to fill in offline."""

from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from trithuc.core.spreadsheets import workbook_bytes
from trithuc.plans.models import ProgressUpdate
from trithuc.reporting.indicators import DIMENSIONS
from trithuc.reporting.selectors import ReportForm

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
SHEET_INFO, SHEET_TASKS, SHEET_INDICATORS, SHEET_TEXT = (
    "Thông tin",
    "Nhiệm vụ",
    "Chỉ tiêu",
    "Khó khăn - Kiến nghị",
)
TASK_HEADERS = [
    "Mã nhiệm vụ",
    "Nội dung nhiệm vụ",
    "Vai trò",
    "Tình trạng",
    "Ngày hoàn thành (dd/mm/yyyy)",
    "Kết quả thực hiện",
    "Minh chứng (số, ngày văn bản)",
]
STATUS_LABELS = {str(label): value for value, label in ProgressUpdate.Status.choices}
BREAKDOWN_COLUMNS = [(dim, code, label) for dim, (_, cats) in DIMENSIONS.items() for code, label in cats]
INDICATOR_HEADERS = ["Mã chỉ tiêu", "Chỉ tiêu", "Đơn vị tính", "Tổng số"] + [
    label for _, _, label in BREAKDOWN_COLUMNS
]
GREY = PatternFill("solid", fgColor="DDDDDD")
INPUT = PatternFill("solid", fgColor="FFF9DB")


def _header(ws: Any, headers: list[str], widths: list[int]) -> None:
    ws.append(headers)
    for index, cell in enumerate(ws[1], start=1):
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(index)].width = widths[min(index, len(widths)) - 1]
    ws.freeze_panes = "A2"


def render_report_form_xlsx(form: ReportForm) -> bytes:
    report = form.report
    wb = Workbook()
    info = wb.active
    info.title = SHEET_INFO
    for row in (
        ("Mã báo cáo", report.pk),
        ("Phiên bản", report.version),
        ("Kỳ báo cáo", report.period.label),
        ("Đơn vị", report.agency.name),
        ("Lưu ý", "Không sửa trang này. Điền các ô màu vàng ở các trang sau rồi tải tệp lên."),
    ):
        info.append(row)
    info.column_dimensions["A"].width, info.column_dimensions["B"].width = 18, 70

    tasks = wb.create_sheet(SHEET_TASKS)
    _header(tasks, TASK_HEADERS, [12, 60, 12, 18, 16, 60, 30])
    status = DataValidation(type="list", formula1='"' + ",".join(STATUS_LABELS) + '"', allow_blank=True)
    tasks.add_data_validation(status)
    for line in (line for line in form.tasks if line.editable):
        label = dict(ProgressUpdate.Status.choices).get(line.status, "")
        tasks.append(
            [
                line.item.ref,
                line.item.text,
                "Chủ trì" if line.is_lead else "Phối hợp",
                str(label),
                line.completed_on,
                line.result,
                line.evidence_note,
            ]
        )
        row = tasks.max_row
        tasks.cell(row, 5).number_format = "DD/MM/YYYY"
        for col in (4, 5, 6, 7):
            tasks.cell(row, col).fill = INPUT
        tasks.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    status.add(f"D2:D{max(tasks.max_row, 2)}")

    sheet = wb.create_sheet(SHEET_INDICATORS)
    _header(sheet, INDICATOR_HEADERS, [24, 50, 14, 12, 10])
    for indicator_line in form.indicators:
        ind = indicator_line.indicator
        values = [indicator_line.breakdown.get(dim, {}).get(code) for dim, code, _ in BREAKDOWN_COLUMNS]
        # A figure computed from events is shown, greyed, with where it comes from: it is read, never typed.
        name = f"{ind.name} ({indicator_line.source}; không nhập tay)" if indicator_line.source else ind.name
        sheet.append([ind.code, name, ind.unit, _number(indicator_line.value), *(_number(v) for v in values)])
        row = sheet.max_row
        sheet.cell(row, 4).fill = GREY if indicator_line.source else INPUT
        for offset, (dim, _code, _label) in enumerate(BREAKDOWN_COLUMNS, start=5):
            sheet.cell(row, offset).fill = (
                INPUT if dim in ind.breakdowns and not indicator_line.source else GREY
            )

    text = wb.create_sheet(SHEET_TEXT)
    text.append(["Khó khăn, vướng mắc", report.difficulties])
    text.append(["Đề xuất, kiến nghị", report.proposals])
    text.column_dimensions["A"].width, text.column_dimensions["B"].width = 24, 100
    return workbook_bytes(wb)


def _number(value: Any) -> float | None:
    if value in (None, ""):
        return None
    number = float(value)
    return int(number) if number.is_integer() else number
