"""Deadline and recurrence rules of round 11 (synthetic texts): the year of a share to reach is the target's, not
the task's deadline (the gold convention settled in round 11), …"""

from __future__ import annotations

from planparse.deadlines import find_deadline


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
