"""A list of bodies counted "(1) …", "(2) …" names each body, as a list parted by commas does.

Found on the import page: a Government resolution's appendix cell of partners, one counted body a line, came out as
one unknown agency "(1) Bộ Tư pháp (2) Các bộ, ngành, địa phương" for the coordinator to untangle."""

from __future__ import annotations

from planparse import parse_plan
from planparse.owners import split_agencies


def test_counted_bodies_are_parted_at_their_counters() -> None:
    assert split_agencies("(1) Bộ Tư pháp (2) Các bộ, ngành, địa phương") == [
        "Bộ Tư pháp",
        "Các bộ, ngành, địa phương",
    ]
    assert split_agencies("(1) Sở Y tế; (2) Sở Tài chính và (3) Ủy ban nhân dân các xã, phường") == [
        "Sở Y tế",
        "Sở Tài chính",
        "Ủy ban nhân dân các xã, phường",
    ]


def test_a_counter_that_does_not_open_the_list_is_left_alone() -> None:
    # only a list counted from its start is a counted list: a bracketed number inside a name is not a counter
    assert split_agencies("Sở Y tế (1) và Sở Tài chính") == ["Sở Y tế (1)", "Sở Tài chính"]


def test_a_labelled_partner_line_counted_by_body() -> None:
    text = "\n".join(
        [
            "ỦY BAN NHÂN DÂN TỈNH A",
            "KẾ HOẠCH",
            "Triển khai chuyển đổi số năm 2026",
            "I. NHIỆM VỤ",
            "1. Xây dựng kho dữ liệu dùng chung của tỉnh.",
            "- Đơn vị chủ trì: Sở Khoa học và Công nghệ.",
            "- Đơn vị phối hợp: (1) Sở Tư pháp (2) Sở Nội vụ (3) Ủy ban nhân dân các xã, phường.",
            "- Thời gian hoàn thành: Quý IV/2026.",
        ]
    )
    (task,) = [i for i in parse_plan(text).items if i.kind == "task"]
    assert task.lead == ["Sở Khoa học và Công nghệ"]
    assert task.coordinators == ["Sở Tư pháp", "Sở Nội vụ", "Ủy ban nhân dân các xã, phường"]


def test_a_counted_list_of_one_loses_its_counter() -> None:
    # a partner cell counted "(1)" with nothing after it still names its body without the counter
    assert split_agencies("(1) Các bộ, ngành, địa phương có liên quan") == [
        "Các bộ, ngành, địa phương có liên quan"
    ]
    assert split_agencies("(1) Sở Y tế") == ["Sở Y tế"]
