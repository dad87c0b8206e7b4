"""Round 96 (bench/metamorphic.py's `pdf` and `word_pdf`: a plan printed to PDF in justified text): the wrap may put
an item's marker at a line's start ("… khóa" / "XI. Giải quyết …", "nhiệm kỳ 2025" / "- 2030, …"); the line before
fills the text block to its right edge, so the paragraph goes on, where a heading or an item's last line stops short.
Made-up justified pages (fpdf2, pt units, each word placed, so a test knows where lines break and end), each positive
test failing without the rule."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from planparse import parse_plan, read_text
from planparse.tests.pdf_maker import REGULAR, fonts_available

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")

LEFT, RIGHT, SIZE, PITCH, INDENT = 72.0, 523.0, 13.0, 19.0, 36.0

FILLER = (
    "Các đơn vị chủ động rà soát nội dung, phân công cán bộ theo dõi, tổng hợp kết quả thực hiện và báo cáo định kỳ "
    "theo yêu cầu của cơ quan thường trực, bảo đảm đúng tiến độ và chất lượng, kịp thời đề xuất tháo gỡ khó khăn, "
    "vướng mắc phát sinh trong quá trình tổ chức thực hiện kế hoạch trên địa bàn tỉnh."
)


class _Page:
    """A page of justified text: every line of a paragraph but its last spread to the right margin."""

    def __init__(self, justified: bool = True) -> None:
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.add_font("Serif", fname=str(REGULAR))
        self.pdf.set_font("Serif", size=SIZE)
        self.pdf.add_page()
        self.y = 80.0
        self.justified = justified

    def width(self, text: str) -> float:
        return float(self.pdf.get_string_width(text))

    def line(self, text: str, x: float, full: bool, spread: bool = False) -> None:
        """`text` at `x`; a `full` line of justified text (or one `spread` on any page) spread to the margin."""
        words = text.split()
        if not (full and self.justified or spread) or len(words) < 2:
            self.pdf.text(x, self.y, text)
        else:
            gap = (RIGHT - x - sum(self.width(w) for w in words)) / (len(words) - 1)
            for word in words:
                self.pdf.text(x, self.y, word)
                x += self.width(word) + gap
        self.y += PITCH

    def fill(self, head: str, words: list[str], last: str, x: float) -> str:
        """A line from `x` that opens with `head`, takes `words` while `last` still fits after them, ends in `last`:
        as full as a wrap leaves it, its break before the next line chosen by the test."""
        text = head
        for word in words:
            if x + self.width(f"{text} {word} {last}") > RIGHT:
                break
            text = f"{text} {word}"
        return f"{text} {last}"

    def paragraph(self, text: str, x: float = LEFT + INDENT) -> None:
        """`text` wrapped greedily, its first line indented, each line but the last justified."""
        lines: list[str] = []
        current = ""
        for word in text.split():
            start = x if not lines else LEFT
            candidate = f"{current} {word}" if current else word
            if start + self.width(candidate) <= RIGHT:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
        for i, text_line in enumerate(lines):
            self.line(text_line, x if i == 0 else LEFT, full=i < len(lines) - 1)

    def data(self) -> bytes:
        return bytes(self.pdf.output())


def _page(justified: bool = True) -> _Page:
    page = _Page(justified)
    page.paragraph(FILLER)
    page.paragraph("I. NHIỆM VỤ")
    page.paragraph("1. Mục tiêu")
    return page


REST = "Giải quyết hồ sơ người có công còn tồn đọng trong năm 2028."


def _roman_at_wrap(page: _Page) -> str:
    """ "a) …" whose full first line ends in "khóa", the next line opening "XI. Giải quyết …" at the left margin."""
    first = page.fill("a)", FILLER.split(), "khóa", LEFT + INDENT)
    page.line(first, LEFT + INDENT, full=True, spread=True)
    page.line(f"XI. {REST}", LEFT, full=False)
    page.paragraph("b) Sở Tài chính bố trí kinh phí thực hiện kế hoạch.")
    page.paragraph(FILLER)
    return f"{first} XI. {REST}"


def _full_line_over(head: str, last: str, rest: str, at: float = LEFT) -> tuple[str, list[str]]:
    """A page whose item opens with `head` on a full line ending in `last`, the next line `rest` at `at`: that full
    line and the lines the reader reads from the page."""
    page = _page()
    first = page.fill(head, FILLER.split(), last, LEFT + INDENT)
    page.line(first, LEFT + INDENT, full=True)
    page.line(rest, at, full=False)
    page.paragraph(FILLER)
    return first, read_text(page.data(), "pdf").split("\n")


def test_a_full_line_goes_on_over_a_roman_number_the_wrap_put_first() -> None:
    """ "a) … khóa" (full) over "XI. Giải quyết …" at the margin: one item a), no section XI."""
    page = _page()
    joined = _roman_at_wrap(page)
    lines = read_text(page.data(), "pdf").split("\n")
    assert joined in lines, lines
    refs = [it.ref for it in parse_plan("\n".join(lines)).items]
    assert refs[:4] == ["I", "I.1", "I.1.a", "I.1.b"], refs  # before: "XI" an item of its own


def test_a_full_line_goes_on_over_a_dash_the_wrap_put_first() -> None:
    """ "… nhiệm kỳ 2025" (full) over "- 2030, khẩn trương …": one item, the dash no bullet."""
    rest = "- 2030, khẩn trương xây dựng chương trình, kế hoạch và các đề án trọng điểm của tỉnh."
    first, lines = _full_line_over("2.", "nhiệm kỳ 2025", rest)
    assert f"{first} {rest}" in lines, lines


def test_a_full_line_that_ends_a_clause_stops() -> None:
    """A full line ending in ";" before "- Sở Tài chính …" at the margin: two items, as before."""
    first, lines = _full_line_over("- Sở Nội vụ", "thực hiện;", "- Sở Tài chính bố trí kinh phí.")
    assert first in lines and "- Sở Tài chính bố trí kinh phí." in lines, lines


def test_a_marker_under_a_hanging_indent_stays_an_item() -> None:
    """The next line deeper in than the margin and than where the paragraph wrapped (a sub-item) starts anew."""
    _first, lines = _full_line_over("a)", "khóa", f"XI. {REST}", at=LEFT + 2 * INDENT)
    assert f"XI. {REST}" in lines, lines


def test_ragged_text_keeps_its_reading() -> None:
    """Left-aligned text, its lines ending anywhere in the last two em: one line that happens to reach the margin
    is no proof of a wrap, the marker starts a line of its own as before."""
    page = _page(justified=False)
    _roman_at_wrap(page)
    lines = read_text(page.data(), "pdf").split("\n")
    assert f"XI. {REST}" in lines, lines


def test_a_dash_the_wrap_put_first_keeps_its_space_after_a_hyphen() -> None:
    """ "… (PO43-" (full) over "- P), …": joined as "PO43- - P)", the dash a word of its own, not the rest of a word
    broken at its hyphen ("PO43-- P)")."""
    rest = "- P), độ kiềm (CaCO3) quan trắc với tần suất 2 lần/tháng."
    first, lines = _full_line_over("+ Các thông số:", "Phosphat (PO43-", rest)
    assert f"{first} {rest}" in lines, lines
