"""What a reader takes for a task and what not (#12.3): the section's role, items without an owner in scope
sections, label lines that describe their parent, tables whose header names no task, lists inside a paragraph,
letters whose attachment comes after the signature. Snippets are made up in the style of each family."""

from __future__ import annotations

import datetime as dt

from planparse import parse_plan
from planparse.tests.reading import tasks_by_ref

MINISTRY_LETTER = """BỘ X
Số: 100/BX-VP
V/v đẩy mạnh thực hiện nhiệm vụ
Kính gửi: Các đơn vị thuộc Bộ.
Để hoàn thành các nhiệm vụ được giao, Bộ trưởng yêu cầu:
1. Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ
- Chịu trách nhiệm toàn diện trước Bộ trưởng về tiến độ, chất lượng các nhiệm vụ được giao.
- Gửi báo cáo kết quả thực hiện về Văn phòng Bộ trước ngày 15 tháng 12 năm 2025.
2. Vụ Kế hoạch, Tài chính
- Bố trí kinh phí thực hiện các nhiệm vụ.
3. Tiểu ban giúp việc Ban Chỉ đạo
- Thường xuyên kiểm tra, đôn đốc việc thực hiện.
Bộ yêu cầu các đơn vị nghiêm túc thực hiện./.
Nơi nhận: - Như trên; - Lưu: VT.
BỘ TRƯỞNG
Danh mục các văn bản đã ban hành
I. QUYẾT ĐỊNH
1. Quyết định số 1/QĐ-BX ngày 02/01/2025 của Bộ trưởng ban hành Kế hoạch năm 2025.
II. CÔNG VĂN
1. Công văn số 2/BX-VP ngày 03/02/2025 về việc đôn đốc thực hiện.
"""


def test_letter_body_is_before_the_signature_not_the_list_after_it() -> None:
    """The letter's numbered items are its tasks; a list of documents after the signature is not."""
    tasks = tasks_by_ref(parse_plan(MINISTRY_LETTER))
    assert {"1-2", "2-1", "3-1"} <= set(tasks)
    assert not any(ref.startswith(("I", "II")) for ref in tasks)


def test_ministry_units_head_their_items() -> None:
    """A "Vụ …", a "Tiểu ban …" and "Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ" are agency headings."""
    tasks = tasks_by_ref(parse_plan(MINISTRY_LETTER))
    assert tasks["1-2"].lead == ["Thủ trưởng các cơ quan, đơn vị được giao nhiệm vụ"]
    assert tasks["2-1"].lead == ["Vụ Kế hoạch, Tài chính"]
    assert tasks["3-1"].lead == ["Tiểu ban giúp việc Ban Chỉ đạo"]


def test_accountability_statement_is_a_rule_not_a_task() -> None:
    """ "Chịu trách nhiệm toàn diện trước Bộ trưởng về …" says who answers for the work, it is no work."""
    tasks = tasks_by_ref(parse_plan(MINISTRY_LETTER))
    assert "1-1" not in tasks


TARGET_APPENDIX = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Phát triển cây ăn quả giai đoạn 2026 - 2030
I. NHIỆM VỤ
1. Sở Nông nghiệp và Môi trường hướng dẫn nông dân áp dụng quy trình sản xuất tốt.
Nơi nhận: - Như trên.
PHỤ LỤC I
CHỈ TIÊU DIỆN TÍCH CÂY ĂN QUẢ
TT | Chỉ tiêu | ĐVT | Năm 2026 | Năm 2030
I | CÂY ĂN QUẢ
1 | Diện tích nhãn | Ha | 1.000 | 1.200
2 | Diện tích xoài | Ha | 800 | 900
PHỤ LỤC II
NHIỆM VỤ CỤ THỂ
STT | Nội dung | Cơ quan chủ trì | Thời gian
1 | Xây dựng mã số vùng trồng | Sở Nông nghiệp và Môi trường | Quý II/2026
"""


def test_table_whose_header_names_no_work_is_not_a_task_list() -> None:
    """ "TT | Chỉ tiêu | ĐVT | Năm …" holds targets: its rows are notes; the next appendix, headed "Nội dung |
    Cơ quan chủ trì", is a task table again."""
    plan = parse_plan(TARGET_APPENDIX)
    tasks = tasks_by_ref(plan)
    assert {ref for ref in tasks if ref.startswith("PL")} == {"PL.1"}
    # round 22: the corpus names every appendix's rows PL.<group>.<STT> (../shared/corpus/README.md): the targets
    # appendix hands out no work, so the task table is PL and the targets take the next number
    assert {i.ref for i in plan.items if i.marker == "row" and i.kind == "note"} == {"PL2.I.1", "PL2.I.2"}
    assert tasks["PL.1"].lead == ["Sở Nông nghiệp và Môi trường"]


