"""Deadline and recurrence rules of round 11 (synthetic texts): the year of a share to reach is the target's, not
the task's deadline (the gold convention settled in round 11), …"""

from __future__ import annotations

from planparse.deadlines import find_deadline, step_ends
from planparse.tests.reading import items_by_ref


def test_the_year_of_a_share_to_reach_is_no_deadline() -> None:
    for text in (
        "Đôn đốc các doanh nghiệp phủ sóng cáp quang, phải đạt 85% hộ gia đình trong năm 2026.",
        "Triển khai các giải pháp, phấn đấu có ít nhất 30% thôn, tổ dân phố đạt chuẩn ngay trong năm 2026.",
        "Xây dựng lộ trình thực hiện đến năm 2030, bảo đảm ít nhất 60% trường học có thư viện số.",
        "Triển khai hiệu quả chương trình; đến năm 2030 đạt 100% trạm y tế có bác sĩ.",
    ):
        assert find_deadline(text).date is None, text
    # a share of work to complete still has its year as deadline; so has a strong cue
    assert str(find_deadline("Giải ngân 100% kế hoạch vốn được giao trong năm 2026.").date) == "2026-12-31"
    assert str(find_deadline("Rà soát 100% hồ sơ tồn đọng, hoàn thành trong năm 2026.").date) == "2026-12-31"


def test_a_timed_report_after_the_plans_summary_is_a_closing_task() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nSố: 77/KH-UBND\nKẾ HOẠCH\nSố hóa hồ sơ đất đai\n"
        "I. MỤC ĐÍCH\n1. Số hóa toàn bộ hồ sơ đất đai.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n- Chủ trì số hóa hồ sơ địa chính.\n"
        "2. Sở Tài chính\n- Bố trí kinh phí thực hiện.\n"
        "Trên đây là Kế hoạch số hóa hồ sơ đất đai của tỉnh. Đề nghị các sở, ngành, địa phương nghiêm túc triển "
        "khai thực hiện. Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả thực hiện về Sở Nông nghiệp và "
        "Môi trường để tổng hợp.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    closing = items["II[closing]"]
    assert closing.kind == "task" and closing.lead == ["các sở, ngành, địa phương"]
    assert closing.deadline.recurrence == "yearly" and closing.deadline.anchors == ["12-15"]


def test_the_closing_report_carries_out_no_content_task() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nSố: 77/KH-UBND\nKẾ HOẠCH\nSố hóa hồ sơ đất đai\n"
        "I. NHIỆM VỤ\n1. Số hóa hồ sơ địa chính và cập nhật cơ sở dữ liệu đất đai.\n"
        "2. Đánh giá kết quả thực hiện kế hoạch số hóa, báo cáo kết quả thực hiện.\n"
        "II. TỔ CHỨC THỰC HIỆN\n1. Sở Nông nghiệp và Môi trường\n"
        "- Chủ trì số hóa hồ sơ địa chính, cập nhật cơ sở dữ liệu đất đai.\n2. Sở Tài chính\n- Bố trí kinh phí.\n"
        "Trên đây là Kế hoạch số hóa hồ sơ đất đai của tỉnh. Đề nghị các sở, ngành, địa phương nghiêm túc triển "
        "khai thực hiện. Định kỳ hằng năm (trước ngày 15 tháng 12) đánh giá kết quả thực hiện kế hoạch số hóa, báo "
        "cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường để tổng hợp.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    assert items["II[closing]"].kind == "task" and items["II[closing]"].implements == []
    # Not linked to the closing's addressees ("các sở, ngành, địa phương"); the body its reports go to may still be
    # suggested as the plan's coordinator (round 11, owners), as an inference.
    assert all("ngành" not in lead for lead in items["I.2"].lead)
    assert items["I.2"].lead_source in ("", "inferred")


def test_a_horizon_closing_a_long_programme_name_is_no_deadline() -> None:
    name = (
        "Tiếp tục triển khai các hoạt động thực hiện Chương trình củng cố và phát triển mạng lưới thông tin "
        "chuyên ngành y tế cơ sở của tỉnh Bình Minh đến năm 2030."
    )
    assert find_deadline(name).date is None
    # another date after a long name still times the task
    timed = (
        "Triển khai Kế hoạch số 12/KH-UBND ngày 3/4/2025 của Ủy ban nhân dân tỉnh về chuyển đổi số, tổ chức hội "
        "nghị sơ kết và báo cáo kết quả trong tháng 6/2026."
    )
    assert str(find_deadline(timed).date) == "2026-06-30"


def test_a_quarter_or_month_after_a_documents_name_times_the_work_on_it() -> None:
    plan = find_deadline("Các sở, ngành xây dựng Kế hoạch triển khai trong Quý II/2026 để tổ chức thực hiện.")
    assert str(plan.date) == "2026-06-30"
    approve = find_deadline(
        "Đẩy nhanh tiến độ để hoàn thành việc phê duyệt các phương án trong tháng 9/2026."
    )
    assert str(approve.date) == "2026-09-30"
    # a whole year or a period after a name is still the name's
    assert find_deadline("Triển khai Kế hoạch phát triển du lịch trong năm 2026 của tỉnh.").date is None


