"""Round 44 (set 42, released): items a reader does not count as work — a field's values, timing items that
date the work above them, approved lists, a register appended to a decision, contact points — and a closing
request that names the owners and the date of subjectless items (synthetic texts)."""

from __future__ import annotations

import datetime as dt

from planparse.tests.reading import items_by_ref

SURVEY = (
    "SỞ NỘI VỤ TỈNH AN GIANG\nSố: 410/SNV-TCBC\nAn Giang, ngày 02 tháng 3 năm 2027\n"
    "V/v hướng dẫn khảo sát mức độ hài lòng năm 2027\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
    "Sở Nội vụ hướng dẫn một số nội dung như sau:\n"
    "1. Về công tác khảo sát\n"
    "a) Lập danh sách người được khảo sát:\n"
    "Ủy ban nhân dân các xã, phường lập danh sách người được khảo sát, nhập vào phần mềm của Sở Nội vụ.\n"
    "b) Đối tượng, số lượng phiếu khảo sát:\n"
    "- Đối với cấp xã, thực hiện khảo sát 03 nhóm người với số lượng phiếu như sau:\n"
    "+ Trưởng thôn: Khảo sát tất cả trưởng thôn trên địa bàn xã.\n"
    "+ Công chức một cửa: Khảo sát mỗi bộ phận một cửa 02 công chức.\n"
    "+ Người dân đến giao dịch: Khảo sát ít nhất 30 người trong tháng.\n"
    "c) Theo dõi tiến độ:\n"
    "Ủy ban nhân dân các xã, phường theo dõi, đôn đốc việc trả lời phiếu khảo sát.\n"
    "Đề nghị Ủy ban nhân dân các xã, phường triển khai thực hiện./.\n"
)


def test_the_points_under_a_field_heading_are_its_values() -> None:
    """ "b) Đối tượng, số lượng phiếu khảo sát:" names a field (whom, how many); its "+ Trưởng thôn: Khảo sát tất
    cả …" points are its values, not work (before: each point was a task of the letter's addressee)."""
    items = items_by_ref(SURVEY)
    tasks = sorted(r for r, i in items.items() if i.kind == "task")
    assert tasks == ["1.a", "1.c"], tasks


TIMING = (
    "SỞ TÀI CHÍNH TỈNH HÀ NAM\nSố: 77/STC-QLG\nHà Nam, ngày 05 tháng 4 năm 2027\n"
    "V/v hướng dẫn kê khai giá năm 2027\n"
    "Kính gửi: Các doanh nghiệp trên địa bàn tỉnh.\n"
    "Sở Tài chính hướng dẫn một số nội dung như sau:\n"
    "1. Về kê khai giá\n"
    "a) Lập biểu kê khai:\n"
    "Các doanh nghiệp lập biểu kê khai giá theo mẫu ban hành kèm theo Thông tư số 45/2024/TT-BTC.\n"
    "b) Cập nhật cơ sở dữ liệu:\n"
    "Các doanh nghiệp cập nhật biểu kê khai vào cơ sở dữ liệu về giá của tỉnh.\n"
    "c) Thời hạn kê khai:\n"
    "Các doanh nghiệp hoàn thành việc lập và cập nhật biểu kê khai chậm nhất là ngày 20 tháng 5 năm 2027.\n"
    "2. Về kiểm tra giá\n"
    "a) Chuẩn bị hồ sơ kiểm tra:\n"
    "Các doanh nghiệp chuẩn bị hồ sơ chứng từ mua bán hàng hóa phục vụ đoàn kiểm tra.\n"
    "b) Báo cáo giá bán lẻ:\n"
    "Các doanh nghiệp báo cáo giá bán lẻ bình quân của mặt hàng xăng dầu về Sở Tài chính.\n"
    "c) Thời hạn thực hiện kiểm tra\n"
    "- Thời hạn các doanh nghiệp chuẩn bị hồ sơ chứng từ mua bán chậm nhất là ngày 10 tháng 6 năm 2027. "
    "Thời hạn gửi báo cáo giá bán lẻ xăng dầu chậm nhất là ngày 15 tháng 6 năm 2027\n"
    "Đề nghị các doanh nghiệp triển khai thực hiện./.\n"
)


