"""Round 82 (set 59): a province's decision issuing a coordination regulation (Quy chế phối hợp) whose articles are
fields of coordination, each sharing its step out among bodies under numbered labels (a body's name on a line of its
own over one paragraph or lettered items, or before a colon on the work's line), beside a few articles of requests
addressed to one body. Made-up texts of another matter, each test failing without its rule."""

from __future__ import annotations

from planparse import parse_plan
from planparse.deadlines import find_deadline

REGULATION = """QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý hoạt động khai thác thủy sản trên địa bàn tỉnh.
Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 4 năm 2027.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.
Nơi nhận:
- Như Điều 3;
QUY CHẾ
Phối hợp quản lý hoạt động khai thác thủy sản trên địa bàn tỉnh
(Ban hành kèm theo Quyết định số 31/2027/QĐ-UBND ngày 02 tháng 4 năm 2027 của Ủy ban nhân dân tỉnh)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp giữa các cơ quan trong quản lý hoạt động khai thác thủy sản.
Điều 2. Đối tượng áp dụng
a) Các sở, ban, ngành.
b) Ủy ban nhân dân các xã, phường ven biển.
Điều 3. Nguyên tắc phối hợp
1. Việc phối hợp thực hiện trên cơ sở chức năng, nhiệm vụ của từng cơ quan.
2. Bảo đảm kịp thời, thống nhất, không chồng chéo.
Chương II
NỘI DUNG PHỐI HỢP
Điều 4. Phối hợp cấp phép khai thác thủy sản
1. Sở Nông nghiệp và Môi trường
1.1. Chủ trì thẩm định hồ sơ cấp giấy phép khai thác thủy sản cho tàu cá.
1.2. Hướng dẫn Ủy ban nhân dân cấp xã cập nhật dữ liệu tàu cá lên hệ thống.
2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh
Kiểm tra giấy phép khai thác của tàu cá khi xuất bến, cập bến.
3. Ủy ban nhân dân cấp xã, Đồn Biên phòng: Lập danh sách tàu cá neo đậu tại địa phương; thông báo cho chủ tàu thời hạn gia hạn giấy phép.
Điều 5. Đề nghị Hội Nghề cá tỉnh
1. Vận động hội viên chấp hành quy định về khai thác thủy sản.
2. Phản ánh kiến nghị của ngư dân với cơ quan có thẩm quyền.
Điều 6. Hiệu lực thi hành
Quy chế này có hiệu lực cùng Quyết định ban hành.
"""


def _tasks(text: str) -> dict[str, list[str]]:
    return {i.ref.replace("[2]", ""): i.lead for i in parse_plan(text).items if i.kind == "task"}


def test_a_field_article_shares_its_step_out_among_labelled_bodies() -> None:
    # Điều 4 is titled for a field of coordination, not for a body, beside Điều 5 given to one (a request): its
    # labels hand each body its part of the step whether or not that body has an article of its own, so its items
    # are the bodies' work, not norms set for the regulated
    tasks = _tasks(REGULATION)
    assert tasks["Điều 4.1.1"] == ["Sở Nông nghiệp và Môi trường"]
    assert tasks["Điều 4.1.2"] == ["Sở Nông nghiệp và Môi trường"]
    assert tasks["Điều 4.2"] == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    assert "Điều 4.3" in tasks
    assert tasks["Điều 5.1"] == ["Hội Nghề cá tỉnh"]
    # an article of bodies' labels closed by a colon, the work on the label's line, is shared out as well
    start, end = REGULATION.index("1. Sở Nông nghiệp"), REGULATION.index("3. Ủy ban nhân dân cấp xã")
    only_colons = REGULATION[:start] + REGULATION[end:].replace(
        "Điều 5.", "4. Sở Nông nghiệp và Môi trường: Thẩm định hồ sơ cấp phép khai thác thủy sản.\nĐiều 5."
    )
    tasks = _tasks(only_colons)
    assert "Điều 4.3" in tasks and "Điều 4.4" in tasks


def test_a_bare_list_of_subjects_and_the_principles_stay_norms() -> None:
    # "a) Các sở, ban, ngành." names whom the regulation applies to and labels no work; the principles share no step
    tasks = _tasks(REGULATION)
    assert not [r for r in tasks if r.startswith(("Điều 1", "Điều 2", "Điều 3"))]
    assert not [r for r in tasks if r.startswith("Điều 6")]


def test_private_parties_under_labels_still_get_norms() -> None:
    # a label naming only the regulated private parties ("2. Chủ tàu cá") sets them norms, no body's work
    text = REGULATION.replace("2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh\nKiểm tra", "2. Chủ tàu cá\nXuất trình")
    text = text.replace("1. Sở Nông nghiệp và Môi trường\n", "1. Các doanh nghiệp\n")
    text = text.replace("3. Ủy ban nhân dân cấp xã, Đồn Biên phòng: Lập", "3. Các doanh nghiệp, chủ tàu: Lập")
    tasks = _tasks(text)
    assert not [r for r in tasks if r.startswith("Điều 4")]


