"""Round 107 (set 65 read as seen): rows that share out one body item. An item of two works joined by "và", each
opening with its verb, is shared out by one row for each; a part of an item split along its rows that no row took
pairs with a row still a task that restates it; the pieces of one row cut at its sentences are one row, not two
sharing out an item (synthetic texts, another matter)."""

from __future__ import annotations

from datetime import date

from planparse.tests.reading import items_by_ref, task_refs

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 52/KH-UBND\nAn Bình, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Cấp nước sạch và giao thông thủy nông thôn năm 2026\n"
    "I. MỤC TIÊU\nBảo đảm người dân nông thôn được dùng nước sạch.\n"
    "II. NHIỆM VỤ TRỌNG TÂM\n"
)
TABLE = (
    "Phụ lục\nDANH MỤC NHIỆM VỤ\nTT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
)

JOINED = (
    HEAD + "1. Nước sạch\n"
    "- Cập nhật, hoàn thiện bộ tiêu chí đánh giá chất lượng nước sạch nông thôn và triển khai các chương trình hỗ trợ"
    " hộ gia đình lắp đặt thiết bị lọc nước.\n"
    "- Kiểm tra định kỳ chất lượng và an toàn các công trình cấp nước tập trung tại các xã miền núi.\n"
    "III. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    + TABLE
    + "I | Nước sạch\n"
    "1 | Xây dựng bộ tiêu chí đánh giá chất lượng nước sạch nông thôn | Sở Y tế | Sở Nông nghiệp và Môi trường |"
    " Tháng 9/2026\n"
    "2 | Triển khai các chương trình hỗ trợ hộ gia đình lắp đặt thiết bị lọc nước | UBND các xã | Hội Phụ nữ tỉnh |"
    " Năm 2027\n"
    "3 | Kiểm tra các công trình cấp nước tập trung tại các xã miền núi | Sở Nông nghiệp và Môi trường | UBND các xã |"
    " Năm 2026\n"
)


def test_two_works_joined_by_and_are_shared_out_by_their_rows() -> None:
    """II.1-1 joins two works by "và triển khai"; rows I.1 and I.2 restate one each: the item is II.1-1 and
    II.1-1[2], each with its row's owner and deadline, and the rows are no tasks of their own."""
    items = items_by_ref(JOINED)
    refs = task_refs(items)
    assert {"II.1-1", "II.1-1[2]"} <= refs
    assert not {"PL.I.1", "PL.I.2"} & refs
    assert items["II.1-1"].lead == ["Sở Y tế"]
    assert items["II.1-1"].deadline.date == date(2026, 9, 30)
    assert items["II.1-1[2]"].lead == ["UBND các xã"]
    assert items["II.1-1[2]"].deadline.date == date(2027, 12, 31)
    assert items["II.1-1[2]"].text.startswith("triển khai các chương trình")


def test_an_item_of_one_work_is_not_cut_at_and() -> None:
    """Guard: "và" before a noun ("chất lượng và an toàn") joins no second work: II.1-2 stays whole with its row."""
    items = items_by_ref(JOINED)
    refs = task_refs(items)
    assert "II.1-2" in refs and "II.1-2[2]" not in refs
    assert items["II.1-2"].lead == ["Sở Nông nghiệp và Môi trường"]


