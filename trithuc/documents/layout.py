"""The Decree 30/2020/NĐ-CP layout (appendix I) that every document TriThuc writes shares: A4, Times New Roman
14, margins 20 / 20 / 30 / 15 mm, the letterhead with the national motto and the place-and-date line, and the
recipients and signature block. The consolidated report's template, the Union's conclusion and the Department's
Tờ trình are all built from these pieces.
"""

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

CENTER, JUSTIFY = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY
# One line of a centred letterhead or signature column: (text, bold, italic, size in points).
Line = tuple[str, bool, bool, int]


def decree30_document():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Times New Roman", Pt(14)
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    return doc


def para(container, text="", *, bold=False, italic=False, align=None, size=None, indent=True):
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


def no_borders(table):
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    table._tbl.tblPr.append(borders)


def cell(target, lines: list[Line]):
    """A table cell holding only the given centred lines (python-docx starts a cell with an empty paragraph)."""
    target.paragraphs[0]._p.getparent().remove(target.paragraphs[0]._p)
    for text, bold, italic, size in lines:
        para(target, text, bold=bold, italic=italic, align=CENTER, size=size)


def letterhead(doc, issuer_lines: list[Line], date_line: str) -> None:
    """The issuer (with its number) on the left, the national motto and the place-and-date line on the right."""
    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    cell(head.rows[0].cells[0], issuer_lines)
    cell(
        head.rows[0].cells[1],
        [
            ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 13),
            ("Độc lập - Tự do - Hạnh phúc", True, False, 14),
            (date_line, False, True, 14),
        ],
    )


def signature_block(doc, signer_lines: list[Line]):
    """The signer on the right; returns the left cell, headed "Nơi nhận:", for the recipients."""
    sign = doc.add_table(rows=1, cols=2)
    no_borders(sign)
    recipients = sign.rows[0].cells[0]
    recipients.paragraphs[0]._p.getparent().remove(recipients.paragraphs[0]._p)
    run = recipients.add_paragraph().add_run("Nơi nhận:")
    run.bold, run.italic, run.font.size = True, True, Pt(12)
    cell(sign.rows[0].cells[1], signer_lines)
    return recipients


def recipient(recipients, text: str) -> None:
    recipients.add_paragraph().add_run(f"- {text}").font.size = Pt(11)
