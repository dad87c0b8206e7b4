"""Round 42 (set 40, released): statements that hand out no work — the funding line of an assignment section and
the rules a cited provision sets (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref

PLAN = (
    "ỦY BAN MTTQ VIỆT NAM XÃ BÌNH AN\nBAN THƯỜNG TRỰC\nSố: 11/KH-MTTQ-BTT\nBình An, ngày 09 tháng 3 năm 2027\n"
    "KẾ HOẠCH\nTổ chức hội nghị cử tri giới thiệu người tham gia Ban Thanh tra nhân dân xã\n"
    "I. NỘI DUNG\n"
    "1. Hội nghị cử tri tại các thôn\n"
    "- Ban Công tác Mặt trận thôn chủ trì tổ chức hội nghị cử tri tại thôn.\n"
    "2. Quy định về số lượng cử tri tham dự hội nghị\n"
    "Căn cứ khoản 2 Điều 8 Nghị quyết số 12/2027/NQ-HĐND, hội nghị cử tri phải bảo đảm số lượng như sau:\n"
    "- Đối với thôn có dưới 150 cử tri: Tổ chức hội nghị toàn thể cử tri.\n"
    "- Đối với thôn có từ 150 cử tri trở lên: Tổ chức hội nghị đại diện hộ gia đình, ít nhất 60 cử tri tham dự.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Ban Thường trực Ủy ban MTTQ Việt Nam xã\n"
    "- Hướng dẫn các thôn tổ chức hội nghị.\n"
    "2. Ban Công tác Mặt trận các thôn\n"
    "- Lập danh sách cử tri được mời dự hội nghị.\n"
    "3. Kinh phí thực hiện: Kinh phí phục vụ các hội nghị cử tri được thực hiện theo quy định tài chính hiện hành "
    "và dự toán kinh phí của xã Bình An.\n"
)


def test_a_funding_line_that_only_says_where_the_money_comes_from_is_no_task() -> None:
    """ "3. Kinh phí thực hiện: Kinh phí … được thực hiện theo quy định hiện hành …": the source of the money, said in
    the passive, no body set to find or spend it (before: a task with a suggested owner)."""
    items = items_by_ref(PLAN)
    assert items["II.3"].kind == "note"
    assert items["II.1-1"].kind == items["II.2-1"].kind == "task"


def test_the_rules_a_cited_provision_sets_are_no_tasks() -> None:
    """ "2. Quy định về số lượng cử tri …" over "Căn cứ khoản 2 Điều 8 Nghị quyết số …, hội nghị cử tri phải … như
    sau:": the dashes restate the provision's rules (before: each dash a task)."""
    items = items_by_ref(PLAN)
    assert items["I.2-1"].kind != "task"
    assert items["I.2-2"].kind != "task"
    assert items["I.1-1"].kind == "task"


def test_a_funding_line_that_hands_the_money_to_a_body_stays_a_task() -> None:
    """ "Kinh phí thực hiện: Giao Ủy ban nhân dân xã bố trí …" sets a body to it: still work."""
    text = PLAN.replace(
        "Kinh phí phục vụ các hội nghị cử tri được thực hiện theo quy định tài chính hiện hành "
        "và dự toán kinh phí của xã Bình An.",
        "Giao Ủy ban nhân dân xã bố trí kinh phí tổ chức hội nghị từ dự toán năm 2027.",
    )
    assert items_by_ref(text)["II.3"].kind == "task"