def test_a_quarter_opening_the_sentence_times_it() -> None:
    assert (
        str(find_deadline("Quý IV/2026, các cơ quan, đơn vị tổng kết phong trào thi đua.").date)
        == "2026-12-31"
    )
    assert str(find_deadline("Tháng 11/2026, Sở Nội vụ tổ chức hội nghị tổng kết.").date) == "2026-11-30"
    assert (
        find_deadline("Năm 2025, tỉnh đạt nhiều kết quả quan trọng.").date is None
    )  # a year opening it is context


def test_a_heading_that_times_its_section_gives_the_month_to_untimed_tasks() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nSố: 90/KH-UBND\nKẾ HOẠCH\nCải thiện chỉ số hành chính\n"
        "I. NHỮNG NHIỆM VỤ CẦN TRIỂN KHAI NGAY TRONG THÁNG 6/2026\n1. Sở Nội vụ\n"
        "a) Rà soát quy trình tiếp nhận hồ sơ tại bộ phận một cửa.\n"
        "b) Hoàn thành tập huấn cho công chức trước ngày 15/6/2026.\n"
        "II. NHIỆM VỤ ĐẾN NĂM 2030\n1. Sở Tài chính\na) Bố trí kinh phí cho chuyển đổi số.\n"
    )
    assert str(items["I.1.a"].deadline.date) == "2026-06-30"
    assert str(items["I.1.b"].deadline.date) == "2026-06-15"  # its own date first
    assert items["II.1.a"].deadline.date is None  # a heading's year is the section's span


def test_setting_the_yearly_targets_recurs_yearly() -> None:
    text = "Phối hợp với các cơ quan chức năng xác định chỉ tiêu, nhiệm vụ hằng năm của chương trình y tế học đường."
    assert find_deadline(text).recurrence == "yearly"
    # a yearly noun that nobody sets does not make the task recur
    assert find_deadline("Thực hiện tốt công tác khen thưởng hằng năm của đơn vị.").recurrence is None


def test_a_period_that_ended_before_the_plan_was_issued_is_no_deadline() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 15/KH-UBND\n"
        "Bình Minh, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nPhòng chống ngập úng\n"
        "I. NHIỆM VỤ\n1. Sở Xây dựng tiếp tục triển khai các dự án thoát nước trong giai đoạn 2021 - 2025.\n"
        "2. Sở Xây dựng hoàn thành nạo vét kênh trục trước ngày 30/4/2026.\n"
        "3. Sở Tài chính bố trí vốn cho các dự án trong năm 2026.\n"
    )
    assert items["I.1"].deadline.date is None
    assert str(items["I.2"].deadline.date) == "2026-04-30"
    assert str(items["I.3"].deadline.date) == "2026-12-31"


def test_the_year_that_names_a_years_targets_is_no_deadline() -> None:
    text = "Tập trung chỉ đạo để hoàn thành cao nhất các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2026."
    assert find_deadline(text).date is None
    # a cued year still times the task
    assert str(find_deadline("Hoàn thành các chỉ tiêu được giao trong năm 2026.").date) == "2026-12-31"


def test_putting_the_work_to_use_after_its_completion_date_is_no_later_step() -> None:
    text = "Sở Y tế xây dựng phần mềm quản lý hồ sơ sức khỏe, hoàn thành trong tháng 10/2026, triển khai thực hiện trong năm 2027."
    assert str(find_deadline(text).date) == "2026-10-31"
    assert step_ends(text) == []
    # a later step with its own clause is still a step
    steps = "Xây dựng phần mềm, hoàn thành trong tháng 6/2026; triển khai thực hiện trong tháng 9/2026."
    assert len(step_ends(steps)) == 1


def test_a_task_takes_the_schedule_its_describing_lines_give() -> None:
    items = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nSố: 20/KH-UBND\nKẾ HOẠCH\nQuan trắc chất lượng nước\n"
        "I. NỘI DUNG\n1. Nước sông\n"
        "a) Điểm quan trắc: Thực hiện quan trắc tại 05 cửa sông, lấy mẫu tại 10 vị trí như sau:\n"
        "- Cửa sông A: Lấy mẫu 02 vị trí.\n- Thông số, tần suất và thời gian quan trắc:\n"
        "+ Các thông số: pH, DO quan trắc với tần suất 2 lần/tháng; thời gian quan trắc từ tháng 4 đến tháng 9 năm "
        "2026; số lượng mẫu 120 mẫu/năm.\n"
        "+ Kim loại nặng quan trắc 02 lần/năm; thời gian quan trắc vào tháng 5 và tháng 8 năm 2026.\n"
    )
    assert items["I.1.a"].kind == "task"
    assert str(items["I.1.a"].deadline.date) == "2026-09-30"
