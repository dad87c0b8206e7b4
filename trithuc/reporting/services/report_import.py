"""Read a filled report form (.xlsx) back: every cell checked, errors by sheet and cell, nothing saved unless
the whole file is right (the save itself is one transaction)."""

import datetime as dt
import io
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from openpyxl.utils import get_column_letter
from python_calamine import CalamineWorkbook

from trithuc.core.actors import Actor
from trithuc.core.errors import ServiceError
from trithuc.core.uploads import XlsxLimits, xlsx_check
from trithuc.reporting.exports.report_xlsx import (
    BREAKDOWN_COLUMNS,
    SHEET_INDICATORS,
    SHEET_INFO,
    SHEET_TASKS,
    SHEET_TEXT,
    STATUS_LABELS,
)
from trithuc.reporting.indicators import fmt, parse_number, validate_value
from trithuc.reporting.models import AgencyReport
from trithuc.reporting.selectors import IndicatorLine, report_form
from trithuc.reporting.services.reports import IndicatorInput, ReportInput, TaskInput, report_save

MAX_BYTES = 5 * 1024 * 1024
# A report form has one row per task and indicator: far below the registry's limits (issue 16, High 3).
LIMITS = XlsxLimits(
    max_rows=5_000, max_columns=50, max_cells=200_000, max_uncompressed_bytes=100 * 1024 * 1024
)
MAX_SHOWN = 15


class ExcelImportError(ServiceError):
    """All the problems of a file at once, each as (sheet, cell, reason)."""

    def __init__(self, errors: list[tuple[str, str, str]]) -> None:
        self.errors = errors
        shown = [f"Trang “{s}”, ô {c}: {r}" for s, c, r in errors[:MAX_SHOWN]]
        more = f" … và {len(errors) - MAX_SHOWN} lỗi khác" if len(errors) > MAX_SHOWN else ""
        super().__init__("Tệp chưa được nhập vì có lỗi. " + "; ".join(shown) + more + ".", field="upload")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"“{text}” không phải là ngày (dd/mm/yyyy)")


def _sheet(book: CalamineWorkbook, name: str, errors: list[tuple[str, str, str]]) -> list[list[Any]]:
    if name not in book.sheet_names:
        errors.append((name, "—", "thiếu trang này; hãy dùng đúng tệp mẫu tải từ hệ thống"))
        return []
    return book.get_sheet_by_name(name).to_python(skip_empty_area=False)


def report_xlsx_parse(report: AgencyReport, content: bytes) -> ReportInput:
    """The file as a ReportInput, or ExcelImportError listing every bad cell."""
    xlsx_check(content, limits=LIMITS)  # before calamine sees the file
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    except Exception as error:  # calamine raises its own error types for every kind of broken file
        raise ServiceError(
            "Không đọc được tệp: hãy tải lên tệp .xlsx của mẫu báo cáo.", field="upload"
        ) from error
    errors: list[tuple[str, str, str]] = []
    info = _sheet(book, SHEET_INFO, errors)
    version = 0
    if info:
        ids = {_text(row[0]): row[1] if len(row) > 1 else None for row in info if row}
        if _text(ids.get("Mã báo cáo")) != str(report.pk):
            errors.append((SHEET_INFO, "B1", "tệp là mẫu của một báo cáo khác"))
        try:
            version = int(float(ids.get("Phiên bản") or 0))
        except (TypeError, ValueError):
            errors.append((SHEET_INFO, "B2", "phiên bản không hợp lệ"))
    form = report_form(report)
    tasks = _tasks(_sheet(book, SHEET_TASKS, errors), {line.item.ref: line for line in form.tasks}, errors)
    indicators = _indicators(
        _sheet(book, SHEET_INDICATORS, errors), {i.indicator.code: i for i in form.indicators}, errors
    )
    text = _sheet(book, SHEET_TEXT, errors)
    if errors:
        raise ExcelImportError(errors)

    def cell(r: int, c: int) -> str:
        return _text(text[r][c]) if len(text) > r and len(text[r]) > c else ""

    return ReportInput(
        version=version,
        difficulties=cell(0, 1),
        proposals=cell(1, 1),
        implementation=report.implementation,
        implementation_document=report.implementation_document,
        tasks=tasks,
        indicators=indicators,
    )


def _tasks(
    rows: list[list[Any]], lines: dict[str, Any], errors: list[tuple[str, str, str]]
) -> dict[int, TaskInput]:
    result: dict[int, TaskInput] = {}
    today = dt.date.today()
    for number, row in enumerate(rows[1:], start=2):
        row = list(row) + [None] * (7 - len(row))
        ref = _text(row[0])
        if not ref and not any(_text(v) for v in row[3:7]):
            continue
        line = lines.get(ref)
        if line is None or not line.editable:
            reason = (
                "không thuộc phần việc của đơn vị" if line is None else "được báo cáo qua các mục ở phần III"
            )
            errors.append((SHEET_TASKS, f"A{number}", f"nhiệm vụ “{ref}” {reason}"))
            continue
        label, status = _text(row[3]), ""
        if label:
            status = STATUS_LABELS.get(label, "")
            if not status:
                errors.append(
                    (
                        SHEET_TASKS,
                        f"D{number}",
                        f"tình trạng “{label}” không hợp lệ; chọn “Đang thực hiện” hoặc “Đã hoàn thành”",
                    )
                )
        try:
            completed_on = _date(row[4])
        except ValueError as error:
            errors.append((SHEET_TASKS, f"E{number}", str(error)))
            completed_on = None
        result_text = _text(row[5])
        if status and not result_text:
            errors.append((SHEET_TASKS, f"F{number}", "hãy nêu kết quả thực hiện"))
        if status == "completed" and completed_on is None and not any(e[1] == f"E{number}" for e in errors):
            errors.append((SHEET_TASKS, f"E{number}", "nhiệm vụ đã hoàn thành cần có ngày hoàn thành"))
        if completed_on and completed_on > today:
            errors.append((SHEET_TASKS, f"E{number}", "ngày hoàn thành không được sau hôm nay"))
        result[line.item.pk] = TaskInput(status, result_text, completed_on, _text(row[6]))
    return result


