"""Round 121: the owner written after the work, in a bracket that closes the item ("Xây dựng …, hoàn thành trong quý
II/2026 (Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ)."), owns it, as the subject opening an item does.
Snippets are made up in the style of a provincial plan (not copied from the corpus)."""

from __future__ import annotations

import datetime as dt

from planparse import parse_plan
from planparse.owners import item_owners
from planparse.tests.reading import tasks_by_ref

PLAN = """ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 31/KH-UBND
KẾ HOẠCH
Bảo vệ bí mật nhà nước năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức về bảo vệ bí mật nhà nước.
II. NHIỆM VỤ
1. Xây dựng quy chế bảo vệ bí mật nhà nước của tỉnh, hoàn thành trong quý II/2026 (Giao Công an tỉnh chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh).
2. Kiểm tra việc chấp hành quy định về bảo vệ bí mật nhà nước tại các sở (Giao Sở Nội vụ chủ trì).
3. Tổ chức bồi thường, giải phóng mặt bằng cụm công nghiệp theo tiến độ dự án (Giao Ủy ban nhân dân cấp xã nơi có đất thu hồi chủ trì).
4. Bố trí kinh phí thực hiện Kế hoạch (Giao Sở Tài chính chủ trì)./
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành căn cứ Kế hoạch này tổ chức thực hiện.
"""


def test_a_closing_bracket_that_assigns_names_the_owner() -> None:
    tasks = tasks_by_ref(parse_plan(PLAN))
    assert tasks["II.1"].lead == ["Công an tỉnh"]
    assert tasks["II.1"].coordinators == ["Văn phòng Ủy ban nhân dân tỉnh"]
    assert tasks["II.1"].deadline.date == dt.date(2026, 6, 30)
    assert tasks["II.2"].lead == ["Sở Nội vụ"]
    assert tasks["II.4"].lead == ["Sở Tài chính"]  # the bracket closes the item before a stray "./"


def test_a_name_that_goes_on_to_chu_tri_in_the_bracket_is_the_owner() -> None:
    # the name goes on past the words read as the body's ("… cấp xã nơi có đất thu hồi"): the bracket still only assigns
    tasks = tasks_by_ref(parse_plan(PLAN))
    assert tasks["II.3"].lead == ["Ủy ban nhân dân cấp xã"]


def test_a_bracket_that_says_more_than_who_names_no_owner() -> None:
    # guard: the bracket names who chairs something the item only mentions ("… chủ trì dự án thành phần"), not who
    # does the item
    text = (
        "Lồng ghép các nguồn vốn hỗ trợ (Ủy ban nhân dân tỉnh chủ trì dự án thành phần thuộc Chương trình)."
    )
    assert item_owners(text, "", []) is None
