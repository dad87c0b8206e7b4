"""Round 42 (set 40, released): a meeting's order of business, and a step typed under a labelled block
(synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

ASSEMBLY = (
    "ỦY BAN NHÂN DÂN XÃ ĐÔNG HÒA\nSố: 18/KH-UBND\nĐông Hòa, ngày 06 tháng 4 năm 2027\nKẾ HOẠCH\n"
    "Tổ chức hội nghị đối thoại với nhân dân năm 2027\n"
    "I. NỘI DUNG\n"
    "1. Chuẩn bị hội nghị\n"
    "- Văn phòng Ủy ban nhân dân xã chuẩn bị hội trường, tài liệu.\n"
    "2. Trình tự tổ chức hội nghị (theo quy chế đối thoại)\n"
    "2.1. Chủ trì tuyên bố lý do, giới thiệu đại biểu. Người chủ trì có trách nhiệm sau đây:\n"
    "- Giới thiệu mục đích, yêu cầu của hội nghị;\n"
    "- Giới thiệu thư ký hội nghị;\n"
    "2.2. Thư ký hội nghị đọc báo cáo tóm tắt tình hình kinh tế - xã hội.\n"
    "2.3. Người dân phát biểu ý kiến.\n"
    "2.4. Đại diện các ngành trả lời ý kiến của người dân.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Văn phòng Ủy ban nhân dân xã\n"
    "- Tổng hợp ý kiến của người dân sau hội nghị.\n"
)

CONFERENCES = (
    "ỦY BAN MTTQ VIỆT NAM XÃ PHÚ LỘC\nBAN THƯỜNG TRỰC\nSố: 09/KH-MTTQ-BTT\nPhú Lộc, ngày 02 tháng 3 năm 2027\n"
    "KẾ HOẠCH\nTổ chức các hội nghị bàn về quỹ vì người nghèo năm 2027\n"
    "I. NỘI DUNG, TIẾN ĐỘ\n"
    "1. Hội nghị lần thứ nhất\n"
    "1.1. Nội dung: Thống nhất danh sách hộ được hỗ trợ.\n"
    "- Thời gian: Chậm nhất ngày 20/3/2027.\n"
    "- Đơn vị chủ trì: Ban Công tác Mặt trận thôn.\n"
    "1.2. Báo cáo kết quả hội nghị\n"
    "- Gửi biên bản hội nghị về Ban Thường trực ngay sau hội nghị.\n"
    "- Niêm yết danh sách tại nhà văn hóa thôn.\n"
    "2. Hội nghị lần thứ hai\n"
    "Nội dung: Thống nhất mức hỗ trợ cho từng hộ.\n"
    "- Thời gian: Chậm nhất ngày 15/4/2027.\n"
    "- Đơn vị chủ trì: Ban Công tác Mặt trận thôn.\n"
    "2.2. Báo cáo kết quả hội nghị\n"
    "- Gửi biên bản hội nghị về Ban Thường trực ngay sau hội nghị.\n"
    "- Chuyển danh sách hộ được hỗ trợ đến Ủy ban nhân dân xã.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Ban Công tác Mặt trận các thôn\n"
    "- Chủ trì các hội nghị tại thôn.\n"
)


def test_the_order_of_business_of_a_meeting_holds_no_tasks() -> None:
    """ "2. Trình tự tổ chức hội nghị" over its numbered steps: what the chair, the secretary and the attendees do
    in the sitting, not work the plan hands out (before: each step a task with no owner)."""
    items = items_by_ref(ASSEMBLY)
    for ref in ("I.2.1-1", "I.2.1-2", "I.2.2", "I.2.3", "I.2.4"):
        assert items[ref].kind != "task", (ref, items[ref].kind)
    assert items["I.1-1"].kind == items["II.1-1"].kind == "task"


def test_a_numbered_step_with_its_own_dashes_under_a_labelled_block_is_read_as_it_is() -> None:
    """ "2. Hội nghị lần thứ hai" holds its "Nội dung:" paragraph and labelled dashes, then "2.2. Báo cáo kết quả hội
    nghị" with its own dashes: that step is no line of the conference's description; its dashes are tasks as those
    of "1.2." are (before: notes)."""
    items = items_by_ref(CONFERENCES)
    assert items["I.2"].kind == "task"
    assert items["I.2.2-1"].kind == items["I.2.2-2"].kind == "task"
    assert items["I.1.2-1"].kind == "task"


def test_labelled_particulars_under_a_numbered_sub_heading_still_describe_the_block() -> None:
    """A sub-heading whose dashes are labelled particulars ("- Địa điểm: …", "- Số lượng: …") describes the
    conference above it: its dashes stay notes."""
    text = CONFERENCES.replace(
        "2.2. Báo cáo kết quả hội nghị\n"
        "- Gửi biên bản hội nghị về Ban Thường trực ngay sau hội nghị.\n"
        "- Chuyển danh sách hộ được hỗ trợ đến Ủy ban nhân dân xã.\n",
        "2.2. Địa điểm và số lượng\n- Địa điểm: Nhà văn hóa các thôn.\n- Số lượng: 50 cử tri mỗi thôn.\n",
    )
    items = items_by_ref(text)
    assert items["I.2"].kind == "task"
    assert items["I.2.2-1"].kind != "task" and items["I.2.2-2"].kind != "task"
