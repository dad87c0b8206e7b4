"""Round 113 (set 65 read as seen): an unnumbered table line filling only the task column and opening in lower case
goes on with the task cell of the row above (a wrapped cell): it is that row's text, no row of its own; a line
repeating the cell's last words adds nothing. A lettered item whose owner a section's lead-in names takes it from a
row too loose to be merged with it only when the row restates it (synthetic texts)."""

from __future__ import annotations

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
