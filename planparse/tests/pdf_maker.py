"""Real PDFs laid out like a Vietnamese administrative document, made with fpdf2 and the DejaVu fonts.

The layout is written line by line (our own word wrap), so a test knows where each line breaks: a two-column
letterhead, centred title, paragraphs with a first-line indent, wrapped numbered items, a word hyphenated at a
line end (a soft hyphen "\u00ad" in the source marks where it may break), ruled tables with a header row,
a page number at the top of every page after the first and a running footer on every page.
"""

from __future__ import annotations

import re
from pathlib import Path

from fpdf import FPDF

FONTS = Path("/usr/share/fonts/truetype/dejavu")
REGULAR, BOLD = FONTS / "DejaVuSerif.ttf", FONTS / "DejaVuSerif-Bold.ttf"
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
SOFT_HYPHEN = "\u00ad"


def fonts_available() -> bool:
    return REGULAR.exists() and BOLD.exists()


class PlanPdf(FPDF):
    """An A4 page, 12 pt serif text, 6.5 mm line pitch, 20 mm left and 15 mm right margins."""

    def __init__(self, footer_text: str | None = None, page_numbers: bool = True, size: float = 12) -> None:
        super().__init__(format="A4")
        self.footer_text = footer_text
        self.page_numbers = page_numbers
        self.size = size
        self.pitch = size * 0.55  # mm
        self.set_margins(20, 20, 15)
        self.set_auto_page_break(True, margin=20)  # tables break pages themselves; text lines check _room
        self.add_font("Serif", fname=str(REGULAR))
        self.add_font("Serif", style="B", fname=str(BOLD))
        self.set_font("Serif", size=size)
        self.add_page()

    def header(self) -> None:
        if self.page_numbers and self.page_no() > 1:
            self.set_font("Serif", size=11)
            self.set_xy(self.l_margin, 9)
            self.cell(self.epw, 5, str(self.page_no()), align="C")
        self.set_xy(self.l_margin, 20)

    def footer(self) -> None:
        if self.footer_text:
            self.set_font("Serif", size=9)
            self.set_xy(self.l_margin, self.h - 12)
            self.cell(self.epw, 4, f"{self.footer_text} - trang {self.page_no()}", align="C")

    # ---- blocks ----------------------------------------------------------------------------------------

    def letterhead(
        self, issuer: list[str], number: str, place_date: str, right_first: bool = False, subject: str = ""
    ) -> None:
        """The two-column letterhead: issuer over the number (left), motto over place and date (right).
        `right_first` writes the right column first in the file, as some editors store it; a letter's
        `subject` ("V/v …") is wrapped under the number."""
        top, left_w, right_x = self.y, 70.0, self.l_margin + 75.0
        right_w = self.w - self.r_margin - right_x
        self.set_font("Serif", style="B", size=self.size)
        blocks = [(issuer, self.l_margin, left_w), (list(MOTTO), right_x, right_w)]
        for texts, x, width in reversed(blocks) if right_first else blocks:
            for i, text in enumerate(texts):
                self._centred(text, x, width, top + i * self.pitch)
        rule_y = top + max(len(issuer), 2) * self.pitch + 1
        self.line(self.l_margin + 20, rule_y, self.l_margin + left_w - 20, rule_y)
        self.line(right_x + 25, rule_y, right_x + right_w - 25, rule_y)
        self.set_font("Serif", size=self.size)
        row = rule_y + 4
        cells = [(number, self.l_margin, left_w), (place_date, right_x, right_w)]
        for text, x, width in reversed(cells) if right_first else cells:
            self._centred(text, x, width, row)
        self.set_font("Serif", size=self.size - 1)
        lines = self.wrap(subject, left_w, left_w) if subject else []
        for i, text in enumerate(lines):
            self._centred(text, self.l_margin, left_w, row + (i + 1) * self.pitch)
        self.set_font("Serif", size=self.size)
        self.set_y(row + (len(lines) + 2) * self.pitch)

    def centred_lines(self, lines: list[str]) -> None:
        self.set_font("Serif", style="B", size=self.size + 1)
        for text in lines:
            self._room()
            self._centred(text, self.l_margin, self.epw, self.y)
            self.set_y(self.y + self.pitch)
        self.set_y(self.y + self.pitch / 2)

    def paragraph(self, text: str, indent: float = 10.0, bold: bool = False) -> None:
        """Left-aligned lines wrapped at the right margin, the first one indented."""
        self.set_font("Serif", style="B" if bold else "", size=self.size)
        for i, line in enumerate(self.wrap(text, self.epw - indent, self.epw)):
            self._room()
            self.text(self.l_margin + (indent if i == 0 else 0.0), self.y + self.pitch * 0.75, line)
            self.set_y(self.y + self.pitch)

    # ---- helpers -------------------------------------------------------------------------------------

    def wrap(self, text: str, first: float, rest: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            width = first if not lines else rest
            candidate = f"{current} {word}" if current else word
            if self.get_string_width(candidate.replace(SOFT_HYPHEN, "")) <= width:
                current = candidate
                continue
            if SOFT_HYPHEN in word:  # break the word at its soft hyphen if the head fits
                head, tail = word.split(SOFT_HYPHEN, 1)
                head = head if head.endswith("-") else head + "-"  # "NĐ-" breaks at its own hyphen
                with_head = f"{current} {head}" if current else head
                if self.get_string_width(with_head.replace(SOFT_HYPHEN, "")) <= width:
                    lines.append(with_head.replace(SOFT_HYPHEN, ""))
                    current = tail
                    continue
            lines.append(current.replace(SOFT_HYPHEN, ""))
            current = word
        if current:
            lines.append(current.replace(SOFT_HYPHEN, ""))
        return lines

    def closing(self, recipients: str, signature: str) -> None:
        """ "Nơi nhận" (left, one recipient a line) beside the signature block (right, centred)."""
        self.set_font("Serif", size=self.size - 2)
        items = re.split(r"\s+(?=- )", recipients)
        left = [line for item in items for line in self.wrap(item, 80, 80)]
        right = signature.replace(" KT.", "\nKT.").replace(" PHÓ", "\nPHÓ").split("\n")
        self._room((len(left) + 1) * self.pitch)
        top = self.y
        self.set_font("Serif", size=self.size - 2)
        for i, text in enumerate(left):
            self.text(self.l_margin, top + (i + 0.75) * self.pitch, text)
        self.set_font("Serif", style="B", size=self.size)
        right_x = self.l_margin + 90.0
        for i, text in enumerate(right):
            gap = 4 if i == len(right) - 1 and len(right) > 1 else 0  # room for the signature
            self._centred(text, right_x, self.w - self.r_margin - right_x, top + (i + gap) * self.pitch)
        self.set_y(top + (max(len(left), len(right) + 4) + 1) * self.pitch)

    def _centred(self, text: str, x: float, width: float, y: float) -> None:
        self.text(x + (width - self.get_string_width(text)) / 2, y + self.pitch * 0.75, text)

    def _room(self, needed: float = 0.0) -> None:
        if self.y + max(needed, self.pitch) > self.h - 20:
            self.add_page()


def plan_pdf(paragraphs: list[str], *, size: float = 12, footer: str | None = None) -> bytes:
    """A plan's paragraphs (corpus .txt lines) laid out as a PDF: letterhead cells, centred title, indented
    body paragraphs, "Nơi nhận" beside the signature, appendix rows as ruled tables."""
    pdf = PlanPdf(footer_text=footer, size=size)
    i = 0
    head = paragraphs[:4]
    if len(head) == 4 and head[2].startswith("Số") and "ngày" in head[3]:
        issuer, _motto, number, place_date = head
        pdf.letterhead(_halves(issuer), number, place_date)
        i = 4
    in_title = True
    table: list[list[str]] = []
    rest = paragraphs[i:]
    for k, text in enumerate(rest):
        upper = text.upper() == text and len(text) < 250
        if " | " in text or (table and upper):
            table.append(text.split(" | "))
            continue
        if table:
            ruled_table(pdf, table)
            table = []
        if text.startswith("Nơi nhận") and k + 1 < len(rest):
            pdf.closing(text, rest[k + 1])
            continue
        if k and rest[k - 1].startswith("Nơi nhận"):
            continue
        if text.startswith("PHỤ LỤC"):
            pdf.add_page()  # an appendix starts on a new page
            in_title = True
        if upper and in_title:
            pdf.centred_lines(pdf.wrap(text, pdf.epw - 20, pdf.epw - 20))
        else:
            in_title = in_title and upper
            pdf.paragraph(text, bold=upper)
    if table:
        ruled_table(pdf, table)
    return bytes(pdf.output())


def _halves(issuer: str) -> list[str]:
    """ "ỦY BAN NHÂN DÂN TỈNH X" written on two lines as in the letterhead."""
    words = issuer.split()
    return [" ".join(words[:4]), " ".join(words[4:])] if len(words) > 4 else [issuer]


def ruled_table(pdf: PlanPdf, rows: list[list[str]], repeat_header: bool = False) -> None:
    """Rows of " | " cells as a ruled table; a row with one cell (a group heading) spans the whole width.
    With `repeat_header` the first row is repeated at the top of each page the table runs onto."""
    columns = max(len(r) for r in rows)
    if columns == 1:
        for r in rows:
            pdf.paragraph(r[0])
        return
    rest = pdf.epw - 12.0
    widths = (
        (12.0, rest) if columns == 2 else (12.0, rest * 0.4, *[rest * 0.6 / (columns - 2)] * (columns - 2))
    )
    pdf.set_font("Serif", size=pdf.size - 1)
    with pdf.table(
        col_widths=widths, text_align="LEFT", line_height=pdf.pitch, first_row_as_headings=repeat_header
    ) as table:
        for values in rows:
            row = table.row()
            if len(values) == 1:
                row.cell(values[0], colspan=columns)
                continue
            for value in values + [""] * (columns - len(values)):
                row.cell(value)
    pdf.set_y(pdf.y + pdf.pitch / 2)
