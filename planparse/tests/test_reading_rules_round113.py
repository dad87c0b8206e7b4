"""Round 113 (set 65 read as seen): an unnumbered table line filling only the task column and opening in lower case
goes on with the task cell of the row above (a wrapped cell): it is that row's text, no row of its own; a line
repeating the cell's last words adds nothing (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import appendix_resolution, items_by_ref, task_refs

ROW_1 = (
    "1 | Xây dựng bộ tiêu chí đánh giá chất lượng dịch vụ du lịch cộng đồng. Xây dựng công cụ đánh giá"
    " | Bộ Văn hóa, Thể thao và Du lịch | Các địa phương | Quyết định | 2026"
)
ROW_2 = "2 | Xây dựng cơ sở dữ liệu về điểm đến du lịch nông thôn | Bộ Nông nghiệp và Môi trường | | Cơ sở dữ liệu | 2027"


def test_a_lower_case_line_goes_on_with_the_row_above() -> None:
    """" | trực tuyến và công bố kết quả hằng năm." wraps row 1's task cell: row 1 says it, and there is no third
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
