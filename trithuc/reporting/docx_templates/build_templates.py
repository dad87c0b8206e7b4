"""Builds consolidated_report.docx, the docxtpl template of the Department's report (Decree 30/2020/NĐ-CP,
appendix I: A4, Times New Roman 13-14, margins 20-25 / 15-20 / 30-35 / 15-20 mm).

The .docx is kept in the repository; run this only to change the layout:
    .venv/bin/python -m trithuc.reporting.docx_templates.build_templates
Jinja tags live alone in their runs so docxtpl sees them whole.
"""

from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt
from docx.table import Table

from trithuc.documents.layout import (
    CENTER,
    column_widths,
    data_table,
    decree30_document,
    letterhead,
    rows_unsplit,
    signature_block,
)
from trithuc.documents.layout import para as _para

HERE = Path(__file__).resolve().parent


def _loop_table(
    doc: DocxDocument,
    headers: list[str],
    cells: list[str],
    loop: str,
    widths_mm: Sequence[float],
    footer: list[str] | None = None,
) -> Table:
    """A table whose body row repeats for each item (docxtpl), sized to its content, its header repeated on every
    page and no row split across pages (Decree 30 layout, trithuc.documents.layout)."""
    table = data_table(doc, headers, widths_mm)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.add_row().cells[0].paragraphs[0].add_run(f"{{%tr for {loop} %}}")
    row = table.add_row().cells
    for cell, text in zip(row, cells, strict=True):
        cell.paragraphs[0].add_run(text)
    table.add_row().cells[0].paragraphs[0].add_run("{%tr endfor %}")
    if footer:
        for cell, text in zip(table.add_row().cells, footer, strict=True):
            cell.paragraphs[0].add_run(text).bold = True
    column_widths(table, widths_mm)
    rows_unsplit(table)
    return table


def build() -> Path:
    doc = decree30_document()
    letterhead(
        doc,
        [
            ("{{ d.issuer_parent }}", False, False, 13),
            ("{{ d.issuer }}", True, False, 13),
            ("{{ d.number_text }}", False, False, 13),
        ],
        "{{ d.date_line }}",
    )
    _para(doc, "BÁO CÁO", bold=True, align=CENTER)
    _para(doc, "{{ d.summary }}", bold=True, align=CENTER)
    _para(
        doc,
        "(Kỳ báo cáo {{ d.period_label }}: số liệu từ {{ period_start }} đến {{ period_end }})",
        italic=True,
        align=CENTER,
        size=13,
    )
    _para(
        doc,
        "Thực hiện {{ d.plan_title }}, trên cơ sở báo cáo của các cơ quan, đơn vị, "
        "{{ d.reporter }} báo cáo kết quả thực hiện {{ d.period_phrase }} như sau:",
    )
    _para(doc, "I. KẾT QUẢ THỰC HIỆN", bold=True)
    _para(doc, "1. Tình hình báo cáo của các cơ quan, đơn vị", bold=True)
    _para(
        doc,
        "Có {{ expected }} cơ quan, đơn vị phải báo cáo; {{ sent }} đơn vị đã gửi báo cáo "
        "({{ on_time }} đúng hạn, {{ late }} trễ hạn); {{ missing }} đơn vị chưa gửi.",
    )
    _para(doc, "{%p if missing_names %}", indent=False)
    _para(doc, "Các đơn vị chưa gửi báo cáo: {{ missing_names }}.")
    _para(doc, "{%p endif %}", indent=False)
    _para(doc, "{%p if d.overview %}", indent=False)
    _para(doc, "{{ d.overview }}")
    _para(doc, "{%p endif %}", indent=False)
    _para(doc, "2. Kết quả thực hiện các nhiệm vụ của Kế hoạch", bold=True)
    _para(doc, "{%p for s in d.sections %}", indent=False)
    _para(doc, "{{ s.heading }}", bold=True)
    _para(doc, "{%p for t in s.tasks %}", indent=False)
    _para(doc, "- {{ t.ref }}: {{ t.text }} (tình trạng: {{ t.status }}).")
    _para(doc, "{%p for line in t.results %}", indent=False)
    _para(doc, "+ {{ line }}", italic=True)
    _para(doc, "{%p endfor %}", indent=False)
    _para(doc, "{%p endfor %}", indent=False)
    _para(doc, "{%p endfor %}", indent=False)
    _para(doc, "3. Tình trạng thực hiện nhiệm vụ (theo cách phân loại của Văn phòng Chính phủ)", bold=True)
    _loop_table(
        doc,
        ["Tình trạng", "Số nhiệm vụ"],
        ["{{ c.0 }}", "{{ c.1 }}"],
        "c in d.status_counts",
        [110, 55],
        footer=["Tổng số", "{{ d.total_tasks }}"],
    )
    _para(
        doc, "Tỷ lệ nhiệm vụ quá hạn: {{ overdue_text }} ({{ d.overdue }}/{{ d.due }} nhiệm vụ đã đến hạn)."
    )
    _para(doc, "4. Kết quả các chỉ tiêu (chi tiết tại Phụ lục kèm theo)", bold=True)
    _loop_table(
        doc,
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Kết quả", "Phân tổ"],
        ["{{ i.n }}", "{{ i.name }}", "{{ i.unit }}", "{{ i.total }}", "{{ i.breakdown }}"],
        "i in indicators",
        [14, 66, 22, 25, 38],
    )
    _para(doc, "{%p if registry %}", indent=False)
    _para(doc, "5. Đội ngũ trí thức (theo Cơ sở dữ liệu trí thức của tỉnh)", bold=True)
    _para(doc, "{%p for line in registry %}", indent=False)
    _para(doc, "- {{ line }}")
    _para(doc, "{%p endfor %}", indent=False)
    _para(doc, "{%p endif %}", indent=False)
    _para(doc, "II. KHÓ KHĂN, VƯỚNG MẮC", bold=True)
    _para(doc, "{%p if d.narrative_difficulties %}", indent=False)
    _para(doc, "{{ d.narrative_difficulties }}")
    _para(doc, "{%p endif %}", indent=False)
    _para(doc, "{%p for x in d.difficulties %}", indent=False)
    _para(doc, "- {{ x.agency }}: {{ x.text }}")
    _para(doc, "{%p endfor %}", indent=False)
    _para(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ", bold=True)
    _para(doc, "{%p if d.narrative_proposals %}", indent=False)
    _para(doc, "{{ d.narrative_proposals }}")
    _para(doc, "{%p endif %}", indent=False)
    _para(doc, "{%p for x in d.proposals %}", indent=False)
    _para(doc, "- {{ x.agency }}: {{ x.text }}")
    _para(doc, "{%p endfor %}", indent=False)
    _para(doc, "{{ d.reporter }} kính báo cáo {{ d.final_recipient }} xem xét, chỉ đạo./.")

    left = signature_block(
        doc,
        [
            ("{{ d.signer_title }}", True, False, 14),
            ("{{ d.signer_position }}", True, False, 14),
            ("", False, False, 14),
            ("", False, False, 14),
            ("", False, False, 14),
            ("{{ d.signer_name }}", True, False, 14),
        ],
    )
    _para(left, "{%p for r in d.recipients %}", indent=False)
    left.add_paragraph().add_run("- {{ r }}").font.size = Pt(11)
    _para(left, "{%p endfor %}", indent=False)
    out = HERE / "consolidated_report.docx"
    doc.save(str(out))
    return out


if __name__ == "__main__":
    print(build())
