"""The Decree 30 layout in the document's XML (issue 15, documents): the rules under the titles, the header
columns sized so each title fits a line, data tables with sized columns, a repeated header row and rows that do
not split, and a signature block that stays whole with the paragraph before it. Where LibreOffice is installed,
the document is also rendered to PDF and its pages are read."""

import io
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from planparse.tests.marks import needs_soffice
from trithuc.documents.layout import (
    HEAD_WIDTHS_MM,
    data_table,
    decree30_document,
    letterhead,
    para,
    recipient,
    rows_unsplit,
    signature_block,
)

ISSUER = [
    ("ỦY BAN NHÂN DÂN TỈNH THỬ", False, False, 13),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", True, False, 13),
    ("Số: 12/BC-SKHCN", False, False, 13),
]
SIGNER = [
    ("KT. GIÁM ĐỐC", True, False, 14),
    ("PHÓ GIÁM ĐỐC", True, False, 14),
    ("", False, False, 14),
    ("Nguyễn Văn An", True, False, 14),
]


def _sample(rows: int = 60) -> bytes:
    doc = decree30_document()
    letterhead(doc, ISSUER, "Thành phố Thử, ngày 05 tháng 12 năm 2026")
    para(doc, "BÁO CÁO", bold=True)
    table = data_table(doc, ["STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", "Lũy kế"], [15, 80, 24, 22, 24])
    for n in range(1, rows + 1):
        cells = table.add_row().cells
        for target, text in zip(
            cells,
            [
                str(n),
                f"Số trí thức trẻ được thu hút về làm việc tại tỉnh, nhóm {n}",
                "người",
                str(n * 3),
                str(n * 7),
            ],
            strict=True,
        ):
            target.paragraphs[0].add_run(text)
    rows_unsplit(table)
    for n in range(12):
        para(
            doc, f"Đoạn nội dung số {n} của báo cáo, đủ dài để trang cuối có chữ ký nằm sát cuối trang. " * 3
        )
    recipients = signature_block(doc, SIGNER)
    recipient(recipients, "Như trên;")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _tables(data: bytes):
    return Document(io.BytesIO(data)).tables


def _rules(cell) -> list:
    return [
        p
        for p in cell._tc.iter(qn("w:p"))
        if p.find(f"{qn('w:pPr')}/{qn('w:pBdr')}/{qn('w:bottom')}") is not None
    ]


def test_letterhead_has_the_two_rules_and_sized_columns():
    head = _tables(_sample(3))[0]
    left, right = head.rows[0].cells
    assert len(_rules(left)) == 1 and len(_rules(right)) == 1
    texts = [p.text for p in left.paragraphs]
    rule_at = next(i for i, p in enumerate(left.paragraphs) if p._p in _rules(left))
    assert texts[rule_at - 1] == "SỞ KHOA HỌC VÀ CÔNG NGHỆ" and texts[rule_at + 1].startswith("Số:")
    widths = [int(c.get(qn("w:w"))) for c in head._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert widths == [Mm(w).twips for w in HEAD_WIDTHS_MM] and widths[1] > widths[0]
    assert head._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"


def test_data_tables_size_columns_repeat_the_header_and_keep_rows_whole():
    table = _tables(_sample(3))[1]
    widths = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert widths[1] == max(widths) and widths[0] == min(widths)
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in table.rows)


def test_the_signature_block_keeps_together_with_the_paragraph_before_it():
    doc = Document(io.BytesIO(_sample(3)))
    sign = doc.tables[-1]
    assert sign.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    assert doc.paragraphs[-1].paragraph_format.keep_with_next  # the last body paragraph travels with it
    assert all(p.paragraph_format.keep_with_next for p in sign.rows[0].cells[1].paragraphs)


def _pdf_pages(data: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "mau.docx"
        source.write_bytes(data)
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{tmp}/profile",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                tmp,
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(Path(tmp) / "mau.pdf"))
        return [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]


@needs_soffice
def test_rendered_by_libreoffice_titles_fit_and_the_signature_is_on_the_last_page():
    pages = _pdf_pages(_sample(60))
    assert len(pages) >= 3
    first_lines = [line.strip() for line in pages[0].splitlines()]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first_lines  # the national title on one line
    assert any(line.startswith("Thành phố Thử, ngày 05 tháng 12 năm 2026") for line in first_lines)
    assert "STT" in pages[1] and "Chỉ tiêu" in pages[1]  # the header row repeated on the next page
    assert "Nơi nhận:" in pages[-1] and "PHÓ GIÁM ĐỐC" in pages[-1] and "Nguyễn Văn An" in pages[-1]
    assert all("PHÓ GIÁM ĐỐC" not in page for page in pages[:-1])
