"""Reading rules of round 19, from the twenty-first set (synthetic texts in its styles): a province's letter whose
addressees stand in dashes under "Kính gửi:", whose one paragraph of directions opens "Sau khi xem xét" with no
comma and whose last words ask everyone to carry it out; a ministry's letter to all provinces whose lead-in names
the one owner over topic headings with lettered items; a province's letter whose agency heading defines its bodies
by a list of dashes and whose reporting schedule gives half-yearly days to two owners."""

from __future__ import annotations

from planparse.tests.reading import notice_items, task_refs

PROVINCE_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n"
    "Số: 900/UBND-KT\nAn Bình, ngày 10 tháng 8 năm 2026\nV/v kiểm tra nội dung kiến nghị của Công ty X\n"
)
ADDRESSEES = (
    "Kính gửi:\n"
    "- Các Sở: Nông nghiệp và Môi trường, Xây dựng, Công Thương, Tài chính, Khoa học và Công nghệ;\n"
    "- Ủy ban nhân dân xã Phú An.\n"
    "Ủy ban nhân dân tỉnh nhận được Văn bản số 28/CV-X ngày 04/8/2026 của Công ty X về việc khai thác trái phép.\n"
)
DIRECTION = (
    "Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Xây dựng tổ chức "
    "xác minh, xử lý nghiêm các vi phạm (nếu có). Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/8/2026.\n"
)


def test_the_addressee_dashes_under_kinh_gui_are_header_lines_however_long() -> None:
    items = notice_items(PROVINCE_HEAD, ADDRESSEES + DIRECTION)
    assert task_refs(items) == {"[1]"}
    assert items["[1]"].lead == ["Sở Nông nghiệp và Môi trường"]


def test_a_deliberation_without_its_comma_leaves_the_body_after_it_assigning() -> None:
    items = notice_items(PROVINCE_HEAD, ADDRESSEES + "Sau khi xem xét " + DIRECTION)
    assert task_refs(items) == {"[1]"}
    assert items["[1]"].text.startswith("Sau khi xem xét")
    assert items["[1]"].lead == ["Sở Nông nghiệp và Môi trường"]
    assert items["[1]"].coordinators == ["Sở Xây dựng"]
    assert str(items["[1]"].deadline.date) == "2026-08-30"


def test_the_last_request_to_carry_the_letter_out_is_no_task() -> None:
    items = notice_items(
        PROVINCE_HEAD,
        ADDRESSEES
        + DIRECTION
        + "Yêu cầu Sở Nông nghiệp và Môi trường, Sở Xây dựng, Ủy ban nhân dân xã Phú An, "
        "các cơ quan, đơn vị liên quan triển khai thực hiện./.\n",
    )
    assert task_refs(items) == {"[1]"}


def test_a_last_request_naming_who_leads_still_assigns() -> None:
    items = notice_items(
        PROVINCE_HEAD,
        ADDRESSEES + "Ủy ban nhân dân tỉnh đã nhận được báo cáo của Sở Công Thương về tình hình khai thác.\n"
        "Đề nghị Sở Công Thương chủ trì, phối hợp với Sở Xây dựng kiểm tra, xử lý và thực hiện./.\n",
    )
    assert task_refs(items) == {"[1]"}


MINISTRY_HEAD = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 900/BNNMT-BĐKH\nHà Nội, ngày 20 tháng 11 năm 2025\n"
    "V/v triển khai các quy định về giảm phát thải\n"
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
    "Ngày 09 tháng 6 năm 2025, Chính phủ ban hành Nghị định số 119/2025/NĐ-CP về giảm nhẹ phát thải khí nhà kính.\n"
    "Để triển khai thực hiện các quy định mới, Bộ Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các tỉnh, "
    "thành phố trực thuộc Trung ương chỉ đạo các cơ quan trực thuộc thực hiện các nhiệm vụ chủ yếu, cụ thể như "
    "sau:\n"
)


