"""Round 85 (sets 47, 49, 52, 59, 61): a province's decision issuing a regulation, with or without an article given to
a body, sets norms beside the work it hands out. Outside a body's article and the execution article, an item is a
norm by what it says: the scope article's items, a power restated ("… có thẩm quyền …", "… có quyền …", the holder of
a power "được phân cấp, ủy quyền"), a competence that follows a provision with no doer ("Thẩm quyền … thực hiện theo
quy định tại …"), a time limit, the regulated private party's own step; a named body acting in the item keeps it a
task. Made-up texts of another regulation, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan

REGULATION = """ỦY BAN NHÂN DÂN TỈNH AN BÌNH
Số: 12/2027/QĐ-UBND
QUYẾT ĐỊNH
Ban hành Quy định một số nội dung về quản lý khai thác khoáng sản làm vật liệu xây dựng thông thường
Điều 1. Ban hành kèm theo Quyết định này Quy định một số nội dung về quản lý khai thác khoáng sản.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 6 năm 2027.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, Chủ tịch Ủy ban nhân dân các xã chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
QUY ĐỊNH
Một số nội dung về quản lý khai thác khoáng sản làm vật liệu xây dựng thông thường
(Ban hành kèm theo Quyết định số 12/2027/QĐ-UBND ngày 10 tháng 5 năm 2027)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy định này quy định một số nội dung về quản lý khai thác khoáng sản làm vật liệu xây dựng thông thường.
Điều 2. Đối tượng áp dụng
1. Các cơ quan quản lý nhà nước thực hiện quản lý khai thác khoáng sản trên địa bàn tỉnh.
2. Các tổ chức, cá nhân tham gia khai thác khoáng sản trên địa bàn tỉnh.
Chương II
QUY ĐỊNH CỤ THỂ
Điều 3. Thẩm quyền cấp giấy phép khai thác khoáng sản
1. Chủ tịch Ủy ban nhân dân tỉnh có thẩm quyền cấp giấy phép khai thác khoáng sản quy định tại khoản 2 Điều 108 Luật Địa chất và khoáng sản.
2. Sở Nông nghiệp và Môi trường thẩm định hồ sơ đề nghị cấp giấy phép khai thác khoáng sản, trình Chủ tịch Ủy ban nhân dân tỉnh.
3. Thẩm quyền gia hạn, thu hồi giấy phép khai thác khoáng sản thực hiện theo quy định tại Điều 110 Luật Địa chất và khoáng sản.
4. Đối với mỏ nằm trên địa bàn hai xã trở lên: Thẩm quyền kiểm tra do Sở Nông nghiệp và Môi trường thực hiện.
Điều 4. Trình tự xử lý hồ sơ
1. Tổ chức, cá nhân đề nghị cấp phép nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.
2. Chủ đầu tư lập phương án cải tạo, phục hồi môi trường gửi Sở Nông nghiệp và Môi trường. Trong thời hạn 05 ngày làm việc, Sở Nông nghiệp và Môi trường kiểm tra, có văn bản trả lời chủ đầu tư.
3. Trong quá trình thẩm định, cơ quan tiếp nhận hồ sơ có quyền yêu cầu bổ sung hồ sơ một lần.
4. Đối với mỏ có công suất dưới 50.000 m3/năm, tổng thời gian thẩm định không quá 20 ngày.
5. Chủ đầu tư thực hiện việc nộp phí thẩm định theo quy định.
6. Chủ đầu tư gửi hồ sơ đóng cửa mỏ đến Phòng Kinh tế để tổ chức kiểm tra thực địa.
Điều 5. Kiểm tra hoạt động khai thác
1. Ủy ban nhân dân cấp xã kiểm tra hoạt động khai thác khoáng sản trên địa bàn định kỳ hằng năm.
2. Cơ quan có thẩm quyền kiểm tra phối hợp với Công an tỉnh khi tiến hành kiểm tra.
Chương III
TỔ CHỨC THỰC HIỆN
Điều 6. Tổ chức thực hiện
1. Sở Nông nghiệp và Môi trường hướng dẫn, kiểm tra việc thực hiện Quy định này.
2. Ủy ban nhân dân cấp xã tổng hợp, báo cáo kết quả khai thác khoáng sản trên địa bàn.
"""


def _tasks() -> set[str]:
    return {i.ref for i in parse_plan(REGULATION).items if i.kind == "task"}


def test_the_scope_article_lists_whom_the_regulation_governs() -> None:
    tasks = _tasks()
    assert "Điều 2.1" not in tasks and "Điều 2.2" not in tasks


def test_a_power_restated_or_a_competence_by_a_provision_is_no_task() -> None:
    tasks = _tasks()
    assert "Điều 3.1" not in tasks  # "… có thẩm quyền cấp giấy phép … quy định tại khoản 2 Điều 108 Luật …"
    assert "Điều 3.3" not in tasks  # "Thẩm quyền gia hạn … thực hiện theo quy định tại Điều 110 Luật …"
    assert "Điều 4.3" not in tasks  # "…, cơ quan tiếp nhận hồ sơ có quyền yêu cầu bổ sung hồ sơ một lần"
    # a body acting, or named as the doer after "do", keeps its item
    assert "Điều 3.2" in tasks
    assert "Điều 3.4" in tasks
    # a kind of body named by its power, the predicate its work with a partner, stays a task
    assert "Điều 5.2" in tasks


def test_a_time_limit_and_the_private_partys_own_step_are_norms() -> None:
    tasks = _tasks()
    assert "Điều 4.4" not in tasks  # "Đối với mỏ …, tổng thời gian thẩm định không quá 20 ngày."
    assert "Điều 4.5" not in tasks  # "Chủ đầu tư thực hiện việc nộp phí …"
    # the investor files, then a named body acts in the same item; or the body is the purpose's doer
    assert "Điều 4.2" in tasks
    assert "Điều 4.6" in tasks


def test_the_bodies_work_and_the_execution_article_stay_tasks() -> None:
    tasks = _tasks()
    assert {"Điều 5.1", "Điều 6.1", "Điều 6.2"} <= tasks
