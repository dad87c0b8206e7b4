"""Round 31 (set 31): a Government meeting resolution whose per-agency work is a prose appendix after the signature
(numbered agency headings over lettered items), and what its reading needs (synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

MEETING = (
    "CHÍNH PHỦ\nSố: 57/NQ-CP\nHà Nội, ngày 05 tháng 3 năm 2027\nNGHỊ QUYẾT\n"
    "Phiên họp Chính phủ thường kỳ tháng 2 năm 2027\n"
    "QUYẾT NGHỊ:\n"
    "I. Về tình hình kinh tế - xã hội tháng 2\n"
    "1. Những kết quả nổi bật\n"
    "Kinh tế vĩ mô ổn định, lạm phát được kiểm soát.\n"
    "2. Nhiệm vụ thời gian tới\n"
    "Từng bộ, cơ quan, địa phương thực hiện những nội dung tại Phụ lục ban hành kèm theo Nghị quyết này.\n"
    "TM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn A\n"
    "Phụ lục NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN TRONG THÁNG 3 NĂM 2027 "
    "(Kèm theo Nghị quyết số 57/NQ-CP ngày 05 tháng 3 năm 2027 của Chính phủ)\n"
    "1. Bộ Xây dựng chủ trì, phối hợp với các cơ quan, địa phương:\n"
    "a) Hoàn thiện dự thảo Nghị định về quản lý nhà chung cư, trình Chính phủ trước ngày 20 tháng 3 năm 2027.\n"
    "b) Đôn đốc tiến độ các dự án đường cao tốc.\n"
    "2. Bộ Y tế chủ trì, phối hợp với các cơ quan, địa phương:\n"
    "a) Bảo đảm đủ thuốc, vật tư y tế cho khám bệnh, chữa bệnh.\n"
)


def test_a_prose_appendix_after_the_signature_is_read_as_numbered_items() -> None:
    """An appendix with no table, whose work is numbered prose, is read as the body is read: its lettered items
    are tasks, owned by the agency their numbered heading names, with their own deadlines."""
    items = items_by_ref(MEETING)
    assert {"PL.1.a", "PL.1.b", "PL.2.a"} <= task_refs(items)
    assert items["PL.1.a"].lead == ["Bộ Xây dựng"]
    assert items["PL.2.a"].lead == ["Bộ Y tế"]
    assert items["PL.1.a"].deadline is not None and items["PL.1.a"].deadline.date.isoformat() == "2027-03-20"


INSPECTION = (
    "ỦY BAN NHÂN DÂN TỈNH X\nSố: 12/KH-UBND\nX, ngày 10 tháng 01 năm 2027\nKẾ HOẠCH\n"
    "Kiểm tra công tác cải cách hành chính năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "Đánh giá kết quả thực hiện cải cách hành chính của các cơ quan, địa phương.\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Sở Nội vụ chủ trì tổ chức kiểm tra theo Kế hoạch này, hoàn thành trước ngày 30 tháng 11 năm 2027.\n"
    "2. Các cơ quan, địa phương được kiểm tra gửi báo cáo theo Đề cương (Phụ lục đính kèm).\n"
    "Nơi nhận:\n- Như trên;\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn B\n"
    "Phụ lục\nĐỀ CƯƠNG BÁO CÁO PHỤC VỤ KIỂM TRA\n(Kèm theo Kế hoạch số 12/KH-UBND ngày 10/01/2027)\n"
    "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH\n"
    "1. Việc ban hành và tổ chức thực hiện kế hoạch cải cách hành chính năm 2027.\n"
    "2. Công tác tuyên truyền cải cách hành chính.\n"
    "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH\n"
    "1. Kết quả giải quyết hồ sơ thủ tục hành chính.\n"
)


def test_a_prose_appendix_whose_items_name_no_owner_is_an_outline_not_work() -> None:
    """A prose appendix where no item or heading names who does the work (a report's outline) gives no tasks;
    the body's tasks stay."""
    items = items_by_ref(INSPECTION)
    tasks = task_refs(items)
    assert not {r for r in tasks if r.startswith("PL")}
    assert "II.1" in tasks


DIRECTIONS = (
    "CHÍNH PHỦ\nSố: 58/NQ-CP\nHà Nội, ngày 05 tháng 4 năm 2027\nNGHỊ QUYẾT\n"
    "Phiên họp Chính phủ thường kỳ tháng 3 năm 2027\n"
    "QUYẾT NGHỊ:\n"
    "I. Về tình hình kinh tế - xã hội tháng 3\n"
    "1. Kết quả\n"
    "Kinh tế vĩ mô ổn định, lạm phát được kiểm soát.\n"
    "2. Nhiệm vụ, giải pháp trọng tâm thời gian tới\n"
    "Thời gian tới, tình hình thế giới còn nhiều biến động, khó lường.\n"
    "Để hoàn thành các mục tiêu của năm 2027, Chính phủ yêu cầu các Bộ trưởng, Chủ tịch Ủy ban nhân dân các tỉnh "
    "tập trung chỉ đạo, điều hành, trong đó chú trọng những nội dung sau:\n"
    "a) Rà soát các quy hoạch, hoàn thành trong quý II năm 2027.\n"
    "b) Đẩy mạnh giải ngân vốn đầu tư công.\n"
)


def test_a_lead_in_paragraph_after_a_titled_items_body_gives_its_list_an_owner() -> None:
    """A paragraph ending in ":" right before a lettered list, under a numbered title that already has a body
    paragraph, is that item's lead-in: whom it addresses owns the lettered items."""
    items = items_by_ref(DIRECTIONS)
    assert {"I.2.a", "I.2.b"} <= task_refs(items)
    for ref in ("I.2.a", "I.2.b"):
        assert any("Bộ trưởng" in name for name in items[ref].lead)


def test_a_name_ending_in_giao_before_its_charge_is_the_owner() -> None:
    """ "Bộ Ngoại giao chủ trì, phối hợp …:" names the ministry; "giao" there ends its name, it is no verb."""
    text = MEETING.replace("2. Bộ Y tế chủ trì", "2. Bộ Ngoại giao chủ trì")
    items = items_by_ref(text)
    assert items["PL.2.a"].lead == ["Bộ Ngoại giao"]


DECIDING = (
    "CHÍNH PHỦ\nSố: 60/NQ-CP\nHà Nội, ngày 10 tháng 4 năm 2027\nNGHỊ QUYẾT\n"
    "Về thanh toán chi phí vận chuyển người bệnh\n"
    "QUYẾT NGHỊ:\n"
    "Điều 1. Các chi phí vận chuyển người bệnh giai đoạn 2020 - 2024 được thanh toán như sau:\n"
    "1. Đối với các chi phí vận chuyển, cấp cứu người bệnh vượt định mức, Sở Y tế khẩn trương tổ chức thanh toán "
    "cho các bệnh viện.\n"
    "Điều 2. Nghị quyết này có hiệu lực kể từ ngày ký ban hành.\n"
)


def test_a_topic_clause_with_commas_of_its_own_before_the_subject() -> None:
    """ "Đối với các chi phí vận chuyển, cấp cứu …, Sở Y tế khẩn trương …": the subject after the topic clause
    owns the work, even when the topic clause holds a comma of its own."""
    items = items_by_ref(DECIDING)
    assert items["Điều 1.1"].lead == ["Sở Y tế"]