def test_topic_headings_under_a_request_give_its_addressee_to_their_lettered_items() -> None:
    items = notice_items(
        MINISTRY_HEAD,
        "1. Về giảm nhẹ phát thải khí nhà kính\n"
        "a) Chỉ đạo cơ quan chuyên môn rà soát danh mục cơ sở phát thải khí nhà kính.\n"
        "b) Phối hợp với Bộ Nông nghiệp và Môi trường thu thập số liệu hấp thụ khí nhà kính.\n"
        "2. Về thị trường các-bon\n"
        "a) Tổ chức phổ biến, tuyên truyền về thị trường các-bon.\n"
        "Bộ Nông nghiệp và Môi trường trân trọng cảm ơn sự phối hợp của Quý Ủy ban./.\n",
    )
    assert task_refs(items) == {"1.a", "1.b", "2.a"}
    for ref in ("1.a", "1.b", "2.a"):
        assert items[ref].lead == ["Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


LETTER_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH AN BÌNH\nSố: 700/UBND-TH\nAn Bình, ngày 10 tháng 7 năm 2026\n"
    "V/v triển khai Nghị định về tài sản kết cấu hạ tầng\n"
    "Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.\n"
    "Thực hiện Nghị định số 178/2026/NĐ-CP, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành triển khai "
    "thực hiện các nội dung sau:\n"
)


def test_a_lead_in_defining_its_bodies_by_dashes_gives_them_its_lettered_items() -> None:
    items = notice_items(
        LETTER_HEAD,
        "1. Các sở quản lý chuyên ngành về hạ tầng\n"
        "Giao các sở quản lý nhà nước chuyên ngành về hạ tầng theo ngành, lĩnh vực gồm:\n"
        "- Sở Công Thương (đối với tài sản kết cấu hạ tầng cụm công nghiệp; hạ tầng thương mại);\n"
        "- Sở Xây dựng (đối với tài sản kết cấu hạ tầng đô thị);\n"
        "- Ban Quản lý Khu kinh tế, Ban Quản lý các khu công nghiệp (đối với hạ tầng khu công nghiệp).\n"
        "Có trách nhiệm:\n"
        "a) Chủ trì rà soát, thống kê, phân loại tài sản kết cấu hạ tầng thuộc phạm vi quản lý.\n"
        "b) Hướng dẫn các cơ quan, đơn vị lập hồ sơ tài sản.\n"
        "2. Sở Tài chính\n"
        "a) Theo dõi, đôn đốc việc triển khai thực hiện Nghị định.\n",
    )
    assert task_refs(items) == {"1.a", "1.b", "2.a"}
    members = ["Sở Công Thương", "Sở Xây dựng", "Ban Quản lý Khu kinh tế", "Ban Quản lý các khu công nghiệp"]
    assert items["1.a"].lead == members
    assert items["1.b"].lead == members
    assert items["2.a"].lead == ["Sở Tài chính"]


def test_a_reporting_schedule_in_dashes_is_the_report_task_recurring_and_its_compiler_s() -> None:
    items = notice_items(
        LETTER_HEAD,
        "1. Tổ chức thực hiện\n"
        "a) Các sở, ban, ngành; Ủy ban nhân dân các xã, phường, căn cứ chức năng, nhiệm vụ được giao khẩn trương "
        "tổ chức triển khai thực hiện; hoàn thành việc rà soát, thống kê tài sản kết cấu hạ tầng theo đúng tiến độ "
        "quy định tại Nghị định số 178/2026/NĐ-CP.\n"
        "Sở Xây dựng định kỳ tổng hợp báo cáo kết quả rà soát gửi Sở Tài chính, báo cáo Ủy ban nhân dân tỉnh như "
        "sau:\n"
        "- Báo cáo 6 tháng: Sở Xây dựng gửi Sở Tài chính trước ngày 05/7; Sở Tài chính tổng hợp báo cáo Ủy ban "
        "nhân dân tỉnh trước ngày 10/7.\n"
        "- Báo cáo năm: Sở Xây dựng gửi Sở Tài chính trước ngày 15/12; Sở Tài chính tổng hợp báo cáo Ủy ban nhân "
        "dân tỉnh trước ngày 20/12.\n"
        "- Báo cáo đột xuất: Theo yêu cầu của Ủy ban nhân dân tỉnh.\n",
    )
    assert task_refs(items) == {"1.a", "1.a[2]", "1.a[3]"}
    assert items["1.a[2]"].lead == ["Sở Xây dựng"]
    assert items["1.a[2]"].deadline.recurrence == "half-yearly"
    assert items["1.a[3]"].lead == ["Sở Tài chính"]
    assert items["1.a[3]"].deadline.recurrence == "half-yearly"
