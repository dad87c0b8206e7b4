"""Round 65 (set 47): a regulation whose titled articles give some to bodies ("Điều 8. Sở Y tế", "Điều 9. Trách nhiệm
của …") sets norms in its other titled articles (scope, prohibitions, the conditions and duties of businesses and
users, amendment): no tasks there, but a recurring report; a due day "of the next month" after a longer cycle
("định kỳ hàng quý (trước ngày 10 của tháng kế tiếp)") is that cycle's due day; "01 lần/01 năm" is yearly. Made-up
texts, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan
from planparse.deadlines import find_deadline

REGULATION = """QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy định về quản lý cơ sở kinh doanh trò chơi điện tử trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các Sở, Chủ tịch UBND các huyện chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
QUY ĐỊNH
Về quản lý cơ sở kinh doanh trò chơi điện tử trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số 20/2027/QĐ-UBND ngày 10 tháng 3 năm 2027 của UBND tỉnh)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
1. Quy định này điều chỉnh việc quản lý các cơ sở kinh doanh trò chơi điện tử trên địa bàn tỉnh.
2. Mọi tổ chức, cá nhân kinh doanh trò chơi điện tử trên địa bàn tỉnh phải thực hiện theo Quy định này.
Điều 2. Các hành vi bị cấm
1. Tổ chức đánh bạc dưới mọi hình thức tại cơ sở kinh doanh.
2. Cung cấp trò chơi chưa được cấp phép cho người chơi.
Chương II
QUY ĐỊNH CỤ THỂ
Điều 3. Quy định đối với chủ cơ sở kinh doanh
1. Chủ cơ sở phải có đủ các điều kiện sau:
a. Đăng ký kinh doanh tại cơ quan đăng ký kinh doanh cấp huyện;
b. Niêm yết nội quy tại nơi kinh doanh;
c. Lắp đặt thiết bị phòng cháy, chữa cháy tại nơi kinh doanh.
2. Chủ cơ sở kinh doanh định kỳ hàng quý (trước ngày 10 của tháng kế tiếp) báo cáo về Sở Văn hóa tình hình hoạt động của cơ sở.
Chương III
TRÁCH NHIỆM CỦA CÁC CƠ QUAN
Điều 4. Sở Văn hóa, Thể thao và Du lịch
1. Chủ trì, phối hợp với các cơ quan liên quan kiểm tra các cơ sở kinh doanh trên địa bàn tỉnh.
2. Tổng hợp, báo cáo UBND tỉnh tình hình quản lý các cơ sở kinh doanh.
Điều 5. Trách nhiệm của Ủy ban nhân dân các huyện
1. Cấp giấy chứng nhận đăng ký kinh doanh cho hộ kinh doanh trò chơi điện tử.
2. Kiểm tra các cơ sở kinh doanh tại địa phương ít nhất 01 lần/01 năm.
Điều 6. Sửa đổi, bổ sung
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các tổ chức, cá nhân phản ánh về Sở Văn hóa, Thể thao và Du lịch để tổng hợp báo cáo UBND tỉnh xem xét, sửa đổi.
"""


def _tasks(text: str) -> dict[str, str]:
    # the attached regulation numbers its articles afresh (round 71: its own numbers, the decision's take "[2]")
    return {i.ref.replace("[2]", ""): i.text for i in parse_plan(text).items if i.kind == "task"}


def test_the_norms_of_a_regulation_are_no_tasks() -> None:
    tasks = _tasks(REGULATION)
    assert not [r for r in tasks if r.startswith(("Điều 1", "Điều 2", "Điều 6")) or r.startswith("Điều 3.1")]
    assert {"Điều 4.1", "Điều 4.2", "Điều 5.1", "Điều 5.2"} <= set(tasks)


def test_a_recurring_report_among_the_norms_stays_a_task() -> None:
    plan = parse_plan(REGULATION)
    report = [i for i in plan.items if i.kind == "task" and i.ref.startswith("Điều 3.2")]
    assert [i.ref for i in report] == ["Điều 3.2"]
    assert report[0].deadline.recurrence == "quarterly"


def test_articles_with_no_body_titled_are_read_as_before() -> None:
    # no article is given to a body: nothing tells norms from duties, every item reads as it did
    text = REGULATION.split("Chương III")[0]
    assert {"Điều 2.1", "Điều 2.2", "Điều 3.1.b"} <= set(_tasks(text))


def test_a_decisions_titled_articles_keep_their_work() -> None:
    # a decision titles its articles too ("Điều 2. Trách nhiệm thi hành", "Điều 4. Tổ chức thực hiện"): none is a
    # body's article, so the work it gives stays
    text = """QUYẾT ĐỊNH:
Điều 1. Về phân bổ kinh phí
Chấp thuận phân bổ kinh phí năm 2027 cho các sở, ngành với số tiền 10 tỷ đồng.
Điều 2. Trách nhiệm thi hành
Giao các cơ quan, đơn vị có tên tại phụ lục chịu trách nhiệm phân bổ, giao dự toán và quyết toán kinh phí theo quy định.
Điều 3. Hiệu lực thi hành
Quyết định này có hiệu lực kể từ ngày ký.
Điều 4. Tổ chức thực hiện
Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.
"""
    assert "Điều 2" in _tasks(text)


def test_a_due_day_after_a_quarter_is_the_quarters() -> None:
    dl = find_deadline("Chủ cơ sở định kỳ hàng quý (trước ngày 10 của tháng kế tiếp) báo cáo về Sở Văn hóa.")
    assert dl.recurrence == "quarterly"
    assert dl.anchors == ["01-10", "04-10", "07-10", "10-10"]


def test_once_in_one_year_is_yearly() -> None:
    assert find_deadline("Kiểm tra các cơ sở ít nhất 01 lần/01 năm.").recurrence == "yearly"


def test_a_team_that_ends_itself_is_no_task() -> None:
    text = """QUYẾT ĐỊNH:
Điều 1. Thành lập Tổ giúp việc Ban chỉ đạo kỳ thi năm 2027.
Điều 2. Nhiệm vụ của Tổ giúp việc:
- Tiếp nhận, tổng hợp hồ sơ của thí sinh gửi về Ban chỉ đạo.
- Báo cáo Ban chỉ đạo kết quả tiếp nhận hồ sơ.
- Tổ tiếp nhận hồ sơ, giải đáp thắc mắc của thí sinh tự giải thể sau khi kết thúc kỳ thi tuyển sinh vào lớp 10.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""
    tasks = _tasks(text)
    assert len(tasks) == 2 and not any("giải thể" in t for t in tasks.values())


def test_a_step_shared_out_among_the_regulations_bodies_keeps_its_work() -> None:
    # a management article that gives each body its part of a step ("1. Sở Xây dựng: …") shares work among bodies
    # the regulation also gives articles of their own: not a norm for the regulated, its items stay tasks
    text = (
        REGULATION
        + "Điều 7. Quản lý quy hoạch cơ sở kinh doanh\n"
        + "1. Sở Văn hóa, Thể thao và Du lịch: lập danh mục các cơ sở kinh doanh trên địa bàn tỉnh.\n"
        + "2. Ủy ban nhân dân các huyện: rà soát các cơ sở kinh doanh tại địa phương, gửi Sở Văn hóa, Thể thao và Du lịch.\n"
    )
    tasks = _tasks(text)
    assert {"Điều 7.1", "Điều 7.2"} <= set(tasks)
    # the norms around it still read as norms
    assert not [r for r in tasks if r.startswith(("Điều 1", "Điều 2")) or r.startswith("Điều 3.1")]