MONITORING_PLAN = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Quan trắc môi trường vùng nuôi năm 2026
I. MỤC TIÊU
Cung cấp thông tin kịp thời cho người nuôi.
II. NỘI DUNG
1. Quan trắc môi trường
a) Nguồn nước cấp
- Điểm quan trắc: lấy mẫu tại 03 cửa sông.
- Cửa sông A: lấy mẫu 02 vị trí gồm:
+ 01 vị trí tại vùng nuôi B;
+ 01 vị trí tại vùng nuôi C.
- Thông số, tần suất và số lượng mẫu:
+ Các thông số: độ mặn, pH, DO quan trắc 02 lần/tháng.
b) Ao nuôi đại diện
- Điểm quan trắc: 05 ao nuôi tại xã D.
- Thông số: pH, độ kiềm.
2. Tuyên truyền nâng cao nhận thức người nuôi
- Nội dung: phổ biến quy chuẩn về chất lượng nước.
- Hình thức: in tài liệu cấp phát cho cơ sở nuôi.
- Số lượng: 2.000 cuốn.
3. Tiến độ gửi kết quả
- Thời gian gửi kết quả: Các cơ sở nuôi gửi kết quả về Sở Nông nghiệp và Môi trường trước ngày 15/12/2026.
- Hình thức: văn bản giấy.
III. TỔ CHỨC THỰC HIỆN
1. Sở Nông nghiệp và Môi trường: Chủ trì tổ chức thực hiện Kế hoạch.
2. Sở Tài chính: Bố trí kinh phí thực hiện.
"""


def test_label_lines_describe_their_parent_task() -> None:
    """ "a) Nguồn nước cấp" over "- Điểm quan trắc: …", "- Thông số …:" is one task (its lines say where and
    what is measured); so is "2. Tuyên truyền …" over "- Nội dung / - Hình thức / - Số lượng"."""
    tasks = tasks_by_ref(parse_plan(MONITORING_PLAN))
    assert {"II.1.a", "II.1.b", "II.2"} <= set(tasks)
    assert not any(ref.startswith(("II.1.a-", "II.1.b-", "II.2-")) for ref in tasks)


def test_label_line_whose_value_assigns_work_is_a_task() -> None:
    """A line whose label is followed by an agency doing something ("Thời gian gửi kết quả: Các cơ sở nuôi
    gửi …") assigns work: its parent is not a described task; agency labels ("Sở X: …") are tasks too."""
    tasks = tasks_by_ref(parse_plan(MONITORING_PLAN))
    assert "II.3" not in tasks and "II.3-1" in tasks
    assert {"III.1", "III.2"} <= set(tasks)


CONCLUSION_NOTICE = """VĂN PHÒNG X
Số: 9/TB-VPX
THÔNG BÁO
Kết luận của Trưởng Ban Chỉ đạo tại phiên họp thứ ba
I. KẾT QUẢ ĐẠT ĐƯỢC
Các đơn vị đã hoàn thành phần lớn nhiệm vụ.
II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN
1. Nguyên nhân chủ yếu: (1) Quyết tâm chưa đủ mạnh; (2) Thể chế chậm cập nhật.
III. NHIỆM VỤ TRỌNG TÂM
1. Đẩy mạnh cắt giảm thủ tục hành chính: (1) Các bộ, ngành rà soát quy trình, hoàn thành trong tháng 11 năm 2025; (2) các địa phương tập trung: (i) Sửa đổi văn bản quy phạm pháp luật; (ii) Công bố thủ tục đã cắt giảm.
2. Nhiệm vụ cụ thể
a) Bộ Khoa học và Công nghệ: (1) trình Đề án chuyển đổi số, hoàn thành trước ngày 10 tháng 12 năm 2025; (2) Phối hợp với các bộ tháo gỡ vướng mắc của dự án.
b) Bộ Công an: (1) Phát triển ứng dụng định danh với 03 chức năng chính: (i) Lưu trữ dữ liệu; (ii) Xác thực điện tử; (iii) Thanh toán; (2) Tham mưu ban hành Nghị định về dữ liệu.
c) Giao Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan và các địa phương nghiên cứu, xây dựng đề án, tờ trình cấp có thẩm quyền về: (1) cơ chế tài chính đặc thù; (2) nguồn vốn cho các dự án trọng điểm.
Văn phòng X thông báo để các cơ quan biết, thực hiện./.
"""


def test_inline_numbered_pieces_are_tasks_of_their_heading() -> None:
    """ "(1) … (2) …" inside one paragraph are separate tasks (refs `<item>.1`, `<item>.2`); an agency before
    the list owns them, otherwise each piece names its own; "(i) … (ii) …" inside a piece split it again."""
    tasks = tasks_by_ref(parse_plan(CONCLUSION_NOTICE))
    assert {"III.1.1", "III.1.2.i", "III.1.2.ii", "III.2.a.1", "III.2.a.2", "III.2.b.1", "III.2.b.2"} <= set(
        tasks
    )
    assert tasks["III.1.1"].lead == ["Các bộ, ngành"]
    assert tasks["III.1.2.ii"].lead == ["các địa phương"]
    assert tasks["III.2.a.1"].lead == tasks["III.2.a.2"].lead == ["Bộ Khoa học và Công nghệ"]
    assert tasks["III.2.a.1"].text.startswith("trình Đề án")


def test_inline_list_that_names_parts_of_one_task_stays_whole() -> None:
    """A list counting the parts of one thing ("với 03 chức năng chính: (i) …") or the topics of one proposal
    ("xây dựng đề án … về: (1) …; (2) …") says what the task covers."""
    tasks = tasks_by_ref(parse_plan(CONCLUSION_NOTICE))
    assert "III.2.b.1" in tasks and not any(ref.startswith("III.2.b.1.") for ref in tasks)
    assert "III.2.c" in tasks and not any(ref.startswith("III.2.c.") for ref in tasks)


def test_inline_piece_span_points_at_its_words() -> None:
    plan = parse_plan(CONCLUSION_NOTICE)
    piece = tasks_by_ref(plan)["III.2.a.2"]
    assert plan.text[piece.span[0] : piece.span[1]] == piece.text


def test_findings_section_holds_notasks_by_ref() -> None:
    """ "TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN" states findings: its inline "(1) …" points are not tasks."""
    tasks = tasks_by_ref(parse_plan(CONCLUSION_NOTICE))
    assert not any(ref.startswith(("I.", "II.")) for ref in tasks)


CAMPAIGN_PLAN = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Phát động thi đua đẩy mạnh chuyển đổi số năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Khơi dậy tinh thần thi đua.
II. PHẠM VI, ĐỐI TƯỢNG VÀ NỘI DUNG THI ĐUA
1. Đối tượng thi đua: các cơ quan, đơn vị, địa phương.
2. Nội dung thi đua
a) Thi đua thực hiện hiệu quả các nhiệm vụ chuyển đổi số.
b) Thi đua đề xuất sáng kiến, mô hình hay.
c) Các sở, ban, ngành đưa nội dung thi đua vào giao ban hằng tháng.
III. THỜI GIAN THI ĐUA
1. Thời gian thi đua
Trong năm 2026, tính đến hết ngày 31/12/2026.
2. Tiến độ
Các cơ quan, đơn vị gửi hồ sơ về Sở Nội vụ trước ngày 15/01/2027.
IV. TIÊU CHUẨN, HỒ SƠ KHEN THƯỞNG
1. Tiêu chuẩn tập thể
- Nội bộ đoàn kết, hoàn thành tốt nhiệm vụ.
- Có ít nhất 01 sáng kiến được áp dụng.
2. Hồ sơ đề nghị khen thưởng gồm:
a) Tờ trình đề nghị khen thưởng.
b) Báo cáo thành tích.
3. Các cơ quan, đơn vị căn cứ tiêu chuẩn chủ động lập hồ sơ gửi Sở Nội vụ trước ngày 15/01/2027.
V. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ theo dõi, hướng dẫn thực hiện Kế hoạch.
"""


def test_scope_and_award_sections_hold_tasks_only_where_someone_acts() -> None:
    """Under "PHẠM VI, ĐỐI TƯỢNG VÀ NỘI DUNG THI ĐUA" and "TIÊU CHUẨN, HỒ SƠ KHEN THƯỞNG" the campaign's
    contents, the award's criteria and the file's documents are not tasks; an item whose subject is an
    agency doing something ("Các sở, ban, ngành đưa …", "Các cơ quan … lập hồ sơ …") is."""
    tasks = tasks_by_ref(parse_plan(CAMPAIGN_PLAN))
    assert "II.2.c" in tasks and "IV.3" in tasks
    for ref in ("II.1", "II.2.a", "II.2.b", "IV.1-1", "IV.1-2", "IV.2.a", "IV.2.b"):
        assert ref not in tasks
    assert "V.1" in tasks


def test_time_heading_states_when_not_what() -> None:
    """ "1. Thời gian thi đua" over its period is no task; "2. Tiến độ" over an agency's work is one."""
    tasks = tasks_by_ref(parse_plan(CAMPAIGN_PLAN))
    assert "III.1" not in tasks and "III.2" in tasks


