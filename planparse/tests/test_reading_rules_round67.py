"""Round 67 (a commune body's consultation plan: what voters do at the conference, what its minutes must record and
that they must be sent; synthetic texts)."""

from __future__ import annotations

from planparse.tests.reading import items_by_ref, task_refs

HEAD = "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ HÒA TIẾN\nSố: 07/KH-MTTQ\nHòa Tiến, ngày 09 tháng 01 năm 2031\nKẾ HOẠCH\n"
END = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"


def _plan(procedure: str) -> str:
    return (
        HEAD + "Tổ chức hội nghị lấy ý kiến cử tri nơi cư trú đối với người ứng cử\n"
        "I. TỔ CHỨC HỘI NGHỊ\n"
        "1. Nội dung và biên bản hội nghị\n" + procedure + "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Ban Thường trực Ủy ban MTTQ xã\n"
        "- Chủ trì tổ chức các hội nghị cử tri tại các thôn từ ngày 04/02/2031 đến ngày 08/02/2031.\n"
        "- Gửi báo cáo kết quả về Ban Thường trực Ủy ban MTTQ huyện trước ngày 10/02/2031.\n" + END
    )


def test_what_voters_do_at_the_conference_is_its_programme() -> None:
    """ "Tại hội nghị …, cử tri đối chiếu với tiêu chuẩn … để nhận xét …": the sentence sets itself at the meeting and
    its subject is no body: what happens there (before: a task, its owner guessed). A body acting at the meeting, or
    an action opening the clause, is still work."""
    items = items_by_ref(
        _plan(
            "- Tại hội nghị cử tri nơi cư trú, cử tri căn cứ tiêu chuẩn đại biểu để nhận xét, bày tỏ sự tín nhiệm đối "
            "với từng người ứng cử.\n"
            "- Tại hội nghị, Ban Thường trực Ủy ban MTTQ xã báo cáo danh sách người ứng cử.\n"
            "- Tại các hội nghị, tổ chức lấy phiếu tín nhiệm bằng hình thức giơ tay.\n"
        )
    )
    tasks = task_refs(items)
    assert "I.1-1" not in tasks
    assert {"I.1-2", "I.1-3", "II.1-1", "II.1-2"} <= tasks


def test_what_the_minutes_must_record_or_that_they_must_be_sent_is_a_requirement() -> None:
    """ "Biên bản phải ghi rõ thành phần, …" and "Biên bản hội nghị … phải được gửi đến Ban X ngay sau …": a requirement
    on a record, its subject the record and no sender named (before: two tasks with no owner); the work is given in
    the assignment section. A requirement that goes on to work in a later clause ("…; Đồng thời, hướng dẫn …") and a
    body that must send ("Ban X phải gửi biên bản …") stay work."""
    items = items_by_ref(
        _plan(
            "- Biên bản phải ghi rõ thành phần, số lượng cử tri có mặt, diễn biến và kết quả hội nghị.\n"
            "- Biên bản hội nghị cử tri phải được gửi đến Ban Thường trực Ủy ban MTTQ huyện ngay sau khi kết thúc "
            "hội nghị.\n"
            "- Văn bản tổng hợp phải thể hiện đầy đủ ý kiến của cử tri. Đồng thời, hướng dẫn các thôn lưu trữ hồ sơ "
            "hội nghị.\n"
            "- Ban Công tác Mặt trận thôn phải gửi biên bản hội nghị về Ban Thường trực Ủy ban MTTQ xã.\n"
        )
    )
    tasks = task_refs(items)
    assert not {"I.1-1", "I.1-2"} & tasks
    assert {"I.1-3", "I.1-4", "II.1-1", "II.1-2"} <= tasks


def test_bodies_concerned_with_a_matter_in_a_list_of_whom_are_a_name() -> None:
    """ "Các cơ quan, tổ chức, cá nhân có liên quan đến công tác bầu cử trên địa bàn xã." in a list of the bodies
    supervised: a name whose "có liên quan" says to what matter, no work (before: a task owned by the name). The same
    name followed by work ("… phối hợp cung cấp tài liệu") is work."""
    items = items_by_ref(
        HEAD + "Kiểm tra, giám sát công tác bầu cử năm 2031\n"
        "I. ĐỐI TƯỢNG GIÁM SÁT\n"
        "- Ủy ban bầu cử xã Hòa Tiến.\n"
        "- Các cơ quan, tổ chức, cá nhân có liên quan đến công tác bầu cử trên địa bàn xã.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "- Ban Thường trực Ủy ban MTTQ xã thành lập Đoàn giám sát trước ngày 20/02/2031.\n"
        "- Các cơ quan, tổ chức có liên quan đến công tác bầu cử phối hợp cung cấp tài liệu cho Đoàn giám sát.\n"
        + END
    )
    tasks = task_refs(items)
    assert not {"I-1", "I-2"} & tasks
    assert {"II-1", "II-2"} <= tasks
