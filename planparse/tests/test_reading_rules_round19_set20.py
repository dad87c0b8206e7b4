"""Reading rules of round 19, from the twentieth set (synthetic texts in its styles): a provincial Party committee's
action programme whose groups of dashes are each closed by the owner label "Trách nhiệm chỉ đạo thực hiện: …", the
letters of Party and state bodies that carry it down, and a provincial plan whose numbered targets stand over the
paragraphs that give the work."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, notice_items, task_refs

PROGRAMME_HEAD = (
    "TỈNH ỦY BÌNH AN\nSố 50-CTr/TU\nBình An, ngày 10 tháng 8 năm 2026\n"
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW về bảo vệ môi trường\n"
    "I. MỤC TIÊU\nNâng cao chất lượng môi trường sống của Nhân dân.\n"
    "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM\n"
)
PLAN_HEAD = (
    "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nSố: 120/KH-UBND\nBình An, ngày 20 tháng 3 năm 2026\n"
    "KẾ HOẠCH\nPhát triển các khu công nghiệp năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\nCụ thể hóa Nghị quyết của Tỉnh ủy về phát triển các khu công nghiệp.\n"
)


def test_an_owner_label_of_who_directs_after_a_group_of_dashes_gives_each_dash_its_leads() -> None:
    items = items_by_ref(
        PROGRAMME_HEAD + "1. Tăng cường sự lãnh đạo của Đảng, đẩy mạnh tuyên truyền\n"
        "- Quán triệt sâu sắc quan điểm đầu tư cho môi trường là đầu tư cho phát triển bền vững.\n"
        "- Đổi mới công tác tuyên truyền, phổ biến pháp luật theo hướng số hóa, dễ tiếp cận.\n"
        "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh; Đảng ủy Ủy ban nhân dân tỉnh.\n"
        "2. Huy động và sử dụng hiệu quả các nguồn lực\n"
        "- Bố trí tối thiểu 2% ngân sách tỉnh cho sự nghiệp bảo vệ môi trường.\n"
        "Trách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh.\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn việc quán triệt Chương trình.\n"
        "Nơi nhận:\n"
    )
    assert task_refs(items) >= {"II.1-1", "II.1-2", "II.2-1"}
    assert "Đảng ủy Ủy ban nhân dân tỉnh" in items["II.1-2"].lead
    assert any(x.startswith("Đảng ủy Mặt trận Tổ quốc") for x in items["II.1-1"].lead)
    assert items["II.2-1"].lead == ["Đảng ủy Ủy ban nhân dân tỉnh"]


PARTY_LETTER_HEAD = (
    "ĐẢNG BỘ TỈNH BÌNH AN\nĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH\nSố 300-CV/ĐU\nBình An, ngày 07 tháng 9 năm 2026\n"
    "Kính gửi: - Ủy ban nhân dân tỉnh,\n- Các chi bộ, đảng bộ cơ sở.\n"
    "Thực hiện Chương trình hành động số 50-CTr/TU của Tỉnh ủy, Đảng ủy Ủy ban nhân dân tỉnh đề nghị Ủy ban nhân "
    "dân tỉnh và các tổ chức đảng trực thuộc triển khai thực hiện một số nhiệm vụ trọng tâm, như sau:\n"
    "1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan, đơn vị có liên quan:\n"
    "- Nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ của Chương trình thành các kế hoạch để triển khai thực hiện.\n"
)


def test_party_advisory_bodies_cells_and_departments_named_in_lower_case_are_owners() -> None:
    items = notice_items(
        PARTY_LETTER_HEAD,
        "2. Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy; các chi bộ, đảng bộ cơ sở\n"
        "Các cấp ủy, tổ chức đảng chủ động tổ chức nghiên cứu, quán triệt và triển khai thực hiện Chương trình "
        "đến toàn thể cán bộ, đảng viên.\n"
        "Giao Ban xây dựng đảng Đảng ủy chủ trì, hướng dẫn các cấp ủy, tổ chức đảng đẩy mạnh thông tin, tuyên "
        "truyền về bảo vệ môi trường.\n",
    )
    assert {"2", "2[2]"} <= task_refs(items)
    assert items["2"].lead == [
        "Các cơ quan chuyên trách tham mưu, giúp việc Đảng ủy",
        "các chi bộ, đảng bộ cơ sở",
    ]
    assert items["2[2]"].lead == ["Ban xây dựng đảng Đảng ủy"]


def test_a_subject_list_goes_on_after_a_semicolon_with_bodies_written_without_cac() -> None:
    items = items_by_ref(
        PLAN_HEAD
        + "II. TỔ CHỨC THỰC HIỆN\n1. Sở Công Thương là cơ quan thường trực, theo dõi việc thực hiện.\n"
        "III. CHẾ ĐỘ BÁO CÁO\n1. Các Sở, ban, ngành; cơ quan, đơn vị tiến hành đánh giá, báo cáo kết quả thực "
        "hiện gửi về Sở Công Thương trước ngày 20 hằng tháng.\n"
        "2. Sở Công Thương tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\nNơi nhận:\n"
    )
    assert items["III.1"].lead == ["Các Sở, ban, ngành", "cơ quan, đơn vị"]