def test_a_timing_item_dates_the_work_above_it_and_is_no_task() -> None:
    """ "c) Thời hạn kê khai:" and "c) Thời hạn thực hiện kiểm tra" only say by when the work of their siblings is
    due: one date goes to every sibling, two dates each to the sibling its sentence speaks of; neither timing item
    is a task (before: they were tasks of their own and the work above them had no date)."""
    items = items_by_ref(TIMING)
    tasks = sorted(r for r, i in items.items() if i.kind == "task")
    assert tasks == ["1.a", "1.b", "2.a", "2.b"], tasks
    assert items["1.a"].deadline.date == dt.date(2027, 5, 20)
    assert items["1.b"].deadline.date == dt.date(2027, 5, 20)
    assert items["2.a"].deadline.date == dt.date(2027, 6, 10)
    assert items["2.b"].deadline.date == dt.date(2027, 6, 15)


LONE_TIMING = (
    "SỞ TÀI CHÍNH TỈNH HÀ NAM\nSố: 78/STC-QLG\nHà Nam, ngày 05 tháng 4 năm 2027\n"
    "V/v gửi báo cáo giá năm 2027\n"
    "Kính gửi: Các doanh nghiệp trên địa bàn tỉnh.\n"
    "Sở Tài chính đề nghị như sau:\n"
    "1. Về gửi báo cáo\n"
    "a) Thời hạn gửi báo cáo:\n"
    "Các doanh nghiệp lập báo cáo giá, gửi về Sở Tài chính trước ngày 30/5/2027.\n"
    "b) Về cập nhật dữ liệu:\n"
    "Các doanh nghiệp cập nhật dữ liệu giá vào phần mềm của tỉnh.\n"
)


def test_a_timing_item_with_no_work_above_it_is_the_dated_work() -> None:
    """ "a) Thời hạn gửi báo cáo:" opens its list: the paragraph under it is the dated work itself."""
    items = items_by_ref(LONE_TIMING)
    assert items["1.a"].kind == "task"
    assert items["1.a"].deadline.date == dt.date(2027, 5, 30)
    assert items["1.b"].kind == "task"


APPROVED_LISTS = (
    "ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\nSố: 210/QĐ-UBND\nNinh Thuận, ngày 10 tháng 3 năm 2027\n"
    "QUYẾT ĐỊNH\nPhê duyệt danh sách làng nghề truyền thống năm 2027\n"
    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\n"
    "Theo đề nghị của Sở Nông nghiệp và Môi trường.\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt danh sách làng nghề truyền thống năm 2027, cụ thể như sau:\n"
    "1. Danh sách 04 làng nghề gốm (Có phụ lục kèm theo).\n"
    "2. Danh sách 12 làng nghề dệt thổ cẩm (Có phụ lục kèm theo).\n"
    "Điều 2. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân cấp xã hướng dẫn các làng "
    "nghề giữ gìn, phát triển nghề truyền thống.\n"
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "Nơi nhận:\n- Như Điều 2;\n- Lưu: VT.\n"
    "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n"
    "DANH SÁCH\nLàng nghề gốm truyền thống năm 2027\n"
    "(Ban hành kèm theo Quyết định số 210/QĐ-UBND ngày 10/3/2027\ncủa Chủ tịch UBND tỉnh Ninh Thuận)\n"
    "1. Làng gốm Bàu Trúc nằm trên địa bàn xã Phước Dân.\n"
    "2. Làng gốm Mỹ Nghiệp thuộc xã Phước Hậu.\n"
)


