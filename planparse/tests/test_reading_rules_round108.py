"""Round 108 (set 65 read as seen): the next roman group row of a task table, written with a stray cell filled (the
words of the row above carried over into its timing column) but no owner, is still a group row: the rows under it
are that group's (synthetic texts, another matter)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN BÌNH\nSố: 61/KH-UBND\nAn Bình, ngày 20 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Phát triển du lịch nông thôn năm 2026\n"
    "I. MỤC TIÊU\nTăng lượng khách đến các làng nghề.\n"
    "II. TỔ CHỨC THỰC HIỆN\nCác sở, ngành, địa phương thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n"
    "Phụ lục\nDANH MỤC NHIỆM VỤ\n"
    "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
    "I | Hạ tầng du lịch\n"
    "1 | Nâng cấp đường vào các làng nghề truyền thống | Sở Xây dựng | UBND các xã | Năm 2026\n"
    "2 | Lắp đặt biển chỉ dẫn tại các điểm du lịch cộng đồng | Sở Văn hóa, Thể thao và Du lịch | UBND các xã |"
    " 2026 và những năm\n"
    "II | Quảng bá du lịch |  |  | tiếp theo\n"
    "3 | Tổ chức hội chợ sản phẩm làng nghề | Sở Công Thương | Hội Nông dân tỉnh | Tháng 10/2026\n"
    "4 | Xây dựng bản đồ số các điểm du lịch nông thôn | Sở Khoa học và Công nghệ | Sở Văn hóa, Thể thao và Du"
    " lịch | Năm 2026\n"
    "III | Đào tạo nhân lực\n"
    "5 | Tập huấn kỹ năng đón khách cho hộ làm du lịch | Sở Văn hóa, Thể thao và Du lịch | Hội Phụ nữ tỉnh |"
    " Năm 2026\n"
)


def test_a_group_row_with_a_stray_cell_is_still_the_next_group() -> None:
    """Group row II carries "tiếp theo" in its timing column and no owner: rows 3 and 4 are PL.II.3 and PL.II.4,
    not rows of group I, and the group row is no task."""
    items = items_by_ref(PLAN)
    refs = task_refs(items)
    assert {"PL.I.1", "PL.I.2", "PL.II.3", "PL.II.4", "PL.III.5"} <= refs
    assert not {"PL.I.3", "PL.I.4"} & refs
    assert items["PL.II"].kind == "section"
    assert items["PL.II.3"].lead == ["Sở Công Thương"]


def test_a_row_numbered_past_the_next_group_is_no_group() -> None:
    """Guard: a roman number that does not follow the group before it ("IV" after group I), with an owner filled, is
    no group row of this kind."""
    plan = PLAN.replace(
        "II | Quảng bá du lịch |  |  | tiếp theo",
        "IV | Quảng bá du lịch | Sở Công Thương |  | tiếp theo",
    )
    items = items_by_ref(plan)
    assert "PL.IV" not in items
