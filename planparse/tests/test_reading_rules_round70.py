"""Round 70 (set 28): a Government plan whose lettered item lists the projects it covers in dashes under a lead-in
ending in ":", and whose appendix restates the item and its list in one row's cell ("(i) … (ii) …"): the item is
one task with the row's owners and timing, its dashes are not tasks of their own. Made-up texts, each test failing
without its rule."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref


def _plan(rows: str) -> str:
    return (
        "CHÍNH PHỦ\nSố: 402/NQ-CP\nNGHỊ QUYẾT\nBan hành Kế hoạch hành động về bảo vệ nguồn nước sinh hoạt\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nBảo đảm nước sạch cho nhân dân.\n"
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
        "1. Đầu tư hạ tầng cấp nước\n"
        "a) Bố trí vốn đầu tư công trung hạn giai đoạn 2026 - 2030 cho các công trình cấp nước, trong đó ưu tiên "
        "các dự án trọng điểm sau:\n"
        "- Dự án cấp nước sạch liên xã cho vùng núi cao thường xuyên thiếu nước mùa khô.\n"
        "- Dự án xây dựng hồ chứa nước ngọt dự phòng cho các đảo có dân cư sinh sống.\n"
        "b) Kiểm tra chất lượng nước tại các nhà máy nước đô thị.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Xây dựng chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
        "| --- | --- | --- | --- | --- |\n" + rows
    )


ROWS = (
    "| I | Đầu tư hạ tầng cấp nước | | | |\n"
    "| 1 | Bố trí vốn đầu tư công trung hạn giai đoạn 2026 - 2030 cho các công trình cấp nước; ưu tiên các dự án "
    "trọng điểm: (i) Dự án cấp nước sạch liên xã cho vùng núi cao thường xuyên thiếu nước mùa khô. (ii) Dự án xây "
    "dựng hồ chứa nước ngọt dự phòng cho các đảo có dân cư sinh sống. | Bộ Tài chính | Các bộ, cơ quan | Năm 2028 |\n"
    "| 2 | Kiểm tra chất lượng nước tại các nhà máy nước đô thị | Bộ Y tế | Bộ Xây dựng | Năm 2027 |\n"
)


def test_a_row_restating_an_items_list_makes_the_item_one_task() -> None:
    """II.1.a's dashes name the projects its lead-in covers; the row folds them into its cell: II.1.a is the task,
    owned by the row's ministry and due the row's year; the dashes are no tasks."""
    items = items_by_ref(_plan(ROWS))
    item = items["II.1.a"]
    assert item.kind == "task"
    assert item.lead == ["Bộ Tài chính"] and item.lead_source == "table"
    assert item.deadline.date is not None and item.deadline.date.year == 2028
    dashes = [i for ref, i in items.items() if ref.startswith("II.1.a-")]
    assert dashes and all(d.kind != "task" for d in dashes)
    assert items["II.1.b"].kind == "task" and items["II.1.b"].lead == ["Bộ Y tế"]


def test_dashes_another_row_restates_apart_stay_tasks() -> None:
    """Each dash restated by a row of its own (with its own owner) is a task of its own, as before."""
    rows = (
        "| I | Đầu tư hạ tầng cấp nước | | | |\n"
        "| 1 | Dự án cấp nước sạch liên xã cho vùng núi cao thường xuyên thiếu nước mùa khô | Bộ Nông nghiệp và Môi "
        "trường | | Năm 2028 |\n"
        "| 2 | Dự án xây dựng hồ chứa nước ngọt dự phòng cho các đảo có dân cư sinh sống | Bộ Quốc phòng | | Năm 2029 "
        "|\n"
    )
    items = items_by_ref(_plan(rows))
    dashes = [i for ref, i in items.items() if ref.startswith("II.1.a-")]
    assert len(dashes) == 2 and all(d.kind == "task" for d in dashes)


def _plan_with_parts(rows: str) -> str:
    return (
        "CHÍNH PHỦ\nSố: 403/NQ-CP\nNGHỊ QUYẾT\nBan hành Kế hoạch hành động về phòng, chống sạt lở\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nGiảm thiệt hại do sạt lở.\n"
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
        "1. Hoàn thiện thể chế\n"
        "a) Rà soát, sửa đổi quy chuẩn kỹ thuật về thiết kế công trình chống sạt lở bờ sông, bờ biển.\n"
        "b) Xây dựng chương trình đào tạo kỹ sư địa chất công trình chất lượng cao.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Nông nghiệp và Môi trường chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
        "| --- | --- | --- | --- | --- |\n" + rows
    )


def test_dash_rows_under_a_row_without_owner_give_the_item_its_owners() -> None:
    """Row 1 restates II.1.a and names no owner; its "-" rows split it by kind of works, each with its owner: II.1.a
    is done by those owners, no dash row is a task of its own."""
    rows = (
        "| I | Hoàn thiện thể chế | | | |\n"
        "| 1 | Rà soát, sửa đổi quy chuẩn kỹ thuật về thiết kế công trình chống sạt lở bờ sông, bờ biển. | | | |\n"
        "| - | Công trình đê kè. | Bộ Nông nghiệp và Môi trường | Các bộ, cơ quan | Năm 2027 |\n"
        "| - | Công trình cầu đường ven sông. | Bộ Xây dựng | | |\n"
        "| 2 | Xây dựng chương trình đào tạo kỹ sư địa chất công trình chất lượng cao. | Bộ Giáo dục và Đào tạo"
        " | | Năm 2028 |\n"
    )
    parsed = items_by_ref(_plan_with_parts(rows))
    item = parsed["II.1.a"]
    assert item.lead == ["Bộ Nông nghiệp và Môi trường", "Bộ Xây dựng"], item.lead
    assert item.lead_source == "table"
    assert item.deadline.date is not None and item.deadline.date.year == 2027
    assert [r for r, i in parsed.items() if i.kind == "task" and i.marker == "row"] == []
    assert parsed["II.1.b"].lead == ["Bộ Giáo dục và Đào tạo"]


def test_an_unnumbered_row_under_a_row_without_owner_is_its_part() -> None:
    """Row 2 restates II.1.b with its task cell only; the unnumbered row under it says how, with owner and timing:
    II.1.b takes them, the unnumbered row is no task of its own."""
    rows = (
        "| I | Hoàn thiện thể chế | | | |\n"
        "| 1 | Rà soát, sửa đổi quy chuẩn kỹ thuật về thiết kế công trình chống sạt lở bờ sông, bờ biển. | Bộ Xây"
        " dựng | | Năm 2027 |\n"
        "| 2 | Xây dựng chương trình đào tạo kỹ sư địa chất công trình chất lượng cao. | | | |\n"
        "| | Đặt hàng các trường đại học đào tạo kỹ sư theo nhu cầu của địa phương. | Bộ Giáo dục và Đào tạo | Các"
        " bộ, cơ quan | Năm 2028 |\n"
    )
    parsed = items_by_ref(_plan_with_parts(rows))
    item = parsed["II.1.b"]
    assert item.lead == ["Bộ Giáo dục và Đào tạo"], item.lead
    assert item.deadline.date is not None and item.deadline.date.year == 2028
    assert [r for r, i in parsed.items() if i.kind == "task" and i.marker == "row"] == []
