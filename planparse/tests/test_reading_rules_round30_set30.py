"""Round 30 (set 30, tables in PDFs): rows split into sub-rows by a rule drawn only under the right-hand
columns, the same over a page break with footnotes at the page's foot, and the wording rules of the round
(synthetic texts and PDFs drawn here cell by cell)."""

from __future__ import annotations

import datetime as dt

import pytest

from planparse import read_text
from planparse.linker import best_pairs
from planparse.parser import _heaviest_pairs
from planparse.tests.pdf_maker import PlanPdf, fonts_available
from planparse.tests.reading import appendix_resolution, items_by_ref

FONTS = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts missing")

XS = [20.0, 32.0, 92.0, 132.0, 172.0, 195.0]  # mm: TT | Tên nhiệm vụ | Cơ quan chủ trì | Kết quả | Thời gian
HEADER = ["TT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Kết quả", "Thời gian hoàn thành"]
NAME = (
    "Tiếp tục thể chế hóa đầy đủ, kịp thời các chủ trương, định hướng phát triển kinh tế hợp tác "
    "theo Nghị quyết của Bộ Chính trị về phát triển kinh tế tập thể"
)
FIRST = ["Bộ Tài chính", "Báo cáo chuyên đề", "Tháng 5/2026"]
SECOND = ["Bộ Tài chính", "Báo cáo kết quả", "Tháng 11/2026"]
ROW2 = ["2", "Xây dựng Đề án văn hóa tuân thủ pháp luật", "Bộ Tư pháp", "Đề án", "Tháng 9/2026"]


def _write(pdf: PlanPdf, col: int, top: float, text: str) -> float:
    """The text wrapped into column `col` from `top`; returns where it ends."""
    y = top + 1
    for line in pdf.wrap(text, XS[col + 1] - XS[col] - 2, XS[col + 1] - XS[col] - 2):
        pdf.text(XS[col] + 1, y + pdf.pitch * 0.75, line)
        y += pdf.pitch
    return y


def _rule(pdf: PlanPdf, y: float, first_col: int = 0) -> None:
    pdf.line(XS[first_col], y, XS[-1], y)


def _columns(pdf: PlanPdf, top: float, bottom: float) -> None:
    for x in XS:
        pdf.line(x, top, x, bottom)


def _header(pdf: PlanPdf, top: float) -> float:
    bottom = top + 14
    for c, text in enumerate(HEADER):
        _write(pdf, c, top, text)
    _rule(pdf, top)
    _rule(pdf, bottom)
    _columns(pdf, top, bottom)
    return bottom


def _sub_rows(pdf: PlanPdf, top: float, cells: list[str]) -> float:
    return max(_write(pdf, 2 + c, top, text) for c, text in enumerate(cells)) + 1


def _close_rows(pdf: PlanPdf, top: float, middle: float, bottom: float) -> bytes:
    """Rule the split row (its middle rule crossing only the owner, result and time columns), then write and rule
    the plain second row under it: the PDF's bytes."""
    _rule(pdf, middle, first_col=2)
    _rule(pdf, bottom)
    _columns(pdf, top, bottom)
    row2 = max(_write(pdf, c, bottom, text) for c, text in enumerate(ROW2)) + 1
    _rule(pdf, row2)
    _columns(pdf, bottom, row2)
    return bytes(pdf.output())


def _one_page_pdf() -> bytes:
    """A row whose rule between its two results crosses only the owner, result and time columns; the task name,
    longer than the first result, runs past that rule in its shared cell."""
    pdf = PlanPdf(page_numbers=False, size=10)
    top = _header(pdf, 30)
    end_name = _write(pdf, 1, top, NAME)
    _write(pdf, 0, top, "1")
    middle = _sub_rows(pdf, top, FIRST)
    assert end_name > middle + 4  # the name crosses the partial rule
    bottom = max(end_name, _sub_rows(pdf, middle, SECOND)) + 1
    return _close_rows(pdf, top, middle, bottom)


def _rows(data: bytes) -> list[str]:
    return [ln for ln in read_text(data, "pdf").splitlines() if " | " in ln or ln.startswith("|")]


