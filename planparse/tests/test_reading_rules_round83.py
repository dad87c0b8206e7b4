"""Round 83 (set 60): a province's plan whose tasks are the rows of an appendix table, grouped under roman group rows
that a one-line content list of the body names again (synthetic texts, another matter and other numbering)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 412/KH-UBND\nKon Tum, ngày 03 tháng 3 năm 2026\nKẾ HOẠCH\n"
    "Triển khai công tác bảo vệ rừng và phòng cháy, chữa cháy rừng\n"
    "1. MỤC TIÊU\nGiảm số vụ vi phạm pháp luật về lâm nghiệp trên địa bàn tỉnh.\n"
    "2. CÁC NỘI DUNG CHỦ YẾU\n"
    "2.1. Rà soát quy hoạch ba loại rừng trên địa bàn tỉnh.\n"
    "2.2. Nâng cao năng lực lực lượng kiểm lâm cơ sở.\n"
    "2.3. Giao đất, giao rừng cho cộng đồng dân cư thôn.\n"
    "2.4. Phòng cháy, chữa cháy rừng mùa khô.\n"
    "(Nhiệm vụ cụ thể tại Phụ lục kèm theo)\n"
    "3. TỔ CHỨC THỰC HIỆN\n"
    "Sở Tài chính cân đối kinh phí thực hiện Kế hoạch.\n"
    "PHỤ LỤC NHIỆM VỤ BẢO VỆ RỪNG (Kèm theo Kế hoạch số 412/KH-UBND ngày 03/3/2026 của UBND tỉnh Kon Tum)\n"
    "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
)


def test_content_list_restated_as_the_tables_group_rows_heads_the_rows() -> None:
    """The body's one-line contents are the titles of the table's groups (group I restates item 1, group IV item 4):
    they are the rows' headings, not tasks, and no row is folded into them; every row stays a task with its owner."""
    rows = (
        "I | RÀ SOÁT QUY HOẠCH BA LOẠI RỪNG TRÊN ĐỊA BÀN TỈNH\n"
        "1 | Rà soát ranh giới rừng phòng hộ đầu nguồn | Sở Nông nghiệp và Môi trường | UBND các xã | Quý II/2026\n"
        "II | NÂNG CAO NĂNG LỰC KIỂM LÂM\n"
        "1 | Tập huấn nghiệp vụ cho kiểm lâm địa bàn | Chi cục Kiểm lâm | Trường Cao đẳng | Quý III/2026\n"
        "III | GIAO RỪNG CHO CỘNG ĐỒNG\n"
        "1 | Lập hồ sơ giao rừng cho cộng đồng thôn | UBND các xã | Chi cục Kiểm lâm | Năm 2026\n"
        "IV | PHÒNG CHÁY, CHỮA CHÁY RỪNG MÙA KHÔ\n"
        "1 | Phòng cháy, chữa cháy rừng mùa khô | Chi cục Kiểm lâm | Công an tỉnh | Tháng 4/2026\n"
        "2 | Trực cháy rừng tại các chốt | UBND các xã | Chi cục Kiểm lâm | Tháng 5/2026\n"
    )
    items = items_by_ref(HEAD + rows)
    assert not {"2.1", "2.2", "2.3", "2.4"} & task_refs(items)
    assert {"PL.I.1", "PL.II.1", "PL.III.1", "PL.IV.1", "PL.IV.2"} <= task_refs(items)
    assert items["PL.IV.1"].lead == ["Chi cục Kiểm lâm"]
    assert str(items["PL.IV.1"].deadline.date) == "2026-04-30"


def test_content_list_not_restated_by_the_groups_keeps_its_items() -> None:
    """Group rows titled otherwise than the body's items (one only restating one) leave the items as they were read."""
    rows = (
        "I | CÔNG TÁC QUẢN LÝ\n"
        "1 | Rà soát ranh giới rừng phòng hộ đầu nguồn | Sở Nông nghiệp và Môi trường | UBND các xã | Quý II/2026\n"
        "II | CÔNG TÁC ĐÀO TẠO\n"
        "1 | Tập huấn nghiệp vụ cho kiểm lâm địa bàn | Chi cục Kiểm lâm | Trường Cao đẳng | Quý III/2026\n"
        "III | CÔNG TÁC GIAO RỪNG\n"
        "1 | Lập hồ sơ giao rừng cho cộng đồng thôn | UBND các xã | Chi cục Kiểm lâm | Năm 2026\n"
        "IV | PHÒNG CHÁY, CHỮA CHÁY RỪNG MÙA KHÔ\n"
        "1 | Trực cháy rừng tại các chốt | UBND các xã | Chi cục Kiểm lâm | Tháng 5/2026\n"
    )
    items = items_by_ref(HEAD + rows)
    assert items["2.2"].kind == "task"


