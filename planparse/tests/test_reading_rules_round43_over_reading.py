"""Round 43 (items a reader would not count as work): registers, lists of papers, conditions (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

REGISTER_LETTER = (
    "SỞ CÔNG THƯƠNG TỈNH BẮC HÀ\nSố: 310/SCT-QLNL\nBắc Hà, ngày 02 tháng 3 năm 2028\n"
    "V/v vận hành an toàn các trạm bơm mùa khô\nKính gửi: Các đơn vị quản lý trạm bơm trên địa bàn tỉnh.\n"
    "1. Yêu cầu các đơn vị quản lý, vận hành trạm bơm kiểm tra thiết bị, bảo đảm vận hành an toàn trong mùa khô "
    "(danh sách tại Phụ lục kèm theo).\n"
    "2. Báo cáo kết quả kiểm tra về Sở Công Thương trước ngày 30/3/2028.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    "Phụ lục\nDANH SÁCH CÁC TRẠM BƠM TRÊN ĐỊA BÀN TỈNH\n"
    "STT | Tên trạm bơm | Đơn vị quản lý | Vị trí (xã) | Công suất (m3/h)\n"
    "1 | Trạm bơm Đồng Cao | Công ty Thủy nông Bắc Hà | Xã Tân Lập | 1.200\n"
    "2 | Trạm bơm Bãi Sậy | Công ty Thủy nông Bắc Hà | Xã Hòa Bình | 800\n"
    "3 | Trạm bơm Cầu Đá | Hợp tác xã Nông nghiệp Cầu Đá | Xã Yên Phú | 450\n"
)


def test_a_register_of_named_things_is_no_list_of_work() -> None:
    """An appendix table whose work-like column is the name of a thing ("Tên trạm bơm") beside where it is and
    its figures, with no column of who does anything, when or what it yields: a register, its rows no tasks
    (before: three tasks "Trạm bơm Đồng Cao", …)."""
    items = items_by_ref(REGISTER_LETTER)
    assert task_refs(items) == {"1", "2"}


def test_a_named_work_or_a_thing_with_an_owner_column_stays_a_task_table() -> None:
    """ "Tên nhiệm vụ" names work, and "Tên công trình | Cơ quan chủ trì | Thời gian hoàn thành" hands each work out."""
    for header, row in (
        ("STT | Tên nhiệm vụ | Ghi chú", "1 | Xây dựng cơ sở dữ liệu trạm bơm | "),
        (
            "STT | Tên công trình | Cơ quan chủ trì | Thời gian hoàn thành",
            "1 | Nâng cấp trạm bơm Đồng Cao | Sở Nông nghiệp và Môi trường | Năm 2028",
        ),
    ):
        text = REGISTER_LETTER.split("STT |")[0] + f"{header}\n{row}\n"
        assert "PL.1" in task_refs(items_by_ref(text)), header


DOSSIER_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 45/KH-UBND\nBắc Hà, ngày 10 tháng 4 năm 2028\nKẾ HOẠCH\n"
    "Hỗ trợ sửa chữa nhà văn hóa thôn năm 2028\n"
    "I. TỔ CHỨC THỰC HIỆN\n"
    "1. Ủy ban nhân dân các xã:\n"
    "- Rà soát, lập danh sách nhà văn hóa thôn cần sửa chữa.\n"
    "- Lập hồ sơ thanh toán cho từng công trình, bao gồm:\n"
    "+ Tờ trình đề nghị thanh toán của thôn;\n"
    "+ Biên bản nghiệm thu khối lượng hoàn thành (02 bản);\n"
    "+ Các hóa đơn, chứng từ mua vật liệu.\n"
    "- Báo cáo kết quả về Sở Tài chính trước ngày 15/12/2028.\n"
    "2. Hồ sơ đề nghị hỗ trợ gồm:\n"
    "a) Đơn đề nghị của Ban công tác Mặt trận thôn.\n"
    "b) Dự toán sửa chữa có xác nhận của Ủy ban nhân dân xã.\n"
)


def test_the_papers_a_dossier_holds_are_no_tasks() -> None:
    """ "- Lập hồ sơ thanh toán …, bao gồm:" over "+ Tờ trình …;", "+ Biên bản …": making the dossier is the task, its
    papers are what it holds; "2. Hồ sơ đề nghị hỗ trợ gồm:" over a), b) says what a dossier holds, no work (before:
    the dash was a section over three tasks, and a), b) were tasks)."""
    items = items_by_ref(DOSSIER_PLAN)
    assert task_refs(items) == {"I.1-1", "I.1-2", "I.1-3"}
    assert items["I.1-2"].lead == ["Ủy ban nhân dân các xã"]


SUPPORT_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 52/KH-UBND\nBắc Hà, ngày 12 tháng 5 năm 2028\nKẾ HOẠCH\n"
    "Hỗ trợ cải tạo bếp ăn cho hộ nghèo năm 2028\n"
    "I. NỘI DUNG THỰC HIỆN\n"
    "1. Xác định đối tượng được hỗ trợ\n"
    "1.1. Là hộ nghèo có tên trong danh sách do Ủy ban nhân dân xã quản lý đến ngày 31/12/2027.\n"
    "1.2. Có bếp ăn xuống cấp và thuộc một trong các trường hợp sau:\n"
    "- Bếp ăn tạm bợ, không bảo đảm an toàn phòng cháy.\n"
    "- Bếp ăn chung với chuồng trại chăn nuôi.\n"
    "2. Các vấn đề cần lưu ý khi lập danh sách\n"
    "Danh sách hộ được hỗ trợ phải được công khai tại thôn.\n"
    "Hộ được hỗ trợ được xếp theo thứ tự ưu tiên sau đây:\n"
    "- Hộ có người khuyết tật nặng.\n"
    "- Hộ có người cao tuổi sống một mình.\n"
    "3. Quy định về số hộ dự họp bình xét\n"
    "Căn cứ Quy chế dân chủ ở cơ sở, cuộc họp thôn phải bảo đảm số lượng như sau:\n"
    "- Đối với thôn có dưới 50 hộ: Phải mời toàn thể các hộ dự họp.\n"
    "- Đối với thôn có từ 50 hộ trở lên: Có thể mời đại diện các hộ và bảo đảm trên một nửa số hộ dự họp.\n"
    "4. Rà soát, lập danh sách\n"
    "Ủy ban nhân dân các xã rà soát, lập danh sách hộ đủ điều kiện theo các tiêu chí sau:\n"
    "- Tổ chức họp thôn bình xét công khai.\n"
    "- Niêm yết danh sách tại nhà văn hóa thôn.\n"
)


def test_the_points_of_an_announced_list_of_conditions_are_no_tasks() -> None:
    """Who benefits under "1. Xác định đối tượng được hỗ trợ", the cases after "thuộc một trong các trường hợp sau:",
    a priority order and the requirements a thing "phải bảo đảm": each says what a person or a thing is or has,
    no one's work (before: all nine were tasks). Dashes that open with a verb of work stay tasks ("4.")."""
    items = items_by_ref(SUPPORT_PLAN)
    assert task_refs(items) == {"I.4-1", "I.4-2"}


