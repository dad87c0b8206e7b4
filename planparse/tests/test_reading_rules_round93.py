"""Round 93 (sets 27, 28, 51, 61): several rows of an appendix task table share out one body item, each restating a part
of it — a sentence, or one of the fields the item lists — and the item is read split along them, one part per row
with the row's owners and timing; a row that only shares a part's words with the row restating it stays a task
(synthetic texts, another matter)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 45/KH-UBND\nAn Bình, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh giai đoạn 2026 - 2030\n"
    "I. MỤC TIÊU\nBảo đảm chất thải rắn sinh hoạt được thu gom, xử lý an toàn.\n"
    "II. NHIỆM VỤ TRỌNG TÂM\n"
    "1. Hạ tầng thu gom, xử lý\n"
    "- Đầu tư hệ thống trạm trung chuyển chất thải rắn tại các xã, phường đạt chuẩn kỹ thuật. Lắp đặt thiết bị giám"
    " sát hành trình cho toàn bộ xe vận chuyển chất thải rắn. Xây dựng bản đồ số các điểm tập kết rác thải trên địa"
    " bàn tỉnh.\n"
    "- Tổ chức triển khai lộ trình phân loại chất thải rắn tại nguồn trong các lĩnh vực gồm: cơ sở y tế; trường học;"
    " chợ dân sinh; khu công nghiệp; trung tâm thương mại.\n"
    "- Nâng cấp bãi chôn lấp hợp vệ sinh tại các xã miền núi, bảo đảm không gây ô nhiễm nguồn nước.\n"
    "2. Truyền thông\n"
    "- Tuyên truyền, vận động người dân giảm sử dụng túi ni lông khó phân hủy. Khuyến khích các siêu thị sử dụng bao"
    " bì thân thiện với môi trường.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "Sở Nông nghiệp và Môi trường theo dõi, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch này.\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ TRỌNG TÂM\n"
    "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện\n"
    "I | Hạ tầng thu gom, xử lý\n"
    "1 | Đầu tư hệ thống trạm trung chuyển chất thải rắn tại các xã, phường đạt chuẩn kỹ thuật | Sở Xây dựng |"
    " UBND các xã, phường | 2026 - 2028\n"
    "2 | Lắp đặt thiết bị giám sát hành trình cho xe vận chuyển chất thải rắn | Sở Nông nghiệp và Môi trường |"
    " Các doanh nghiệp vận chuyển | Năm 2026\n"
    "3 | Xây dựng bản đồ số các điểm tập kết rác thải | Sở Khoa học và Công nghệ | UBND các xã, phường | Năm 2027\n"
    "4 | Triển khai lộ trình phân loại chất thải rắn tại nguồn trong các cơ sở y tế | Sở Y tế | Các bệnh viện |"
    " 2026 - 2030\n"
    "5 | Triển khai lộ trình phân loại chất thải rắn tại nguồn trong trường học | Sở Giáo dục và Đào tạo | Các"
    " trường học | 2026 - 2030\n"
    "6 | Triển khai lộ trình phân loại chất thải rắn tại nguồn tại chợ dân sinh và trung tâm thương mại | Sở Công Thương |"
    " Ban quản lý chợ | 2026 - 2030\n"
    "7 | Nâng cấp bãi chôn lấp hợp vệ sinh tại các xã miền núi | Sở Nông nghiệp và Môi trường | UBND các xã |"
    " 2026 - 2029\n"
    "II | Truyền thông\n"
    "1 | Tuyên truyền, vận động giảm sử dụng túi ni lông khó phân hủy | Sở Văn hóa, Thể thao và Du lịch | Các cơ quan"
    " báo chí | Thường xuyên\n"
    "2 | Tổ chức cuộc thi tuyên truyền về túi ni lông cho học sinh | Sở Giáo dục và Đào tạo | Đoàn Thanh niên |"
    " Năm 2027\n"
)


def test_rows_restating_the_sentences_of_one_item_split_it() -> None:
    """II.1-1's three sentences are restated by rows I.1, I.2 and I.3, each with its own department and timing: the
    item is three tasks, II.1-1, II.1-1[2] and II.1-1[3], each a sentence with its row's owner and timing, and the
    rows are no tasks of their own."""
    items = items_by_ref(PLAN)
    refs = task_refs(items)
    assert {"II.1-1", "II.1-1[2]", "II.1-1[3]"} <= refs
    assert not {"PL.I.1", "PL.I.2", "PL.I.3"} & refs
    assert [items[r].lead for r in ("II.1-1", "II.1-1[2]", "II.1-1[3]")] == [
        ["Sở Xây dựng"],
        ["Sở Nông nghiệp và Môi trường"],
        ["Sở Khoa học và Công nghệ"],
    ]
    assert [str(items[r].deadline.date) for r in ("II.1-1", "II.1-1[2]", "II.1-1[3]")] == [
        "2028-12-31",
        "2026-12-31",
        "2027-12-31",
    ]
    assert items["II.1-1[2]"].text.startswith("Lắp đặt thiết bị giám sát hành trình")
    assert items["PL.I.2"].same_as == ["II.1-1[2]"]


def test_rows_restating_the_fields_an_item_lists_split_it() -> None:
    """II.1-2 lists the fields where sorting at source is rolled out; rows I.4-I.6 give them to their departments,
    row I.6 two fields the list does not name side by side (markets, shopping centres): the item is one task per row,
    each with the item's words and its row's owner (the field no row takes, khu công nghiệp, stays in the words), and
    the rows are no tasks of their own."""
    items = items_by_ref(PLAN)
    refs = task_refs(items)
    parts = ("II.1-2", "II.1-2[2]", "II.1-2[3]")
    assert set(parts) <= refs and "II.1-2[4]" not in refs
    assert not {"PL.I.4", "PL.I.5", "PL.I.6"} & refs
    assert [items[r].lead for r in parts] == [["Sở Y tế"], ["Sở Giáo dục và Đào tạo"], ["Sở Công Thương"]]
    assert all(items[r].text == items["II.1-2"].text for r in parts)
    assert all(str(items[r].deadline.date) == "2030-12-31" for r in parts)


def test_a_row_restating_a_whole_item_splits_nothing() -> None:
    """Row I.7 restates II.1-3 whole: one task, the item with the row's owner, no part."""
    items = items_by_ref(PLAN)
    assert "II.1-3[2]" not in items
    assert items["II.1-3"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["PL.I.7"].kind == "note"


def test_a_row_sharing_only_a_parts_words_stays_a_task() -> None:
    """Row II.2 (a contest on plastic bags for pupils) is closest to II.2-1, but the sentence it shares words with is
    the one row II.1 restates: it restates no part of its own, so II.2-1 is not split and the row is a task."""
    items = items_by_ref(PLAN)
    assert "II.2-1[2]" not in items
    assert "PL.II.2" in task_refs(items)
    assert items["PL.II.2"].lead == ["Sở Giáo dục và Đào tạo"]