PROGRAMME_PLAN = """BỘ X
KẾ HOẠCH
Thực hiện Quy hoạch mạng lưới cơ sở văn hóa
I. MỤC ĐÍCH, YÊU CẦU
1. Cụ thể hóa các nhiệm vụ của Quy hoạch.
II. NỘI DUNG CHỦ YẾU
1. Các chương trình, dự án
a) Về các dự án đầu tư công
- Ưu tiên tập trung nguồn lực nhà nước đầu tư nâng cấp các thiết chế văn hóa.
b) Danh mục các dự án dự kiến ưu tiên đầu tư và phân kỳ thực hiện đến năm 2030
- Xây dựng, nâng cấp các nhà hát quốc gia;
- Bảo tồn, phát huy các di sản văn hóa.
III. TỔ CHỨC THỰC HIỆN
1. Cục Di sản văn hóa chủ trì hướng dẫn các địa phương thực hiện.
"""


def test_catalogue_heading_lists_notasks_by_ref() -> None:
    """ "Danh mục các dự án …" (even a long heading) lists projects or documents, not assignable work; "Danh mục
    nhiệm vụ" would."""
    tasks = tasks_by_ref(parse_plan(PROGRAMME_PLAN))
    assert "II.1.a-1" in tasks and "III.1" in tasks
    assert not any(ref.startswith("II.1.b") for ref in tasks)