def test_rows_numbered_afresh_before_a_skipped_group_belong_to_the_group_before_it() -> None:
    """A copy that lost part of its table runs rows numbered afresh (2, 3 after 1, 2, 3) under the group above and then
    a group row skips numbers (V after II): those rows are the lost group IV's, read as IV.2 and IV.3 — not as second
    rows 2 and 3 of group II."""
    rows = (
        "I | CÔNG TÁC QUẢN LÝ\n"
        "1 | Rà soát ranh giới rừng phòng hộ đầu nguồn | Sở Nông nghiệp và Môi trường | UBND các xã | Quý II/2026\n"
        "II | CÔNG TÁC ĐÀO TẠO\n"
        "1 | Tập huấn nghiệp vụ cho kiểm lâm địa bàn | Chi cục Kiểm lâm | Trường Cao đẳng | Quý III/2026\n"
        "2 | Bồi dưỡng kỹ năng chữa cháy cho tổ đội xung kích | Công an tỉnh | UBND các xã | Quý IV/2026\n"
        "3 | Cấp trang phục cho lực lượng bảo vệ rừng chuyên trách | Sở Tài chính | Chi cục Kiểm lâm | Năm 2026\n"
        "………………………\n"
        "2 | Lắp camera giám sát cháy rừng tại vùng trọng điểm | Sở Khoa học và Công nghệ | Chi cục Kiểm lâm"
        " | Năm 2027\n"
        "3 | Xây dựng chòi canh lửa tại các tiểu khu | Chi cục Kiểm lâm | UBND các xã | Năm 2027\n"
        "V | TỔNG KẾT\n"
        "1 | Sơ kết việc thực hiện Kế hoạch | Sở Nông nghiệp và Môi trường | Các sở, ngành | Tháng 12/2027\n"
    )
    items = items_by_ref(HEAD + rows)
    assert {"PL.II.3", "PL.IV.2", "PL.IV.3", "PL.V.1"} <= task_refs(items)
    assert "PL.II.2[2]" not in items
    assert items["PL.IV.2"].lead == ["Sở Khoa học và Công nghệ"]
    assert items["PL.IV.3"].parent == "PL.IV"
    assert str(items["PL.IV.3"].deadline.date) == "2027-12-31"


def test_rows_numbered_afresh_before_the_next_group_in_order_stay_where_they_are() -> None:
    """With the next group row in order (III after II) no group was lost: the rows stay under group II."""
    rows = (
        "I | CÔNG TÁC QUẢN LÝ\n"
        "1 | Rà soát ranh giới rừng phòng hộ đầu nguồn | Sở Nông nghiệp và Môi trường | UBND các xã | Quý II/2026\n"
        "II | CÔNG TÁC ĐÀO TẠO\n"
        "1 | Tập huấn nghiệp vụ cho kiểm lâm địa bàn | Chi cục Kiểm lâm | Trường Cao đẳng | Quý III/2026\n"
        "2 | Bồi dưỡng kỹ năng chữa cháy cho tổ đội xung kích | Công an tỉnh | UBND các xã | Quý IV/2026\n"
        "2 | Lắp camera giám sát cháy rừng tại vùng trọng điểm | Sở Khoa học và Công nghệ | Chi cục Kiểm lâm"
        " | Năm 2027\n"
        "III | TỔNG KẾT\n"
        "1 | Sơ kết việc thực hiện Kế hoạch | Sở Nông nghiệp và Môi trường | Các sở, ngành | Tháng 12/2027\n"
    )
    items = items_by_ref(HEAD + rows)
    assert "PL.II.2[2]" in items
    assert not any(ref.startswith("PL.IV") for ref in items)


def test_body_after_a_long_list_of_kinds_of_body_is_guided_not_a_second_subject() -> None:
    """The bodies a duty follows up may open with a list of kinds of body longer than ten words ("các sở, ban,
    ngành, tổ chức chính trị - xã hội"): the body after its comma, with the verb of the work followed up, is the
    list's next body guided, not a second owner of the duty."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH KON TUM\nSố: 415/KH-UBND\nKẾ HOẠCH\nTriển khai công tác bảo vệ rừng\n"
        "I. MỤC TIÊU\nGiảm số vụ vi phạm pháp luật về lâm nghiệp.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Chi cục Kiểm lâm có trách nhiệm giúp Ủy ban nhân dân tỉnh kiểm tra, đôn đốc các sở, ban, ngành, tổ chức"
        " chính trị - xã hội, Ủy ban nhân dân các huyện, thành phố triển khai thực hiện; tổng hợp báo cáo kết quả.\n"
    )
    items = items_by_ref(text)
    assert items["II.1"].lead == ["Chi cục Kiểm lâm"]


def test_lines_under_a_merged_number_before_a_skipped_group_stay_with_their_row() -> None:
    """Lines under a merged STT cell repeat their row's number: nothing is numbered afresh, so a group row that skips
    numbers (IV after II) moves none of them."""
    rows = (
        "I | CÔNG TÁC QUẢN LÝ\n"
        "1 | Rà soát ranh giới rừng phòng hộ đầu nguồn | Sở Nông nghiệp và Môi trường | UBND các xã | Quý II/2026\n"
        "II | CÔNG TÁC ĐÀO TẠO\n"
        "1 | Tập huấn nghiệp vụ cho kiểm lâm địa bàn | Chi cục Kiểm lâm | Trường Cao đẳng | Quý III/2026\n"
        " | Bồi dưỡng kỹ năng chữa cháy cho tổ đội xung kích | Công an tỉnh | UBND các xã | Quý IV/2026\n"
        "IV | TỔNG KẾT\n"
        "1 | Sơ kết việc thực hiện Kế hoạch | Sở Nông nghiệp và Môi trường | Các sở, ngành | Tháng 12/2027\n"
    )
    items = items_by_ref(HEAD + rows)
    assert not any(ref.startswith("PL.III") for ref in items)
    assert items["PL.II.1[2]"].parent == "PL.II"
