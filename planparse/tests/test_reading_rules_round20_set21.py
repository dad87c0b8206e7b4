"""Reading rules of round 20, from the twenty-first set (synthetic texts in its styles): a ministry's decision issuing
a plan, in the text of a web copy (Markdown rows for the letterhead and the table's header, lines set in emphasis
whole), whose body items name no owner and are restated by an appendix table written one cell per line, one row
broken over two lines, with timing cells that run on into a later year."""

from __future__ import annotations

from planparse.deadlines import parse_deadline
from planparse.tests.reading import items_by_ref, task_refs
from planparse.tree import build_tree

HEAD = (
    "| BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
    "| --- | --- |\n"
    "| Số: 900/QĐ-BNNMT | *Hà Nội, ngày 10 tháng 6 năm 2026* |\n"
    "QUYẾT ĐỊNH\n"
    "BAN HÀNH KẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH SỐ 50/2026/NĐ-CP\n"
    "BỘ TRƯỞNG BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n"
    "*Căn cứ Nghị định số 50/2026/NĐ-CP ngày 21 tháng 5 năm 2026 của Chính phủ;*\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai Nghị định số 50/2026/NĐ-CP.\n"
    "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
    "| *Nơi nhận:* - Như Điều 2; - Lưu: VT. | KT. BỘ TRƯỞNG THỨ TRƯỞNG |\n"
    "| --- | --- |\n"
    "KẾ HOẠCH\n"
    "TRIỂN KHAI NGHỊ ĐỊNH SỐ 50/2026/NĐ-CP\n"
    "*(Kèm theo Quyết định số: 900/QĐ-BNNMT ngày 10 tháng 6 năm 2026 của Bộ trưởng Bộ Nông nghiệp và Môi trường*\n"
    "Ngày 21 tháng 5 năm 2026, Chính phủ ban hành Nghị định số 50/2026/NĐ-CP về dịch vụ môi trường rừng. Bộ Nông "
    "nghiệp và Môi trường ban hành kế hoạch triển khai thực hiện Nghị định, với các nội dung sau:\n"
    "I. NỘI DUNG TRIỂN KHAI\n"
    "1. Tuyên truyền, phổ biến Nghị định\n"
    "a) Tổ chức Hội nghị phổ biến, triển khai nội dung của Nghị định đến các cơ quan, tổ chức ở trung ương, "
    "địa phương.\n"
    "b) Tổ chức các hoạt động truyền thông phù hợp với đặc điểm tình hình địa phương để đưa thông tin của Nghị "
    "định đến người dân.\n"
    "2. Xây dựng Thông tư hướng dẫn phương pháp xác định mức chi trả dịch vụ môi trường rừng.\n"
    "3. Xây dựng cơ sở dữ liệu về chi trả dịch vụ môi trường rừng và kết quả thu, chi tiền dịch vụ.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "Cục Lâm nghiệp và Kiểm lâm có trách nhiệm theo dõi, đôn đốc các đơn vị triển khai thực hiện Kế hoạch này.\n"
    "PHỤ LỤC\n"
    "KẾ HOẠCH TRIỂN KHAI NGHỊ ĐỊNH SỐ 50/2026/NĐ-CP\n"
    "*(Kèm theo Quyết định số: 900/QĐ-BNNMT ngày 10 tháng 6 năm 2026 của Bộ Nông nghiệp và Môi trường)*\n"
    "| TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp |\n"
    "| --- | --- | --- | --- |\n"
    "Thời gian thực hiện\n"
    "1\n"
    "Tuyên truyền, phổ biến Nghị định\n"
    "a)\n"
    "Tổ chức Hội nghị phổ biến, triển khai Nghị định đến các cơ quan, tổ chức ở trung ương, địa phương.\n"
    "Cục Lâm nghiệp và Kiểm lâm\n"
    "Vụ Pháp chế; các cơ quan, đơn vị có liên quan\n"
    "Quý III, IV/2026\n"
    "b)\n"
    "Tổ chức các chương trình truyền thông, các hình thức tuyên truyền khác.\n"
    "Sở Nông nghiệp và Môi trường\n"
    "Các cơ quan, đơn vị có liên quan\n"
    "Thường xuyên\n"
    "2\n"
    "Xây dựng Thông tư hướng dẫn phương pháp xác định mức chi trả dịch vụ môi trường rừng.\n"
    "Cục Lâm nghiệp và Kiểm lâm\n"
    "Vụ Pháp chế\n"
    "Quý III/2026\n"
    "3\n"
    "Xây dựng cơ sở dữ liệu về chi trả dịch vụ môi trường rừng và kết quả thu,\n"
    "Viện Khoa học lâm nghiệp Việt Nam, Cục\n"
    "Cục Biến đổi khí hậu\n"
    "Quý IV/2026, 2027\n"
    "chi tiền dịch vụ.\n"
    "Lâm nghiệp và Kiểm lâm\n"
)


