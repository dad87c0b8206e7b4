"""Round 114 (the brittleness bench's `agency_heads` rewriting of seen assignment sections): an agency heading that
names its body by the place the body acts for ("b) Ủy ban nhân dân cấp xã nơi có đất thu hồi …", a "nơi …" clause
after the name, nothing else) is that body's heading: the duty bullets under it are its tasks (synthetic text)."""

from __future__ import annotations

from planparse.owners import heading_agencies
from planparse.tests.reading import items_by_ref, task_refs

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 71/KH-UBND\nAn Bình, ngày 02 tháng 4 năm 2026\nKẾ HOẠCH\n"
    "Phát triển cụm công nghiệp năm 2026\n"
    "I. MỤC TIÊU\nHoàn thành hạ tầng các cụm công nghiệp.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Công Thương\n"
    "- Chủ trì, hướng dẫn các địa phương lập phương án phát triển cụm công nghiệp.\n"
    "2. Ủy ban nhân dân cấp xã nơi có đất thu hồi để xây dựng cụm công nghiệp\n"
    "- Chủ trì tổ chức thực hiện việc bồi thường, giải phóng mặt bằng theo tiến độ dự án, phối hợp với"
    " các cơ quan, đơn vị có liên quan.\n"
    "- Phối hợp với Sở Công Thương kiểm tra việc sử dụng đất trong cụm công nghiệp.\n"
    "Trên đây là Kế hoạch phát triển cụm công nghiệp năm 2026.\n"
)


def test_a_body_named_by_the_place_it_acts_for_owns_the_bullets_under_it() -> None:
    items = items_by_ref(PLAN)
    assert {"II.2-1", "II.2-2"} <= task_refs(items)
    owner = "Ủy ban nhân dân cấp xã nơi có đất thu hồi để xây dựng cụm công nghiệp"
    assert items["II.2-1"].lead == [owner]
    assert items["II.2-2"].lead == [owner]


def test_the_place_clause_is_a_heading_alone() -> None:
    assert heading_agencies("UBND cấp huyện nơi có dự án") == ["UBND cấp huyện nơi có dự án"]
    # a list or a second clause after it is no name
    assert heading_agencies("UBND cấp huyện nơi có dự án, các sở") != ["UBND cấp huyện nơi có dự án, các sở"]
