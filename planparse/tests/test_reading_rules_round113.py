"""Round 113 (set 65 read as seen): an unnumbered table line filling only the task column and opening in lower case
goes on with the task cell of the row above (a wrapped cell): it is that row's text, no row of its own; a line
repeating the cell's last words adds nothing. A lettered item whose owner a section's lead-in names takes it from a
row too loose to be merged with it only when the row restates it. A row that says an item word for word restates it
under whichever group the table files it; a row of another group that restates no part of an item clearly does not
stop the rows of its own group sharing it out (synthetic texts)."""

from __future__ import annotations

from datetime import date

from planparse.tests.reading import appendix_resolution, items_by_ref, task_refs
from planparse.tests.test_reading_rules_round66 import LEAD_IN_OWNERS, _programme

ROW_1 = (
    "1 | Xây dựng bộ tiêu chí đánh giá chất lượng dịch vụ du lịch cộng đồng. Xây dựng công cụ đánh giá"
    " | Bộ Văn hóa, Thể thao và Du lịch | Các địa phương | Quyết định | 2026"
)
ROW_2 = "2 | Xây dựng cơ sở dữ liệu về điểm đến du lịch nông thôn | Bộ Nông nghiệp và Môi trường | | Cơ sở dữ liệu | 2027"


def test_a_lower_case_line_goes_on_with_the_row_above() -> None:
    """ " | trực tuyến và công bố kết quả hằng năm." wraps row 1's task cell: row 1 says it, and there is no third
    task."""
    items = items_by_ref(appendix_resolution(ROW_1, " | trực tuyến và công bố kết quả hằng năm.", ROW_2))
    assert task_refs(items) == {"PL.1", "PL.2"}
    assert items["PL.1"].text.endswith("công cụ đánh giá trực tuyến và công bố kết quả hằng năm.")
    assert items["PL.1"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]


def test_a_line_repeating_the_cell_end_adds_nothing() -> None:
    """A copy that writes the cell's last words again on a line of their own: row 1 is said once."""
    items = items_by_ref(appendix_resolution(ROW_1, " | xây dựng công cụ đánh giá", ROW_2))
    assert task_refs(items) == {"PL.1", "PL.2"}
    assert items["PL.1"].text.count("công cụ đánh giá") == 1


ROWS = (
    "| I | Hoàn thiện thể chế | | | |\n"
    "| 1 | Xây dựng quy chế mẫu về tổ chức và hoạt động của thư viện cộng đồng tại thôn, bản | Bộ Văn hóa, Thể thao"
    " và Du lịch | Bộ Nội vụ | Năm 2027 |\n"
    "| 2 | Phát động phong trào quyên góp sách cho học sinh vùng sâu, vùng xa | Bộ Thông tin và Truyền thông | |"
    " Năm 2027 |\n"
    "| II | Phát triển nguồn lực | | | |\n"
    "| 3 | Bồi dưỡng kỹ năng nghiệp vụ cho người phụ trách thư viện cộng đồng cấp xã | Bộ Giáo dục và Đào tạo"
    " | Ủy ban nhân dân các tỉnh | Năm 2028 |\n"
)


def test_a_row_sharing_a_few_words_does_not_take_the_lead_in_item() -> None:
    """Row 2 (a book drive for pupils "vùng sâu, vùng xa") only shares words with II.1.b (publishers giving books to
    the libraries "vùng sâu, vùng xa"): it stays a task of its own, and II.1.b is done by the bodies II's lead-in
    names, not by the row's ministry; the item row 1 restates keeps the row's owner."""
    items = items_by_ref(_programme(ROWS))
    assert "PL.2" in task_refs(items)
    assert items["II.1.b"].lead == LEAD_IN_OWNERS
    assert items["II.1.b"].lead_source == "explicit"
    assert items["II.1.a"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]


