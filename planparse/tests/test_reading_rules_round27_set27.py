"""Round 27 (set 27): a Government plan whose section lead-in names the bodies over titled groups of owner-less
dashes, and whose appendix table restates some dashes with their own owners (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

PLAN = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 901/QĐ-TTg\nKẾ HOẠCH\nThực hiện Chỉ thị về phát triển thể thao quần chúng\n"
    "I. MỤC TIÊU\n"
    "Nâng cao thể lực, tầm vóc của người dân.\n"
    "II. NHIỆM VỤ CỤ THỂ\n"
    "Để đạt được mục tiêu trên, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
    "ương cần tổ chức thực hiện các nhiệm vụ sau đây:\n"
    "1. Đổi mới công tác tuyên truyền về thể thao quần chúng\n"
    "- Đa dạng hóa hình thức tuyên truyền về lợi ích của luyện tập thể dục, thể thao.\n"
    "- Biểu dương các câu lạc bộ thể thao cơ sở hoạt động hiệu quả.\n"
    "2. Hoàn thiện hạ tầng thể thao cơ sở\n"
    "- Rà soát quỹ đất dành cho sân chơi, bãi tập tại các khu dân cư.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
    "2. Bộ Tài chính bảo đảm kinh phí thực hiện Kế hoạch.\n"
)


def test_outer_lead_in_owns_dashes_of_titled_groups() -> None:
    """The dashes have no subject and their group titles open no list: II's lead-in names who does them, not the
    plan's coordinating ministry by inference."""
    items = items_by_ref(PLAN)
    for ref in ("II.1-1", "II.1-2", "II.2-1"):
        assert items[ref].lead == [
            "các bộ, cơ quan ngang bộ",
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
        ], ref
        assert items[ref].lead_source == "explicit"


TABLE_HEAD = (
    "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH\n"
    "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
    "| --- | --- | --- | --- | --- |\n"
)


def _with_table(body: str, rows: str) -> str:
    return (
        "THỦ TƯỚNG CHÍNH PHỦ\nSố: 902/QĐ-TTg\nKẾ HOẠCH\nThực hiện Chỉ thị về du lịch cộng đồng\n"
        "I. MỤC TIÊU\nPhát triển du lịch cộng đồng bền vững.\n"
        "II. NHIỆM VỤ CỤ THỂ\n"
        "Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương cần thực hiện các nhiệm "
        "vụ sau đây:\n" + body + "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.\n"
        + TABLE_HEAD
        + rows
    )


def test_two_rows_restating_two_clauses_of_one_dash_split_it() -> None:
    """A dash of two clauses joined by ";", each restated by its own row of one table group: the dash is cut along the rows,
    each part with its row's owner and timing (no row left over as a task of its own)."""
    body = (
        "1. Phát triển sản phẩm du lịch cộng đồng\n"
        "- Xây dựng bộ tiêu chí công nhận điểm du lịch cộng đồng đạt chuẩn quốc gia; "
        "tổ chức tập huấn kỹ năng đón tiếp khách cho hộ gia đình làm homestay tại vùng cao.\n"
        "- Quảng bá hình ảnh làng nghề truyền thống trên các nền tảng số.\n"
    )
    rows = (
        "| I | Phát triển sản phẩm | | | |\n"
        "| 1 | Xây dựng bộ tiêu chí công nhận điểm du lịch cộng đồng đạt chuẩn quốc gia | Bộ Văn hóa, Thể thao và Du lịch"
        " | Ủy ban nhân dân cấp tỉnh | Quý IV/2026 |\n"
        "| 2 | Tập huấn kỹ năng đón tiếp khách cho hộ gia đình làm homestay vùng cao | Ủy ban nhân dân cấp tỉnh"
        " | Hiệp hội Du lịch | Quý II/2027 |\n"
        "| 3 | Quảng bá hình ảnh làng nghề truyền thống trên nền tảng số | Bộ Ngoại giao | Các bộ, ngành | Năm 2027 |\n"
    )
    items = items_by_ref(_with_table(body, rows))
    tasks = {r: i for r, i in items.items() if i.kind == "task"}
    assert not any(r.startswith("PL") for r in tasks), sorted(tasks)
    assert tasks["II.1-1"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]
    assert tasks["II.1-1[2]"].lead == ["Ủy ban nhân dân cấp tỉnh"]
    assert str(tasks["II.1-1[2]"].deadline.date) == "2027-06-30"


