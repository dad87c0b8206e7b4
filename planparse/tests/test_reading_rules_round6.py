"""Reading rules found on the second held-out set after it was measured (synthetic notices in its style)."""

from __future__ import annotations

from planparse.tests.reading import notice_items

HEADER = "VĂN PHÒNG CHÍNH PHỦ\nTHÔNG BÁO\nKết luận của Phó Thủ tướng tại buổi làm việc với tỉnh B\n"


def _items(body: str) -> dict:
    return notice_items(HEADER, body)


def test_a_paragraph_that_continues_an_item_does_not_end_the_lists_lead_in() -> None:
    """Under an assessment, a lead-in binds the province to the list that follows; a paragraph written after
    item 1 (its continuation) does not replace that lead-in for items 2 and 3."""
    items = _items(
        "I. ĐÁNH GIÁ CHUNG\n"
        "Tỉnh đã triển khai nghiêm túc việc sắp xếp bộ máy, đạt nhiều kết quả tích cực.\n"
        "Để tiếp tục vận hành bộ máy hiệu quả, tỉnh B cần tập trung thực hiện một số nhiệm vụ sau đây:\n"
        "1. Cấp ủy, chính quyền tỉnh phải xác định việc kiện toàn đội ngũ cán bộ cấp xã là nhiệm vụ trọng tâm.\n"
        "Ủy ban nhân dân tỉnh chỉ đạo các sở tăng cường hướng dẫn chính quyền cấp xã.\n"
        "2. Rà soát việc phân cấp, phân quyền, đề xuất cấp có thẩm quyền điều chỉnh.\n"
        "3. Đẩy mạnh chuyển đổi số trong đội ngũ cán bộ, công chức.\n"
        "II. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n"
    )
    for ref in ("I.2", "I.3"):
        assert items[ref].kind == "task", ref
        assert items[ref].lead == ["tỉnh B"], (ref, items[ref].lead)


def test_a_paragraph_ending_with_a_colon_after_the_list_begins_a_new_lead_in() -> None:
    items = _items(
        "I. ĐÁNH GIÁ CHUNG\n"
        "Để khắc phục hạn chế, tỉnh B cần thực hiện các nhiệm vụ sau:\n"
        "1. Rà soát quy hoạch sử dụng đất cấp xã.\n"
        "Đồng thời, Sở Tài chính cần thực hiện các nội dung sau:\n"
        "2. Cân đối nguồn vốn cho các công trình cấp bách.\n"
        "II. KIẾN NGHỊ\n"
    )
    assert items["I.1"].lead == ["tỉnh B"]
    assert items["I.2"].lead == ["Sở Tài chính"]


def test_the_answer_to_a_restated_request_is_owned_by_the_subject_after_its_colon() -> None:
    """ "Về đề nghị …: X …" restates what was asked (however long, commas and semicolons included), then answers:
    the subject after the colon owns the work, not the body named in the request."""
    items = _items(
        "I. ĐÁNH GIÁ CHUNG\n"
        "Tỉnh đã hoàn thành việc sắp xếp các đơn vị hành chính cấp xã.\n"
        "II. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n"
        "1. Về đề nghị Bộ Nội vụ sớm ban hành hướng dẫn về chế độ, chính sách đối với cán bộ dôi dư, bảo đảm "
        "thống nhất; hoàn thiện quy định về vị trí việc làm ở cấp xã: Bộ Nội vụ nghiên cứu, tiếp thu trong "
        "quá trình xây dựng văn bản quy phạm pháp luật có liên quan.\n"
        "2. Về đề nghị các bộ, ngành rà soát thủ tục đất đai, tài sản công: Ủy ban nhân dân tỉnh B cần tiếp tục "
        "rà soát, tổng hợp vướng mắc, gửi Bộ Tài chính trước ngày 30/6/2026.\n"
    )
    assert items["II.1"].lead == ["Bộ Nội vụ"]
    assert items["II.2"].lead == ["Ủy ban nhân dân tỉnh B"]
