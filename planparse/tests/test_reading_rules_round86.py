"""Round 86 (set 61): an appendix row that restates a body item is that item, paired as a reader pairs them — each
the other's best match — and never with a duty that hands its body the plan's tasks of a field (synthetic texts,
another matter)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 91/KH-UBND\nGia Lai, ngày 3 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phát triển du lịch cộng đồng giai đoạn 2026 - 2030\n"
    "I. MỤC TIÊU\nĐưa du lịch cộng đồng thành sinh kế bền vững của đồng bào các dân tộc.\n"
    "II. NHIỆM VỤ TRỌNG TÂM\n"
    "1. Hạ tầng du lịch cộng đồng\n"
    "a) Nâng cấp đường giao thông nông thôn vào các làng du lịch cộng đồng, lắp đặt biển chỉ dẫn song ngữ tại"
    " các điểm đến.\n"
    "b) Xây dựng nhà đón tiếp khách và bãi đỗ xe tại các làng du lịch cộng đồng.\n"
    "2. Sản phẩm du lịch cộng đồng\n"
    "a) Phục dựng nghi lễ mừng lúa mới phục vụ khách tham quan.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch: Chủ trì, phối hợp xây dựng, triển khai các nhiệm vụ phát triển du lịch cộng đồng"
    " trong lĩnh vực lễ hội truyền thống của Kế hoạch.\n"
    "2. Sở Tài chính cân đối kinh phí thực hiện Kế hoạch.\n"
    "PHỤ LỤC DANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số 91/KH-UBND ngày 03/3/2026 của UBND tỉnh Gia Lai)\n"
    "STT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm\n"
    "I | Hạ tầng du lịch cộng đồng\n"
    "1 | Nâng cấp đường giao thông nông thôn, lắp đặt biển chỉ dẫn song ngữ tại các điểm đến | Sở Xây dựng | UBND các xã"
    " | 2026 - 2028 | Công trình\n"
    "2 | Lắp đặt biển chỉ dẫn song ngữ tại các làng du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | UBND các xã"
    " | 2026 | Biển chỉ dẫn\n"
)


def test_a_row_whose_best_item_another_row_restates_better_stays_its_own_task() -> None:
    """Rows 1 and 2 both restate II.1.a, row 1 more closely: II.1.a is row 1's (its owner and timing), and row 2
    does not fall back on the neighbouring II.1.b, which shares only the topic's words with it; II.1.b keeps its own
    reading (no owner or timing from a row), row 2 stays a task with its own owner and timing."""
    items = items_by_ref(HEAD)
    assert items["II.1.a"].lead == ["Sở Xây dựng"]
    assert str(items["II.1.a"].deadline.date) == "2028-12-31"
    assert "PL.I.2" in task_refs(items)
    assert items["PL.I.2"].lead == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert items["II.1.b"].deadline.date is None
    assert items["II.1.b"].same_as == []


def test_a_row_restating_a_remit_is_that_bodys_own_task() -> None:
    """A row restating, nearly word for word, a duty that hands its body the plan's tasks of a field ("Chủ trì,
    phối hợp triển khai các nhiệm vụ … trong lĩnh vực … của Kế hoạch") is no restatement of that duty: the row is
    a task of its own and the duty keeps its place."""
    text = HEAD + (
        "II | Sản phẩm du lịch cộng đồng\n"
        "3 | Xây dựng và tổ chức triển khai kế hoạch phát triển du lịch cộng đồng trong lĩnh vực lễ hội truyền thống"
        " | Sở Văn hóa, Thể thao và Du lịch | UBND các xã | 2026 - 2030 | Kế hoạch\n"
    )
    items = items_by_ref(text)
    assert {"PL.II.3", "III.1"} <= task_refs(items)
    assert items["III.1"].same_as == []
    assert items["III.1"].deadline.date is None