def test_one_row_restating_two_neighbouring_dashes_gives_both_its_owner() -> None:
    """A row that restates two adjacent dashes in one: the dash the one-to-one matching left without a row takes the
    row's owner and timing too, not the lead-in's collective owners."""
    body = (
        "1. Hoàn thiện thể chế về du lịch cộng đồng\n"
        "- Xây dựng cơ chế thí điểm cho thuê nhà ở của hộ gia đình làm cơ sở lưu trú du lịch.\n"
        "- Tăng cường liên kết giữa hộ gia đình làm du lịch với doanh nghiệp lữ hành để tránh trùng lặp thủ tục.\n"
        "- Khuyến khích người dân giữ gìn cảnh quan làng bản.\n"
    )
    rows = (
        "| I | Hoàn thiện thể chế | | | |\n"
        "| 1 | Xây dựng Nghị quyết thí điểm cho thuê nhà ở của hộ gia đình làm cơ sở lưu trú du lịch, tăng cường liên kết"
        " giữa hộ gia đình làm du lịch với doanh nghiệp lữ hành | Bộ Văn hóa, Thể thao và Du lịch | Bộ Xây dựng"
        " | Quý II/2028 |\n"
    )
    items = items_by_ref(_with_table(body, rows))
    for ref in ("II.1-1", "II.1-2"):
        assert items[ref].lead == ["Bộ Văn hóa, Thể thao và Du lịch"], (ref, items[ref].lead)
        assert str(items[ref].deadline.date) == "2028-06-30", ref
    assert items["II.1-3"].lead != ["Bộ Văn hóa, Thể thao và Du lịch"]


def test_milestone_dashes_inside_a_row_cell_are_tasks_of_the_row_owner() -> None:
    """A row's task cell that goes on "Cụ thể: - … - …" lists milestones; each is a task with the row's owner and
    its own timing, while the row keeps its whole period."""
    rows = (
        "| I | Hạ tầng | | | |\n"
        "| 1 | Nâng cấp đường vào các bản du lịch cộng đồng. Cụ thể: - Hoàn thành khảo sát tuyến đường trong năm 2026. - Từ quý"
        " II/2027 thi công các tuyến ưu tiên. - Tổng kết, đánh giá vào quý IV/2028. | Bộ Xây dựng | Ủy ban nhân dân"
        " cấp tỉnh | Từ năm 2026 đến quý IV/2028 |\n"
    )
    items = items_by_ref(
        _with_table("1. Hạ tầng\n- Khuyến khích người dân giữ gìn cảnh quan làng bản.\n", rows)
    )
    parts = [items[f"PL.1-{k}"] for k in (1, 2, 3)]
    assert all(p.kind == "task" and p.lead == ["Bộ Xây dựng"] for p in parts)
    assert str(parts[0].deadline.date) == "2026-12-31"
    assert parts[1].deadline.date is None
    assert str(parts[2].deadline.date) == "2028-12-31"


def test_rule_for_body_work_the_appendix_leaves_out_is_no_task() -> None:
    """ "Các hoạt động tại mục II … không nêu tại Phụ lục … thì được thực hiện theo Nghị quyết số …" says what becomes
    of other items; it asks no one to do anything of its own."""
    text = PLAN.replace(
        "2. Bộ Tài chính bảo đảm kinh phí thực hiện Kế hoạch.\n",
        "2. Bộ Tài chính bảo đảm kinh phí thực hiện Kế hoạch.\n"
        "3. Các hoạt động tại mục II của Kế hoạch này không nêu tại Phụ lục kèm theo thì được thực hiện theo Nghị "
        "quyết số 15/NQ-CP ngày 10 tháng 3 năm 2026 của Chính phủ.\n",
    )
    items = items_by_ref(text)
    assert items["III.3"].kind == "note"
    assert items["III.2"].kind == "task"


def test_closing_timing_line_dates_the_step_it_closes() -> None:
    """A numbered step over a paragraph and a closing "Thời gian hoàn tất: trước ngày …" line is due on that date;
    the next step takes its own line's date."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH K\nSố: 55/KH-UBND\nKẾ HOẠCH\nHỗ trợ sửa chữa nhà văn hóa thôn năm 2026\n"
        "I. TRÌNH TỰ THỰC HIỆN\n"
        "1. Bước 1: Lập danh sách nhà văn hóa cần sửa chữa.\n"
        "Ủy ban nhân dân cấp xã rà soát, lập danh sách nhà văn hóa thôn xuống cấp, gửi Sở Văn hóa.\n"
        "Thời gian hoàn tất: trước ngày 15 tháng 4 năm 2026.\n"
        "2. Bước 2: Phê duyệt danh sách.\n"
        "Sở Văn hóa tổng hợp, trình Ủy ban nhân dân tỉnh phê duyệt danh sách.\n"
        "Thời gian hoàn tất: trước ngày 30 tháng 5 năm 2026.\n"
    )
    items = items_by_ref(text)
    assert str(items["I.1"].deadline.date) == "2026-04-15"
    assert str(items["I.2"].deadline.date) == "2026-05-30"
