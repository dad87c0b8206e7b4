"""The Decree 30/2020/NĐ-CP layout (appendix I) that every document TriThuc writes shares: A4, Times New Roman
14, margins 20 / 20 / 30 / 15 mm, the letterhead with the national motto and the place-and-date line, and the
recipients and signature block. The consolidated report's template, the Union's conclusion and the Department's
Tờ trình are all built from these pieces.
"""

from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph

CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
TEXT_WIDTH_MM = 165  # A4 less the 30 mm and 15 mm side margins
# The letterhead's columns as a clerk's template sizes them: the issuer narrow, the national title wide enough
# that "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (13 pt bold) and the place-and-date line each fit on one line.
HEAD_WIDTHS_MM = (65, 100)
SIGN_WIDTHS_MM = (80, 85)
# One line of a centred letterhead or signature column: (text, bold, italic, size in points).
Line = tuple[str, bool, bool, int]


def decree30_document() -> DocxDocument:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    return doc


def para(
    container: "DocxDocument | _Cell",
    text: str = "",
    *,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    size: float | None = None,
    indent: bool = True,
) -> Paragraph:
    p = container.add_paragraph()
    if align is not None:
        p.alignment = align
    if indent and align is None:
        p.paragraph_format.first_line_indent = Mm(10)
        p.alignment = JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    return p


def no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def cell(target: _Cell, lines: list[Line]) -> None:
    """A table cell holding only the given centred lines (python-docx starts a cell with an empty paragraph)."""
    target.paragraphs[0]._p.getparent().remove(target.paragraphs[0]._p)
    for text, bold, italic, size in lines:
        p = para(target, text, bold=bold, italic=italic, align=CENTER, size=size)
        p.paragraph_format.space_after = Pt(0)


def column_widths(table: Table, widths_mm: Sequence[float]) -> None:
    """Fixed column widths (Word and LibreOffice both honour the grid, the cell widths and a fixed layout)."""
    table.autofit = False  # python-docx writes <w:tblLayout w:type="fixed"/>
    for grid_col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm, strict=True):
        grid_col.set(qn("w:w"), str(int(Mm(width).twips)))
    for row in table.rows:
        for target, width in zip(row.cells, widths_mm, strict=True):
            target.width = Mm(width)


def rule_under(target: _Cell, length_mm: float, column_mm: float) -> None:
    """The short solid rule under the national motto and under the issuing body's name (Decree 30, appendix I):
    a bottom border on an empty paragraph indented so that the line is `length_mm` long and centred."""
    p = target.add_paragraph()
    side = Mm(max(column_mm - length_mm, 0) / 2)
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = side
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(2)
    p_pr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    p_pr.append(borders)


def header_row_repeat(row: _Row) -> None:
    """The row is repeated at the top of every page the table runs onto."""
    row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def rows_unsplit(table: Table) -> None:
    """No row breaks across a page: a row moves whole to the next page."""
    for row in table.rows:
        tr_pr = row._tr.get_or_add_trPr()
        if tr_pr.find(qn("w:cantSplit")) is None:
            tr_pr.append(OxmlElement("w:cantSplit"))


def data_table(container: "DocxDocument | _Cell", headers: list[str], widths_mm: Sequence[float]) -> Table:
    """A bordered table of figures or tasks: columns sized to their content, the header row bold and repeated
    on each page, rows kept whole."""
    table = container.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for target, text in zip(table.rows[0].cells, headers, strict=True):
        target.paragraphs[0].add_run(text).bold = True
        target.paragraphs[0].alignment = CENTER
    header_row_repeat(table.rows[0])
    column_widths(table, widths_mm)
    return table


def letterhead(doc: DocxDocument, issuer_lines: list[Line], date_line: str) -> None:
    """The issuer (with its number) on the left, the national motto and the place-and-date line on the right,
    each title with its short rule beneath."""
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    left, right = head.rows[0].cells
    # The rule goes under the issuing body's name (its bold line); the number and "V/v" follow it.
    split = max((i + 1 for i, line in enumerate(issuer_lines) if line[1]), default=len(issuer_lines))
    cell(left, issuer_lines[:split])
    rule_under(left, 20, HEAD_WIDTHS_MM[0])
    for line in issuer_lines[split:]:
        cell_line(left, line)
    cell(
        right,
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 13),
            ("Độc lập - Tự do - Hạnh phúc", True, False, 14),
        ],
    )
    rule_under(right, 60, HEAD_WIDTHS_MM[1])
    cell_line(right, (date_line, False, True, 14))
    column_widths(head, HEAD_WIDTHS_MM)
    rows_unsplit(head)


def cell_line(target: _Cell, line: Line) -> None:
    text, bold, italic, size = line
    p = para(target, text, bold=bold, italic=italic, align=CENTER, size=size)
    p.paragraph_format.space_before = Pt(6)


def keep_with_next(paragraph: Paragraph) -> None:
    """The paragraph stays on the page of what follows it (the last paragraph with the signature block)."""
    paragraph.paragraph_format.keep_with_next = True


def signature_block(doc: DocxDocument, signer_lines: list[Line]) -> _Cell:
    """The signer on the right; returns the left cell, headed "Nơi nhận:", for the recipients. The block never
    splits across pages and the paragraph before it travels with it."""
    if doc.paragraphs:
        keep_with_next(doc.paragraphs[-1])
    sign = doc.add_table(rows=1, cols=2)
    no_borders(sign)
    recipients: _Cell = sign.rows[0].cells[0]
    recipients.paragraphs[0]._p.getparent().remove(recipients.paragraphs[0]._p)
    run = recipients.add_paragraph().add_run("Nơi nhận:")
    run.bold, run.italic, run.font.size = True, True, Pt(12)
    cell(sign.rows[0].cells[1], signer_lines)
    for p in sign.rows[0].cells[1].paragraphs:
        keep_with_next(p)
    column_widths(sign, SIGN_WIDTHS_MM)
    rows_unsplit(sign)
    return recipients


def recipient(recipients: _Cell, text: str) -> None:
    recipients.add_paragraph().add_run(f"- {text}").font.size = Pt(11)