def test_the_points_an_article_approves_are_no_tasks() -> None:
    """ "Điều 1. Phê duyệt danh sách …, cụ thể như sau:" over "1. Danh sách 04 làng nghề gốm (Có phụ lục kèm
    theo).": each point names a list approved, nobody is given anything (before: each was a task)."""
    items = items_by_ref(APPROVED_LISTS)
    assert items["Điều 1.1"].kind == "note"
    assert items["Điều 1.2"].kind == "note"
    assert items["Điều 2"].kind == "task"


def test_a_list_issued_after_the_signature_is_a_register() -> None:
    """ "DANH SÁCH / … / (Ban hành kèm theo Quyết định số …)" after the signature opens the list the decision
    issues: its numbered lines name places, they are no tasks (before: the list was read as a plan the decision
    issues, its lines as tasks)."""
    items = items_by_ref(APPROVED_LISTS)
    tasks = sorted(r for r, i in items.items() if i.kind == "task")
    assert tasks == ["Điều 2"], tasks


CLOSING_OWNERS = (
    "SỞ XÂY DỰNG TỈNH PHÚ YÊN\nSố: 512/SXD-QLN\nPhú Yên, ngày 14 tháng 4 năm 2027\n"
    "V/v góp ý dự thảo và cử thành viên Tổ công tác\n"
    "Kính gửi:\n- Sở Tài chính;\n- Sở Công Thương.\n"
    "Sở Xây dựng xây dựng các dự thảo gửi lấy ý kiến các cơ quan có liên quan như sau:\n"
    "1. Góp ý dự thảo các văn bản: (1) Quyết định thành lập Tổ công tác về nhà ở xã hội; (2) Quy chế hoạt động "
    "của Tổ công tác (dự thảo kèm theo).\n"
    "2. Cử 01 lãnh đạo phòng chuyên môn tham gia Tổ công tác về nhà ở xã hội của tỉnh.\n"
    "Đề nghị Sở Tài chính, Sở Công Thương quan tâm, có văn bản góp ý dự thảo và cử người gửi về Sở Xây dựng chậm "
    "nhất ngày 25/4/2027 để tổng hợp./.\n"
)


def test_a_work_heading_over_inline_names_stays_one_task() -> None:
    """ "Góp ý dự thảo các văn bản: (1) Quyết định …; (2) Quy chế …" is one piece of work on two drafts (before: the
    two names were split into tasks of their own)."""
    items = items_by_ref(CLOSING_OWNERS)
    assert "1.1" not in items
    assert items["1"].kind == "task"


def test_a_closing_request_owns_and_dates_the_subjectless_items_it_restates() -> None:
    """The closing request names the bodies and the date of items 1 and 2, which name no body: each item takes
    them, and the request is no third task (before: the request was the one owned, dated task)."""
    items = items_by_ref(CLOSING_OWNERS)
    tasks = sorted(r for r, i in items.items() if i.kind == "task")
    assert tasks == ["1", "2"], tasks
    for ref in tasks:
        assert items[ref].lead == ["Sở Tài chính", "Sở Công Thương"], items[ref].lead
        assert items[ref].deadline.date == dt.date(2027, 4, 25)


CONTACTS = (
    "SỞ Y TẾ TỈNH KON TUM\nSố: 901/SYT-KHTC\nKon Tum, ngày 02 tháng 6 năm 2027\n"
    "V/v triển khai phần mềm quản lý trạm y tế\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
    "Sở Y tế đề nghị Ủy ban nhân dân các xã, phường thực hiện một số nội dung sau:\n"
    "- Chỉ đạo trạm y tế cập nhật dữ liệu khám chữa bệnh lên phần mềm hằng ngày.\n"
    "- Bố trí máy tính, đường truyền cho trạm y tế.\n"
    "Quá trình thực hiện nếu có vướng mắc, đề nghị liên hệ theo địa chỉ sau:\n"
    "- Hỗ trợ kỹ thuật phần mềm: Ông Lê Văn Tâm, Phòng Kế hoạch - Tài chính; số điện thoại: 0905.123.456; "
    "email: levantam@kontum.gov.vn.\n"
    "- Hướng dẫn nghiệp vụ: Bà Y Hoa, Phòng Nghiệp vụ Y; số điện thoại: 0260.3862.111./.\n"
)


