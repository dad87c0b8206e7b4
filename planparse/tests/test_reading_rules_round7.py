"""Reading rules found on the third held-out set after it was measured (synthetic plans in its styles): a
conference's own programme, who attends, session dates, role lines, caveats and the request that closes a plan."""

from __future__ import annotations

from planparse.owners import heading_agencies, subject_owners
from planparse.tests.reading import items_by_ref

HEADER = "ỦY BAN NHÂN DÂN XÃ B\nKẾ HOẠCH\nTổ chức hội nghị tổng kết công tác năm 2026\n"


def _items(body: str) -> dict:
    return items_by_ref(HEADER + body + "Nơi nhận:\n- Lưu: VT.\n")


def test_a_meetings_programme_and_who_attends_are_not_tasks() -> None:
    items = _items(
        "I. THÀNH PHẦN THAM DỰ\n"
        "1. Đại biểu mời:\n- Đại diện Thường trực Đảng ủy xã;\n- Đại diện Hội Nông dân xã.\n"
        "2. Đại biểu của xã:\n- Lãnh đạo các thôn;\n- Trưởng các đoàn thể.\n"
        "II. NỘI DUNG HỘI NGHỊ\n"
        "1. Hội nghị nghe báo cáo tổng kết công tác năm 2026.\n"
        "2. Hội nghị thảo luận các giải pháp, căn cứ vào:\n- Kết quả năm 2026;\n- Chỉ tiêu được giao.\n"
        "3. Trường hợp còn ý kiến khác nhau thì hội nghị biểu quyết bằng giơ tay.\n"
        "4. Biên bản hội nghị được gửi Văn phòng Ủy ban nhân dân xã.\n"
        "III. THỜI GIAN\n"
        "- Theo quy định, Hội nghị tổng kết được tổ chức trong tháng 12/2026.\n"
        "- Văn phòng Ủy ban nhân dân xã tổ chức hội nghị vào ngày 20/12/2026.\n"
    )
    tasks = [r for r, i in items.items() if i.kind == "task"]
    assert tasks == ["III-2"], tasks
    assert items["III-2"].lead == ["Văn phòng Ủy ban nhân dân xã"]


def test_a_session_date_and_its_particulars_are_not_tasks() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Thời gian, đối tượng sát hạch:\n"
        "1.1. Đợt 1: Từ 8h00 ngày 10/3/2026 (Thứ Ba).\n"
        "Đối tượng: theo danh sách đăng ký, cụ thể:\n- Thủ kho: Từ số 01 đến số 05.\n"
        "1.2. Đợt 2: Từ 8h00 ngày 11/3/2026 (Thứ Tư).\n"
        "2. Nội dung sát hạch\n"
        "Nội dung sát hạch phù hợp với nội dung quy định tại Điều 5 Thông tư số 10/2025/TT-BCT.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "Giao Phòng Kỹ thuật an toàn thực hiện các công việc:\n"
        "1. Tổ chức sát hạch cho các đối tượng đăng ký.\n"
    )
    assert [r for r, i in items.items() if i.kind == "task"] == ["II.1"]


def test_role_lines_a_theme_a_caveat_and_a_request_to_carry_out_the_plan_are_not_tasks() -> None:
    items = _items(
        "I. CƠ QUAN CHỈ ĐẠO, TỔ CHỨC\n"
        "1. Cơ quan chỉ đạo: Ủy ban nhân dân tỉnh B.\n"
        "2. Đơn vị chủ trì thực hiện: Sở Văn hóa, Thể thao và Du lịch.\n"
        "II. CHỦ ĐỀ VÀ HOẠT ĐỘNG\n"
        "1. Chủ đề của Ngày hội\n“Sắc màu quê hương”\n"
        "2. Tiếp nhận phản ánh của người dân\n"
        "- Ghi chép đầy đủ ý kiến của người dân.\n"
        "- Lưu ý: Không tiếp nhận đơn nặc danh.\n"
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Sở Văn hóa, Thể thao và Du lịch\n"
        "- Xây dựng kịch bản chương trình.\n"
        "- Giám đốc Sở yêu cầu các phòng chuyên môn triển khai, thực hiện nghiêm túc kế hoạch này.\n"
    )
    notes = ("I.1", "I.2", "II.1", "II.2-2", "III.1-2")
    assert all(items[r].kind != "task" for r in notes), [(r, items[r].kind) for r in notes]
    assert items["II.2-1"].kind == items["III.1-1"].kind == "task"


