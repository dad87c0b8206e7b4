"""Round 94 (bench/metamorphic.py's `word_pdf`: a plan numbered by Word's automatic numbering, printed to PDF): a
list's number stands at the list's indent and a tab takes its text to the hanging indent, where the item's wrapped
lines go on, on the next page too. Made-up PDFs laid out so (fpdf2, DejaVu Serif), each test failing without its
rule."""

from __future__ import annotations

import pytest

from planparse import parse_plan, read_text
from planparse.tests.pdf_maker import PlanPdf, fonts_available

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts missing")

HANG = 12.0  # mm: each list level 1.2 cm further in, its number 1.2 cm before its text (Word's "indent at")


def _pdf() -> PlanPdf:
    pdf = PlanPdf(page_numbers=False, size=13)
    pdf.letterhead(["ỦY BAN NHÂN DÂN", "TỈNH AN LẠC"], "Số: 21/KH-UBND", "An Lạc, ngày 05 tháng 3 năm 2027")
    pdf.centred_lines(["KẾ HOẠCH", "Số hóa hồ sơ đất đai"])
    pdf.paragraph(
        "Thực hiện Nghị quyết của Hội đồng nhân dân tỉnh về chuyển đổi số, Ủy ban nhân dân tỉnh ban hành Kế hoạch "
        "số hóa hồ sơ đất đai trên địa bàn tỉnh giai đoạn 2027 - 2030 với các nội dung cụ thể như sau, để các cơ quan, "
        "đơn vị tổ chức thực hiện:"
    )
    return pdf


def _item(pdf: PlanPdf, level: int, label: str, text: str) -> None:
    """A list item as Word lays it out: the number at the level's indent, the text and its wrapped lines 1 cm in."""
    x = pdf.l_margin + HANG * level
    width = pdf.epw - HANG * (level + 1)
    for i, line in enumerate(pdf.wrap(text, width, width)):
        pdf._room()
        y = pdf.y + pdf.pitch * 0.75
        if i == 0:
            pdf.text(x, y, label)
        pdf.text(x + HANG, y, line)
        pdf.set_y(pdf.y + pdf.pitch)


def _read(pdf: PlanPdf) -> list[str]:
    return read_text(bytes(pdf.output()), "pdf").split("\n")


LONG = (
    "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các huyện rà soát, số hóa toàn bộ hồ sơ "
    "địa chính, xây dựng cơ sở dữ liệu đất đai kết nối với cơ sở dữ liệu quốc gia, hoàn thành trước ngày 30/6/2027."
)


def test_a_number_set_off_by_a_tab_is_no_column_of_a_borderless_table() -> None:
    """ "I." and its heading 1 cm apart, the bullets under it with their dash where the heading's text starts: read
    as a heading and its items, not as a two-column block ("I." | "MỤC TIÊU" over "-" | "Hoàn thành …")."""
    pdf = _pdf()
    _item(pdf, 0, "I.", "MỤC TIÊU")
    _item(pdf, 1, "-", "Hoàn thành số hóa hồ sơ địa chính của toàn tỉnh.")
    _item(pdf, 1, "-", "Kết nối cơ sở dữ liệu đất đai với cơ sở dữ liệu quốc gia.")
    _item(pdf, 0, "II.", "NHIỆM VỤ")
    _item(pdf, 1, "1.", "Sở Tài chính bố trí kinh phí thực hiện.")
    lines = _read(pdf)
    assert "I. MỤC TIÊU" in lines
    assert "- Hoàn thành số hóa hồ sơ địa chính của toàn tỉnh." in lines
    refs = [it.ref for it in parse_plan("\n".join(lines)).items]
    assert refs[:4] == ["I", "I-1", "I-2", "II"]


def test_a_lettered_item_numbered_a_dot_goes_on_under_its_text() -> None:
    """ "a." (Word's "%1." on letters) with its text wrapped under the text, not under the letter: one item."""
    pdf = _pdf()
    _item(pdf, 0, "I.", "NHIỆM VỤ")
    _item(pdf, 1, "a.", LONG)
    _item(pdf, 1, "b.", "Sở Tài chính bố trí kinh phí thực hiện.")
    lines = _read(pdf)
    assert "a. " + LONG in lines
    assert "b. Sở Tài chính bố trí kinh phí thực hiện." in lines


def test_an_item_goes_on_under_its_text_at_the_top_of_the_next_page() -> None:
    """An item whose wrapped lines run onto the next page: its lines there stand under its text (the hanging
    indent), not at the margin, and still belong to it."""
    pdf = _pdf()
    _item(pdf, 0, "I.", "NHIỆM VỤ")
    filler = "Ủy ban nhân dân huyện An Hòa tổ chức rà soát hồ sơ địa chính, báo cáo kết quả trước ngày 15 hằng tháng."
    k = 1
    while pdf.y < pdf.h - 20 - 2.5 * pdf.pitch:  # fill the page to two lines above its bottom margin
        _item(pdf, 1, f"{k}.", filler)
        k += 1
    text = LONG.replace(
        ", hoàn thành", ", bảo đảm dữ liệu đầy đủ, chính xác, được cập nhật thường xuyên, hoàn thành"
    )
    _item(pdf, 1, f"{k}.", text)
    assert pdf.page_no() == 2
    lines = _read(pdf)
    assert f"{k}. {text}" in lines
