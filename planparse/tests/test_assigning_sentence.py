"""Rules met reading decisions that issue a plan and letters that assign tasks (#12): a sentence that only
says who does the work before it, a letterhead issuer written on two lines, a letter's "V/v" trích yếu."""

from __future__ import annotations

import pytest

from planparse import parse_plan
from planparse.owners import assignment_sentence, item_owners


@pytest.mark.parametrize(
    ("sentence", "lead", "coordinators"),
    [
        ("Sở Tài chính chủ trì thực hiện.", ["Sở Tài chính"], []),
        (
            "Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thực hiện; hoàn thành trong Quý II/2026.",
            ["Sở Xây dựng"],
            ["Sở Tài chính"],
        ),
        (
            "Sở Tư pháp chủ trì, phối hợp với Ủy ban nhân dân các xã, phường thực hiện; hoàn thành trong tháng "
            "12/2026.",
            ["Sở Tư pháp"],
            ["Ủy ban nhân dân các xã, phường"],
        ),
        (
            "Công an tỉnh chịu trách nhiệm chủ trì triển khai thực hiện, thời gian: năm 2026.",
            ["Công an tỉnh"],
            [],
        ),
        ("Sở Y tế thực hiện, hoàn thành trước ngày 30/6/2026.", ["Sở Y tế"], []),
    ],
)
def test_a_sentence_that_only_assigns_names_the_owner(sentence, lead, coordinators):
    owners = assignment_sentence(sentence)
    assert owners is not None and owners.lead == lead and owners.coordinators == coordinators


@pytest.mark.parametrize(
    "sentence",
    [
        "Ủy ban Kiểm tra chủ trì tổng hợp, báo cáo kết quả.",  # work of its own: another task
        "Sở Y tế chủ trì, phối hợp với Sở Tài chính xây dựng đề án.",
        "Sở Nội vụ chủ trì, phối hợp với các sở hướng dẫn các địa phương thực hiện.",
        "Ban hành quy chế phối hợp.",
    ],
)
def test_a_sentence_with_work_of_its_own_is_not_only_an_assignment(sentence):
    assert assignment_sentence(sentence) is None


def test_the_owner_of_an_item_may_follow_its_work_in_a_sentence_of_its_own():
    found = item_owners(
        "Nâng cấp mạng truyền số liệu chuyên dùng. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thực hiện; "
        "hoàn thành trong Quý II/2026.",
        "",
        [],
    )
    assert (
        found is not None and found[0].lead == ["Sở Xây dựng"] and found[0].coordinators == ["Sở Tài chính"]
    )


PLAN = """KẾ HOẠCH
Phát triển hạ tầng số năm 2026
I. NHIỆM VỤ
1. Hạ tầng
a) Nâng cấp mạng truyền số liệu chuyên dùng đến cấp xã. Sở Xây dựng chủ trì, phối hợp với Sở Tài chính thực hiện; hoàn thành trong Quý II/2026.
b) Rà soát các điểm truy cập công cộng. Sở Văn hóa, Thể thao và Du lịch chủ trì thực hiện; hoàn thành trước ngày 30/9/2026.
c) Tổ chức khảo sát hiện trạng tại các địa phương. Ủy ban Kiểm tra chủ trì tổng hợp, báo cáo kết quả trước ngày 30/11/2026.
"""


def test_work_then_its_assignment_is_one_task_and_a_new_subject_with_work_is_another():
    items = {i["ref"]: i for i in parse_plan(PLAN).to_dict()["items"] if i["kind"] == "task"}
    assert set(items) == {"I.1.a", "I.1.b", "I.1.c", "I.1.c[2]"}
    assert items["I.1.a"]["lead"] == ["Sở Xây dựng"] and items["I.1.a"]["coordinators"] == ["Sở Tài chính"]
    assert items["I.1.a"]["deadline"] == "2026-06-30" and "Sở Xây dựng chủ trì" in items["I.1.a"]["text"]
    assert (
        items["I.1.b"]["lead"] == ["Sở Văn hóa, Thể thao và Du lịch"]
        and items["I.1.b"]["deadline"] == "2026-09-30"
    )
    assert items["I.1.c[2]"]["lead"] == ["Ủy ban Kiểm tra"]


LETTER = """ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH
Số: 310/UBND-VX
V/v tăng cường công tác phòng, chống thiên tai năm 2026
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa Bình, ngày 02 tháng 6 năm 2026
Kính gửi: Các sở, ban, ngành tỉnh.
1. Sở Nông nghiệp và Môi trường rà soát phương án ứng phó thiên tai, hoàn thành trước ngày 30/6/2026.
"""


def test_a_letters_issuer_on_two_lines_and_its_v_v_line_are_its_metadata():
    document = parse_plan(LETTER).to_dict()["document"]
    assert document["issuer"] == "Ủy ban nhân dân tỉnh Hòa Bình"
    assert document["type"] == "Công văn"
    assert document["title"] == "Công văn về việc tăng cường công tác phòng, chống thiên tai năm 2026"


def test_a_second_letterhead_line_that_names_a_unit_is_the_issuer_under_its_authority():
    """Nghị định 30/2020's letterhead: the governing authority above, the body that issues the document below it
    (the two are not run together as one name, and the authority's place stays with the body)."""
    text = LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH\n", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH\nSỞ Y TẾ\n")
    assert parse_plan(text).to_dict()["document"]["issuer"] == "Sở Y tế tỉnh Hòa Bình"