@FONTS
def test_rule_under_right_columns_only_splits_the_row_and_left_cells_are_shared() -> None:
    """A horizontal rule that crosses only the right-hand columns splits the row into sub-rows; the cells to its
    left span both, so their text (the task name running past the rule) stays whole in the first sub-row."""
    rows = _rows(_one_page_pdf())
    assert rows[1] == f"1 | {NAME} | " + " | ".join(FIRST)
    assert rows[2] == "| | " + " | ".join(SECOND)
    assert rows[3] == " | ".join(ROW2)


def _page_break_pdf() -> bytes:
    """The row's first result runs onto the next page (header repeated there), with a footnote at the foot of
    the first page; the second result, under a rule crossing only the right-hand columns, is on the second."""
    pdf = PlanPdf(page_numbers=False, size=10)
    pdf.set_auto_page_break(False)
    for _ in range(3):
        pdf.paragraph(
            "Các bộ, cơ quan ngang bộ tổ chức thực hiện các nhiệm vụ được giao tại Phụ lục kèm theo Nghị quyết "
            "này, bảo đảm tiến độ, chất lượng và hiệu quả, báo cáo kết quả về Bộ Tư pháp để tổng hợp."
        )
    top = _header(pdf, 240)
    _write(pdf, 0, top, "1")
    _write(pdf, 1, top, " ".join(NAME.split()[:10]))
    _write(pdf, 2, top, FIRST[0])
    _write(pdf, 3, top, "Báo cáo chuyên đề về cơ chế,")
    bottom = 270.0
    _rule(pdf, bottom)
    _columns(pdf, top, bottom)
    pdf.line(20, 278, 70, 278)  # the footnote separator
    pdf.set_font("Serif", size=7)
    pdf.text(20, 283, "1 Nghị quyết số 12/NQ-CP ngày 10/01/2026 của Chính phủ về kinh tế tập thể.")
    pdf.set_font("Serif", size=10)
    pdf.add_page()
    top = _header(pdf, 20)
    _write(pdf, 1, top, " ".join(NAME.split()[10:]))
    _write(pdf, 3, top, "chính sách")
    middle = _write(pdf, 4, top, FIRST[2]) + 12
    bottom = _sub_rows(pdf, middle, SECOND) + 1
    return _close_rows(pdf, top, middle, bottom)


@FONTS
def test_sub_row_after_a_page_break_is_not_joined_to_the_row_it_follows() -> None:
    """Only the first row on a page a table runs onto continues the row before the break; a later row there
    with an empty first cell is the second result, and the footnote at the first page's foot is read after
    the table, not between the row and its continuation."""
    lines = read_text(_page_break_pdf(), "pdf").splitlines()
    rows = [ln for ln in lines if " | " in ln or ln.startswith("|")]
    assert rows[1] == f"1 | {NAME} | Bộ Tài chính | Báo cáo chuyên đề về cơ chế, chính sách | Tháng 5/2026"
    assert rows[2] == "| | " + " | ".join(SECOND)
    assert rows[3] == " | ".join(ROW2)
    assert lines.index(rows[3]) < next(i for i, ln in enumerate(lines) if ln.startswith("1 Nghị quyết"))


RESOLUTION = appendix_resolution(
    "1 | Rà soát, đánh giá tình hình thực hiện quy định về du lịch cộng đồng | Bộ Văn hóa, Thể thao và Du lịch | "
    "Các bộ, ngành | Báo cáo hằng năm | 2026 và hằng năm"
)


def test_bare_year_followed_by_a_yearly_cycle_is_that_year_then_yearly() -> None:
    """A timing cell "2026 và hằng năm" is due at the end of 2026 and recurs yearly after it."""
    item = items_by_ref(RESOLUTION)["PL.1"]
    assert item.deadline is not None and item.deadline.date is not None
    assert item.deadline.date.isoformat() == "2026-12-31"
    assert item.deadline.recurrence == "yearly"


