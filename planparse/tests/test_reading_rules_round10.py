"""Reading rules found on the seventh held-out set after it was measured (synthetic texts in its styles): the
addressee of the request that closes a letter's opening paragraph owns the numbered items under it, and the
year of a named target with a share to reach is no deadline."""

from __future__ import annotations

from planparse.deadlines import find_deadline
from planparse.tests.reading import notice_items

DISPATCH = (
    "BỘ NÔNG NGHIỆP\nSố: 45/CĐ-BNN\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 9\n"
    "Kính gửi:\n- Các Cục thuộc Bộ;\n- Sở Nông nghiệp các tỉnh ven biển.\n"
)


def test_the_addressee_of_the_opening_request_owns_the_items() -> None:
    items = notice_items(
        DISPATCH,
        "Thực hiện chỉ đạo của Thủ tướng Chính phủ về ứng phó với bão, Bộ Nông nghiệp yêu cầu các cơ quan, đơn vị:\n"
        "1. Theo dõi chặt chẽ diễn biến của bão, kịp thời thông tin cho người dân.\n"
        "2. Cục Thủy lợi kiểm tra an toàn các hồ chứa.\n"
        "3. Rà soát phương án sơ tán dân ở vùng trũng.\n",
    )
    assert items["1"].lead == ["các cơ quan, đơn vị"]
    assert items["3"].lead == ["các cơ quan, đơn vị"]
    assert items["2"].lead == ["Cục Thủy lợi"]  # an item naming its own subject keeps it


def test_a_request_without_an_asker_names_the_addressee_too() -> None:
    items = notice_items(
        "VĂN PHÒNG TỈNH ỦY\nSố: 88-TB/VPTU\nTHÔNG BÁO\nKết luận của Thường trực Tỉnh ủy về chăm sóc người cao tuổi\n",
        "Chăm lo cho người cao tuổi là trách nhiệm của cả hệ thống chính trị. Để làm tốt việc này, yêu cầu các "
        "sở, ngành, địa phương tập trung thực hiện tốt một số nhiệm vụ sau:\n"
        "1. Rà soát, lập danh sách người cao tuổi neo đơn.\n"
        "2. Bảo đảm mọi người cao tuổi neo đơn được chăm sóc kịp thời.\n",
    )
    assert items["1"].lead == ["các sở, ngành, địa phương"]
    assert items["2"].lead == ["các sở, ngành, địa phương"]


def test_the_asker_of_the_opening_request_is_not_the_owner() -> None:
    items = notice_items(
        DISPATCH,
        "Bộ Nông nghiệp đề nghị Ủy ban nhân dân các tỉnh:\n1. Theo dõi chặt chẽ diễn biến của bão.\n",
    )
    assert items["1"].lead == ["Ủy ban nhân dân các tỉnh"]


def test_the_year_of_a_named_target_with_a_share_is_no_deadline() -> None:
    target = find_deadline(
        "Hướng dẫn các địa phương xây dựng lộ trình đạt mục tiêu ít nhất 60% xã đạt chuẩn vào năm 2030."
    )
    assert target.date is None
    # a dated target still times the task (a share to reach in a year without "mục tiêu" is no deadline either
    # since round 11: test_reading_rules_round11_deadlines)
    assert find_deadline("Tỷ lệ hồ sơ trực tuyến phải đạt 90% trong năm 2026.").date is None
    assert str(find_deadline("Đạt mục tiêu 80% hồ sơ trực tuyến trước ngày 30/6/2026.").date) == "2026-06-30"


DIRECTIVE = "ỦY BAN NHÂN DÂN TỈNH C\nSố: 09/CT-UBND\nCHỈ THỊ\nVề tăng cường bảo vệ nguồn nước\n"


def test_a_group_heading_among_addressee_headings_names_its_items_owner() -> None:
    items = notice_items(
        DIRECTIVE,
        "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
        "1. Sở Nông nghiệp và Môi trường\n- Rà soát các nguồn xả thải vào sông.\n"
        "2. Công an tỉnh\n- Xử lý nghiêm các hành vi xả thải trái phép.\n"
        "3. Các hộ nuôi trồng thủy sản (hộ nuôi cá lồng, nuôi tôm…)\n"
        "- Thực hiện đúng quy định về xả thải.\n- Báo cáo chính quyền địa phương khi phát hiện vi phạm.\n",
    )
    assert items["3-1"].lead == ["Các hộ nuôi trồng thủy sản"]
    assert items["3-2"].lead == ["Các hộ nuôi trồng thủy sản"]


def test_a_heading_naming_work_among_addressee_headings_names_no_owner() -> None:
    items = notice_items(
        DIRECTIVE,
        "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
        "1. Sở Nông nghiệp và Môi trường\n- Rà soát các nguồn xả thải vào sông.\n"
        "2. Công an tỉnh\n- Xử lý nghiêm các hành vi xả thải trái phép.\n"
        "3. Các nhiệm vụ khác\n- Tuyên truyền về bảo vệ nguồn nước.\n",
    )
    assert items["3-1"].lead != ["Các nhiệm vụ khác"]


def test_a_body_detailing_its_own_staff_stays_the_owner() -> None:
    items = notice_items(
        DIRECTIVE,
        "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
        "1. Ủy ban nhân dân xã, phường\n"
        "- Ủy ban nhân dân các xã, phường phân công cán bộ theo dõi, hướng dẫn người dân giữ gìn nguồn nước.\n"
        "2. Sở Nông nghiệp và Môi trường\n- Rà soát các nguồn xả thải vào sông.\n",
    )
    assert items["1-1"].lead == ["Ủy ban nhân dân các xã, phường"]


def test_a_bare_lead_and_partner_line_reads_on_into_its_items() -> None:
    items = notice_items(
        DIRECTIVE,
        "Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
        "1. Sở Nông nghiệp và Môi trường\n"
        "a) Rà soát các nguồn xả thải vào sông.\n"
        "b) Chủ trì, phối hợp\n"
        "- Sở Tài chính và các đơn vị có liên quan tham mưu bố trí kinh phí quan trắc nguồn nước.\n"
        "- Sở Xây dựng rà soát hệ thống thoát nước đô thị.\n"
        "2. Công an tỉnh\n- Xử lý nghiêm các hành vi xả thải trái phép.\n",
    )
    assert items["1.b-1"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert "Sở Tài chính" in items["1.b-1"].coordinators
    assert items["1.b-2"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["1.b-2"].coordinators == ["Sở Xây dựng"]
