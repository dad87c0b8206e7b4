"""Round 99 (the seen lead misses sorted by kind; one kind, an owner list cut short): a list of owners written with a
comma before its last "và" or "hoặc" (the serial comma: "Đảng ủy, HĐND, UBMTTQ, và các đoàn thể …") goes on past that
comma, as it does without it. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse.owners import split_agencies, subject_owners
from planparse.tests.reading import LETTERHEAD as _HEAD
from planparse.tests.reading import items_by_ref


def test_a_serial_comma_before_the_last_member_keeps_the_list_whole() -> None:
    found = subject_owners("Sở Tài chính, Sở Xây dựng, và Sở Công Thương tổng hợp nhu cầu vốn của các dự án.")
    assert found is not None
    assert found.lead == ["Sở Tài chính", "Sở Xây dựng", "Sở Công Thương"]


def test_a_serial_comma_before_a_group_joins_the_group_to_the_list() -> None:
    """The last member a group named by its kind, after "đề nghị": still one of the owners, its own commas kept."""
    lines = [
        *_HEAD,
        "I. NHIỆM VỤ",
        "1. Đề nghị Đảng ủy, Hội đồng nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam phường, và các đoàn thể, cơ quan, đơn"
        " vị triển khai đến các tổ chức, thành viên thuộc tổ chức của mình.",
        "2. Văn phòng Ủy ban nhân dân phường tổng hợp kết quả, báo cáo trước ngày 30/6/2027.",
    ]
    item = items_by_ref("\n".join(lines))["I.1"]
    assert item.lead == [
        "Đảng ủy",
        "Hội đồng nhân dân",
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
        "các đoàn thể, cơ quan, đơn vị",
    ]


def test_or_after_a_comma_parts_two_members_as_and_does() -> None:
    assert split_agencies("Sở Tài chính, Sở Xây dựng, hoặc Ủy ban nhân dân cấp xã") == [
        "Sở Tài chính",
        "Sở Xây dựng",
        "Ủy ban nhân dân cấp xã",
    ]


def test_a_comma_and_a_verb_after_and_still_end_the_owner() -> None:
    """ "chủ trì, và phối hợp với …": the "và" opens the owner's next work, no body: the list does not go on."""
    found = subject_owners("Sở Tài chính chủ trì, và phối hợp với Sở Xây dựng rà soát các dự án.")
    assert found is not None
    assert found.lead == ["Sở Tài chính"] and found.coordinators == ["Sở Xây dựng"]