def test_a_plan_drawn_up_for_each_year_is_a_yearly_cycle() -> None:
    # "từng năm" (each year) after drawing up a plan is the yearly plan cycle "hằng năm" names, also after "quy hoạch,"
    assert (
        find_deadline(
            "Lập quy hoạch, kế hoạch phát triển cảng cá theo giai đoạn và từng năm trình phê duyệt."
        ).recurrence
        == "yearly"
    )
    assert (
        find_deadline("Xây dựng kế hoạch tuần tra trên biển cho từng năm, gửi Sở Tài chính.").recurrence
        == "yearly"
    )
    # elsewhere it divides a span: no cycle
    assert find_deadline("Giám sát việc thực hiện Kế hoạch theo từng năm và cả giai đoạn.").recurrence is None
    assert find_deadline("Phát triển đội tàu phù hợp nguồn lực trong từng năm.").recurrence is None


EXECUTION = REGULATION.replace(
    "Điều 6. Hiệu lực thi hành\nQuy chế này có hiệu lực cùng Quyết định ban hành.\n",
    "Điều 6. Trách nhiệm tổ chức thực hiện\n"
    "1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn, kiểm tra việc thực hiện Quy chế này.\n"
    "2. Thủ trưởng các sở, ngành, Chủ tịch Ủy ban nhân dân cấp xã chịu trách nhiệm thi hành Quy chế này.\n",
)


def test_an_execution_article_naming_the_act_of_carrying_out_is_no_norm() -> None:
    # "Trách nhiệm tổ chức thực hiện" is "Tổ chức thực hiện" / "Trách nhiệm thi hành": the bodies its items open on
    # carry the regulation out, their work, though no article of the regulation is given to them
    tasks = _tasks(EXECUTION)
    assert tasks["Điều 6.1"] == ["Sở Nông nghiệp và Môi trường"]


INLINE = REGULATION.replace(
    REGULATION[REGULATION.index("1. Sở Nông nghiệp") : REGULATION.index("Điều 5.")],
    "1. Sở Nông nghiệp và Môi trường chủ trì thẩm định hồ sơ cấp giấy phép khai thác thủy sản cho tàu cá.\n"
    "2. Bộ Chỉ huy Bộ đội Biên phòng tỉnh có trách nhiệm kiểm tra giấy phép khai thác của tàu cá khi xuất bến.\n",
).replace(
    "2. Bảo đảm kịp thời, thống nhất, không chồng chéo.\n",
    "2. Các cơ quan, đơn vị thực hiện việc phối hợp trên cơ sở chức năng, nhiệm vụ được giao.\n"
    "3. Sở Nông nghiệp và Môi trường là cơ quan đầu mối giúp Ủy ban nhân dân tỉnh quản lý hoạt động khai thác.\n",
)


def test_an_item_opening_on_a_named_body_and_its_work_shares_the_step_out() -> None:
    # "1. Sở X chủ trì …" under a field's article: the body is handed its part as a label would hand it
    tasks = _tasks(INLINE)
    assert tasks["Điều 4.1"] == ["Sở Nông nghiệp và Môi trường"]
    assert tasks["Điều 4.2"] == ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    # a principle with a kind of body for subject, and a body's role ("… là cơ quan đầu mối …"), hand out no step
    assert not [r for r in tasks if r.startswith("Điều 3")]


def _field_article(items: str) -> dict[str, list[str]]:
    body = REGULATION[REGULATION.index("1. Sở Nông nghiệp") : REGULATION.index("Điều 5.")]
    return {r: lead for r, lead in _tasks(REGULATION.replace(body, items)).items() if r.startswith("Điều 4")}


def test_a_body_and_its_work_over_the_items_and_dashed_labels_share_the_step_out() -> None:
    # a body with its work as the lead-in over lettered items, dashed labels and dashed items opening on a body, and
    # the article's own lead-in under its title: each hands the body its part of the step
    tasks = _field_article(
        "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Công an tỉnh thực hiện:\n"
        "a) Thẩm định hồ sơ cấp phép.\nb) Hướng dẫn cập nhật dữ liệu tàu cá.\n"
    )
    assert tasks["Điều 4.1.a"] == ["Sở Nông nghiệp và Môi trường"] and "Điều 4.1.b" in tasks
    tasks = _field_article("- Công an tỉnh: kiểm tra tàu cá khi xuất bến.\n")
    assert list(tasks.values()) == [["Công an tỉnh"]]
    tasks = _field_article("- Công an tỉnh kiểm tra tàu cá khi xuất bến.\n")
    assert list(tasks.values()) == [["Công an tỉnh"]]
    lead_in = REGULATION.replace(
        REGULATION[REGULATION.index("1. Sở Nông nghiệp") : REGULATION.index("Điều 5.")],
        "Sở Nông nghiệp và Môi trường có trách nhiệm:\n1. Thẩm định hồ sơ cấp phép.\n2. Hướng dẫn cập nhật dữ liệu.\n",
    )
    assert _tasks(lead_in)["Điều 4.2"] == ["Sở Nông nghiệp và Môi trường"]
