"""Reading rules of round 21, from the twenty-second set (synthetic texts in its styles): a department's plan for
receiving a visiting inspection team, its tasks only in an assignment section of office headings over unbulleted
paragraphs, one heading over a request to outside bodies, a "Riêng …" sentence and dashes, and two appendices (a
list of schools, a running order by the hour); a school's plan for one meeting whose contents name the school that
presents each item after a dash at the end."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

DEPT = (
    "UBND TỈNH AN PHÚ SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "Số: 120/KH-SGDĐT\n"
    "An Phú, ngày 02 tháng 3 năm 2026\n"
    "KẾ HOẠCH\n"
    "Đón tiếp và làm việc với Đoàn kiểm tra của Bộ Giáo dục và Đào tạo về thư viện trường học\n"
    "Sở GDĐT xây dựng Kế hoạch đón tiếp và làm việc với Đoàn kiểm tra của Bộ GDĐT gồm các nội dung như sau:\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Các đơn vị chuẩn bị chu đáo khi Đoàn kiểm tra đến làm việc.\n"
    "II. ĐỐI TƯỢNG KIỂM TRA\n"
    "Các trường trung học cơ sở trên địa bàn tỉnh An Phú.\n"
    "III. NỘI DUNG KIỂM TRA\n"
    "Đánh giá việc xây dựng và sử dụng thư viện tại các trường trung học cơ sở.\n"
    "IV. THỜI GIAN VÀ ĐỊA ĐIỂM\n"
    "Thời gian: Buổi sáng, ngày 10 tháng 3 năm 2026.\n"
    "Địa điểm: Tại Trường Trung học cơ sở Bình Minh, xã Tân An.\n"
    "V. PHÂN CÔNG CHUẨN BỊ VÀ LÀM VIỆC VỚI ĐOÀN KIỂM TRA\n"
    "1. Phòng Giáo dục Trung học\n"
    "Chủ trì xây dựng kế hoạch tiếp đón và làm việc với Đoàn kiểm tra.\n"
    "Báo cáo theo đề cương mà Đoàn kiểm tra yêu cầu.\n"
    "2. Văn phòng Sở\n"
    "Chuẩn bị các điều kiện làm việc của Đoàn kiểm tra.\n"
    "3. Đối với Uỷ ban nhân dân cấp xã, các trường trung học\n"
    "Đề nghị Uỷ ban nhân dân cấp xã chỉ đạo các trường trung học cơ sở tại Phụ lục I: Chuẩn bị đầy đủ báo cáo theo "
    "Kế hoạch này. Riêng Uỷ ban nhân dân xã Tân An cử đại diện lãnh đạo dự buổi làm việc và chỉ đạo các trường "
    "thuộc phạm vi quản lý:\n"
    "- Cử cán bộ đón tiếp Đoàn kiểm tra.\n"
    "- Chỉ đạo các trường trên địa bàn cử thành phần làm việc với Đoàn kiểm tra. Riêng Trường Trung học cơ sở "
    "Bình Minh chuẩn bị chu đáo phòng họp cho buổi làm việc.\n"
    "Các trường Trung học phổ thông tại Phụ lục I: Cử thành phần dự buổi làm việc theo Kế hoạch này.\n"
    "Nhận được Kế hoạch này, Sở GDĐT đề nghị các đơn vị triển khai thực hiện./.\n"
    "Nơi nhận:\n"
    "- Như trên;\n"
    "- Lưu: VT.\n"
    "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC\n"
    "Phụ lục I\n"
    "DANH SÁCH CÁC TRƯỜNG THAM GIA LÀM VIỆC VỚI ĐOÀN KIỂM TRA\n"
    "(Đính kèm Kế hoạch số 120/KH-SGDĐT ngày 02/3/2026 của Sở GDĐT)\n"
    "TT | Tên đơn vị | Cấp học\n"
    "1 | Trường THCS Bình Minh, xã Tân An | Trung học cơ sở\n"
    "2 | Trường THCS Lê Lợi, phường Mỹ Hòa | Trung học cơ sở\n"
    "3 | Trường THPT Tân An | Trung học phổ thông\n"
    "Phụ lục II\n"
    "CHƯƠNG TRÌNH LÀM VIỆC\n"
    "(Đính kèm Kế hoạch số 120/KH-SGDĐT ngày 02/3/2026 của Sở GDĐT)\n"
    "THỜI GIAN | NỘI DUNG\n"
    "8h00 - 8h10 | Tuyên bố lí do, giới thiệu đại biểu\n"
    "8h10 - 9h00 | Báo cáo tóm tắt về thư viện các trường trên địa bàn\n"
    "9h00 - 10h00 | Tham quan thư viện nhà trường\n"
)


def _dept() -> dict:
    return items_by_ref(DEPT)


def test_appendix_list_of_schools_is_no_task() -> None:
    """ "TT | Tên đơn vị | Cấp học": the rows name who takes part, they are no tasks."""
    items = _dept()
    assert not {r for r in task_refs(items) if r.startswith("PL.")}


def test_running_order_by_the_hour_is_no_task() -> None:
    """ "THỜI GIAN | NỘI DUNG" with rows "8h00 - 8h10 | …" and no owner column: a meeting's running order."""
    items = _dept()
    assert not {r for r in task_refs(items) if r.startswith("PL2")}


