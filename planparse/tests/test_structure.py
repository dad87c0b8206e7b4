"""Document structure read the way a reader reads it: numbering styles found per document, their levels
from the order they first appear in, labelled task blocks, task tables, decisions with an attached plan.
Snippets are written in the general style of each document family (not copied from the corpus)."""

from __future__ import annotations

import pytest

from planparse import ParsedPlan, parse_plan
from planparse.tree import _marker


def _tasks(plan: ParsedPlan) -> dict[str, object]:
    return {t.ref: t for t in plan.tasks()}


@pytest.mark.parametrize(
    ("line", "kind", "num"),
    [
        ("I- NHIỆM VỤ TRỌNG TÂM", "roman", "I"),
        ("IV – TỔ CHỨC THỰC HIỆN", "roman", "IV"),
        ("Phần II. NỘI DUNG", "part", "II"),
        ("Mục 3. Trách nhiệm thi hành", "section_word", "3"),
        ("A. NHIỆM VỤ CHUNG", "upper", "A"),
        ("2- Giao Sở Y tế chủ trì", "arabic", "2"),
        ("3) Rà soát quy chế", "arabic_paren", "3"),
        ("(4) Sở Xây dựng khẩn trương", "paren", "4"),
        ("• Tổ chức tập huấn", "bullet", ""),
    ],
)
def test_more_marker_styles(line: str, kind: str, num: str) -> None:
    found = _marker(line)
    assert found is not None and found[:2] == (kind, num)


@pytest.mark.parametrize("line", ["2025 - 2030 là giai đoạn", "10-15% doanh nghiệp", "Ví dụ: A và B"])
def test_not_marker_styles(line: str) -> None:
    assert _marker(line) is None


PARTY = """\
Để thực hiện nghiêm chủ trương của Trung ương, Ban Thường vụ yêu cầu các cấp ủy thực hiện tốt các nội dung sau:
I- MỤC TIÊU, YÊU CẦU
1. Bảo đảm sự lãnh đạo thống nhất của cấp ủy các cấp.
II- NỘI DUNG, TIẾN ĐỘ THỰC HIỆN
1. Xây dựng đề án sắp xếp các đơn vị sự nghiệp công lập thuộc tỉnh theo hướng tinh gọn đầu mối
- Giao Ban Tổ chức Tỉnh ủy chủ trì, phối hợp với Đảng ủy Ủy ban nhân dân tỉnh xây dựng đề án.
- Ban Tổ chức Tỉnh ủy khẩn trương thực hiện theo tiến độ như sau:
+ Báo cáo Ban Thường vụ cho chủ trương chậm nhất ngày 10/4/2026.
+ Hoàn thiện đề án, trình Ban Chấp hành Đảng bộ tỉnh trước ngày 25/4/2026.
2. Rà soát quy định của Đảng bộ tỉnh
- Giao Văn phòng Tỉnh ủy rà soát, đề xuất sửa đổi quy chế làm việc, hoàn thành trong tháng 5/2026.
III- TỔ CHỨC THỰC HIỆN
1. Giao Ban Tuyên giáo Tỉnh ủy chỉ đạo công tác tuyên truyền về chủ trương sắp xếp.
"""


def test_hyphen_roman_headings_and_plus_milestones() -> None:
    """ "I-" works like "I."; a title without a full stop followed by bullets is a heading; "+" milestones
    nest under the bullet that announces them."""
    tasks = _tasks(parse_plan(PARTY))
    assert {"II.1-1", "II.1-2.+1", "II.1-2.+2", "II.2-1", "III.1"} <= set(tasks)
    assert "I.1" not in tasks  # purpose
    assert str(tasks["II.1-2.+2"].deadline.date) == "2026-04-25"  # type: ignore[attr-defined]


DOTTED_AFTER_LETTERS = """\
KẾ HOẠCH
Phát triển dữ liệu số
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
a) Bảo đảm dữ liệu đúng, đủ, sạch, sống.
II. NHIỆM VỤ
1. Về dữ liệu
1.1. Xây dựng cơ sở dữ liệu chuyên ngành:
a) Nhiệm vụ: Xây dựng cơ sở dữ liệu đất đai của tỉnh.
b) Cơ quan thực hiện: Sở Nông nghiệp và Môi trường.
c) Thời gian thực hiện: Quý IV/2026.
1.2. Chia sẻ dữ liệu:
a) Nhiệm vụ: Kết nối cơ sở dữ liệu với nền tảng dùng chung.
b) Cơ quan thực hiện: Sở Khoa học và Công nghệ.
c) Thời gian thực hiện: Năm 2027.
"""


def test_style_first_met_under_an_item_sits_one_level_below_it() -> None:
    """ "1.1." first seen under "1." goes between "1." and "a)", although "a)" was used earlier."""
    tasks = _tasks(parse_plan(DOTTED_AFTER_LETTERS))
    assert set(tasks) == {"II.1.1", "II.1.2"}
    assert tasks["II.1.1"].lead == ["Sở Nông nghiệp và Môi trường"]  # type: ignore[attr-defined]