def _resolution(body: str, rows: str) -> str:
    """A Government programme: II's lead-in names the bodies over two titled groups, the appendix table's group rows
    restate the groups' titles."""
    return (
        "CHÍNH PHỦ\nSố: 302/NQ-CP\nNGHỊ QUYẾT\nBan hành Chương trình hành động về phát triển thư viện số\n"
        "I. MỤC TIÊU\nNâng cao văn hóa đọc trong nhân dân.\n"
        "II. NHIỆM VỤ CỤ THỂ\n"
        "Để đạt được mục tiêu trên, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
        "ương cần tổ chức thực hiện các nhiệm vụ sau đây:\n" + body + "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì theo dõi, đôn đốc việc thực hiện Chương trình.\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
        "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n" + rows
    )


LIBRARY_BODY = (
    "1. Phát triển hạ tầng thư viện số\n"
    "a) Xây dựng, ban hành danh mục và triển khai các nền tảng thư viện số dùng chung của các tỉnh, thành phố bảo đảm"
    " kết nối, liên thông trên môi trường số.\n"
    "b) Số hóa tài liệu cổ, tài liệu quý hiếm tại các thư viện cấp tỉnh.\n"
    "2. Phát triển dịch vụ thư viện số\n"
    "a) Xây dựng ứng dụng đọc sách trên thiết bị di động cho người dân.\n"
    "b) Khuyến khích các nhà xuất bản tặng sách điện tử cho thư viện vùng sâu, vùng xa.\n"
)
GROUP_I = (
    "I. | Phát triển hạ tầng thư viện số\n"
    "1. | Xây dựng danh mục, kế hoạch triển khai các nền tảng thư viện số dùng chung của các tỉnh, thành phố |"
    " Bộ Văn hóa, Thể thao và Du lịch | Các bộ, ngành, địa phương | 12/2026\n"
    "2. | Triển khai các nền tảng thư viện số dùng chung theo danh mục đã được ban hành bảo đảm kết nối, liên thông"
    " trên môi trường số | Ủy ban nhân dân các tỉnh, thành phố | | 12/2028\n"
    "3. | Số hóa tài liệu cổ, tài liệu quý hiếm tại các thư viện cấp tỉnh | Các tỉnh, thành phố | | 2027\n"
    "II. | Phát triển dịch vụ thư viện số\n"
    "4. | Xây dựng ứng dụng đọc sách trên thiết bị di động | Bộ Thông tin và Truyền thông | | 2026\n"
)


def test_a_row_saying_an_item_word_for_word_restates_it_in_another_group() -> None:
    """Row 5 says II.2.b word for word, though the table files it under group I (whose title restates
    section 1): II.2.b takes its owner and timing, and the row is no task of its own."""
    rows = GROUP_I.replace(
        "II. | ",
        "5. | Khuyến khích các nhà xuất bản tặng sách điện tử cho thư viện vùng sâu, vùng xa | Bộ Thông tin và"
        " Truyền thông | Hội Xuất bản Việt Nam | 2029\nII. | ",
    )
    items = items_by_ref(_resolution(LIBRARY_BODY, rows))
    assert "PL.I.5" not in task_refs(items)
    assert items["II.2.b"].lead == ["Bộ Thông tin và Truyền thông"]
    assert items["II.2.b"].deadline.date == date(2029, 12, 31)


def test_a_weak_row_of_another_group_does_not_stop_a_share_out() -> None:
    """II.1.a joins two works by "và triển khai"; rows 1 and 2 of its group restate one each; row 5 of group II
    (closest to II.1.a by a few words only) does not stop them sharing it out, and stays a task of its own."""
    rows = GROUP_I + (
        "5. | Hoàn thành việc triển khai các nhiệm vụ chuyển đổi số của thư viện, bảo đảm kết nối với nền tảng dùng"
        " chung của các tỉnh | Bộ Công an | | 2026\n"
    )
    items = items_by_ref(_resolution(LIBRARY_BODY, rows))
    refs = task_refs(items)
    assert {"II.1.a", "II.1.a[2]", "PL.II.5"} <= refs
    assert not {"PL.I.1", "PL.I.2"} & refs
    assert items["II.1.a"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]
    assert items["II.1.a"].deadline.date == date(2026, 12, 31)
    assert items["II.1.a[2]"].lead == ["Ủy ban nhân dân các tỉnh, thành phố"]
    assert items["II.1.a[2]"].deadline.date == date(2028, 12, 31)