def test_plus_items_under_a_dash_task_label_keep_their_refs() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Tiếp công dân\n"
        "- Địa điểm: Trụ sở Ủy ban nhân dân xã.\n"
        "- Thời gian: Thường xuyên trong giờ hành chính.\n"
        "- Nhiệm vụ:\n+ Lắng nghe ý kiến của công dân.\n+ Hướng dẫn công dân gửi đơn đúng nơi.\n"
    )
    assert items["I.1-3.+1"].kind == items["I.1-3.+2"].kind == "task"


def test_a_heading_that_runs_on_into_its_subject_gives_that_subject_to_its_items() -> None:
    items = _items(
        "I. NỘI DUNG\n"
        "1. Xử lý đơn thư Văn phòng Ủy ban nhân dân xã thực hiện quy trình như sau:\n"
        "- Đối với đơn về đất đai: Chuyển Phòng Kinh tế xem xét.\n"
        "- Đối với đơn khác: Trả lời công dân bằng văn bản.\n"
    )
    assert items["I.1-1"].lead == items["I.1-2"].lead == ["Văn phòng Ủy ban nhân dân xã"]


def test_funding_items_with_an_addressee_are_tasks() -> None:
    items = _items(
        "I. KINH PHÍ THỰC HIỆN\n"
        "- Đối với các sở, ngành cấp tỉnh: Chủ động bố trí kinh phí từ dự toán được giao.\n"
        "- Trường hợp thiếu kinh phí, các đơn vị có văn bản đề xuất, gửi Sở Tài chính tổng hợp.\n"
        "- Kinh phí thực hiện từ ngân sách tỉnh.\n"
    )
    assert items["I-1"].kind == items["I-2"].kind == "task"
    assert items["I-1"].lead == ["các sở, ngành cấp tỉnh"] and items["I-2"].lead == ["các đơn vị"]
    assert items["I-3"].kind == "note"


def test_the_request_before_the_summary_closes_the_plan_as_a_task() -> None:
    items = _items(
        "I. TỔ CHỨC THỰC HIỆN\n"
        "1. Văn phòng Ủy ban nhân dân xã\n- Chuẩn bị hội trường.\n"
        "Đề nghị Văn phòng Đảng ủy, Công an xã phối hợp chuẩn bị các điều kiện phục vụ hội nghị.\n"
        "Trên đây là Kế hoạch tổ chức hội nghị tổng kết công tác năm 2026\n"
    )
    closing = items["I[closing]"]
    assert closing.kind == "task" and closing.lead == ["Văn phòng Đảng ủy", "Công an xã"]


def test_owners_named_by_invitation_apposition_and_staff_position() -> None:
    assert heading_agencies("Mời Thành phố Hải Phòng, tỉnh Cao Bằng") == [
        "Thành phố Hải Phòng",
        "tỉnh Cao Bằng",
    ]
    assert heading_agencies("Mời Đại sứ quán các nước: Lào, Campuchia") == [
        "Đại sứ quán nước Lào",
        "Đại sứ quán nước Campuchia",
    ]
    assert heading_agencies("Đề nghị Cơ quan Báo và Phát thanh, Truyền hình tỉnh B") == [
        "Cơ quan Báo và Phát thanh, Truyền hình tỉnh B"
    ]
    giao = subject_owners(
        "Giao đồng chí Lê Văn Cường – Phó Chủ tịch Ủy ban Mặt trận Tổ quốc xã theo dõi, báo cáo."
    )
    assert giao is not None and giao.lead == ["đồng chí Lê Văn Cường"]
    staff = subject_owners("Chuyên viên văn phòng chuẩn bị tài liệu hội nghị.")
    assert staff is not None and staff.lead == ["Chuyên viên văn phòng"]
    council = subject_owners("Đề nghị Thường trực HĐND xã phối hợp giám sát.")
    assert council is not None and council.lead == ["Thường trực HĐND xã"]
