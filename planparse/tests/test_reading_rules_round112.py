"""Round 112 (set 65 read as seen): a table row restating the lead-in of an item over dashes ("b) Sửa đổi Quy chế …
để:" / "- …" / "- …") when no row restates a dash: the item is the one task, with the row's owner and timing; its
dashes are what the work covers, no tasks of their own (synthetic texts)."""

from __future__ import annotations

from datetime import date

from planparse.tests.reading import items_by_ref, task_refs

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 61/KH-UBND\nAn Bình, ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phát triển du lịch cộng đồng năm 2026\n"
    "I. MỤC TIÊU\nPhát triển du lịch cộng đồng bền vững tại các xã miền núi.\n"
    "II. NHIỆM VỤ TRỌNG TÂM\n1. Hoàn thiện chính sách\n"
    "a) Rà soát các quy định về điều kiện kinh doanh homestay tại các xã miền núi.\n"
    "b) Sửa đổi Quy chế quản lý điểm du lịch cộng đồng của tỉnh ban hành năm 2019 để:\n"
    "- Tháo gỡ vướng mắc về thủ tục công nhận điểm du lịch cộng đồng\n"
    "- Phân cấp cho Ủy ban nhân dân cấp xã quản lý các điểm du lịch cộng đồng\n"
    "- Huy động nguồn lực xã hội đầu tư hạ tầng tại các điểm du lịch cộng đồng\n"
    "c) Xây dựng bộ tiêu chí đánh giá chất lượng dịch vụ du lịch cộng đồng.\n"
    "III. TỔ CHỨC THỰC HIỆN\nSở Văn hóa, Thể thao và Du lịch theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ\nTT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
    "1 | Rà soát các quy định về điều kiện kinh doanh homestay tại các xã miền núi | Sở Văn hóa, Thể thao và Du lịch"
    " | UBND các xã | Tháng 6/2026\n"
)
LEAD_IN_ROW = (
    "2 | Sửa đổi Quy chế quản lý điểm du lịch cộng đồng của tỉnh ban hành năm 2019 để hoàn thiện thể chế |"
    " Sở Văn hóa, Thể thao và Du lịch | Sở Tư pháp | Tháng 9/2026\n"
)
LAST_ROW = (
    "3 | Xây dựng bộ tiêu chí đánh giá chất lượng dịch vụ du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch |"
    " Sở Khoa học và Công nghệ | Năm 2026\n"
)
DASH_ROW = (
    "2 | Phân cấp cho Ủy ban nhân dân cấp xã quản lý các điểm du lịch cộng đồng | Sở Nội vụ | UBND các xã |"
    " Tháng 9/2026\n"
)


def test_a_row_restating_the_lead_in_makes_the_item_one_task() -> None:
    """Row 2 says b)'s lead-in word for word (and the aim in one phrase): b) is the task, with Sở Văn hóa, Thể thao và Du lịch and September
    2026; its three dashes and row 2 are no tasks."""
    items = items_by_ref(HEAD + LEAD_IN_ROW + LAST_ROW)
    refs = task_refs(items)
    assert "II.1.b" in refs
    assert not {"II.1.b-1", "II.1.b-2", "II.1.b-3", "PL.2"} & refs
    assert items["II.1.b"].lead == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert items["II.1.b"].deadline.date == date(2026, 9, 30)


def test_a_row_restating_a_dash_leaves_the_dashes_tasks() -> None:
    """Guard: where a row restates one of the dashes, the table lists the dashes' work: they stay tasks."""
    items = items_by_ref(HEAD + DASH_ROW + LAST_ROW)
    refs = task_refs(items)
    assert {"II.1.b-1", "II.1.b-2", "II.1.b-3"} <= refs
    assert "II.1.b" not in refs
