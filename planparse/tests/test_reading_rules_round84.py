"""Round 84 (sets 60 and 61): a province's plan whose appendix task table is laid out in lettered parts over roman
group rows, with rows numbered in full, a header repeated under the groups and numbered sub-group rows (synthetic
texts, another matter and other numbering)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 77/KH-UBND\nGia Lai, ngày 12 tháng 2 năm 2026\nKẾ HOẠCH\n"
    "Phát triển du lịch cộng đồng giai đoạn 2026 - 2030\n"
    "I. MỤC TIÊU\nĐưa du lịch cộng đồng thành sinh kế bền vững của đồng bào các dân tộc.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Sở Tài chính cân đối kinh phí thực hiện Kế hoạch.\n"
    "PHỤ LỤC DANH MỤC NHIỆM VỤ (Kèm theo Kế hoạch số 77/KH-UBND ngày 12/02/2026 của UBND tỉnh Gia Lai)\n"
    "STT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm\n"
)

PART_A = (
    "A | HẠ TẦNG DU LỊCH\n"
    "I | Giao thông đến điểm du lịch\n"
    "1.1 | Nâng cấp đường vào làng du lịch Kon Ktu | Sở Xây dựng | UBND các xã | 2026 - 2028 | Công trình\n"
    "1.2 | Lắp biển chỉ dẫn song ngữ tại các điểm | Sở Văn hóa, Thể thao và Du lịch | UBND các xã | 2026"
    " | Biển chỉ dẫn\n"
    "II | Nhà đón tiếp\n"
    "2 | Xây dựng nhà đón tiếp khách tại làng Đê Kjiêng | UBND xã Ia Pết | Sở Xây dựng | 2027 | Công trình\n"
)


def test_lettered_parts_over_roman_groups_cite_rows_numbered_in_full() -> None:
    """Rows numbered with their group's number ("1.1" under "I") are cited by that number under the lettered part
    ("PL.A.1.1"), a group's lone row "2" under "II" as "PL.A.2"; part B's rows number afresh under its own letter."""
    rows = PART_A + (
        "B | SẢN PHẨM DU LỊCH\n"
        "I | Sản phẩm văn hóa\n"
        "1.1 | Phục dựng lễ hội mừng lúa mới phục vụ khách | Sở Văn hóa, Thể thao và Du lịch | UBND các xã"
        " | 2026 - 2030 | Lễ hội\n"
    )
    items = items_by_ref(HEAD + rows)
    assert {"PL.A.1.1", "PL.A.1.2", "PL.A.2", "PL.B.1.1"} <= task_refs(items)
    assert items["PL.A"].kind == "section" and items["PL.B.I"].kind == "section"
    assert items["PL.B.1.1"].lead == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert str(items["PL.B.1.1"].deadline.date) == "2030-12-31"


def test_rows_not_carrying_their_groups_number_stay_under_the_group() -> None:
    """Rows numbered afresh in each group ("1", "2" under "II") are cited under their group, as before."""
    rows = (
        "I | Giao thông đến điểm du lịch\n"
        "1 | Nâng cấp đường vào làng du lịch Kon Ktu | Sở Xây dựng | UBND các xã | 2026 - 2028 | Công trình\n"
        "II | Nhà đón tiếp\n"
        "1 | Xây dựng nhà đón tiếp khách tại làng Đê Kjiêng | UBND xã Ia Pết | Sở Xây dựng | 2027 | Công trình\n"
        "2 | Trang bị nhà đón tiếp khách tại làng Đê Kjiêng | UBND xã Ia Pết | Sở Tài chính | 2028 | Trang thiết bị\n"
    )
    items = items_by_ref(HEAD + rows)
    assert {"PL.I.1", "PL.II.1", "PL.II.2"} <= task_refs(items)


def test_header_repeated_without_its_number_cell_keeps_the_tables_columns() -> None:
    """A header repeated under a group row, its STT cell left out ("Nhiệm vụ | Đơn vị thực hiện | …"), does not
    start a new table: the rows after it keep their numbers, owners and timing."""
    rows = PART_A + (
        "B | SẢN PHẨM DU LỊCH\n"
        "I | Sản phẩm văn hóa\n"
        "Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm\n"
        "1.1 | Phục dựng lễ hội mừng lúa mới phục vụ khách | Sở Văn hóa, Thể thao và Du lịch | UBND các xã"
        " | 2026 - 2030 | Lễ hội\n"
        "1.2 | Dạy đánh chiêng cho thanh thiếu niên các làng | UBND các xã | Hội Văn học nghệ thuật | 2026 - 2027"
        " | Lớp học\n"
    )
    items = items_by_ref(HEAD + rows)
    assert {"PL.B.1.1", "PL.B.1.2"} <= task_refs(items)
    assert items["PL.B.1.2"].lead == ["UBND các xã"]
    assert str(items["PL.B.1.2"].deadline.date) == "2027-12-31"


def test_a_row_numbered_with_dots_is_no_header() -> None:
    """A short row numbered "1.2" whose cells would pass for column titles is a row all the same."""
    rows = (
        "I | Giao thông đến điểm du lịch\n"
        "1.1 | Nâng cấp đường vào làng du lịch Kon Ktu | Sở Xây dựng | UBND các xã | 2026 - 2028 | Công trình\n"
        "1.2 | Triển khai giải pháp bãi đỗ xe | Sở Xây dựng | Các sở, ban, ngành | 2026 - 2030 | Giải pháp\n"
        "1.3 | Lắp biển chỉ dẫn song ngữ tại các điểm | Sở Văn hóa, Thể thao và Du lịch | UBND các xã | 2026"
        " | Biển chỉ dẫn\n"
    )
    items = items_by_ref(HEAD + rows)
    assert {"PL.1.2", "PL.1.3"} <= task_refs(items)
    assert items["PL.1.3"].lead == ["Sở Văn hóa, Thể thao và Du lịch"]


def test_numbered_row_with_an_empty_work_cell_titles_its_sub_rows() -> None:
    """ "3.1 |  | Ẩm thực" over "3.1.1", "3.1.2": a sub-group's title, no task."""
    rows = (
        "III | Dịch vụ du lịch\n"
        "3.1 |  | Ẩm thực\n"
        "3.1.1 | Tập huấn chế biến món ăn truyền thống | Sở Văn hóa, Thể thao và Du lịch | Hội Phụ nữ tỉnh"
        " | 2026 | Lớp tập huấn\n"
        "3.1.2 | Xây dựng bộ nhận diện ẩm thực địa phương | Sở Công Thương | UBND các xã | 2027 | Bộ nhận diện\n"
    )
    items = items_by_ref(HEAD + rows)
    assert {"PL.3.1.1", "PL.3.1.2"} <= task_refs(items)
    assert "PL.3.1" not in task_refs(items)


