"""Reading rules of round 15, from the fifteenth set (synthetic texts in its styles): a Government Office notice
whose lead-in asks a body to carry out the numbered orientations under it, and whose items restate a request ("Về
…:") before the body that answers it; a decision whose programme is written in its Điều 1, with an indicator
appendix that names the bodies that track each figure."""

from __future__ import annotations

from planparse.tests.reading import notice_items

NOTICE_HEAD = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 12/TB-VPCP\nTHÔNG BÁO\n"
    "KẾT LUẬN CỦA THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH B\n"
    "Sau khi nghe báo cáo, Thủ tướng Chính phủ kết luận như sau:\n"
    "I. ĐÁNH GIÁ CHUNG\nTỉnh B đạt nhiều kết quả tích cực trong năm qua.\n"
)
CLOSE = "Văn phòng Chính phủ trân trọng thông báo./.\n"


def test_a_lead_in_that_asks_a_body_gives_it_the_numbered_items_under_it() -> None:
    items = notice_items(
        NOTICE_HEAD,
        "II. NHIỆM VỤ THỜI GIAN TỚI\n"
        "Đề nghị Ban Thường vụ Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ trong những tháng đầu "
        "năm 2026; trong đó lưu ý một số nội dung trọng tâm sau:\n"
        "1. Đổi mới mô hình tăng trưởng dựa vào khoa học công nghệ.\n"
        "2. Chăm lo đời sống của Nhân dân vùng sâu, vùng xa.\n" + CLOSE,
    )
    for ref in ("II.1", "II.2"):
        assert items[ref].kind == "task" and items[ref].lead == ["Ban Thường vụ Tỉnh ủy"], ref
