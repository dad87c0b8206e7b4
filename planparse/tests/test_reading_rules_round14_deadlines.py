"""Deadline and recurrence rules of round 14 (synthetic texts): a target's year is the target's, whether the target
is a quantity to reach or the state a sentence opening on its year describes; a horizon followed by a vision, and
a commitment's year, name what is cited; an annual report, a yearly event, a yearly act closed by "theo quy định"
recur; a period inside a purpose is the purpose's."""

from __future__ import annotations

from planparse.deadlines import find_deadline


def test_the_year_of_a_quantity_to_reach_is_no_deadline() -> None:
    for text in (
        "Trồng mới và phục hồi rừng phòng hộ ven sông, diện tích rừng phòng hộ đến năm 2030 đạt 2.500 ha.",
        "Hỗ trợ thành lập hợp tác xã. Phấn đấu đến năm 2030 số hợp tác xã nông nghiệp của tỉnh đạt 120 hợp tác xã.",
    ):
        assert find_deadline(text).date is None, text
    # work with a count and its own cue keeps its year
    assert str(find_deadline("Cải tạo 12 trạm bơm, hoàn thành trong năm 2026.").date) == "2026-12-31"


def test_a_sentence_opening_on_its_year_states_a_target() -> None:
    for text in (
        "Nâng cấp mạng lưới trạm đo mưa. Đến năm 2030, mạng lưới trạm đo được tự động hóa và kết nối về trung tâm.",
        "Mở rộng hệ thống cấp nước. Đến năm 2030, tỷ lệ hộ dân ven biển dùng nước sạch đạt 95%.",
    ):
        assert find_deadline(text).date is None, text
    # the same opening that still asks for work is its deadline
    assert (
        str(find_deadline("Đến hết năm 2026, các xã được giao phải hoàn thành cắm mốc.").date) == "2026-12-31"
    )
    assert str(find_deadline("Đến năm 2026, hoàn thành số hóa hồ sơ được giao.").date) == "2026-12-31"


def test_a_horizon_followed_by_a_vision_names_a_strategy() -> None:
    text = (
        "Tiếp tục quán triệt tinh thần Hội nghị lần thứ sáu Ban Chấp hành Đảng bộ tỉnh khóa XV về chiến lược phát "
        "triển nông nghiệp sinh thái đến năm 2030 tầm nhìn đến năm 2045."
    )
    assert find_deadline(text).date is None
    assert find_deadline(text.replace("2030 tầm", "2030, tầm")).date is None


def test_a_commitments_year_is_no_deadline() -> None:
    text = (
        "Chuyển đổi phương tiện vận tải công cộng sang dùng điện theo cam kết của tỉnh với Bộ Xây dựng về giảm "
        "phát thải các-bon vào năm 2035."
    )
    assert find_deadline(text).date is None
    assert str(find_deadline("Cam kết hoàn thành lắp đặt trước ngày 30/6/2026.").date) == "2026-06-30"


def test_an_annual_report_recurs_yearly() -> None:
    text = "Xây dựng, công bố báo cáo thường niên về thị trường lao động của tỉnh."
    assert find_deadline(text).recurrence == "yearly"


def test_a_yearly_event_makes_its_task_recur() -> None:
    text = "Tuyên truyền pháp luật cho đoàn viên qua các hội thi tìm hiểu pháp luật hằng năm dành cho thanh niên."
    assert find_deadline(text).recurrence == "yearly"
    # a noun that is no event still only qualifies the noun
    assert find_deadline("Gắn với công tác khen thưởng hằng năm của đơn vị.").recurrence is None


def test_a_yearly_act_closed_by_the_rule_it_follows_recurs() -> None:
    text = "Tham mưu Ủy ban nhân dân tỉnh ban hành bảng giá đất trên địa bàn tỉnh hằng năm theo quy định."
    assert find_deadline(text).recurrence == "yearly"


def test_a_period_inside_a_purpose_is_the_purposes() -> None:
    # (round 76, set 38: a result taken as the measure of an assessment, "Lấy kết quả … làm căn cứ để bình xét thi đua,
    # xếp loại tập thể hằng năm", is a duty done in each yearly assessment, no longer this case)
    text = "Gửi kết quả tự đánh giá về Sở Nội vụ để tổng hợp, đánh giá Chỉ số CCHC của tỉnh hằng năm."
    assert find_deadline(text).recurrence is None
    # a clause of its own after the purpose, or a new duty after a date, still recurs
    assert (
        find_deadline("Tổ chức kiểm tra để đánh giá kết quả, hằng năm báo cáo Sở Nội vụ.").recurrence
        == "yearly"
    )
    monthly = (
        "Triển khai chương trình tín dụng nhằm hỗ trợ doanh nghiệp, báo cáo Ủy ban nhân dân tỉnh trước ngày "
        "20/11/2025 và hằng tháng; rà soát điều kiện cho vay."
    )
    assert find_deadline(monthly).recurrence == "monthly"