PARTS = (
    HEAD + "1. Đường thủy nội địa\n"
    "- Ban hành Quy chế quản lý bến thủy nội địa; xây dựng cơ sở dữ liệu số về phương tiện thủy nội địa; nâng cấp hệ"
    " thống phao tiêu báo hiệu trên các tuyến sông chính; nạo vét luồng lạch tại các cửa sông thường xuyên bồi lắng.\n"
    "- Tăng cường kiểm tra an toàn phương tiện chở khách và người lái phương tiện tại các bến đò ngang sông.\n"
    "III. TỔ CHỨC THỰC HIỆN\nSở Xây dựng theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    + TABLE
    + "I | Đường thủy nội địa\n"
    "1 | Xây dựng, trình Ủy ban nhân dân tỉnh ban hành Quy chế quản lý hoạt động bến thủy nội địa | Sở Xây dựng |"
    " Sở Tư pháp | Tháng 6/2026\n"
    "2 | Xây dựng cơ sở dữ liệu số về phương tiện thủy nội địa | Sở Khoa học và Công nghệ | Sở Xây dựng | Năm 2026\n"
    "3 | Nâng cấp hệ thống phao tiêu báo hiệu trên các tuyến sông chính | Sở Xây dựng | Cảng vụ | Năm 2027\n"
    "4 | Nạo vét luồng lạch tại các cửa sông thường xuyên bồi lắng | Sở Nông nghiệp và Môi trường | UBND các xã |"
    " Năm 2028\n"
    "5 | Tăng cường kiểm tra an toàn phương tiện chở khách tại các bến đò | Công an tỉnh | UBND các xã |"
    " Thường xuyên\n"
)


def test_a_part_no_row_took_pairs_with_the_row_restating_it() -> None:
    """II.1-1's last three clauses are rows I.2-I.4 word for word, so the item is split along them; its first clause
    (the regulation) is row I.1 in other words, a row whose likeness with the whole item was too weak to share it out:
    the part and the row are paired afterwards, the part with the row's owner and deadline, the row no task."""
    items = items_by_ref(PARTS)
    refs = task_refs(items)
    assert {"II.1-1", "II.1-1[2]", "II.1-1[3]", "II.1-1[4]"} <= refs
    assert "PL.I.1" not in refs
    assert items["II.1-1"].same_as == ["PL.I.1"]
    assert items["II.1-1"].lead == ["Sở Xây dựng"]
    assert items["II.1-1"].deadline.date == date(2026, 6, 30)


PIECES = (
    HEAD + "1. Nước sạch\n"
    "- Xây dựng bộ chỉ số đánh giá chất lượng dịch vụ cấp nước nông thôn. Xây dựng phần mềm theo dõi trực tuyến và"
    " định kỳ tổ chức đánh giá, công bố kết quả.\n"
    "- Kiểm tra các công trình cấp nước tập trung tại các xã miền núi.\n"
    "III. TỔ CHỨC THỰC HIỆN\nSở Nông nghiệp và Môi trường theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    + TABLE
    + "I | Nước sạch\n"
    "1 | Xây dựng bộ chỉ số đánh giá chất lượng dịch vụ cấp nước nông thôn. Xây dựng phần mềm theo dõi trực tuyến và"
    " định kỳ tổ chức đánh giá, công bố kết quả. | Sở Nông nghiệp và Môi trường |  | Năm 2026\n"
    " | trực tuyến và định kỳ tổ chức đánh giá, công bố kết quả.\n"
    "2 | Kiểm tra các công trình cấp nước tập trung tại các xã miền núi | Sở Y tế | UBND các xã | Năm 2027\n"
)


def test_the_pieces_of_one_row_do_not_share_out_its_item() -> None:
    """Row I.1 says II.1-1 whole; the unnumbered line under it repeats the row's tail (read as a piece of the row,
    PL.I.1[2]): one row, so the item is not split between the row and its piece."""
    items = items_by_ref(PIECES)
    refs = task_refs(items)
    assert "II.1-1" in refs and "II.1-1[2]" not in refs
    assert items["II.1-1"].same_as == ["PL.I.1"]


def test_a_list_of_verbs_on_one_object_is_one_work() -> None:
    """Guard: "Xây dựng và tổ chức triển khai Kế hoạch …" is two verbs on one object, not two works; "Xây dựng, ban
    hành danh mục và triển khai các nền tảng …" is two works."""
    from planparse.parser import _units

    assert _units("Xây dựng và tổ chức triển khai Kế hoạch cấp nước sạch nông thôn.") == [
        ["Xây dựng và tổ chức triển khai Kế hoạch cấp nước sạch nông thôn."]
    ]
    assert _units("Xây dựng, ban hành danh mục và triển khai các nền tảng số dùng chung của tỉnh.")[-1] == [
        "Xây dựng, ban hành danh mục",
        "triển khai các nền tảng số dùng chung của tỉnh.",
    ]