CHECK_PLAN = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BẮC HÀ\nSố: 77/KH-SNNMT\nBắc Hà, ngày 03 tháng 6 năm 2028\nKẾ HOẠCH\n"
    "Kiểm tra an toàn hồ chứa nước trước mùa mưa năm 2028\n"
    "I. NỘI DUNG KIỂM TRA\n"
    "1. Chi cục Thủy lợi chủ trì kiểm tra hiện trạng đập, tràn xả lũ của các hồ chứa.\n"
    "2. Số lượng hồ chứa được kiểm tra: Tối thiểu 30% số hồ chứa do cấp xã quản lý.\n"
    "3. Thời gian kiểm tra thực địa: Trong tháng 7 năm 2028.\n"
    "4. Đối tượng: Là các tổ chức, cá nhân quản lý, vận hành hồ chứa nước.\n"
    "5. Thời gian nộp báo cáo: Các đơn vị quản lý hồ chứa gửi báo cáo tự kiểm tra về Sở trước ngày 15/7/2028.\n"
    "6. Thời hạn gửi báo cáo tự kiểm tra: Báo cáo tự kiểm tra của từng hồ chứa, kèm ảnh hiện trạng và sổ nhật ký vận "
    "hành, gửi về Chi cục Thủy lợi trước ngày 20/7/2028.\n"
)


