"""Round 55 (a decision's own acts): what a decision, resolution or regulation does by being issued — permits,
approves, establishes, appoints, dissolves, repeals, names a board's members, fixes its effect — is no work given to
anyone; the work its articles give stays work (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEAD = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN HÒA\nSố: 12/QĐ-UBND\nAn Hòa, ngày 3 tháng 4 năm 2026\nQUYẾT ĐỊNH\n"
    "Về việc sắp xếp các tổ chức của tỉnh\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN HÒA\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\n"
)
TAIL = "Nơi nhận:\n- Như Điều cuối;\n- Lưu: VT.\n"


def test_an_articles_own_act_is_no_task() -> None:
    """ "Điều 1. Cho phép sáp nhập …", "Điều 2. Chỉ định ông A giữ chức …", "Giải thể …", "Tặng Giấy khen …": the
    issuer permits, appoints, dissolves, awards, and by issuing the decision it is done; nobody is told to do anything
    (before: each article a task without an owner). An article that gives work ("Giao …", a body "có trách nhiệm
    …"), or an own act followed by a clause that charges a body ("…; Tổ xung kích có trách nhiệm trực ban …"), stays
    work."""
    items = items_by_ref(
        HEAD
        + "Điều 1. Cho phép sáp nhập Hội Làm vườn huyện Bắc (cũ) và Hội Làm vườn huyện Nam (cũ) thành Hội Làm "
        "vườn khu vực Bắc Nam.\n"
        "Điều 2. Chỉ định ông Phạm Văn Hòa, Chủ tịch Hội Làm vườn huyện Bắc (cũ) giữ chức Chủ tịch Hội Làm vườn khu "
        "vực Bắc Nam lâm thời.\n"
        "Điều 3. Giải thể Ban Chỉ đạo phát triển kinh tế vườn của tỉnh.\n"
        "Điều 4. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân tỉnh cho 03 tập thể có thành tích xuất sắc.\n"
        "Điều 5. Thành lập Tổ xung kích của tỉnh; Tổ xung kích có trách nhiệm trực ban 24/24 giờ trong mùa mưa bão.\n"
        "Điều 6. Hội Làm vườn huyện Bắc (cũ), Hội Làm vườn huyện Nam (cũ) có trách nhiệm bàn giao tài sản, hồ sơ cho "
        "Hội Làm vườn khu vực Bắc Nam.\n"
        "Điều 7. Giao Sở Nội vụ hướng dẫn Hội Làm vườn khu vực Bắc Nam tổ chức Đại hội trước ngày 30/9/2026.\n"
        "Điều 8. Quyết định này có hiệu lực kể từ ngày ký.\n" + TAIL
    )
    assert task_refs(items) == {"Điều 5", "Điều 6", "Điều 7"}


def test_the_same_verbs_open_work_outside_an_article() -> None:
    """A guard of the rule above (it passes without it): position, not the verb. In a plan "- Thành lập Đoàn kiểm
    tra …" is work a body is given, and in an article's clause under a request ("Điều 2. … yêu cầu Chính phủ thực
    hiện các nhiệm vụ sau đây:" over "1. Phê duyệt Đề án …") the clause is the request's work."""
    plan = items_by_ref(
        "KẾ HOẠCH\nKiểm tra công tác văn thư năm 2026\nII. NHIỆM VỤ\n1. Sở Nội vụ\n"
        "- Thành lập Đoàn kiểm tra công tác văn thư, lưu trữ tại các sở, ngành.\n"
        "- Phê duyệt kế hoạch kiểm tra của các xã trước ngày 30/4/2026.\n"
    )
    assert {"II.1-1", "II.1-2"} <= task_refs(plan)
    resolution = items_by_ref(
        "NGHỊ QUYẾT\nVề giám sát chính sách nhà ở\nQUYẾT NGHỊ:\n"
        "Điều 1. Chính sách nhà ở xã hội là chủ trương lớn của Nhà nước.\n"
        "Điều 2. Ủy ban thường vụ Quốc hội yêu cầu Chính phủ thực hiện các nhiệm vụ sau đây:\n"
        "1. Phê duyệt Đề án phát triển nhà ở xã hội trong năm 2027.\n"
        "2. Thành lập Quỹ hỗ trợ nhà ở xã hội.\n"
        "Điều 3. Nghị quyết này có hiệu lực kể từ ngày ký.\n"
    )
    assert {"Điều 2.1", "Điều 2.2"} <= task_refs(resolution)


def test_an_approving_lead_in_may_cite_many_submissions() -> None:
    """ "Điều 1. Thông qua 02 Chính sách của Luật … theo đề xuất của Bộ X tại các Tờ trình số …, số … và số …, cụ thể
    như sau:" over "- Chính sách 1: …": one sentence however long, its points what is adopted (before: past 250
    characters the lead-in was not read as approving and each policy was a task)."""
    items = items_by_ref(
        "CHÍNH PHỦ\nSố: 77/NQ-CP\nHà Nội, ngày 02 tháng 6 năm 2026\nNGHỊ QUYẾT\nVề chính sách của Luật\nQUYẾT NGHỊ:\n"
        "Điều 1. Thông qua 02 Chính sách của Luật sửa đổi, bổ sung một số điều của Luật Đo lường, Luật Tiêu chuẩn và "
        "Quy chuẩn kỹ thuật, Luật Chất lượng sản phẩm, hàng hóa theo đề xuất của Bộ Khoa học và Công nghệ tại các Tờ "
        "trình số 1111/TTr-BKHCN ngày 10 tháng 3 năm 2026, số 2222/TTr-BKHCN ngày 14 tháng 4 năm 2026 và số "
        "333/BC-BKHCN ngày 20 tháng 5 năm 2026, cụ thể như sau:\n"
        "- Chính sách 1: Phân cấp, phân quyền trong quản lý đo lường theo hướng: Bãi bỏ thủ tục chứng nhận chuẩn "
        "đo lường; giao địa phương quyết định danh mục phương tiện đo.\n"
        "- Chính sách 2: Tháo gỡ vướng mắc về đánh giá sự phù hợp theo hướng: Công nhận kết quả đánh giá của tổ chức "
        "nước ngoài.\n"
        "Điều 2. Bộ Khoa học và Công nghệ chủ trì xây dựng dự án Luật, trình Chính phủ trước ngày 10 tháng 7 năm 2026.\n"
        "Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
        "TM. CHÍNH PHỦ\n"
    )
    assert task_refs(items) == {"Điều 2"}


def test_an_own_act_that_lists_what_it_acts_on() -> None:
    """ "Điều 1. Bãi bỏ toàn bộ các văn bản … sau đây:" over the documents, "Điều 2. Thu hồi các giấy phép sau:" over
    the licences: the things repealed and revoked, no work (before: each a task without an owner)."""
    items = items_by_ref(
        HEAD + "Điều 1. Bãi bỏ toàn bộ các văn bản quy phạm pháp luật sau đây:\n"
        "1. Chỉ thị số 05/2018/CT-UBND ngày 12 tháng 3 năm 2018 về tăng cường quản lý chợ;\n"
        "2. Kế hoạch số 88/KH-UBND ngày 20 tháng 5 năm 2019 về phát triển chợ nông thôn.\n"
        "Điều 2. Thu hồi các giấy phép sau:\n"
        "1. Giấy phép khai thác cát số 12/GP-UBND cấp cho Công ty TNHH An Phát;\n"
        "2. Giấy phép khai thác đá số 15/GP-UBND cấp cho Công ty Cổ phần Bình Minh.\n"
        "Điều 3. Giao Sở Nông nghiệp và Môi trường kiểm tra việc đóng cửa mỏ trước ngày 30/6/2026.\n"
        "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n" + TAIL
    )
    assert task_refs(items) == {"Điều 3"}


def test_the_members_an_article_names_are_no_tasks() -> None:
    """ "Điều 2. Thành phần Tổ công tác gồm:" over "1. Ông A, …, Tổ trưởng;", "2. Tổ phó: Bà B, …": naming a board's
    members is the decision's own act, however few they are (before: round 46's list of names needed five entries, so
    each member was a task); the board's duties in the next article stay a task, the board its owner (before: "Tổ
    công tác có nhiệm vụ", the charge read into the name)."""
    items = items_by_ref(
        HEAD + "Điều 1. Thành lập Tổ công tác hỗ trợ bầu cử của tỉnh.\n"
        "Điều 2. Thành phần Tổ công tác gồm:\n"
        "1. Ông Nguyễn Văn An, Phó Chủ tịch Ủy ban nhân dân tỉnh, Tổ trưởng;\n"
        "2. Tổ phó: Bà Trần Thị Bình, Phó Giám đốc Sở Nội vụ;\n"
        "3. Ông Lê Văn Cường, chuyên viên Văn phòng Ủy ban nhân dân tỉnh, thành viên.\n"
        "Điều 3. Tổ công tác có nhiệm vụ hướng dẫn các xã lập danh sách cử tri, hoàn thành trước ngày 15/2/2026.\n"
        "Điều 4. Quyết định này có hiệu lực kể từ ngày ký.\n" + TAIL
    )
    assert task_refs(items) == {"Điều 3"}
    # "có nhiệm vụ" is the charge, not a part of the board's name
    assert items["Điều 3"].lead == ["Tổ công tác"]


def test_the_clauses_of_an_article_titled_by_its_effect() -> None:
    """ "Điều 2. Hiệu lực thi hành." over "2. Các nhiệm vụ trong Chương trình … tiếp tục được thực hiện theo …": what
    the act holds over, no work (before: a task, given the plan's owners by inference); a regulation's "Điều 2.
    Điều khoản thi hành" over "Quy chế này thay thế …" likewise, and its "Quy chế này có hiệu lực …", "… chịu trách
    nhiệm thi hành Quy chế này" as round 15 reads a decision's; a clause naming a body at work ("3. Bộ Nội vụ hướng
    dẫn …") stays a task."""
    items = items_by_ref(
        "CHÍNH PHỦ\nSố: 5/NQ-CP\nHà Nội, ngày 3 tháng 4 năm 2026\nNGHỊ QUYẾT\nVề việc bổ sung nhiệm vụ\nQUYẾT NGHỊ:\n"
        "Điều 1. Bộ Nội vụ chủ trì xây dựng Đề án sắp xếp các đơn vị sự nghiệp, trình Chính phủ trước ngày 30 tháng 9 "
        "năm 2026.\n"
        "Điều 2. Hiệu lực thi hành.\n"
        "1. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
        "2. Các nhiệm vụ trong Chương trình hành động ban hành kèm theo Nghị quyết số 10/NQ-CP tiếp tục được thực hiện "
        "và cập nhật theo Nghị quyết này.\n"
        "3. Bộ Nội vụ hướng dẫn các bộ, ngành thực hiện Nghị quyết này.\n"
        "Điều 3. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ chịu trách nhiệm thi hành Nghị quyết này.\n"
        "TM. CHÍNH PHỦ\n"
    )
    assert task_refs(items) == {"Điều 1", "Điều 2.3"}
    rules = items_by_ref(
        "QUY CHẾ\nQuản lý điểm truy cập Internet công cộng\nChương I\nQUY ĐỊNH CHUNG\n"
        "Điều 1. Trách nhiệm của Sở Văn hóa\n"
        "Sở Văn hóa chủ trì kiểm tra các điểm truy cập Internet công cộng hằng quý.\n"
        "Điều 2. Điều khoản thi hành\n"
        "Quy chế này thay thế Quy chế ban hành kèm theo Quyết định số 05/2015/QĐ-UBND.\n"
        "Điều 3. Quy chế này có hiệu lực sau 10 ngày kể từ ngày ký.\n"
        "Điều 4. Giám đốc Sở Văn hóa, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quy chế này./.\n"
    )
    assert task_refs(rules) == {"Điều 1"}


def test_an_article_giving_work_is_no_title() -> None:
    """ "Điều 2. Giao Sở Y tế chủ trì theo dõi tình hình dịch bệnh …": one sentence that gives work, not a heading,
    though a heading opening with "tình hình" would name the situation (before: read as such a heading, a note)."""
    items = items_by_ref(
        HEAD + "Điều 1. Công bố dịch sốt xuất huyết trên địa bàn xã Bình An.\n"
        "Điều 2. Giao Sở Y tế chủ trì theo dõi tình hình dịch bệnh, báo cáo Ủy ban nhân dân tỉnh hằng tuần.\n"
        "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.\n" + TAIL
    )
    assert task_refs(items) == {"Điều 2"}
    assert items["Điều 2"].lead == ["Sở Y tế"]