SCHEME = (
    "THỦ TƯỚNG CHÍNH PHỦ\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "Số: 510/QĐ-TTg\n"
    "Hà Nội, ngày 12 tháng 5 năm 2026\n"
    "QUYẾT ĐỊNH\n"
    "Phê duyệt Đề án phát triển du lịch nông thôn đến năm 2030\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Đề án phát triển du lịch nông thôn đến năm 2030 với những nội dung sau:\n"
    "I. MỤC TIÊU\n"
    "Đến năm 2030, mỗi tỉnh có ít nhất 05 điểm du lịch nông thôn đạt chuẩn.\n"
    "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
    "1. Hoàn thiện cơ chế, chính sách phát triển du lịch nông thôn\n"
    "a) Rà soát, sửa đổi các quy định về điều kiện kinh doanh dịch vụ lưu trú tại nhà dân ở nông thôn.\n"
    "b) Xây dựng tiêu chí đánh giá, công nhận điểm du lịch nông thôn đạt chuẩn quốc gia.\n"
    "c) Nghiên cứu chính sách tín dụng ưu đãi cho hộ gia đình đầu tư cơ sở lưu trú, nhà hàng phục vụ khách tham quan làng nghề.\n"
    "2. Phát triển sản phẩm và quảng bá du lịch nông thôn\n"
    "a) Xây dựng bộ nhận diện thương hiệu du lịch nông thôn Việt Nam và cơ sở dữ liệu điểm đến.\n"
    "b) Tổ chức đào tạo kỹ năng đón tiếp, hướng dẫn khách cho người dân tại các điểm du lịch cộng đồng.\n"
    "c) Hỗ trợ các địa phương tham gia hội chợ du lịch quốc tế, giới thiệu sản phẩm đặc trưng vùng miền.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì tổ chức triển khai các nhiệm vụ, giải pháp tại Đề án này.\n"
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
    "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn A\n"
    "PHỤ LỤC\n"
    "DANH MỤC NHIỆM VỤ THỰC HIỆN ĐỀ ÁN\n"
    "TT | Nhiệm vụ, giải pháp | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện\n"
    "1 | Hoàn thiện cơ chế, chính sách phát triển du lịch nông thôn | | |\n"
    "1.1 | Rà soát, sửa đổi các quy định về điều kiện kinh doanh dịch vụ lưu trú tại nhà dân ở nông thôn | Bộ Văn hóa, Thể thao và Du lịch | Bộ Xây dựng | Quý IV/2026\n"
    "1.2 | Ban hành chính sách hỗ trợ vốn vay ưu đãi cho hộ gia đình kinh doanh nhà hàng ở làng nghề | Ngân hàng Nhà nước Việt Nam | Bộ Tài chính | Quý II/2027\n"
    "1.3 | Tổ chức diễn đàn quốc gia về kinh tế nông thôn | Bộ Nông nghiệp và Môi trường | Các địa phương | Quý III/2026\n"
    "2 | Phát triển sản phẩm và quảng bá du lịch nông thôn | | |\n"
    "2.1 | Xây dựng bộ nhận diện thương hiệu du lịch nông thôn Việt Nam và cơ sở dữ liệu điểm đến | Bộ Văn hóa, Thể thao và Du lịch | Các địa phương | Quý IV/2026\n"
    "2.2 | Đưa các địa phương tham dự hội chợ quốc tế về du lịch | Bộ Văn hóa, Thể thao và Du lịch | Bộ Ngoại giao | Quý I/2027\n"
)


def test_table_groups_repeating_the_section_headings_match_rows_within_their_group() -> None:
    """Rows 1.1 and 2.1 restate II.1.a and II.2.a word for word, so the table's groups are the section's headings:
    rows 1.2 and 2.2, loosely worded, are II.1.c and II.2.c (their group's only fits) with the rows' owners and
    quarters; row 1.3, close to nothing in its group, stays a task of its own."""
    items = items_by_ref(SCHEME)
    assert items["II.1.c"].same_as == ["PL.1.2"] and items["II.2.c"].same_as == ["PL.2.2"]
    assert items["II.1.c"].lead == ["Ngân hàng Nhà nước Việt Nam"]
    assert items["II.1.c"].deadline.date == dt.date(2027, 6, 30)
    assert items["II.2.c"].deadline.date == dt.date(2027, 3, 31)
    assert items["PL.1.3"].kind == "task"


def test_pairs_within_a_group_take_the_largest_total() -> None:
    """Row 0 is closest to item 0, but item 0 is row 1's only fit: row 0 takes item 1."""
    sim = [{0: 0.43, 1: 0.32}, {0: 0.29, 1: 0.1}]
    assert best_pairs(sim, 0.25) == [(0, 0, 0.43)]
    assert sorted(_heaviest_pairs(sim, 0.25)) == [(0, 1), (1, 0)]