def _indicators(
    rows: list[list[Any]], lines: dict[str, IndicatorLine], errors: list[tuple[str, str, str]]
) -> dict[str, IndicatorInput]:
    result: dict[str, IndicatorInput] = {}
    columns = {
        f"{dim}:{code}": get_column_letter(5 + i) for i, (dim, code, _) in enumerate(BREAKDOWN_COLUMNS)
    }
    for number, row in enumerate(rows[1:], start=2):
        row = list(row) + [None] * (4 + len(BREAKDOWN_COLUMNS) - len(row))
        code = _text(row[0])
        if not code:
            continue
        line = lines.get(code)
        if line is None:
            errors.append((SHEET_INDICATORS, f"A{number}", f"không có chỉ tiêu mã “{code}”"))
            continue
        if line.source:
            _event_figure_check(line, row, number, errors)
            continue
        indicator = line.indicator
        parsed: dict[str, Any] = {}
        for key, column, raw in [("", "D", row[3])] + [
            (f"{dim}:{cat}", columns[f"{dim}:{cat}"], row[4 + i])
            for i, (dim, cat, _) in enumerate(BREAKDOWN_COLUMNS)
        ]:
            try:
                parsed[key] = parse_number(raw)
            except ValueError as error:
                errors.append((SHEET_INDICATORS, f"{column}{number}", str(error)))
                parsed[key] = None
            if key and parsed[key] is not None and key.split(":")[0] not in indicator.breakdowns:
                errors.append(
                    (
                        SHEET_INDICATORS,
                        f"{column}{number}",
                        "chỉ tiêu này không phân tổ theo cột này; để trống",
                    )
                )
        breakdown = {
            dim: {cat: parsed[f"{dim}:{cat}"] for d, cat, _ in BREAKDOWN_COLUMNS if d == dim}
            for dim in indicator.breakdowns
        }
        for where, reason in validate_value(
            unit=indicator.unit, breakdowns=indicator.breakdowns, value=parsed[""], breakdown=breakdown
        ):
            cell = columns.get(where, "D") if ":" in where and not where.endswith(":") else "D"
            if where.endswith(":"):
                dim = where[:-1]
                first = next(c for d, c, _ in BREAKDOWN_COLUMNS if d == dim)
                cell = columns[f"{dim}:{first}"]
            errors.append((SHEET_INDICATORS, f"{cell}{number}", reason))
        result[code] = IndicatorInput(parsed[""], breakdown)
    return result


def _event_figure_check(
    line: IndicatorLine, row: list[Any], number: int, errors: list[tuple[str, str, str]]
) -> None:
    """A figure computed from events is in the file to be read, never typed: each cell must stay as the events
    give it (or be left blank). Any other number refuses the file, like every bad cell, rather than being
    dropped in silence while the upload reports success. The saved figure is always the events' own."""
    cells = [("D", row[3], line.value)] + [
        (get_column_letter(5 + i), row[4 + i], line.breakdown.get(dim, {}).get(cat))
        for i, (dim, cat, _) in enumerate(BREAKDOWN_COLUMNS)
    ]
    for column, raw, expected in cells:
        try:
            typed = parse_number(raw)
        except ValueError:
            typed = raw  # not even a number: differs from the figure
        if typed is None or (expected is not None and typed == Decimal(str(expected))):
            continue
        kept = f"giữ số {fmt(expected)}" if expected is not None else "để trống"
        errors.append(
            (
                SHEET_INDICATORS,
                f"{column}{number}",
                f"chỉ tiêu “{line.indicator.name}” được tính từ các sự kiện đã ghi ({line.source}), không nhập tay "
                f"được; hãy {kept} như các sự kiện cho, và ghi thêm hoặc sửa sự kiện ở mục “Sự kiện”",
            )
        )


def report_xlsx_import(*, actor: Actor, report: AgencyReport, upload: UploadedFile[bytes]) -> AgencyReport:
    """Parse the whole file first; save through report_save (permission, version check, one transaction)."""
    if upload.size and upload.size > MAX_BYTES:
        raise ServiceError("Tệp vượt quá 5 MB.", field="upload")
    if not (upload.name or "").lower().endswith(".xlsx"):
        raise ServiceError("Hãy tải lên tệp .xlsx của mẫu báo cáo.", field="upload")
    data = report_xlsx_parse(report, upload.read())
    return report_save(actor=actor, report=report, data=data, via="file")
