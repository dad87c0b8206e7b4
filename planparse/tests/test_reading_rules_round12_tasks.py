"""Reading rules of the twelfth round on what is not a task (synthetic texts in the styles of the tenth and
eleventh sets): the sides of an award (numbers, files, procedure, timing), the messages and channels of a
communication, the contents of a monitoring plan and the steps of its method."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEAD = "ỦY BAN NHÂN DÂN TỈNH A\nSố: 12/KH-UBND\nKẾ HOẠCH\n{title}\n"


AWARDS = HEAD.format(title="Phát động thi đua hoàn thành kiểm kê đất đai năm 2026") + (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Khơi dậy tinh thần thi đua.\n"
    "II. SỐ LƯỢNG ĐỀ NGHỊ KHEN THƯỞNG\n"
    "1. Khen thưởng cấp Nhà nước: Sở Tư pháp phối hợp với các cơ quan liên quan báo cáo Hội đồng Thi đua -"
    " Khen thưởng tỉnh xem xét lựa chọn.\n"
    "2. Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh\n"
    "a) Các cơ quan cấp tỉnh:\n"
    "- Ban Chỉ đạo kiểm kê của tỉnh: Không quá 03 cá nhân;\n"
    "- Các cơ quan cấp tỉnh còn lại có liên quan đến công tác kiểm kê: chọn không quá 01 trường hợp.\n"
    "b) Đối với xã, phường: Mỗi xã chọn 01 trường hợp.\n"
    "3. Giấy khen của Thủ trưởng các cơ quan: Các sở, ban, ngành và Ủy ban nhân dân xã, phường quy định số"
    " lượng khen thưởng theo thẩm quyền.\n"
    "III. THỦ TỤC, HỒ SƠ VÀ THỜI GIAN KHEN THƯỞNG\n"
    "1. Hồ sơ đề nghị khen thưởng\n"
    "- Tờ trình đề nghị khen thưởng của các cơ quan, đơn vị;\n"
    "- Báo cáo thành tích của các tập thể, cá nhân theo mẫu quy định.\n"
    "2. Thời gian trình khen thưởng: Hồ sơ đề nghị khen thưởng gửi về Sở Tư pháp trước ngày 15/4/2026 để tổng"
    " hợp, thẩm định.\n"
    "3. Tuyến trình khen thưởng: Thực hiện theo đúng quy định pháp luật về thi đua, khen thưởng hiện hành.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tư pháp: Theo dõi, đôn đốc các cơ quan tổ chức phong trào thi đua.\n"
)


def test_a_heading_about_the_award_whatever_side_of_it_gives_no_work() -> None:
    items = items_by_ref(AWARDS)
    # numbers, file lists and a rule followed are what the award is; a body doing something other than granting
    # or sizing the awards, and a dated duty, are work
    assert {"II.1", "III.2", "IV.1"} == task_refs(items)
    assert items["II.1"].lead == ["Sở Tư pháp"]
    assert str(items["III.2"].deadline.date) == "2026-04-15"


SOLUTIONS = HEAD.format(title="Phát triển kinh tế số năm 2026") + (
    "I. MỤC TIÊU\n"
    "Phát triển kinh tế số.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Hoàn thiện thể chế\n"
    "Rà soát, sửa đổi các quy định về kinh tế số.\n"
    "2. Thi đua khen thưởng\n"
    "Mở rộng, đa dạng hóa các hình thức tôn vinh, biểu dương kịp thời các tổ chức, doanh nghiệp tiêu biểu.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nội vụ: Tổ chức các phong trào thi đua, khen thưởng.\n"
)


def test_a_field_of_work_that_includes_awarding_is_still_work() -> None:
    items = items_by_ref(SOLUTIONS)
    assert {"II.1", "II.2", "III.1"} <= task_refs(items)


COMMUNICATION = HEAD.format(title="Truyền thông về giảm nghèo năm 2026") + (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nâng cao nhận thức về giảm nghèo.\n"
    "II. NỘI DUNG, HÌNH THỨC\n"
    "1. Nội dung\n"
    "- Tuyên truyền, nâng cao nhận thức của cán bộ, công chức về giảm nghèo bền vững.\n"
    "- Truyền thông về các tấm gương điển hình trong giảm nghèo.\n"
    "2. Hình thức\n"
    "- In ấn, phát hành tờ rơi về chính sách giảm nghèo.\n"
    "- Lắp đặt pa - nô, băng rôn tuyên truyền công tác giảm nghèo.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Văn hóa, Thể thao và Du lịch\n"
    "- Định hướng các cơ quan báo chí đẩy mạnh truyền thông về giảm nghèo.\n"
    "2. Ủy ban nhân dân cấp xã\n"
    "- Xây dựng kế hoạch và tổ chức tuyên truyền về giảm nghèo tại địa phương.\n"
)


def test_the_messages_and_channels_of_a_communication_are_its_scope() -> None:
    items = items_by_ref(COMMUNICATION)
    assert {"III.1-1", "III.2-1"} == task_refs(items)


MONITORING = HEAD.format(title="Giám sát, đánh giá chương trình giảm nghèo năm 2026") + (
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Nắm chắc kết quả thực hiện chương trình.\n"
    "II. NỘI DUNG GIÁM SÁT, ĐÁNH GIÁ\n"
    "1. Nội dung giám sát\n"
    "- Nội dung giám sát của chủ chương trình\n"
    "+ Theo dõi, kiểm tra công tác quản lý chương trình: Xây dựng hệ thống văn bản quản lý.\n"
    "+ Theo dõi, kiểm tra tình hình thực hiện kế hoạch vốn: huy động, sử dụng vốn.\n"
    "- Nội dung giám sát của chủ dự án thành phần\n"
    "+ Theo dõi, kiểm tra kết quả thực hiện mục tiêu của dự án thành phần.\n"
    "2. Nội dung đánh giá\n"
    "- Đánh giá công tác quản lý chương trình trong năm.\n"
    "- Tình hình huy động, phân bổ và sử dụng nguồn vốn.\n"
    "III. PHƯƠNG PHÁP, CÁC BƯỚC GIÁM SÁT, ĐÁNH GIÁ\n"
    "1. Các bước giám sát\n"
    "- Thông báo cho địa phương về kế hoạch giám sát.\n"
    "- Báo cáo tình hình thực hiện chương trình.\n"
    "2. Các bước đánh giá\n"
    "- Sở Nông nghiệp và Môi trường tổng hợp chung các mẫu biểu, xây dựng báo cáo đánh giá.\n"
    "IV. TỔ CHỨC THỰC HIỆN\n"
    "1. Ủy ban nhân dân cấp xã: Tổ chức thực hiện giám sát, đánh giá theo Kế hoạch.\n"
)


def test_monitoring_contents_are_no_checks_and_unowned_method_steps_no_work() -> None:
    items = items_by_ref(MONITORING)
    # "Nội dung giám sát" only names a kind of content; "Báo cáo tình hình …" opens with the verb, not a paper
    assert {"III.2-1", "IV.1"} == task_refs(items)
    assert items["III.2-1"].lead == ["Sở Nông nghiệp và Môi trường"]


INDICATORS = HEAD.format(title="Phát triển xã hội số đến năm 2030") + (
    "I. MỤC TIÊU\n"
    "Phát triển xã hội số.\n"
    "II. GIẢI PHÁP\n"
    "1. Bảo đảm kinh phí\n"
    "a) Các sở, ngành có trách nhiệm chủ động bố trí kinh phí từ dự toán được giao.\n"
    "b) Kinh phí đầu tư tập trung cho hạ tầng số; kinh phí thường xuyên dành cho đào tạo, tuyên truyền.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Tài chính\n"
    "a) Chủ trì tổng hợp, tham mưu bố trí kinh phí hằng năm để triển khai Kế hoạch.\n"
    "b) Triển khai nhiệm vụ được giao chủ trì tại Phụ lục của Kế hoạch.\n"
    "2. Sở Y tế\n"
    "Chủ trì triển khai các nhiệm vụ tại mục (II) (1.2) của Kế hoạch.\n"
    "PHỤ LỤC\n"
    "PHÂN CÔNG THỰC HIỆN CÁC CHỈ TIÊU ĐẾN NĂM 2030\n"
    "TT | Chỉ tiêu | Chủ trì\n"
    " | I. Kinh tế số\n"
    "1 | Kinh tế số chiếm 30% GRDP tỉnh. | Sở Tài chính\n"
    "2 | Mỗi năm công bố từ 05 bộ dữ liệu mở. Đến năm 2030, tỉnh có ít nhất 20 tập dữ liệu mở. | Sở Tài chính\n"
    " | II. Xã hội số\n"
    "1 | Tỷ lệ người dân có Sổ sức khỏe điện tử đạt 95%. | Sở Y tế\n"
)


def test_an_indicator_table_with_an_owner_column_hands_out_its_rows() -> None:
    items = items_by_ref(INDICATORS)
    # rows of "TT | Chỉ tiêu | Chủ trì" are assigned to their owner; " | II. …" with the STT cell empty is a group;
    # what the money goes to is not a task (nor, by the owners round, a pointer to duties given elsewhere)
    assert {"II.1.a", "III.1.a", "PL.I.1", "PL.I.2", "PL.II.1"} == task_refs(items)
    assert items["PL.II.1"].lead == ["Sở Y tế"]
    # the indicator's year is its horizon, not a deadline; the cycle it names still recurs
    assert items["PL.I.2"].deadline.date is None
    assert items["PL.I.2"].deadline.recurrence == "yearly"


STATIONS = HEAD.format(title="Phát triển mạng 5G tại các khu công nghiệp") + (
    "I. MỤC ĐÍCH\n"
    "Phát triển hạ tầng số.\n"
    "II. NỘI DUNG THỰC HIỆN\n"
    "1. Hiện trạng\n"
    "Tỉnh hiện có nhiều khu công nghiệp với tốc độ lấp đầy nhanh, các nhà mạng đã phủ sóng 4G rộng khắp.\n"
    "2. Xây dựng trạm 5G\n"
    "- Lắp đặt các trạm BTS 5G: Đảm bảo độ phủ sóng trong các khu công nghiệp.\n"
    "- Triển khai cáp quang và hạ tầng truyền dẫn cho các trạm 5G.\n"
    "Trong đó:\n"
    "+ Lắp đặt mới trạm 4G: 58 trạm (Trong đó: Nhà mạng A: 25 trạm, Nhà mạng B: 33 trạm);\n"
    "+ Đầu tư mới trạm 5G: 35 trạm;\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Các doanh nghiệp viễn thông\n"
    "- Đầu tư hạ tầng 5G theo Kế hoạch.\n"
    "- Tuân thủ đầy đủ các quy định pháp luật về an toàn thông tin trong quá trình triển khai thực hiện.\n"
    "- Chấp hành nghiêm các quy định pháp luật về viễn thông; lắp đặt camera an ninh tại các trạm.\n"
)


def test_counts_of_parts_the_current_state_and_keeping_the_law_are_nottask_refs() -> None:
    items = items_by_ref(STATIONS)
    # "+" lines that only count the parts size the dash above them; "Hiện trạng" describes; keeping the law is
    # asked of everyone unless the item goes on to work of its own
    assert {"II.2-1", "II.2-2", "III.1-1", "III.1-3"} == task_refs(items)


TWICE = HEAD.format(title="Phòng, chống ma túy đến năm 2030") + (
    "I. MỤC TIÊU\n"
    "Giảm tội phạm ma túy.\n"
    "II. PHÂN CÔNG NHIỆM VỤ\n"
    "1. Công an thành phố\n"
    "a) Chủ trì triển khai các dự án phòng, chống ma túy.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Các sở, ban, ngành thành phố:\n"
    "a) Xây dựng kế hoạch cụ thể để triển khai thực hiện.\n"
    "b) Định kỳ hằng năm báo cáo kết quả về Công an thành phố.\n"
)


def test_items_deep_under_a_numeral_written_twice_are_named_as_read() -> None:
    items = items_by_ref(TWICE)
    # the second "II." repeats the first one's numbering: its "1." and "a)" are read "II.1.a" again, so the
    # refs differ only by the duplicate counter the scorer drops
    assert {"II.1.a", "II.1.a[2]", "II.1.b"} == task_refs(items)