def test_a_labelled_field_is_no_task_unless_its_value_is_an_act() -> None:
    """ "2. Số lượng … được kiểm tra: Tối thiểu 30% …", "3. Thời gian kiểm tra thực địa: Trong tháng 7 …", "4. Đối
    tượng: Là …": the label's extra words ("được kiểm tra", "kiểm tra thực địa") do not make a field work (before:
    three tasks). A body acting in the value ("5.") or a long value beside its date ("6.") is a dated act."""
    items = items_by_ref(CHECK_PLAN)
    assert task_refs(items) == {"I.1", "I.5", "I.6"}


MEETING_PLAN = (
    "ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 18/KH-UBND\nTân Lập, ngày 08 tháng 8 năm 2028\nKẾ HOẠCH\n"
    "Tổ chức hội nghị đối thoại với nông dân năm 2028\n"
    "I. TỔ CHỨC HỘI NGHỊ\n"
    "1. Công tác chuẩn bị\n"
    "- Văn phòng Ủy ban nhân dân xã chuẩn bị hội trường, âm thanh, khánh tiết.\n"
    "- Hội Nông dân xã tổng hợp ý kiến, kiến nghị của hội viên gửi Ủy ban nhân dân xã trước ngày 20/8/2028.\n"
    "2. Trình tự tiến hành hội nghị đối thoại\n"
    "2.1. Người chủ trì tuyên bố lý do, giới thiệu đại biểu dự hội nghị.\n"
    "2.2. Đại diện Hội Nông dân xã đọc tổng hợp ý kiến, kiến nghị của hội viên.\n"
    "2.3. Nông dân phát biểu ý kiến trực tiếp tại hội nghị.\n"
    "2.4. Lãnh đạo Ủy ban nhân dân xã trả lời, giải đáp các ý kiến.\n"
)


def test_the_running_order_of_a_meeting_is_no_list_of_work() -> None:
    """ "2. Trình tự tiến hành hội nghị đối thoại" over its steps: what is done at the meeting, by whoever is there
    (before: four tasks); the preparations under "1. Công tác chuẩn bị" stay tasks."""
    items = items_by_ref(MEETING_PLAN)
    assert task_refs(items) == {"I.1-1", "I.1-2"}


APPRAISAL_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 90/KH-UBND\nBắc Hà, ngày 14 tháng 9 năm 2028\nKẾ HOẠCH\n"
    "Thẩm định hồ sơ đề nghị hỗ trợ doanh nghiệp nhỏ và vừa năm 2028\n"
    "I. TRÁCH NHIỆM CÁC CƠ QUAN\n"
    "1. Sở Tài chính\n"
    "a) Chủ trì tiếp nhận, thẩm định hồ sơ đề nghị hỗ trợ của doanh nghiệp.\n"
    "b) Chịu trách nhiệm về nội dung thẩm định và kết quả đề xuất mức hỗ trợ.\n"
    "c) Chịu trách nhiệm về việc quản lý, sử dụng nguồn kinh phí hỗ trợ đúng mục đích.\n"
    "2. Các doanh nghiệp đề nghị hỗ trợ\n"
    "- Doanh nghiệp được hỗ trợ chịu trách nhiệm về tính chính xác, trung thực của hồ sơ đã nộp.\n"
    "- Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm trước Ủy ban nhân dân tỉnh nếu để xảy ra việc hỗ trợ sai "
    "đối tượng trên địa bàn.\n"
    "- Chịu trách nhiệm về số liệu đã báo cáo; chủ động rà soát, bổ sung hồ sơ khi được yêu cầu.\n"
)


def test_answering_for_what_is_handed_in_is_no_work() -> None:
    """ "Chịu trách nhiệm về nội dung thẩm định …", "… chịu trách nhiệm về tính chính xác … của hồ sơ", "… chịu trách
    nhiệm trước … nếu để xảy ra …": what a body answers for, not work (before: three tasks). Answering "về việc quản
    lý, sử dụng …" names an activity, and a later clause of work ("…; chủ động rà soát …") is work."""
    items = items_by_ref(APPRAISAL_PLAN)
    assert task_refs(items) == {"I.1.a", "I.1.c", "I.2-3"}