TWICE_NUMBERED = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Xuất khẩu hàng hóa giai đoạn 2026 - 2030
I. MỤC TIÊU
1. Kim ngạch tăng bình quân 10%/năm.
II. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.
2. Sở Tài chính bố trí kinh phí thực hiện.
II. CHẾ ĐỘ BÁO CÁO
1. Các sở, ngành báo cáo kết quả về Sở Công Thương trước ngày 15/12 hằng năm.
2. Sở Công Thương tổng hợp báo cáo Ủy ban nhân dân tỉnh trước ngày 20/12 hằng năm.
"""


def test_items_under_a_numeral_written_twice_keep_the_numeral_as_read() -> None:
    """The second "II." keeps its items' refs as a reader cites them ("II.1", made unique as "II.1[2]"), not
    "II[2].1"; every ref stays unique."""
    plan = parse_plan(TWICE_NUMBERED)
    refs = [i.ref for i in plan.items]
    assert len(refs) == len(set(refs))
    assert {"II.1", "II.2", "II.1[2]", "II.2[2]"} <= set(tasks_by_ref(plan))
    assert not any(ref.startswith("II[2].") for ref in refs)


TARGET_COLUMN_APPENDIX = """TỈNH ỦY X
CHƯƠNG TRÌNH HÀNH ĐỘNG
Về bảo vệ môi trường
I. NHIỆM VỤ
1. Các cấp ủy quán triệt Chương trình này.
Nơi nhận:
- Như trên.
PHỤ LỤC 1
CÁC CHỈ TIÊU CHỦ YẾU
TT | Nội dung | Mục tiêu | Cơ quan chủ trì
1 | Tỷ lệ che phủ rừng | 60% | Đảng ủy UBND tỉnh
2 | Tỷ lệ chất thải rắn được thu gom | 95% | Đảng ủy UBND tỉnh
PHỤ LỤC 2
DANH MỤC NHIỆM VỤ
TT | Nhiệm vụ cụ thể | Cơ quan chủ trì | Thời hạn thực hiện
1 | Xây dựng Kế hoạch bảo vệ môi trường | Đảng ủy UBND tỉnh | 2026 - 2027
"""


def test_a_column_of_targets_beside_the_content_makes_the_rows_targets() -> None:
    """round 22: "Nội dung | Mục tiêu | Cơ quan chủ trì" with no timing: each row sets a target figure (MỤC TIÊU), not
    work, though a body answers for it; the task table after it is PL (../shared/corpus/README.md)."""
    plan = parse_plan(TARGET_COLUMN_APPENDIX)
    tasks = tasks_by_ref(plan)
    assert {ref for ref in tasks if ref.startswith("PL")} == {"PL.1"}
    assert tasks["PL.1"].text.startswith("Xây dựng Kế hoạch")
    assert tasks["PL.1"].deadline.date == dt.date(2027, 12, 31)
