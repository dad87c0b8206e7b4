"""Pure renderers of the consolidated report: ConsolidatedReportData in, bytes out."""

import io
from pathlib import Path
from typing import Any

from docxtpl import DocxTemplate
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from trithuc.core.spreadsheets import workbook_bytes
from trithuc.reporting.consolidated import ConsolidatedReportData
from trithuc.reporting.indicators import fmt

TEMPLATE = Path(__file__).resolve().parent.parent / "docx_templates" / "consolidated_report.docx"
STATE_LABELS = {
    "on_time": "Đúng hạn",
    "late": "Trễ hạn",
    "missing": "Chưa gửi",
    "draft": "Đang soạn",
    "expected": "Chưa đến hạn",
}


def registry_lines(summary: Any) -> list[str]:
    if summary is None:
        return []
    lines = [
        f"Tổng số trí thức trong cơ sở dữ liệu đến ngày {summary.as_of:%d/%m/%Y}: {fmt(summary.total)} người; "
        f"trong đó nữ {fmt(summary.female)}, người dân tộc thiểu số {fmt(summary.ethnic_minority)}, "
        f"trí thức trẻ {fmt(summary.young)}.",
        f"Trí thức trẻ, nữ, người dân tộc thiểu số: {fmt(summary.young_female_minority)}; đang ở nước ngoài: "
        f"{fmt(summary.abroad)}; được thu hút trong năm: {fmt(summary.attracted_in_year)}.",
    ]
    for title, counts in (("Theo trình độ", summary.by_degree), ("Theo học hàm", summary.by_title)):
        if counts:
            lines.append(f"{title}: " + ", ".join(f"{k} {fmt(v)}" for k, v in counts.items()) + ".")
    return lines


def _context(data: ConsolidatedReportData) -> dict[str, Any]:
    sent = data.count("on_time") + data.count("late")
    percent = data.overdue_percent
    return {
        "d": data,
        "period_start": f"{data.period_start:%d/%m/%Y}",
        "period_end": f"{data.period_end:%d/%m/%Y}",
        "expected": len(data.agencies),
        "sent": sent,
        "on_time": data.count("on_time"),
        "late": data.count("late"),
        "missing": len(data.agencies) - sent,
        "missing_names": ", ".join(a.name for a in data.agencies if a.state not in ("on_time", "late")),
        "overdue_text": "chưa có nhiệm vụ đến hạn" if percent is None else f"{fmt(percent)}%",
        "indicators": [
            {"n": n, "name": i.name, "unit": i.unit, "total": fmt(i.total), "breakdown": i.breakdown_text}
            for n, i in enumerate(data.indicators, start=1)
        ],
        "registry": registry_lines(data.registry),
    }


def render_consolidated_docx(data: ConsolidatedReportData) -> bytes:
    """The Department's report to the Province in the layout of Decree 30/2020/NĐ-CP."""
    template = DocxTemplate(TEMPLATE)
    template.render(_context(data), autoescape=True)
    out = io.BytesIO()
    template.save(out)
    return out.getvalue()


def _sheet(wb: Workbook, title: str, headers: list[str], rows: list[list[Any]], widths: list[int]) -> None:
    ws = wb.create_sheet(title)
    ws.append(headers)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for row in rows:
        ws.append(row)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"


def render_indicator_annex_xlsx(data: ConsolidatedReportData) -> bytes:
    """The annex: indicator totals with breakdowns, task status counts and who reported when."""
    wb = Workbook()
    wb.remove(wb.active)
    rows = []
    for n, i in enumerate(data.indicators, start=1):
        rows.append([n, i.code, i.name, i.unit, i.aggregation, float(i.total), i.agencies, ""])
        for b in i.breakdowns:
            for label, value in b.parts:
                rows.append(
                    ["", i.code, f"   {b.dimension}: {label}", i.unit, "", float(value), "", "phân tổ"]
                )
    _sheet(
        wb,
        "Chỉ tiêu",
        ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Cách tổng hợp", "Kết quả", "Số đơn vị báo cáo", "Ghi chú"],
        rows,
        [6, 24, 60, 14, 18, 14, 12, 10],
    )
    status_rows = [[label, count] for label, count in data.status_counts] + [["Tổng số", data.total_tasks]]
    status_rows.append(
        ["Tỷ lệ quá hạn (%)", data.overdue_percent if data.overdue_percent is not None else ""]
    )
    _sheet(wb, "Tình trạng nhiệm vụ", ["Tình trạng", "Số nhiệm vụ"], status_rows, [40, 14])
    agency_rows = [
        [a.name, STATE_LABELS.get(a.state, a.state), f"{a.submitted_on:%d/%m/%Y}" if a.submitted_on else ""]
        for a in data.agencies
    ]
    _sheet(wb, "Đơn vị báo cáo", ["Cơ quan, đơn vị", "Tình trạng", "Ngày gửi"], agency_rows, [50, 18, 14])
    ws = wb["Chỉ tiêu"]
    ws.insert_rows(1, 2)
    ws["A1"] = f"PHỤ LỤC SỐ LIỆU KÈM THEO BÁO CÁO {data.number_text.upper()} – {data.period_label.upper()}"
    ws["A1"].font = Font(bold=True)
    ws["A2"] = data.date_line
    ws.freeze_panes = "A4"
    return workbook_bytes(wb)