STATEMENT_LETTER = (
    "SỞ TÀI CHÍNH TỈNH BẮC HÀ\nSố: 512/STC-QLG\nBắc Hà, ngày 20 tháng 10 năm 2028\n"
    "V/v triển khai quy định mới về quản lý giá\nKính gửi: Ủy ban nhân dân các xã, phường.\n"
    "1. Tại khoản 2 Điều 9 Nghị định số 85/2028/NĐ-CP ngày 01/9/2028 của Chính phủ quy định: “Ủy ban nhân dân cấp xã "
    "không thực hiện kê khai giá đối với hàng hóa thuộc danh mục bình ổn.”\n"
    "2. Hợp tác xã nông nghiệp là lực lượng nòng cốt trong liên kết sản xuất, tiêu thụ nông sản trên địa bàn.\n"
    "3. Bình ổn giá là nhiệm vụ quan trọng. Đề nghị Ủy ban nhân dân các xã, phường tăng cường kiểm tra niêm yết giá.\n"
    "4. Phòng Kinh tế là cơ quan đầu mối theo dõi, tổng hợp tình hình giá trên địa bàn xã.\n"
    "5. Ủy ban nhân dân các xã, phường báo cáo kết quả về Sở Tài chính trước ngày 15/11/2028.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_a_quoted_provision_or_a_statement_of_what_a_thing_is_is_no_task() -> None:
    """ "1. Tại khoản 2 Điều 9 … quy định: “…”" sets out the law; "2. Hợp tác xã … là lực lượng nòng cốt …" says what a
    thing is (before: both tasks). A statement followed by a request ("3.") and an office held by a body ("4. … là cơ
    quan đầu mối …") stay work."""
    items = items_by_ref(STATEMENT_LETTER)
    assert task_refs(items) == {"3", "4", "5"}


CAMPAIGN_PLAN = (
    "ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 20/KH-UBND\nTân Lập, ngày 08 tháng 8 năm 2028\nKẾ HOẠCH\n"
    "Tuyên truyền cuộc bầu cử trưởng thôn năm 2028\n"
    "I. NỘI DUNG THỰC HIỆN\n"
    "1. Nội dung tuyên truyền\n"
    "- Ý nghĩa, tầm quan trọng của cuộc bầu cử trưởng thôn.\n"
    "- Quyền và nghĩa vụ của cử tri trong bầu cử.\n"
    "2. Hình thức tuyên truyền\n"
    "- Tuyên truyền trên hệ thống loa truyền thanh của xã và các thôn.\n"
    "- Treo băng rôn, khẩu hiệu tại trụ sở các thôn.\n"
    "- Văn phòng Ủy ban nhân dân xã đăng tải tin, bài trên trang thông tin điện tử của xã.\n"
    "3. Tổ chức hội nghị cử tri\n"
    "- Rà soát, lập danh sách cử tri từng thôn.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Công chức Văn hóa - Xã hội xây dựng đề cương tuyên truyền.\n"
)


def test_the_topics_and_channels_under_a_sub_heading_of_a_campaign_are_no_tasks() -> None:
    """ "1. Nội dung tuyên truyền" and "2. Hình thức tuyên truyền" under a section of work: their dashes are what is
    said and through which channels (before: five tasks), as under a top "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN"; a dash
    that names who does it ("Văn phòng Ủy ban nhân dân xã đăng tải …") and the work under "3." stay tasks."""
    items = items_by_ref(CAMPAIGN_PLAN)
    assert task_refs(items) == {"I.2-3", "I.3-1", "II.1"}


LABELLED_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH BẮC HÀ\nSố: 61/KH-UBND\nBắc Hà, ngày 02 tháng 6 năm 2028\nKẾ HOẠCH\n"
    "Hỗ trợ học nghề cho thanh niên nông thôn năm 2028\n"
    "I. NỘI DUNG HỖ TRỢ\n"
    "1. Điều kiện được hỗ trợ\n"
    "- Có hộ khẩu thường trú tại xã từ 12 tháng trở lên.\n"
    "- Chưa được hỗ trợ học nghề từ ngân sách nhà nước.\n"
    "2. Thành phần hồ sơ:\n"
    "- Đơn đăng ký học nghề có xác nhận của thôn;\n"
    "- Bản sao giấy khai sinh.\n"
    "3. Rà soát nhu cầu học nghề\n"
    "- Ủy ban nhân dân các xã rà soát, tổng hợp nhu cầu học nghề của thanh niên.\n"
)


def test_a_heading_of_conditions_and_a_label_naming_a_dossier_announce_no_tasks() -> None:
    """ "1. Điều kiện được hỗ trợ" over what a person must have, "2. Thành phần hồ sơ:" over the papers (before: four
    tasks); a body acting under "3." stays a task."""
    items = items_by_ref(LABELLED_PLAN)
    assert task_refs(items) == {"I.3-1"}
