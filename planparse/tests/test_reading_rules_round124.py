"""Round 124 (set 66, released for it): a Party plan gives work to Party organisations below a committee ("Tổ đảng ở
Thường trực Ủy ban …", "Chi bộ …", "Đảng bộ cơ quan …") under lettered headings that name them alone, over
subject-less paragraphs; and an item may open with "Định kỳ," before its subject, as "Hằng năm," does. Synthetic
texts, another matter."""

from __future__ import annotations

from planparse.owners import item_owners
from planparse.tests.reading import items_by_ref

PLAN = (
    "ĐẢNG BỘ TỈNH AN BÌNH\nĐẢNG ĐOÀN HỘI ĐỒNG NHÂN DÂN TỈNH\nSố 12-KH/ĐĐ\nAn Bình, ngày 10 tháng 3 năm 2026\n"
    "KẾ HOẠCH\ntriển khai thực hiện Nghị quyết về chuyển đổi số\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nQuán triệt đầy đủ nội dung Nghị quyết.\n"
    "II. PHÂN CÔNG NHIỆM VỤ\n"
    "1. Các tổ chức đảng thực hiện các nhiệm vụ sau:\n"
    "a) Tổ đảng ở Thường trực Ban Kinh tế - Ngân sách\n"
    "Chủ trì thẩm tra các dự thảo nghị quyết về cơ chế tài chính cho chuyển đổi số.\n"
    "Tổ chức giám sát chuyên đề về việc bố trí ngân sách cho chuyển đổi số.\n"
    "b) Chi bộ Văn phòng Hội đồng nhân dân tỉnh\n"
    "Bảo đảm hạ tầng số phục vụ các kỳ họp, hoàn thành trong năm 2026.\n"
    "c) Đảng bộ cơ quan Ủy ban nhân dân tỉnh\n"
    "Quán triệt Nghị quyết đến các chi bộ trực thuộc.\n"
    "III. TỔ CHỨC THỰC HIỆN\n"
    "1. Định kỳ, Ban Kinh tế - Ngân sách chủ trì tổng hợp kết quả, báo cáo Thường trực Hội đồng nhân dân tỉnh.\n"
)


def test_party_organisations_under_lettered_headings_own_the_paragraphs_below() -> None:
    items = items_by_ref(PLAN)
    assert items["II.1.a"].kind == "task"
    assert items["II.1.a"].lead == ["Tổ đảng ở Thường trực Ban Kinh tế - Ngân sách"]
    assert items["II.1.a[2]"].lead == ["Tổ đảng ở Thường trực Ban Kinh tế - Ngân sách"]
    assert items["II.1.b"].lead == ["Chi bộ Văn phòng Hội đồng nhân dân tỉnh"]
    assert items["II.1.c"].lead == ["Đảng bộ cơ quan Ủy ban nhân dân tỉnh"]


def test_an_item_opening_with_dinh_ky_names_its_subject_after_it() -> None:
    assert items_by_ref(PLAN)["III.1"].lead == ["Ban Kinh tế - Ngân sách"]
    found = item_owners("Định kỳ 6 tháng, Sở Nội vụ chủ trì tổng hợp báo cáo kết quả.", "", [])
    assert found is not None and found[0].lead == ["Sở Nội vụ"]


def test_dinh_ky_with_no_subject_after_it_names_no_one() -> None:
    """Guard: "Định kỳ báo cáo kết quả về Sở Nội vụ." says to whom the report goes, not who reports."""
    assert item_owners("Định kỳ báo cáo kết quả về Sở Nội vụ.", "", []) is None
