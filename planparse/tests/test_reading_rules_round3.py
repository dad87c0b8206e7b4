"""Reading rules for recurrence, table timing and resource sections (synthetic sentences in the style of plans)."""

from __future__ import annotations

import datetime as dt

import pytest

from planparse.deadlines import Deadline, find_deadline, parse_deadline
from planparse.parser import _with_row_timing
from planparse.tests.reading import items_by_ref


@pytest.mark.parametrize(
    ("phrase", "anchors"),
    [
        ("Trước ngày 15/02 năm liền kề", ["02-15"]),
        ("báo cáo chậm nhất là ngày 20/01 của năm tiếp theo", ["01-20"]),
        ("Ban hành kế hoạch chậm nhất là ngày 25/12 năm trước liền kề và tổ chức thực hiện", ["12-25"]),
    ],
)
def test_due_day_of_the_adjacent_year_is_yearly(phrase: str, anchors: list[str]) -> None:
    found = parse_deadline(phrase)
    assert (found.recurrence, found.anchors, found.date) == ("yearly", anchors, None)


def test_a_dated_year_is_not_the_adjacent_year() -> None:
    found = parse_deadline("trước ngày 15/02/2026")
    assert (found.recurrence, found.date) == (None, dt.date(2026, 2, 15))


@pytest.mark.parametrize(
    ("text", "recurrence"),
    [
        ("Định kỳ phát sóng mỗi tháng 03 chuyên mục trên sóng phát thanh của tỉnh.", "monthly"),
        ("Tổ chức giao ban mỗi quý một lần để đánh giá tiến độ.", "quarterly"),
    ],
)
def test_moi_period_recurs(text: str, recurrence: str) -> None:
    assert find_deadline(text).recurrence == recurrence


def test_moi_nam_with_a_year_is_not_a_period() -> None:
    assert find_deadline("Phấn đấu mỗi năm 2026 có thêm 10 mô hình.").recurrence is None


def test_six_months_with_its_own_due_day_is_half_yearly() -> None:
    text = (
        "6 tháng (trước ngày 10/6), tổng kết năm (trước ngày 15/11 hàng năm) hoặc đột xuất gửi về Sở Nội vụ."
    )
    assert parse_deadline(text).recurrence == "half-yearly"


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp tục tổng hợp, tự đánh giá chỉ số chuyển đổi số hằng tháng của tỉnh và đề xuất giải pháp.",
        "Tham mưu UBND tỉnh công bố kết quả xếp hạng các xã hằng tháng trên Cổng thông tin điện tử.",
    ],
)
def test_recurring_act_and_its_object_then_the_period(text: str) -> None:
    assert find_deadline(text).recurrence == "monthly"


def test_period_after_a_noun_alone_still_qualifies_the_noun() -> None:
    assert (
        find_deadline("Tổ chức khen thưởng hằng năm của đơn vị cho các tập thể tiêu biểu.").recurrence is None
    )


def test_row_timing_fills_what_the_body_leaves_open() -> None:
    vague = find_deadline("tổ chức đối thoại định kỳ với người dân và doanh nghiệp")
    yearly = parse_deadline("Hằng năm")
    assert vague.recurrence is None and vague.date is None
    assert _with_row_timing(vague, yearly).recurrence == "yearly"
    dated = find_deadline("Hoàn thành và đưa hệ thống vào hoạt động trong quý I năm 2026.")
    both = _with_row_timing(dated, yearly)
    assert (both.date, both.recurrence) == (dt.date(2026, 3, 31), "yearly")
    # the body's own recurrence stays; an empty body takes the row whole
    monthly = find_deadline("Định kỳ hằng tháng báo cáo kết quả.")
    assert _with_row_timing(monthly, yearly).recurrence == "monthly"
    assert _with_row_timing(Deadline(), yearly) is yearly


PLAN = """ỦY BAN NHÂN DÂN TỈNH A
KẾ HOẠCH
Thực hiện Quy hoạch mạng lưới cơ sở y tế
I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nhiệm vụ của Quy hoạch.
II. NỘI DUNG
1. Các chương trình, dự án
a) Ưu tiên bố trí vốn cho các dự án trạm y tế xã ở vùng khó khăn.
2. Kế hoạch sử dụng đất
a) Giai đoạn 2026-2030: Thực hiện theo quy định của pháp luật về đất đai.
b) Tổng nhu cầu sử dụng đất đến năm 2030 dự kiến là 120 ha.
III. TỔ CHỨC THỰC HIỆN
1. Sở Y tế
Chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện Kế hoạch.
"""


def test_land_use_section_states_allocations_not_tasks() -> None:
    items = items_by_ref(PLAN)
    assert items["II.1.a"].kind == "task"
    assert items["II.2.a"].kind == "note" and items["II.2.b"].kind == "note"
    assert items["III.1"].kind == "task"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        # the name's own abbreviation in parentheses does not end the agency phrase
        (
            "Đài Phát thanh và Truyền hình tỉnh (PTTH) chủ trì, phối hợp Sở Nội vụ xây dựng phóng sự.",
            ["Đài Phát thanh và Truyền hình tỉnh (PTTH)"],
        ),
        # a time adverbial before the subject is not the subject
        (
            "Quý IV/2026, các cơ quan, đơn vị, địa phương tự đánh giá kết quả thực hiện.",
            ["các cơ quan, đơn vị, địa phương"],
        ),
        ("Hằng năm, Sở Tài chính tham mưu bố trí kinh phí thực hiện.", ["Sở Tài chính"]),
        # "đóng trên địa bàn" belongs to the name, and the list goes on after it
        (
            "Các sở, ngành, các cơ quan Trung ương đóng trên địa bàn, UBND các xã xây dựng kế hoạch của đơn vị.",
            ["Các sở, ngành", "các cơ quan Trung ương đóng trên địa bàn", "UBND các xã"],
        ),
    ],
)
def test_subject_owner_reading(text: str, lead: list[str]) -> None:
    from planparse.owners import subject_owners

    found = subject_owners(text)
    assert found is not None and found.lead == lead


def test_time_adverbial_without_a_subject_has_no_owner() -> None:
    from planparse.owners import subject_owners

    assert subject_owners("Hằng năm, xây dựng kế hoạch xúc tiến thương mại.") is None