TOPICS = (
    "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 78/KH-UBND\nGia Lai, ngày 12 tháng 2 năm 2026\nKẾ HOẠCH\n"
    "Phát triển kinh tế đêm giai đoạn 2026 - 2030\n"
    "I. NHIỆM VỤ TRỌNG TÂM\n"
    "a) Thể chế\n- Rà soát quy định về giờ hoạt động của các khu phố đi bộ.\n"
    "b) Hạ tầng\n- Lắp đặt hệ thống chiếu sáng cho các tuyến phố đêm.\n"
    "c) Sản phẩm\n- Xây dựng các chương trình biểu diễn nghệ thuật về đêm.\n"
    "d) Doanh nghiệp dịch vụ\n- Hỗ trợ mở rộng giờ phục vụ tại các chợ đêm.\n"
    "- Rà soát thủ tục cấp phép kinh doanh ăn uống về đêm.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp triển khai các nhiệm vụ của Kế hoạch.\n"
    "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
)


def test_heading_among_field_titles_names_no_owner() -> None:
    """ "d) Doanh nghiệp dịch vụ" among "a) Thể chế", "b) Hạ tầng", "c) Sản phẩm": a field like its siblings, not the
    businesses as the owner of the dashes under it."""
    items = items_by_ref(TOPICS)
    assert {"I.d-1", "I.d-2"} <= task_refs(items)
    assert items["I.d-1"].lead != ["Doanh nghiệp dịch vụ"]
    assert items["I.d-2"].lead != ["Doanh nghiệp dịch vụ"]


def test_body_heading_beside_sentences_keeps_its_items() -> None:
    """A body's own heading beside headings that are sentences ("3. Sở Du lịch" after "1. Tăng cường …") owns its
    items as before."""
    text = TOPICS.replace(
        "a) Thể chế\n- Rà soát quy định về giờ hoạt động của các khu phố đi bộ.\n",
        "a) Tăng cường phối hợp giữa các cơ quan trong quản lý hoạt động kinh tế ban đêm trên địa bàn tỉnh\n"
        "- Rà soát quy định về giờ hoạt động của các khu phố đi bộ.\n",
    ).replace("d) Doanh nghiệp dịch vụ", "d) Sở Công Thương")
    items = items_by_ref(text)
    assert items["I.d-1"].lead == ["Sở Công Thương"]


