"""Round 101: each sentence-parting pattern of tree.py under its own name (synthetic texts).

tree.py had bound `_SENTENCE_BREAK` twice: round 43's statement check wrote a full stop or a semicolon beside it, round
25's approval check a full stop only further down, and the later binding won for every reader. Round 43's check now
reads its own pattern; rounds 25 and 71 keep the full stop they read."""

from __future__ import annotations

from planparse import tree
from planparse.tests.reading import items_by_ref, task_refs

STATEMENT_LETTER = (
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH BẮC HÀ\nSố: 77/SNNMT-PTNT\nBắc Hà, ngày 12 tháng 5 năm 2028\n"
    "V/v phát triển kinh tế tập thể trong nông nghiệp\nKính gửi: Ủy ban nhân dân các xã, phường.\n"
    "1. Hợp tác xã nông nghiệp là lực lượng nòng cốt trong liên kết sản xuất, tiêu thụ nông sản trên địa bàn.\n"
    "2. Hợp tác xã nông nghiệp là lực lượng nòng cốt trong liên kết sản xuất, tiêu thụ nông sản trên địa bàn; "
    "Tăng cường tập huấn kỹ năng quản trị cho thành viên hợp tác xã.\n"
    "3. Ủy ban nhân dân các xã, phường báo cáo kết quả về Sở trước ngày 15/11/2028.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_work_after_a_semicolon_ends_a_statement_of_what_a_thing_is() -> None:
    """ "2. … là lực lượng nòng cốt …; Tăng cường tập huấn …": a statement of what a thing is followed, past a
    semicolon, by a clause of work is work (before: a note, the check read the full-stop-only pattern); the statement
    alone ("1.") stays no task."""
    assert task_refs(items_by_ref(STATEMENT_LETTER)) == {"2", "3"}


def test_an_approvals_later_sentence_is_parted_by_a_full_stop_only() -> None:
    """Round 25's "a sentence after the approval" is parted by a full stop before a capital; a clause after a
    semicolon is `_in_principle`'s own clause check (`_CLAUSE_OPENING`), not a sentence."""
    approval = "Thống nhất với đề xuất của Sở Tài chính về phương án phân bổ vốn"
    work = "Trong quá trình thực hiện, tiếp tục rà soát, bố trí thêm vốn."
    assert tree._goes_on_with_work(f"{approval}. {work}")
    assert not tree._goes_on_with_work(f"{approval}; {work}")
    assert tree._FULL_STOP_OR_SEMICOLON_BREAK.split(f"{approval}; {work}")[1:] == [work]
