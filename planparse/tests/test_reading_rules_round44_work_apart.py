"""Round 44 (set 42, released): items a reader does not count as work — a field's values, timing items that
date the work above them, approved lists, a register appended to a decision, contact points — and a closing
request that names the owners and the date of subjectless items (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

SURVEY = (
    "SỞ NỘI VỤ TỈNH AN GIANG\nSố: 410/SNV-TCBC\nAn Giang, ngày 02 tháng 3 năm 2027\n"
    "V/v hướng dẫn khảo sát mức độ hài lòng năm 2027\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
    "Sở Nội vụ hướng dẫn một số nội dung như sau:\n"
    "1. Về công tác khảo sát\n"
    "a) Lập danh sách người được khảo sát:\n"
    "Ủy ban nhân dân các xã, phường lập danh sách người được khảo sát, nhập vào phần mềm của Sở Nội vụ.\n"
    "b) Đối tượng, số lượng phiếu khảo sát:\n"
    "- Đối với cấp xã, thực hiện khảo sát 03 nhóm người với số lượng phiếu như sau:\n"
    "+ Trưởng thôn: Khảo sát tất cả trưởng thôn trên địa bàn xã.\n"
    "+ Công chức một cửa: Khảo sát mỗi bộ phận một cửa 02 công chức.\n"
    "+ Người dân đến giao dịch: Khảo sát ít nhất 30 người trong tháng.\n"
    "c) Theo dõi tiến độ:\n"
    "Ủy ban nhân dân các xã, phường theo dõi, đôn đốc việc trả lời phiếu khảo sát.\n"
    "Đề nghị Ủy ban nhân dân các xã, phường triển khai thực hiện./.\n"
)


def test_the_points_under_a_field_heading_are_its_values() -> None:
    """ "b) Đối tượng, số lượng phiếu khảo sát:" names a field (whom, how many); its "+ Trưởng thôn: Khảo sát tất
    cả …" points are its values, not work (before: each point was a task of the letter's addressee)."""
    items = items_by_ref(SURVEY)
    tasks = sorted(r for r, i in items.items() if i.kind == "task")
    assert tasks == ["1.a", "1.c"], tasks
