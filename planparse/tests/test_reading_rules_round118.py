"""Rounds 118 and 119 (the brittleness bench's `letter_frames`, which writes a seen letter's closing as another seen
letter writes it): a letter with nothing numbered closes by asking its addressees only to carry it out, in the forms
offices write that request: with the sender's courtesy or announcement ("… trân trọng đề nghị …", "Văn phòng X thông
báo và đề nghị …"), with the asking verb alone ("Đề nghị các đơn vị …"), the letter to be known first or attended to
("… biết, nghiêm túc triển khai thực hiện./.", "… quan tâm phối hợp thực hiện./.") (round 118), and after the
sender's summary of the letter in the same paragraph ("Trên đây là kết luận của …. Văn phòng X thông báo và đề nghị
… biết, thực hiện./.") (round 119). None is a task; the letter's one request stays its one task. Synthetic letter."""

from __future__ import annotations

import pytest

from planparse.tests.reading import items_by_ref, task_refs

HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH AN LẠC\nSố: 88/UBND-KT\nAn Lạc, ngày 04 tháng 5 năm 2027\n"
    "V/v triển khai cơ sở dữ liệu đất đai\nKính gửi:\n- Sở Nông nghiệp và Môi trường;\n"
    "- Ủy ban nhân dân các xã, phường.\n"
    "Thực hiện Công văn số 12/BNNMT-ĐĐ ngày 02/4/2027 của Bộ Nông nghiệp và Môi trường, Ủy ban nhân dân tỉnh đề nghị"
    " Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Ủy ban nhân dân các xã, phường hoàn thiện cơ sở dữ liệu đất"
    " đai của tỉnh, hoàn thành trước ngày 30/6/2027.\n"
)


def _tasks(closing: str) -> set[str]:
    items = items_by_ref(HEAD + closing + "\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert items["[1]"].lead == ["Sở Nông nghiệp và Môi trường"]
    return task_refs(items)


@pytest.mark.parametrize(
    "closing",
    [
        # round 118: the sender announcing and asking, the letter to be known first
        "Văn phòng Ủy ban nhân dân tỉnh thông báo và đề nghị các cơ quan, đơn vị liên quan biết, thực hiện./.",
        "Ủy ban nhân dân tỉnh đề nghị các cơ quan, đơn vị biết, nghiêm túc triển khai thực hiện./.",
        # round 118: the asking verb alone, the letter attended to
        "Đề nghị các đơn vị quan tâm phối hợp thực hiện./.",
        "Kính đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.",
    ],
)
def test_a_request_only_to_know_and_carry_out_the_letter_is_no_task(closing: str) -> None:
    assert _tasks(closing) == {"[1]"}


def test_the_sign_off_after_the_senders_summary_is_no_task() -> None:
    # round 119: the summary sentence, then the sender's sign-off in the same paragraph
    closing = (
        "Trên đây là kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về cơ sở dữ liệu đất đai."
        " Văn phòng Ủy ban nhân dân tỉnh thông báo và đề nghị Thủ trưởng các sở, ban, ngành, địa phương liên quan"
        " biết, nghiêm túc triển khai thực hiện./."
    )
    assert _tasks(closing) == {"[1]"}


@pytest.mark.parametrize(
    "closing",
    [
        # work of its own stays a task: a follow-up, and a request with an object
        "Giao Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc việc thực hiện./.",
        "Đề nghị các đơn vị quan tâm phối hợp thực hiện kiểm kê đất đai trên địa bàn./.",
    ],
)
def test_a_closing_that_gives_work_of_its_own_is_still_a_task(closing: str) -> None:
    assert _tasks(closing) == {"[1]", "[2]"}


def test_the_summary_paragraph_with_timed_work_after_it_is_still_a_task() -> None:
    closing = (
        "Trên đây là kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về cơ sở dữ liệu đất đai."
        " Ủy ban nhân dân các xã, phường báo cáo kết quả rà soát về Sở Nông nghiệp và Môi trường trước ngày"
        " 15/7/2027."
    )
    assert _tasks(closing) == {"[1]", "[2]"}
