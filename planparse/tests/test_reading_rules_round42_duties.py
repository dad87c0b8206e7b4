"""Round 42 (set 40, released): duties stated by case, a request heading, and the item that dates its siblings
(synthetic texts)."""

from __future__ import annotations

import datetime as dt

from planparse.tests.reading import items_by_ref

COMPLAINTS = (
    "ỦY BAN MTTQ VIỆT NAM XÃ TÂN LẬP\nBAN THƯỜNG TRỰC\nSố: 05/KH-MTTQ-BTT\nTân Lập, ngày 03 tháng 3 năm 2027\n"
    "KẾ HOẠCH\nTiếp nhận và giải quyết kiến nghị của cử tri về người được giới thiệu làm hòa giải viên\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Bảo đảm mọi kiến nghị của cử tri được trả lời đầy đủ, kịp thời.\n"
    "II. TRÁCH NHIỆM TRẢ LỜI KIẾN NGHỊ\n"
    "1. Đối với kiến nghị về nơi làm việc thì cơ quan, đơn vị đang quản lý người được giới thiệu có trách nhiệm "
    "kiểm tra và trả lời bằng văn bản cho Ban Thường trực.\n"
    "2. Đối với kiến nghị về nơi cư trú thì Ban Công tác Mặt trận thôn có trách nhiệm phối hợp với Trưởng thôn "
    "kiểm tra và trả lời bằng văn bản.\n"
    "3. Chậm nhất là ngày 20 tháng 3 năm 2027, việc kiểm tra và trả lời các kiến nghị phải được hoàn thành.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
    "- Tổng hợp các kiến nghị của cử tri, chuyển đến nơi có trách nhiệm trả lời.\n"
    "2. Đề nghị Ủy ban nhân dân xã phối hợp\n"
    "- Chỉ đạo công chức Tư pháp - Hộ tịch cung cấp thông tin cư trú khi được đề nghị.\n"
    "- Bố trí địa điểm tiếp nhận kiến nghị tại trụ sở.\n"
)


def test_the_subject_after_thi_owns_a_duty_stated_by_case() -> None:
    """ "Đối với kiến nghị … thì <body> có trách nhiệm …": the case comes first, the subject after "thì" owns the
    work, also a group named by what it does in lower case ("cơ quan, đơn vị đang quản lý người được giới thiệu")
    (before: no owner)."""
    items = items_by_ref(COMPLAINTS)
    assert items["II.1"].lead == ["cơ quan, đơn vị đang quản lý người được giới thiệu"]
    assert items["II.2"].lead == ["Ban Công tác Mặt trận thôn"]


def test_the_last_item_that_says_by_when_the_act_is_done_dates_its_siblings() -> None:
    """ "3. Chậm nhất là ngày …, việc kiểm tra và trả lời … phải được hoàn thành.": the date of the act its siblings
    carry out; each of them is due then, and the item is no task (before: a task of its own, the others undated)."""
    items = items_by_ref(COMPLAINTS)
    assert items["II.1"].deadline.date == items["II.2"].deadline.date == dt.date(2027, 3, 20)
    assert items["II.3"].kind == "note"


def test_a_request_heading_with_a_bare_verb_names_its_body() -> None:
    """ "2. Đề nghị Ủy ban nhân dân xã phối hợp": the verb after the body has no object; the body requested owns the
    dashes below (before: no owner)."""
    items = items_by_ref(COMPLAINTS)
    assert items["III.2-1"].lead == ["Ủy ban nhân dân xã"]
    assert items["III.2-2"].lead == ["Ủy ban nhân dân xã"]