def test_a_table_written_one_cell_per_line_is_read_as_its_rows() -> None:
    lines = [line.text for line in build_tree(HEAD).items if line.marker == "row"]
    assert lines == [
        "Tuyên truyền, phổ biến Nghị định",
        "Tổ chức Hội nghị phổ biến, triển khai Nghị định đến các cơ quan, tổ chức ở trung ương, địa phương.",
        "Tổ chức các chương trình truyền thông, các hình thức tuyên truyền khác.",
        "Xây dựng Thông tư hướng dẫn phương pháp xác định mức chi trả dịch vụ môi trường rừng.",
        "Xây dựng cơ sở dữ liệu về chi trả dịch vụ môi trường rừng và kết quả thu, chi tiền dịch vụ.",
    ]


def test_lettered_rows_under_a_numbered_row_are_its_sub_rows() -> None:
    refs = [item.ref for item in build_tree(HEAD).items if item.marker == "row"]
    assert refs == ["PL.1", "PL.1.a", "PL.1.b", "PL.2", "PL.3"]


def test_the_body_items_take_owner_and_timing_from_the_rows_restating_them() -> None:
    items = items_by_ref(HEAD)
    assert task_refs(items) == {"I.1.a", "I.1.b", "I.2", "I.3", "II"}
    assert items["I.1.a"].lead == ["Cục Lâm nghiệp và Kiểm lâm"]
    assert items["I.1.a"].coordinators == ["Vụ Pháp chế", "các cơ quan, đơn vị có liên quan"]
    assert str(items["I.1.a"].deadline.date) == "2026-12-31"
    assert items["I.2"].lead == ["Cục Lâm nghiệp và Kiểm lâm"]
    # the row broken over two lines goes on in its task and owner cells
    assert items["I.3"].lead == ["Viện Khoa học lâm nghiệp Việt Nam", "Cục Lâm nghiệp và Kiểm lâm"]
    assert str(items["I.3"].deadline.date) == "2027-12-31"


def test_a_row_worded_apart_from_its_item_is_matched_by_its_number() -> None:
    items = items_by_ref(HEAD)
    assert items["I.1.b"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["I.1.b"].lead_source == "table"


def test_a_line_set_in_emphasis_whole_is_read_as_its_words() -> None:
    tree = build_tree(HEAD)
    # "*(Kèm theo …*" opens the attached plan: the paragraph after it gives no owner to the items
    assert not any(item.text.startswith("(Kèm theo") for item in tree.items)
    items = items_by_ref(HEAD)
    assert "Chính phủ" not in items["I.3"].lead


def test_later_years_listed_after_a_period_extend_it() -> None:
    assert str(parse_deadline("Quý III, IV/2026, 2027").date) == "2027-12-31"
    assert str(parse_deadline("Năm 2026, 2027 và 2028.").date) == "2028-12-31"
    assert str(parse_deadline("Quý II, III/2026").date) == "2026-09-30"
    assert str(parse_deadline("Quý IV/2026, 2020").date) == "2026-12-31"  # an earlier year is no run-on


PROVINCE_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "Số: 900/UBND-KT\nAn Bình, ngày 11 tháng 6 năm 2026\nV/v tăng cường quản lý khoáng sản\n"
    "Kính gửi: Các sở, ban, ngành; Ủy ban nhân dân các xã, phường.\n"
)


def test_a_heading_of_the_duties_in_common_of_bodies_names_them_as_owners() -> None:
    items = items_by_ref(
        PROVINCE_HEAD + "Để nâng cao hiệu quả quản lý, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
        "1. Trách nhiệm chung của các cơ quan, đơn vị\n"
        "- Lãnh đạo, chỉ đạo thực hiện nghiêm các quy định của pháp luật về khoáng sản.\n"
        "- Thực hiện thanh tra, kiểm tra có trọng tâm, trọng điểm.\n"
        "2. Thanh tra tỉnh\n"
        "- Xây dựng kế hoạch thanh tra hằng năm.\n"
        "Nơi nhận:\n"
    )
    assert items["1-1"].lead == ["các cơ quan, đơn vị"]
    assert items["1-2"].lead == ["các cơ quan, đơn vị"]


def test_a_national_park_before_its_name_is_a_body() -> None:
    items = items_by_ref(
        PROVINCE_HEAD + "1. Sở Nông nghiệp và Môi trường hướng dẫn thực hiện Nghị định.\n"
        "2. Vườn quốc gia Phú An, các Công ty Lâm nghiệp chủ động nghiên cứu, triển khai thực hiện.\n"
        "Nơi nhận:\n"
    )
    assert items["2"].lead == ["Vườn quốc gia Phú An", "các Công ty Lâm nghiệp"]
