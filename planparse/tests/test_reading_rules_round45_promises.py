"""Round 45 (the seen documents still under task F1 0.90): "Phân công <whom> <verb>" hands work over as "Giao" does;
a letter's own promise of work after its list ("Bộ sẽ tổng kết …") is the sender's task (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

RESOLUTION = (
    "CHÍNH PHỦ\nSố: 52/NQ-CP\nHà Nội, ngày 02 tháng 3 năm 2026\nNGHỊ QUYẾT\n"
    "Về chính sách của Luật sửa đổi, bổ sung một số điều của Luật Du lịch\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các bộ, cơ quan liên quan xây dựng dự án Luật, "
    "trình Chính phủ trước ngày 15 tháng 6 năm 2026.\n"
    "Điều 2. Phân công Phó Thủ tướng Chính phủ Lê Văn Bình chỉ đạo việc xây dựng, hoàn thiện dự án Luật.\n"
    "Điều 3. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
    "TM. CHÍNH PHỦ\n"
)


def test_phan_cong_names_whom_it_hands_the_work_to() -> None:
    """ "Phân công Phó Thủ tướng Chính phủ Lê Văn Bình chỉ đạo …": the Deputy Prime Minister named is the lead, as after
    "Giao" (without the rule the item has no owner: "Phó Thủ tướng" is no head word the names start with)."""
    items = items_by_ref(RESOLUTION)
    assert "Điều 2" in task_refs(items)
    assert items["Điều 2"].lead == ["Phó Thủ tướng Chính phủ Lê Văn Bình"]


def test_phan_cong_of_work_names_no_body() -> None:
    """ "Phân công nhiệm vụ …" (the work, in lower case) hands nothing to a body named after it."""
    items = items_by_ref(
        RESOLUTION.replace(
            "Phân công Phó Thủ tướng Chính phủ Lê Văn Bình chỉ đạo",
            "Phân công nhiệm vụ cụ thể cho từng thành viên trong việc",
        )
    )
    assert "Phó Thủ tướng" not in " ".join(items["Điều 2"].lead)


LETTER = (
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nSố: 812/BNNMT-KH\nHà Nội, ngày 05 tháng 3 năm 2026\n"
    "V/v thí điểm cấp mã số vùng trồng qua phần mềm\n"
    "Kính gửi: Sở Nông nghiệp và Môi trường các tỉnh Sơn La, Lai Châu.\n"
    "Bộ trưởng Bộ Nông nghiệp và Môi trường đồng ý thí điểm cấp mã số vùng trồng qua phần mềm tại 02 tỉnh từ ngày "
    "01/4/2026.\n"
    "Giám đốc Sở Nông nghiệp và Môi trường có trách nhiệm:\n"
    "- Chỉ đạo các đơn vị trực thuộc rà soát hồ sơ vùng trồng trên địa bàn.\n"
    "- Kịp thời báo cáo những vướng mắc phát sinh trong quá trình thí điểm.\n"
    "Căn cứ kết quả thí điểm, trong năm 2026 Bộ sẽ tổng kết, đánh giá và hướng dẫn các địa phương thực hiện trong "
    "thời gian tiếp theo.\n"
    "Bộ Nông nghiệp và Môi trường thông báo để các địa phương biết, triển khai thực hiện./.\n"
    "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
)


def test_the_senders_promise_after_the_list_is_its_task() -> None:
    """ "… trong năm 2026 Bộ sẽ tổng kết, đánh giá và hướng dẫn …" after the dashes of a letter with nothing numbered:
    the Ministry's own work, the letter's first unnumbered duty `[1]`, lead "Bộ" as written, dated by its year
    (without the rule it is a paragraph of the last dash, no task)."""
    items = items_by_ref(LETTER)
    assert task_refs(items) == {"-1", "-2", "[1]"}
    assert items["[1]"].lead == ["Bộ"]
    assert items["[1]"].deadline.date is not None and items["[1]"].deadline.date.isoformat() == "2026-12-31"


def test_another_bodys_promise_is_no_task_of_the_sender() -> None:
    """ "Văn phòng Bộ sẽ …", "Tổng công ty sẽ …": a body other than the sender promising is read as before."""
    for subject in ("Văn phòng Bộ", "Tổng công ty Bưu điện"):
        items = items_by_ref(LETTER.replace("trong năm 2026 Bộ sẽ", f"trong năm 2026 {subject} sẽ"))
        assert task_refs(items) == {"-1", "-2"}


def test_the_senders_promise_after_a_numbered_item_is_a_further_duty_of_it() -> None:
    """ "(Sở Nội vụ sẽ tập huấn … và cung cấp tài khoản …)" after "b) Các cơ quan … cập nhật …": a further duty of b),
    `2.b[2]`, the sender's (Sở Nội vụ tỉnh …, written by its first words)."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH AN THÁI\nSỞ NỘI VỤ\nSố: 77/SNV-CCHC\nAn Thái, ngày 05 tháng 3 năm 2026\n"
        "V/v hướng dẫn tự đánh giá chỉ số cải cách hành chính\n"
        "Kính gửi: Các sở, ban, ngành; UBND các xã.\n"
        "1. Về báo cáo tự đánh giá\n"
        "a) Các cơ quan, đơn vị xây dựng báo cáo tự đánh giá, gửi Sở Nội vụ trước ngày 30/3/2026.\n"
        "2. Về tài liệu kiểm chứng\n"
        "a) Tài liệu kiểm chứng là văn bản điện tử có ký số.\n"
        "b) Các cơ quan, đơn vị cập nhật tài liệu kiểm chứng lên phần mềm.\n"
        "(Sở Nội vụ sẽ tập huấn sử dụng và cung cấp tài khoản đăng nhập phần mềm cho các cơ quan, đơn vị.)\n"
        "Đề nghị các cơ quan, đơn vị triển khai thực hiện./.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    items = items_by_ref(text)
    assert {"2.b", "2.b[2]"} <= task_refs(items)
    assert items["2.b[2]"].lead == ["Sở Nội vụ"]