def test_a_contact_point_is_no_task() -> None:
    """A dash that names a person with a telephone number or an e-mail address says whom to ask, it is no work
    (before: each contact point was a task of the letter's addressee)."""
    items = items_by_ref(CONTACTS)
    tasks = [i.text[:20] for i in items.values() if i.kind == "task"]
    assert len(tasks) == 2, tasks
    assert all(not t.startswith(("Hỗ trợ", "Hướng dẫn")) for t in tasks), tasks


PRODUCT = (
    "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC KẠN\nSố: 330/SKHCN-QLCN\nBắc Kạn, ngày 08 tháng 5 năm 2027\n"
    "V/v hướng dẫn đánh giá mức độ chuyển đổi số năm 2027\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
    "Sở Khoa học và Công nghệ hướng dẫn như sau:\n"
    "1. Về tự đánh giá\n"
    "- Ủy ban nhân dân các xã, phường tự đánh giá mức độ chuyển đổi số theo bộ chỉ số ban hành kèm theo.\n"
    "- Tài liệu chứng minh:\n"
    "+ Các tệp tài liệu chứng minh phải là bản scan từ bản gốc hoặc văn bản điện tử có ký số.\n"
    "+ Bảng điểm tự đánh giá phải có chữ ký của người đứng đầu.\n"
    "+ Kết quả tự đánh giá, chấm điểm của từng chỉ số phải đính kèm tài liệu chứng minh.\n"
    "- Báo cáo tự đánh giá mức độ chuyển đổi số phải do Chủ tịch Ủy ban nhân dân xã ký, gồm các nội dung sau:\n"
    "+ Bảng điểm tự đánh giá theo từng chỉ số;\n"
    "+ Thuyết minh các chỉ số không có tài liệu chứng minh;\n"
    "+ Đề xuất, kiến nghị (nếu có).\n"
    "2. Về gửi kết quả\n"
    "- Ủy ban nhân dân các xã, phường gửi kết quả tự đánh giá về Sở Khoa học và Công nghệ trước ngày 15/6/2027.\n"
)


def test_what_a_thing_must_be_or_carry_is_no_task() -> None:
    """ "+ Các tệp … phải là bản scan …", "+ Bảng điểm … phải có chữ ký …": requirements on things, not work
    (before: both were tasks)."""
    items = items_by_ref(PRODUCT)
    assert items["1-2.+1"].kind == "note"
    assert items["1-2.+2"].kind == "note"


def test_a_thing_named_with_a_comma_is_still_the_subject_of_a_requirement() -> None:
    """ "+ Kết quả tự đánh giá, chấm điểm của từng chỉ số phải đính kèm …": the comma is inside the thing's name."""
    items = items_by_ref(PRODUCT)
    assert items["1-2.+3"].kind == "note"


def test_the_required_make_up_of_a_report_is_no_task() -> None:
    """ "- Báo cáo … phải do Chủ tịch … ký, gồm các nội dung sau:" spells out the form of the report the
    self-assessment yields; neither it nor its contents are work (before: each content line was a task)."""
    items = items_by_ref(PRODUCT)
    tasks = sorted(r for r, i in items.items() if i.kind == "task")
    assert tasks == ["1-1", "2-1"], tasks


RULES = (
    "SỞ TƯ PHÁP TỈNH LONG AN\nSố: 140/STP-HCTP\nLong An, ngày 11 tháng 5 năm 2027\n"
    "V/v hướng dẫn cập nhật cơ sở dữ liệu hộ tịch\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường.\n"
    "Sở Tư pháp hướng dẫn như sau:\n"
    "1. Về cập nhật dữ liệu\n"
    "- Ủy ban nhân dân các xã, phường cập nhật dữ liệu hộ tịch vào phần mềm dùng chung của tỉnh.\n"
    "- Khi biểu mẫu hộ tịch được sửa đổi, thay thế thì được áp dụng theo quy định tại văn bản sửa đổi, thay thế.\n"
    "- Nghiêm cấm việc sửa dữ liệu đã ký số mà không lập biên bản.\n"
)


