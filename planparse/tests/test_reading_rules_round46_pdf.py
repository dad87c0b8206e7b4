"""Round 46 (set 44, released): reading a PDF's Word bullets, three-digit item numbers and a title at a page's top.

Real PDFs laid out here with fpdf2 (pt units, our own greedy wrap, so a test knows where lines break): Word keeps
its second-level bullet as the letter "o" (Courier New) set apart by a tab, its Symbol bullets as glyphs of the
private use area; a register numbered past 99; a paragraph cut by a page break before an appendix title.
"""

from __future__ import annotations

import pytest
from fpdf import FPDF

from planparse import read_text
from planparse.tests.pdf_maker import REGULAR, fonts_available

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")

LEFT, RIGHT, SIZE, PITCH = 72.0, 523.0, 13.0, 19.0


class _Page:
    def __init__(self) -> None:
        self.pdf = FPDF(unit="pt", format="A4")
        self.pdf.add_font("Serif", fname=str(REGULAR))
        self.pdf.set_font("Serif", size=SIZE)
        self.pdf.add_page()
        self.y = 80.0

    def line(self, text: str, x: float = LEFT) -> None:
        if self.y > 780:
            self.new_page()
        self.pdf.text(x, self.y, text)
        self.y += PITCH

    def new_page(self) -> None:
        self.pdf.add_page()
        self.y = 80.0

    def wrap(self, text: str, first_x: float, rest_x: float) -> list[str]:
        """`text` wrapped greedily between its start and the right margin."""
        words, lines, current = text.split(), [], ""
        for word in words:
            x = first_x if not lines else rest_x
            candidate = f"{current} {word}" if current else word
            if x + self.pdf.get_string_width(candidate) <= RIGHT:
                current = candidate
            else:
                lines.append(current)
                current = word
        lines.append(current)
        return lines

    def wrapped(
        self, text: str, first_x: float, rest_x: float, marker: str = "", marker_x: float = LEFT
    ) -> None:
        """`text` wrapped greedily (`wrap`); `marker` drawn alone at `marker_x`."""
        lines = self.wrap(text, first_x, rest_x)
        if marker:
            self.pdf.text(marker_x, self.y, marker)
        for i, text_line in enumerate(lines):
            self.line(text_line, first_x if i == 0 else rest_x)

    def data(self) -> bytes:
        return bytes(self.pdf.output())


FILLER = (
    "Các đơn vị chủ động rà soát nội dung, phân công cán bộ theo dõi, tổng hợp kết quả thực hiện và báo cáo "
    "định kỳ theo yêu cầu của cơ quan thường trực, bảo đảm đúng tiến độ và chất lượng."
)


def test_word_o_bullets_take_their_wrapped_lines() -> None:
    """An "o" alone before a tab is Word's bullet: its item reads as one bullet line "• …" with the lines wrapped
    under its text (before: "o Mỗi đội …" and "công tác tại trường." apart, the item no bullet)."""
    page = _Page()
    page.wrapped(FILLER, LEFT + 36, LEFT)
    page.line("1. Yêu cầu cụ thể:", LEFT + 18)
    first = (
        "Mỗi đội thi không quá 05 học sinh và 01 giáo viên hướng dẫn đang công tác tại trường, đăng ký trước."
    )
    second = "Bảo đảm ý tưởng khả thi, bám sát thang điểm, có kế hoạch dự phòng và tránh các lĩnh vực bị cấm."
    for text in (first, second):
        page.wrapped(text, LEFT + 56, LEFT + 56, marker="o", marker_x=LEFT + 36)
    page.wrapped(FILLER, LEFT + 36, LEFT)
    lines = read_text(page.data(), "pdf").split("\n")
    assert f"• {first}" in lines, lines
    assert f"• {second}" in lines, lines


def test_an_o_inside_the_text_is_a_letter() -> None:
    """A line that opens on the word "o" with no tab after it is not a bullet."""
    page = _Page()
    page.line("o khung thời gian đã nêu các đơn vị báo cáo kết quả.", LEFT)
    assert read_text(page.data(), "pdf").startswith("o khung")


def test_three_digit_numbers_start_items() -> None:
    """ "178. …" after a line that fills the measure and ends on ";" is the register's next entry (before: joined
    to "177. …" because only two-digit numbers were item numbers)."""
    page = _Page()
    page.wrapped(FILLER, LEFT + 36, LEFT)
    entries = []
    for n in range(176, 181):
        text = f"{n}. Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên khu vực số {n} - phía Nam;"
        while page.pdf.get_string_width(text + " phía Nam;") + LEFT < RIGHT:
            text = text[:-1] + " - phía Nam;"
        entries.append(text)
        page.line(text)
    lines = read_text(page.data(), "pdf").split("\n")
    for text in entries:
        assert text in lines, lines


def test_a_title_in_capitals_at_a_page_top_starts_anew() -> None:
    """A page ends in mid-sentence (the rest of it on a page the reader could not read) and the next page opens on
    an appendix title in capitals: the title is a line of its own (before: joined to the sentence)."""
    page = _Page()
    full = page.wrap(" ".join([FILLER] * 20), LEFT + 36, LEFT)[:-1]  # every line full
    for i, text in enumerate(full[:35]):  # the paragraph runs to the page's foot
        page.line(text, LEFT + 36 if i == 0 else LEFT)
    assert page.pdf.page_no() == 1
    page.new_page()
    page.line("DANH SÁCH CÁC TRƯỜNG TRUNG HỌC PHỔ THÔNG DỰ KIẾN TỔ CHỨC", LEFT + 6)
    page.line("1. Trường Tiểu học Đông Sơn;")
    lines = read_text(page.data(), "pdf").split("\n")
    assert "DANH SÁCH CÁC TRƯỜNG TRUNG HỌC PHỔ THÔNG DỰ KIẾN TỔ CHỨC" in lines, lines[-3:]


def test_a_justified_line_stretched_by_a_long_url_is_one_line() -> None:
    """A justified line whose last word, a long URL, went to the next line is stretched across the measure, every
    space about two em: it is one line of the paragraph, not two blocks side by side (before: "… cho" and "TP qua
    link" read as two cells, the URL joined to the first and "TP qua link" left after it)."""
    page = _Page()
    page.wrapped(FILLER, LEFT + 36, LEFT)
    words = ["Nộp", "ba", "dự", "án", "được", "chọn", "cho", "Ban", "tổ", "chức", "qua"]
    widths = [page.pdf.get_string_width(w) for w in words]
    gap = (RIGHT - LEFT - sum(widths) - 1.0) / (len(words) - 1)
    x = LEFT
    for n, (word, width) in enumerate(zip(words, widths, strict=True)):
        page.pdf.text(x, page.y, word)
        x += width + gap + (1.0 if n == len(words) - 3 else 0.0)  # the widest space two words from the end
    page.y += PITCH
    page.line("https://bit.ly/dk-2027.")  # ends left of the last two words
    page.wrapped(FILLER, LEFT + 36, LEFT)
    lines = read_text(page.data(), "pdf").split("\n")
    assert any(
        line.endswith("Nộp ba dự án được chọn cho Ban tổ chức qua https://bit.ly/dk-2027.") for line in lines
    ), lines