def test_object_of_an_inspection_named_only_is_no_task() -> None:
    """ "II. ĐỐI TƯỢNG KIỂM TRA" over a bare name of bodies: whom the team visits, no work."""
    assert _dept()["II"].kind != "task"


def test_contents_of_a_visiting_teams_inspection_are_no_task() -> None:
    """A plan for receiving a team: what the team inspects is its visit, not the host's task."""
    assert _dept()["III"].kind != "task"


def test_request_and_singled_out_body_before_the_dashes_are_duties() -> None:
    items = _dept()
    assert items["V.3[1]"].kind == "task"
    assert items["V.3[1]"].lead == ["Uỷ ban nhân dân cấp xã"]
    assert items["V.3[2]"].kind == "task"
    assert items["V.3[2]"].lead == ["Uỷ ban nhân dân xã Tân An"]
    assert items["V.3[2]"].text.endswith("dự buổi làm việc")


def test_dashes_belong_to_the_body_the_lead_in_singles_out() -> None:
    items = _dept()
    assert items["V.3-1"].lead == ["Uỷ ban nhân dân xã Tân An"]


def test_later_sentence_singling_out_a_body_gives_it_its_part() -> None:
    items = _dept()
    assert "Trường Trung học cơ sở Bình Minh" in items["V.3-2"].lead


def test_owner_colon_paragraph_after_the_last_item_goes_on_with_it() -> None:
    items = _dept()
    item = items["V.3[3]"]
    assert item.kind == "task"
    assert item.lead and item.lead[0].startswith("Các trường Trung học phổ thông")


SCHOOL = (
    "SỞ GDĐT TỈNH AN PHÚ TRƯỜNG THPT BÌNH MINH\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Số: 21/KH-THPTBM\n"
    "An Phú, ngày 05 tháng 3 năm 2026\n"
    "KẾ HOẠCH\n"
    "Tổ chức sinh hoạt chuyên môn môn Địa lí theo cụm trường\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "- Tăng cường trao đổi kinh nghiệm giảng dạy môn Địa lí giữa các trường trong cụm.\n"
    "II. NỘI DUNG SINH HOẠT CHUYÊN MÔN\n"
    "1. Phân tích đề thi tốt nghiệp năm 2025 (môn Địa lí) – Trường THPT Bình Minh thực hiện.\n"
    "2. Tham luận “Kinh nghiệm ôn thi môn Địa lí” - Trường THPT Long Điền hỗ trợ thực hiện.\n"
    "3. Tham luận về “Ứng dụng bản đồ số trong dạy học” – Trường THPT Tân Hòa hỗ trợ thực hiện.\n"
    "III. THỜI GIAN\n"
    "Lúc 14 giờ 00 phút, ngày 20 tháng 3 năm 2026.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "- Trường THPT Bình Minh xây dựng kế hoạch, điều hành buổi sinh hoạt chuyên môn.\n"
    "Nơi nhận:\n"
    "- Lưu: VT.\n"
)


def test_owner_written_after_the_work_past_a_dash() -> None:
    items = items_by_ref(SCHOOL)
    assert items["II.1"].lead == ["Trường THPT Bình Minh"]
    assert items["II.2"].lead == ["Trường THPT Long Điền"]
    assert items["II.3"].lead == ["Trường THPT Tân Hòa"]


def test_dash_inside_a_name_is_no_trailing_owner() -> None:
    """ "Phối hợp Phòng Kế hoạch - Tài chính dự trù kinh phí": the dash is the name's, no owner after it."""
    from planparse.owners import trailing_owner

    assert trailing_owner("Phối hợp Văn phòng Sở và Phòng Kế hoạch - Tài chính dự trù kinh phí.") is None
    assert (
        trailing_owner("Tham luận “Kinh nghiệm ôn thi” - Trường THPT A hỗ trợ thực hiện.") == "Trường THPT A"
    )
