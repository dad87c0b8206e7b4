"""Reading rules of round 24, from the twenty-fourth set's conclusion notice (synthetic texts in its style): a
numbered item that is a whole dated task and also the heading of topic dashes ("- Về …:") over paragraphs naming
their own owners, and a source line break inside a citation ("… theo quy định tại Khoản" / "3 - Điều 61 …")."""

from __future__ import annotations

import datetime as dt

from planparse.tests.reading import notice_items, task_refs

HEADER = (
    "VĂN PHÒNG CHÍNH PHỦ\n"
    "Số: 512/TB-VPCP\n"
    "Hà Nội, ngày 02 tháng 11 năm 2025\n"
    "THÔNG BÁO\n"
    "Kết luận cuộc họp về Đề án phát triển hạ tầng sạc xe điện\n"
    "Sau khi nghe báo cáo của Bộ Công Thương, Phó Thủ tướng Chính phủ kết luận như sau:\n"
    "1. Phát triển hạ tầng sạc xe điện là yêu cầu cấp thiết để thúc đẩy giao thông xanh, giảm phát thải.\n"
)

TOPICS = (
    "- Về tiêu chuẩn kỹ thuật của trạm sạc:\n"
    "Bộ Khoa học và Công nghệ rà soát, ban hành bộ tiêu chuẩn quốc gia về trạm sạc xe điện, bảo đảm an toàn "
    "phòng cháy, chữa cháy và tương thích giữa các hãng xe.\n"
    "- Về quy hoạch mạng lưới trạm sạc:\n"
    "Bộ Xây dựng hướng dẫn các địa phương bố trí quỹ đất cho trạm sạc tại các khu đô thị, bến xe và trạm dừng "
    "nghỉ trên các tuyến cao tốc.\n"
)


def test_dated_numbered_task_heading_topic_dashes_stays_a_task() -> None:
    # round 24: "2. Bộ … hoàn thiện …, trình … trước ngày 30 tháng 11 năm 2025. Trong đó chú ý một số nội dung
    # sau:" is a whole task of its own subject and date; the paragraphs under its "- Về …:" dashes are tasks too and
    # do not take its date
    items = notice_items(
        HEADER,
        "2. Bộ Công Thương chủ trì, phối hợp với các Bộ, cơ quan liên quan khẩn trương tiếp thu ý kiến các thành "
        "viên, hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ xem xét, quyết định trước ngày 30 tháng 11 "
        "năm 2025. Trong đó chú ý một số nội dung sau:\n" + TOPICS,
    )
    assert items["2"].kind == "task"
    assert items["2"].lead == ["Bộ Công Thương"]
    assert items["2"].deadline is not None and items["2"].deadline.date == dt.date(2025, 11, 30)
    assert {"2-1", "2-2"} <= task_refs(items)
    assert items["2-1"].lead == ["Bộ Khoa học và Công nghệ"]
    assert not (items["2-1"].deadline and items["2-1"].deadline.date)
    assert not (items["2-2"].deadline and items["2-2"].deadline.date)


def test_numbered_topic_or_undated_work_over_dashes_stays_a_heading() -> None:
    # a heading that only names the topic, or work with no date of its own, is the heading of its dashes
    for line in (
        "2. Về hoàn thiện dự thảo Đề án phát triển hạ tầng sạc xe điện tại Việt Nam, trong đó chú ý một số nội "
        "dung sau:\n",
        "2. Bộ Công Thương chủ trì, phối hợp với các Bộ, cơ quan liên quan khẩn trương tiếp thu ý kiến các thành "
        "viên, hoàn thiện dự thảo Đề án, trình Thủ tướng Chính phủ xem xét, quyết định. Trong đó chú ý một số nội "
        "dung sau:\n",
    ):
        items = notice_items(HEADER, line + TOPICS)
        assert items["2"].kind == "section"
        assert {"2-1", "2-2"} <= task_refs(items)


def test_number_that_completes_a_citation_is_no_item() -> None:
    # round 24: "… theo quy định tại Khoản" / "3 - Điều 12 Luật Điện lực …": the number is what the line cites
    items = notice_items(
        HEADER,
        "2. Bộ Công Thương hướng dẫn các doanh nghiệp đầu tư trạm sạc thực hiện việc đấu nối vào lưới điện theo "
        "quy định tại Khoản\n"
        "3 - Điều 12 Luật Điện lực và báo cáo Thủ tướng Chính phủ kết quả thực hiện.\n"
        "3. Bộ Tài chính nghiên cứu cơ chế ưu đãi thuế đối với thiết bị sạc xe điện.\n",
    )
    assert "Điều 12 Luật Điện lực" in items["2"].text
    assert items["3"].text.startswith("Bộ Tài chính")
    assert not any(ref.startswith("3[") for ref in items)


def test_capital_heading_word_is_no_open_citation() -> None:
    # "I. QUAN ĐIỂM" over "1. …": a heading in capitals that ends on a citation word opens no citation
    items = notice_items(
        HEADER,
        "I. QUAN ĐIỂM\n1. Phát triển hạ tầng sạc xe điện là định hướng chiến lược của ngành giao thông.\n",
    )
    assert any(i.text.startswith("Phát triển hạ tầng sạc") and i.parent == "I" for i in items.values())