def test_a_prohibition_and_a_rule_of_which_text_applies_are_no_tasks() -> None:
    """ "Nghiêm cấm …" and "Khi … thì được áp dụng theo quy định tại …" are standing rules, not work (before: both
    were tasks of the letter's addressee)."""
    items = items_by_ref(RULES)
    tasks = sorted(r for r, i in items.items() if i.kind == "task")
    assert tasks == ["1-1"], tasks


def test_an_hour_then_a_comma_then_the_day_is_a_deadline() -> None:
    """ "trước 17 giờ 00 phút, ngày 05/12/2027": the hour, a comma, then the day (before: no deadline was read)."""
    from planparse.deadlines import find_deadline

    found = find_deadline(
        "gửi tài liệu lên phần mềm trước 17 giờ 00 phút, ngày 05/12/2027; sau thời hạn trên"
    )
    assert found.date == dt.date(2027, 12, 5)


LABELLED = (
    "SỞ NỘI VỤ TỈNH CAO BẰNG\nSố: 615/SNV-CCHC\nCao Bằng, ngày 03 tháng 11 năm 2027\n"
    "V/v hướng dẫn tự đánh giá chỉ số cải cách hành chính\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n"
    "Sở Nội vụ hướng dẫn như sau:\n"
    "1. Về tài liệu kiểm chứng\n"
    "- Liệt kê tài liệu: Các cơ quan, địa phương liệt kê các văn bản chứng minh kết quả đạt được của từng tiêu chí "
    "(tài liệu gồm: quyết định, kế hoạch, báo cáo).\n"
)


def test_listing_ends_the_name_of_the_body_that_lists() -> None:
    """ "- Liệt kê tài liệu: Các cơ quan, địa phương liệt kê …": "liệt kê" (to list) is a verb of work that ends the
    name of the body before it (before: the item had no owner, the name running on into the verb)."""
    items = items_by_ref(LABELLED)
    assert items["1-1"].lead == ["Các cơ quan, địa phương"], items["1-1"].lead


NOMINATE = (
    "SỞ Y TẾ TỈNH TRÀ VINH\nSố: 702/SYT-TCCB\nTrà Vinh, ngày 09 tháng 8 năm 2027\n"
    "V/v cử thành viên Tổ công tác chuyển đổi số ngành y tế\n"
    "Kính gửi: Các bệnh viện tuyến tỉnh.\n"
    "Sở Y tế đề nghị các đơn vị thực hiện một số nội dung như sau:\n"
    "1. Góp ý dự thảo Quy chế hoạt động của Tổ công tác (dự thảo kèm theo).\n"
    "2. Cử viên chức là lãnh đạo khoa và chuyên viên công nghệ thông tin tham gia Tổ công tác.\n"
    "Đề nghị các bệnh viện tuyến tỉnh có văn bản góp ý và cử người gửi về Sở Y tế trước ngày 20/8/2027./.\n"
)


def test_appointing_someone_who_is_a_leader_is_work_not_a_statement() -> None:
    """ "2. Cử viên chức là lãnh đạo khoa …": "cử" (to appoint, to send) opens work, so the "là" after it does not
    make the item a statement of what a thing is (before: the item was a note); election words ("Ban bầu cử …")
    and voters ("cử tri") are no such verb."""
    from planparse.owners import scan_agency_phrase, starts_with_action

    items = items_by_ref(NOMINATE)
    assert items["2"].kind == "task"
    assert starts_with_action("Cử cán bộ đầu mối phụ trách công nghệ thông tin")
    assert scan_agency_phrase("Ban bầu cử xã tổ chức hội nghị", 0) == ("Ban bầu cử xã", 13)
