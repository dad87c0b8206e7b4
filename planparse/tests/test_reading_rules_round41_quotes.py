"""Round 41 (set 39, released): dashes that cite a provision and quote it are the law's words, not tasks; the request
a letter draws from them ("Từ những vấn đề trên, đề nghị …") is its task, and "Sở X có ý kiến để … biết, thực hiện"
closes the letter (synthetic texts)."""

from __future__ import annotations

from planparse.owners import assigns_work, item_owners
from planparse.tests.reading import items_by_ref, task_refs
from planparse.tree import quotes_provision

HEADER = (
    "UBND TỈNH AN THÁI\nSỞ TÀI CHÍNH\nSố: 377/STC-QLGC\nAn Thái, ngày 09 tháng 10 năm 2026\n"
    "V/v rà soát tài sản công dôi dư sau sắp xếp\n"
    "Kính gửi: Ủy ban nhân dân các xã, phường\n"
)
QUOTES = (
    "Thực hiện Công văn số 812/UBND-KT ngày 01/10/2026 của UBND tỉnh về xử lý tài sản công dôi dư, Sở Tài chính có "
    "ý kiến như sau:\n"
    "- Tại khoản 4 Điều 7 Nghị định số 45/2026/NĐ-CP ngày 10/02/2026 của Chính phủ quy định: “4. Cơ quan, đơn vị "
    "được giao quản lý tài sản có trách nhiệm lập phương án xử lý trong thời hạn 30 ngày. Các địa phương phải công "
    "khai kết quả xử lý hằng năm.”\n"
    "- Tại điểm a khoản 2 Điều 3 Thông tư số 12/2026/TT-BTC ngày 03/3/2026 của Bộ Tài chính quy định: “a) Tài sản dôi "
    "dư được bàn giao cho tổ chức phát triển quỹ đất quản lý”.\n"
)
REQUEST = (
    "Từ những vấn đề trên, đề nghị Ủy ban nhân dân các xã, phường rà soát tài sản dôi dư trên địa bàn, lập phương án "
    "xử lý theo quy định.\n"
    "Sở Tài chính có ý kiến để Ủy ban nhân dân các xã, phường biết, thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)
LETTER = HEADER + QUOTES + REQUEST


def test_a_quoted_provision_is_no_task() -> None:
    """Each dash cites a provision and quotes it, with its own "4." and "a)" and bodies that "phải" act: the law's words,
    not a task, nor the sentences inside it (without the rule the dashes and the quotation's second sentence are
    tasks)."""
    items = items_by_ref(LETTER)
    assert task_refs(items) == {"[1]"}
    assert not any(i.kind == "task" and "Nghị định số 45" in i.text for i in items.values())


def test_the_request_drawn_from_the_quotations_is_the_letters_task() -> None:
    """ "Từ những vấn đề trên, đề nghị …" asks the communes (without the rule it is a note under the last dash, and
    the closing "có ý kiến để … biết, thực hiện" would be read as a duty of the department)."""
    items = items_by_ref(LETTER)
    assert items["[1]"].kind == "task"
    assert items["[1]"].text.startswith("Từ những vấn đề trên")
    assert items["[1]"].lead == ["Ủy ban nhân dân các xã, phường"]
    assert assigns_work("Từ các nội dung nêu trên, yêu cầu Sở Xây dựng rà soát các dự án.")
    # the closing that points back at the letter asks nothing more
    alone = (
        HEADER
        + "Đề nghị Ủy ban nhân dân các xã, phường rà soát tài sản dôi dư.\n"
        + REQUEST.split("\n", 1)[1]
    )
    assert task_refs(items_by_ref(alone)) == {"[1]"}


def test_a_request_before_a_quotation_is_work() -> None:
    """The words before the quotation must be the provision saying it: a request that quotes is still a request."""
    assert quotes_provision(
        "Tại khoản 4 Điều 7 Nghị định số 45/2026/NĐ-CP quy định: “4. Cơ quan … hằng năm.”"
    )
    assert not quotes_provision(
        "Đề nghị các xã thực hiện đúng khoản 4 Điều 7 Nghị định số 45/2026/NĐ-CP: “4. …”"
    )
    assert not quotes_provision(
        "Thực hiện đúng quy định tại khoản 4 Điều 7 Nghị định số 45/2026/NĐ-CP: “4. Cơ quan …”"
    )
    # the quotation must run to the end: a line that goes on after it says more than the law
    assert not quotes_provision(
        "Tại khoản 4 Điều 7 Nghị định số 45/2026/NĐ-CP quy định: “4. …”, đề nghị các xã lập phương án xử lý."
    )


def test_a_quoted_provision_under_a_numbered_item_is_no_task() -> None:
    """The same dash among duties under a numbered heading: the quotation is a note, the duty beside it a task."""
    text = HEADER + (
        "Sở Tài chính đề nghị các đơn vị thực hiện một số nội dung sau:\n"
        "1. Về xử lý tài sản dôi dư\n"
        "- Tại khoản 4 Điều 7 Nghị định số 45/2026/NĐ-CP ngày 10/02/2026 của Chính phủ quy định: “4. Cơ quan, đơn vị "
        "được giao quản lý tài sản có trách nhiệm lập phương án xử lý trong thời hạn 30 ngày.”\n"
        "- Ủy ban nhân dân các xã, phường lập phương án xử lý tài sản dôi dư, gửi Sở Tài chính trước ngày 30/11/2026.\n"
        "2. Về báo cáo\n"
        "Ủy ban nhân dân các xã, phường báo cáo kết quả về Sở Tài chính trước ngày 15/12/2026.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    refs = task_refs(items_by_ref(text))
    assert "1-2" in refs and "2" in refs
    assert "1-1" not in refs


def test_a_later_sentence_drawn_from_the_above_names_the_owner() -> None:
    """ "… còn chậm. Từ những nội dung trên, đề nghị Ủy ban nhân dân các xã, phường …": the later sentence that draws
    the request from what came before names who does the item, as "Vì vậy, đề nghị …" does."""
    found = item_owners(
        "Tiến độ rà soát tài sản dôi dư trên địa bàn còn chậm. Từ những nội dung trên, đề nghị Ủy ban nhân dân các "
        "xã, phường khẩn trương lập phương án xử lý.",
        "",
        [],
    )
    assert found is not None and found[0].lead == ["Ủy ban nhân dân các xã, phường"]


def test_a_quotation_on_lines_of_its_own_is_the_laws_words() -> None:
    """The citing dash ends at "quy định:" and the provision follows on lines of its own, with its own "Điều 5." and
    "1.", "2." (as a .docx sets a quotation apart): those lines are no items and the letter's body does not begin at
    them; the request after the quotation is the task (without the rule the quotation's "1." opens the body and is a
    task of the communes, and the request becomes "2")."""
    quoted = (
        "Thực hiện Công văn số 812/UBND-KT ngày 01/10/2026 của UBND tỉnh, Sở Tài chính có ý kiến như sau:\n"
        "- Tại Điều 5 Nghị định số 45/2026/NĐ-CP ngày 10/02/2026 của Chính phủ quy định:\n"
        "“Điều 5. Trách nhiệm xử lý tài sản\n"
        "1. Ủy ban nhân dân cấp xã có trách nhiệm lập danh mục tài sản dôi dư.\n"
        "2. Sở Tài chính hướng dẫn việc xử lý tài sản.”\n"
    )
    items = items_by_ref(HEADER + quoted + REQUEST)
    assert task_refs(items) == {"[1]"}
    assert items["[1]"].lead == ["Ủy ban nhân dân các xã, phường"]
    assert "Sở Tài chính hướng dẫn" in items["[p1]"].text


def test_a_paragraph_that_quotes_asks_nothing_of_the_bodies_quoted() -> None:
    """A paragraph of its own that cites a provision and quotes it ("… quy định: “… . Sở Tài chính hướng dẫn …”"): the
    quotation's sentences are the law's, no duty of the letter (without the rule its second sentence is a task of Sở
    Tài chính)."""
    quoted = (
        "Ngày 01/10/2026, UBND tỉnh có Công văn số 812/UBND-KT về xử lý tài sản công dôi dư trên địa bàn tỉnh.\n"
        "Tại khoản 4 Điều 7 Nghị định số 45/2026/NĐ-CP ngày 10/02/2026 của Chính phủ quy định: “Ủy ban nhân dân các xã "
        "có trách nhiệm lập phương án xử lý tài sản dôi dư. Sở Tài chính hướng dẫn việc xử lý.”\n"
    )
    items = items_by_ref(HEADER + quoted + REQUEST)
    assert task_refs(items) == {"[1]"}
    assert items["[1]"].text.startswith("Từ những vấn đề trên")
