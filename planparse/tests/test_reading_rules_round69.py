"""Round 69 (set 47): a commune body's guidance mixes its own work with rules restated from the law: a list that says
where each kind of complaint goes, a sentence that points to the rule setting a matter's form, the window during which
something is held, the contents of an emulation under "Về nội dung thi đua", a rule for a case ("Trường hợp … thì …")
naming no body by name. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan

HEAD = """ỦY BAN NHÂN DÂN XÃ AN HÒA
Số: 12/HD-UBND
HƯỚNG DẪN
Công tác tổ chức lấy ý kiến Nhân dân năm 2027
"""


def _kinds(body: str) -> dict[str, str]:
    return {i.ref: i.kind for i in parse_plan(HEAD + body).items}


def test_routing_list_is_no_work_and_its_heading_is() -> None:
    kinds = _kinds(
        """I. NỘI DUNG
1. Tiếp nhận đơn thư
1.1. Văn phòng Ủy ban nhân dân xã tiếp nhận, phân loại các đơn thư của công dân theo trình tự sau đây:
- Đơn đề nghị về việc lập danh sách hộ nghèo thì chuyển đến Ban giảm nghèo xã xem xét.
- Kiến nghị liên quan đến đất đai thì chuyển đến công chức địa chính xã giải quyết.
- Phản ánh về môi trường tại thôn nào thì chuyển đến trưởng thôn đó xử lý.
1.2. Văn phòng Ủy ban nhân dân xã tổng hợp kết quả giải quyết đơn thư gửi Chủ tịch Ủy ban nhân dân xã.
"""
    )
    routes = [r for r, k in kinds.items() if r.startswith("I.1.1-")]
    assert routes and all(kinds[r] == "note" for r in routes)
    assert kinds["I.1.1"] == "task"
    assert kinds["I.1.2"] == "task"


def test_facets_set_by_a_rule_are_no_work() -> None:
    kinds = _kinds(
        """I. NỘI DUNG
1. Ủy ban nhân dân xã tổ chức hội nghị lấy ý kiến Nhân dân tại các thôn.
2. Hình thức, trình tự lấy ý kiến; trách nhiệm của các thôn được thực hiện theo các quy định tại Chương III của Luật Thực hiện dân chủ ở cơ sở.
3. Hồ sơ đề nghị công nhận kết quả thực hiện theo quy định tại Quy chế của Ủy ban nhân dân huyện.
"""
    )
    assert kinds["I.1"] == "task"
    assert kinds["I.2"] == "note"
    assert kinds["I.3"] == "note"


def test_a_window_is_no_work() -> None:
    kinds = _kinds(
        """I. NỘI DUNG
1. Ủy ban nhân dân xã tổ chức hội nghị lấy ý kiến Nhân dân tại các thôn.
2. Thời gian lấy ý kiến Nhân dân được tiến hành từ ngày 05/4/2027 và kết thúc trước ngày 30/4/2027.
"""
    )
    assert kinds["I.1"] == "task"
    assert kinds["I.2"] == "note"


def test_emulation_contents_under_ve_heading() -> None:
    kinds = _kinds(
        """I. NỘI DUNG
1. Công tác thi đua
1.1. Về nội dung thi đua
- Ủy ban nhân dân xã phát động đợt thi đua lấy ý kiến Nhân dân gắn với phong trào xây dựng nông thôn mới.
- Tuyên truyền tốt về ý nghĩa của việc lấy ý kiến Nhân dân.
- Phối hợp thực hiện tốt các bước của hội nghị tại thôn.
"""
    )
    assert kinds["I.1.1-1"] == "task"
    assert kinds["I.1.1-2"] == "note"
    assert kinds["I.1.1-3"] == "note"


def test_rules_for_a_case_naming_no_body() -> None:
    kinds = _kinds(
        """I. NỘI DUNG
1. Tổ chức hội nghị tại thôn
1.1. Tổ chức hội nghị tại thôn
- Trưởng thôn phối hợp với Ban công tác Mặt trận thôn triệu tập hội nghị của thôn.
- Trường hợp hội nghị không đủ hai phần ba số hộ tham dự thì tổ chức lại hội nghị trong thời gian 07 ngày.
- Trong trường hợp thôn không có trưởng thôn thì người được giao phụ trách thôn chủ trì hội nghị.
- Trường hợp hội nghị không thống nhất thì Ủy ban nhân dân xã xem xét, quyết định.
II. TỔ CHỨC THỰC HIỆN
Ủy ban nhân dân xã chủ trì tổ chức thực hiện Hướng dẫn này.
"""
    )
    assert kinds["I.1.1-1"] == "task"
    assert kinds["I.1.1-2"] == "note"
    assert kinds["I.1.1-3"] == "note"
    assert kinds["I.1.1-4"] == "task"  # a body named by its proper name is given the decision


def test_body_in_a_sub_item_is_not_a_description() -> None:
    kinds = _kinds(
        """I. NỘI DUNG
1. Việc tổ chức hội nghị thực hiện theo Luật Thực hiện dân chủ ở cơ sở; đồng thời bảo đảm một số nội dung sau:
1.1. Việc tổ chức hội nghị ở thôn
- Ban công tác Mặt trận thôn phối hợp với trưởng thôn mời các hộ gia đình dự hội nghị.
1.2. Việc tổ chức hội nghị ở cơ quan
- Ủy ban nhân dân xã phối hợp với các cơ quan trên địa bàn tổ chức hội nghị lấy ý kiến.
"""
    )
    assert kinds["I.1.1-1"] == "task"
    assert kinds["I.1.2-1"] == "task"
