"""Round 66 (set 28): a Government programme whose section lead-in names the bodies over titled groups of lettered
items without subject, and whose appendix table restates most items with their own owners: an item no row restates
is done by the bodies the lead-in names; a basis that is what bodies proposed ("Trên cơ sở đề xuất của …") runs on
to the subject, which is the last name before the verb. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse.owners import subject_owners
from planparse.tests.reading import items_by_ref

LEAD_IN_OWNERS = [
    "các bộ, cơ quan ngang bộ",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
]


def _programme(rows: str) -> str:
    return (
        "CHÍNH PHỦ\nSố: 301/NQ-CP\nNGHỊ QUYẾT\nBan hành Chương trình hành động về phát triển thư viện cộng đồng\n"
        "I. MỤC TIÊU\nNâng cao văn hóa đọc trong nhân dân.\n"
        "II. NHIỆM VỤ CỤ THỂ\n"
        "Để đạt được mục tiêu trên, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
        "ương cần tổ chức thực hiện các nhiệm vụ sau đây:\n"
        "1. Hoàn thiện thể chế về thư viện cộng đồng\n"
        "a) Xây dựng quy chế mẫu về tổ chức và hoạt động của thư viện cộng đồng tại thôn, bản.\n"
        "b) Khuyến khích các nhà xuất bản tặng sách cho thư viện vùng sâu, vùng xa.\n"
        "2. Phát triển nguồn lực cho thư viện cộng đồng\n"
        "a) Bồi dưỡng kỹ năng nghiệp vụ cho người phụ trách thư viện cộng đồng cấp xã.\n"
        "b) Tôn vinh những tấm gương đọc sách tiêu biểu trong cộng đồng dân cư.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Bộ Văn hóa, Thể thao và Du lịch chủ trì theo dõi, đôn đốc việc thực hiện Chương trình.\n"
        "2. Bộ Tài chính bảo đảm kinh phí thực hiện Chương trình.\n"
        "PHỤ LỤC\nDANH MỤC NHIỆM VỤ TRIỂN KHAI CHƯƠNG TRÌNH\n"
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |\n"
        "| --- | --- | --- | --- | --- |\n" + rows
    )


ROWS = (
    "| I | Hoàn thiện thể chế | | | |\n"
    "| 1 | Xây dựng quy chế mẫu về tổ chức và hoạt động của thư viện cộng đồng tại thôn, bản | Bộ Văn hóa, Thể thao"
    " và Du lịch | Bộ Nội vụ | Năm 2027 |\n"
    "| II | Phát triển nguồn lực | | | |\n"
    "| 1 | Bồi dưỡng kỹ năng nghiệp vụ cho người phụ trách thư viện cộng đồng cấp xã | Bộ Giáo dục và Đào tạo"
    " | Ủy ban nhân dân các tỉnh | Năm 2028 |\n"
)


def test_lettered_item_no_row_restates_takes_the_lead_in_owners() -> None:
    """II.1.b and II.2.b have no row: II's lead-in names who does them, not the programme's coordinating ministry by
    inference; the restated items keep their rows' owners."""
    items = items_by_ref(_programme(ROWS))
    assert items["II.1.a"].lead == ["Bộ Văn hóa, Thể thao và Du lịch"]
    assert items["II.2.a"].lead == ["Bộ Giáo dục và Đào tạo"]
    for ref in ("II.1.b", "II.2.b"):
        assert items[ref].lead == LEAD_IN_OWNERS, (ref, items[ref].lead)
        assert items[ref].lead_source == "explicit"


def test_without_a_table_the_lead_in_does_not_own_lettered_items() -> None:
    """No table restates the part: a lettered item is left to the assignment section's links (a notice's "yêu cầu
    các bộ, ngành, địa phương:" over titled groups of lettered paragraphs keeps what the parser read before)."""
    items = items_by_ref(_programme("").split("PHỤ LỤC")[0])
    assert items["II.1.b"].lead != LEAD_IN_OWNERS


def test_proposers_list_runs_on_to_the_subject() -> None:
    """ "Trên cơ sở đề xuất của <bodies>, <body> <verb>": the list after "của" holds capitalised names too; only the
    last name before the verb is the subject."""
    owners = subject_owners(
        "Trên cơ sở đề xuất của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, "
        "Bộ Tài chính tổng hợp, trình cấp có thẩm quyền bố trí kinh phí thực hiện Chương trình."
    )
    assert owners is not None and owners.lead == ["Bộ Tài chính"]


def test_a_basis_that_is_no_proposal_keeps_the_bodies_after_it() -> None:
    """ "Trên cơ sở nội dung Chỉ thị …, <bodies> <verb>": the bodies after the basis are all subjects."""
    owners = subject_owners(
        "Trên cơ sở nội dung Chỉ thị số 12-CT/TW, các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực "
        "thuộc trung ương xây dựng kế hoạch thực hiện."
    )
    assert owners is not None and len(owners.lead) == 2