def test_step_of_work_over_the_things_it_builds_is_one_task() -> None:
    """ "b) Xây dựng … một số cơ sở dữ liệu …, bao gồm:" over bare names ("- Cơ sở dữ liệu di tích;"): the step is the
    task, the names the things it builds; "Dự án 1: …" points stay work of their own."""
    text = TOPICS.replace(
        "b) Hạ tầng\n- Lắp đặt hệ thống chiếu sáng cho các tuyến phố đêm.\n",
        "b) Hạ tầng\n- Lắp đặt hệ thống chiếu sáng cho các tuyến phố đêm.\n"
        "- Xây dựng và vận hành một số cơ sở dữ liệu phục vụ kinh tế đêm, bao gồm:\n"
        "+ Cơ sở dữ liệu điểm vui chơi giải trí;\n+ Cơ sở dữ liệu cơ sở lưu trú;\n"
        "+ Cơ sở dữ liệu sự kiện văn hóa về đêm.\n",
    )
    items = items_by_ref(text)
    assert "I.b-2" in task_refs(items)
    assert not {"I.b-2.+1", "I.b-2.+2", "I.b-2.+3"} & task_refs(items)


def test_attachment_note_after_the_last_paragraph_is_no_closing() -> None:
    """ "(Kèm theo Phụ lục …)" after the plan's last paragraph points at the appendix: the paragraph before it closes
    the plan (its half-yearly report a task)."""
    text = TOPICS + (
        "Yêu cầu các sở, ngành triển khai thực hiện Kế hoạch. Định kỳ 06 tháng các cơ quan báo cáo kết quả thực "
        "hiện về Sở Văn hóa, Thể thao và Du lịch để tổng hợp.\n"
        "(Kèm theo Phụ lục danh mục nhiệm vụ thực hiện Kế hoạch).\n"
        "Nơi nhận:\n- Như trên;\n"
    )
    items = items_by_ref(text)
    assert "II[closing]" in items
    assert "Định kỳ 06 tháng" in items["II[closing]"].text


def test_encouraged_body_owns_its_item() -> None:
    """ "3. Khuyến khích Hội Cựu chiến binh tỉnh vận động hội viên …": the body the plan encourages does the work."""
    text = TOPICS.replace(
        "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n",
        "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
        "3. Khuyến khích Hội Cựu chiến binh tỉnh vận động hội viên tham gia giữ gìn trật tự tại các phố đêm.\n",
    )
    items = items_by_ref(text)
    assert items["II.3"].lead == ["Hội Cựu chiến binh tỉnh"]


FIELDS = (
    "ỦY BAN NHÂN DÂN TỈNH GIA LAI\nSố: 79/KH-UBND\nGia Lai, ngày 12 tháng 2 năm 2026\nKẾ HOẠCH\n"
    "Ứng dụng trí tuệ nhân tạo giai đoạn 2026 - 2030\n"
    "I. NHIỆM VỤ\n"
    "1. Nông nghiệp\n"
    "a) Dự báo sâu bệnh hại cây cà phê bằng ảnh chụp vệ tinh.\n"
    "b) Tư vấn bón phân theo dữ liệu thổ nhưỡng.\n"
    "2. Giao thông\n"
    "a) Điều khiển đèn tín hiệu theo lưu lượng xe.\n"
    "b) Phát hiện vi phạm tốc độ qua camera.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nông nghiệp và Môi trường: Chủ trì, phối hợp triển khai các nhiệm vụ ứng dụng trí tuệ nhân tạo trong "
    "lĩnh vực nông nghiệp của Kế hoạch.\n"
    "2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.\n"
)


def test_duty_naming_a_section_as_its_field_owns_the_sections_items() -> None:
    """ "… các nhiệm vụ … trong lĩnh vực nông nghiệp của Kế hoạch" over "1. Nông nghiệp": the field's items are that
    body's, however little their words share with the duty."""
    items = items_by_ref(FIELDS)
    assert items["I.1.a"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["I.1.b"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["I.2.a"].lead != ["Sở Nông nghiệp và Môi trường"]


def test_duties_listed_after_bao_gom_stay_tasks() -> None:
    """ "… các nhiệm vụ được giao, bao gồm:" over "- Huấn luyện …", "- Cấp giấy phép …": the points are duties, not
    things the step builds (they do not open on the words the step names them by)."""
    text = TOPICS.replace(
        "b) Hạ tầng\n- Lắp đặt hệ thống chiếu sáng cho các tuyến phố đêm.\n",
        "b) Hạ tầng\n- Lắp đặt hệ thống chiếu sáng cho các tuyến phố đêm.\n"
        "- Triển khai các nhiệm vụ được giao về quản lý phố đêm, bao gồm:\n"
        "+ Huấn luyện, kiểm tra an toàn cho hộ kinh doanh;\n+ Cấp, cấp lại giấy phép bán hàng về đêm.\n",
    )
    items = items_by_ref(text)
    assert {"I.b-2.+1", "I.b-2.+2"} <= task_refs(items)
