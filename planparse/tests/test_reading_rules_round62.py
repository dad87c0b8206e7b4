"""Round 62 (page footnotes): a page's footnotes are read after the text, so a sentence that runs onto the next page
is read whole and a footnote never becomes an item; an item at a page's foot in the text's own size stays put.

Made-up texts: a layout dump (pages parted by form feeds, every character one size) and real PDFs laid out here with
fpdf2 (pt units, lines placed by hand, so a test knows where each line and page breaks)."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from planparse import read_text
from planparse.pdf_reader import read_layout_text
from planparse.tests.pdf_maker import REGULAR, fonts_available

BODY = [
    "       1. Nhiệm vụ chung của các cơ quan, đơn vị trên địa bàn",
    "       - Chủ động rà soát, cập nhật các quy định của pháp luật về quản lý vật tư",
    "nông nghiệp1; phối hợp kiểm tra định kỳ các cơ sở sản xuất, kinh doanh trên địa",
    "bàn, xử lý nghiêm các hành vi vi phạm, đặc biệt là: (i) Buôn bán phân bón giả",
]
NEXT = [
    "không rõ nguồn gốc; (ii) Quảng cáo sai sự thật về chất lượng sản phẩm hàng hóa.",
    "       - Báo cáo kết quả thực hiện về Sở Nông nghiệp trước ngày 15 tháng 12 hằng",
    "năm để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định hiện hành.",
]
NOTE = [
    "   1 Luật Trồng trọt năm 2018 và các nghị định hướng dẫn thi hành; các thông tư của bộ quản lý ngành về phân",
    "bón, thuốc bảo vệ thực vật và giống cây trồng; các văn bản chỉ đạo của Ủy ban nhân dân tỉnh.",
]


def _dump(note: list[str]) -> str:
    return "\n".join([*BODY, "", *note, "\f" + " " * 40 + "2", "", *NEXT])


def test_dump_footnote_between_pages_is_read_after_the_text() -> None:
    paragraphs = read_layout_text(_dump(NOTE)).split("\n")
    assert any("(i) Buôn bán phân bón giả không rõ nguồn gốc; (ii)" in p for p in paragraphs)
    assert paragraphs[-1].startswith("1 Luật Trồng trọt")


def test_dump_footnote_known_by_its_mark_in_the_body() -> None:
    """A one-line footnote no wider than the text: the body carries its mark glued to a word ("nghiệp1;")."""
    short = ["   1 Luật Trồng trọt năm 2018 và các nghị định hướng dẫn."]
    paragraphs = read_layout_text(_dump(short)).split("\n")
    assert any("phân bón giả không rõ nguồn gốc" in p for p in paragraphs)
    assert paragraphs[-1] == "1 Luật Trồng trọt năm 2018 và các nghị định hướng dẫn."


def test_dump_item_at_a_page_foot_stays_in_place() -> None:
    """A line "2 …" at the foot of a page, no mark in the body and no wider than the text, is body text."""
    body = [ln.replace("nghiệp1;", "nghiệp;") for ln in BODY]
    item = ["       2 Sở Tài chính bố trí kinh phí thực hiện nhiệm vụ theo quy định."]
    text = "\n".join([*body, "", *item, "\f" + " " * 40 + "2", "", *NEXT])
    paragraphs = read_layout_text(text).split("\n")
    at = next(i for i, p in enumerate(paragraphs) if p.startswith("2 Sở Tài chính"))
    assert paragraphs[at + 1].startswith("- Báo cáo kết quả")  # read where it stands, not after the text


# ---- PDFs --------------------------------------------------------------------------------------------------

LEFT, RIGHT, SIZE, PITCH = 72.0, 523.0, 13.0, 19.0
PAGE_LINES = [
    "I. NHIỆM VỤ CHUNG",
    "1. Các sở, ban, ngành chủ động rà soát các quy định của pháp luật về quản lý",
    "vật tư nông nghiệp, phối hợp kiểm tra định kỳ các cơ sở sản xuất, kinh doanh",
    "trên địa bàn, xử lý nghiêm các hành vi vi phạm, đặc biệt là buôn bán phân bón",
]
PAGE_TWO = [
    "giả và không rõ nguồn gốc trên thị trường của tỉnh trong năm tới.",
    "2. Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ nêu trên theo quy định.",
]


def _pdf(footnote: bool) -> bytes:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("Serif", fname=str(REGULAR))
    pdf.add_page()
    y = 80.0
    for i, text in enumerate(PAGE_LINES):
        pdf.set_font("Serif", size=SIZE)
        pdf.text(LEFT, y, text)
        if i == 1 and footnote:  # the mark, set small and raised, after the line's last word
            pdf.set_font("Serif", size=7)
            pdf.text(LEFT + pdf.get_string_width(text) * SIZE / 7 + 1, y - 5, "1")
        y += PITCH
    if footnote:
        pdf.set_font("Serif", size=7)
        pdf.text(LEFT, 770, "1")
        pdf.set_font("Serif", size=10)
        pdf.text(LEFT + 6, 773, "Luật Trồng trọt năm 2018 và các nghị định, thông tư hướng dẫn thi hành.")
    else:  # an item at the page's foot, in the text's own size
        pdf.set_font("Serif", size=SIZE)
        pdf.text(LEFT, 773, "3. Ủy ban nhân dân các xã, phường thực hiện.")
    pdf.add_page()
    y = 80.0
    pdf.set_font("Serif", size=SIZE)
    for text in PAGE_TWO:
        pdf.text(LEFT, y, text)
        y += PITCH
    return bytes(pdf.output())


@pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")
def test_pdf_footnote_in_small_print_is_read_after_the_text() -> None:
    paragraphs = read_text(_pdf(footnote=True), "pdf").split("\n")
    assert any("buôn bán phân bón giả và không rõ nguồn gốc" in p for p in paragraphs)
    assert paragraphs[-1].startswith("1 Luật Trồng trọt") or paragraphs[-1].startswith("Luật Trồng trọt")
    assert paragraphs[-2] == "1" or paragraphs[-1].startswith("1 ")


@pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")
def test_pdf_item_at_a_page_foot_in_the_text_size_stays_in_place() -> None:
    paragraphs = read_text(_pdf(footnote=False), "pdf").split("\n")
    at = next(i for i, p in enumerate(paragraphs) if p.startswith("3. Ủy ban"))
    assert paragraphs[at + 1].startswith("giả và không rõ")
