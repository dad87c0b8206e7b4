"""Reading rules of round 17, from the eighteenth set (synthetic texts in its styles): documents of central Party
bodies (a guidance, a conclusion), a Government Office notice whose requests are "(i)", "(ii)" … items, and Prime
Minister's dispatches that name ministers and provincial leaders in distributive lists."""

from __future__ import annotations

from planparse.tests.reading import notice_items

DISPATCH_HEAD = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 40/CĐ-TTg\nCÔNG ĐIỆN\nVề việc ứng phó với mưa lớn\n"
    "Kính gửi: Các Bộ trưởng; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố.\n"
    "Để chủ động ứng phó với mưa lớn, Thủ tướng Chính phủ yêu cầu:\n"
)
PARTY_HEAD = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-HD/BTGDVTW\nHƯỚNG DẪN\n"
    "VỀ VIỆC NÂNG CAO CHẤT LƯỢNG TÀI LIỆU SINH HOẠT\n"
)


# -- owners ---------------------------------------------------------------------------------------------------


def test_a_minister_of_each_ministry_listed_keeps_the_title_with_each_ministry() -> None:
    # round 16's "a ministry is one national body" read "Bộ trưởng" as a ministry
    items = notice_items(
        DISPATCH_HEAD, "1. Bộ trưởng các Bộ: Tài chính, Tư pháp chủ động chỉ đạo các đơn vị.\n"
    )
    assert items["1"].lead == ["Bộ trưởng Bộ Tài chính", "Bộ trưởng Bộ Tư pháp"]


def test_party_committees_in_lower_case_are_one_group_not_provinces() -> None:
    items = notice_items(
        PARTY_HEAD,
        "I. TỔ CHỨC THỰC HIỆN\n1. Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương cụ thể hóa hướng dẫn này "
        "phù hợp với thực tiễn địa phương.\n",
    )
    assert items["I.1"].lead == ["Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương"]


def test_names_parted_by_commas_end_at_a_semicolon_that_opens_another_owner() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Bộ trưởng các Bộ: Tài chính, Tư pháp, Nội vụ; Chủ tịch Ủy ban nhân dân tỉnh Lào Cai tổ chức "
        "theo dõi sát tình hình.\n",
    )
    assert items["1"].lead == [
        "Bộ trưởng Bộ Tài chính",
        "Bộ trưởng Bộ Tư pháp",
        "Bộ trưởng Bộ Nội vụ",
        "Chủ tịch Ủy ban nhân dân tỉnh Lào Cai",
    ]


def test_leaders_of_a_group_after_a_distributive_list_are_an_owner_of_their_own() -> None:
    items = notice_items(
        DISPATCH_HEAD,
        "1. Chủ tịch Ủy ban nhân dân các tỉnh: Hòa Bình, Sơn La và lãnh đạo các Bộ, ngành theo chức năng tập trung "
        "chỉ đạo ứng phó.\n",
    )
    assert items["1"].lead == [
        "Chủ tịch Ủy ban nhân dân tỉnh Hòa Bình",
        "Chủ tịch Ủy ban nhân dân tỉnh Sơn La",
        "lãnh đạo các Bộ, ngành",
    ]


def test_the_head_of_an_office_is_an_office_holder() -> None:
    items = notice_items(
        DISPATCH_HEAD, "1. Chánh Văn phòng Ủy ban Quốc gia phối hợp với các bộ theo dõi sát diễn biến.\n"
    )
    assert items["1"].lead == ["Chánh Văn phòng Ủy ban Quốc gia"]
