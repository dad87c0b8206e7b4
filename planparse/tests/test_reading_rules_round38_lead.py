"""Round 38 (lead misses of the seen documents): owners written after a basis or a condition that opens a later
clause, and owners named by a lead-in that closes with a request (synthetic texts)."""

from __future__ import annotations

from planparse.owners import item_owners
from planparse.tests.reading import items_by_ref

RESOLUTION = (
    "CHÍNH PHỦ\nSố: 77/NQ-CP\nHà Nội, ngày 04 tháng 6 năm 2027\nNGHỊ QUYẾT\n"
    "Phiên họp Chính phủ thường kỳ tháng 5 năm 2027\nQUYẾT NGHỊ:\n"
    "1. Ủy ban nhân dân các tỉnh, thành phố theo chức năng, nhiệm vụ được giao tập trung thực hiện các nhiệm vụ sau:\n"
    "a) Khẩn trương rà soát các chỉ tiêu phát triển công nghiệp chế biến, gửi Bộ Công Thương trước ngày 10 tháng 6 "
    "năm 2027; chủ động triển khai các giải pháp theo thẩm quyền. Trên cơ sở đề xuất của các địa phương, Bộ Công "
    "Thương khẩn trương phối hợp với các bộ, cơ quan hoàn thiện phương án, trình Chính phủ trước ngày 20 tháng 6 năm "
    "2027.\n"
    "b) Tăng cường kiểm tra an toàn thực phẩm tại các chợ đầu mối.\n"
)


def test_a_basis_inside_the_sentence_ends_with_its_own_name() -> None:
    """ "…, trên cơ sở đề xuất của Bộ X, Bộ Y tổng hợp, trình …": the name that closes the basis is whose proposal
    the step rests on; the body after its comma compiles and submits, a second owner of the item (before: the basis's
    name was read as a list going on, and the body after it as one more name of that list, no subject)."""
    found = item_owners(
        "Các sở, ngành căn cứ nhiệm vụ được giao đăng ký nhu cầu kinh phí qua Sở Khoa học và Công nghệ, chi tiết "
        "nguồn vốn, trên cơ sở đề xuất của Sở Khoa học và Công nghệ, Sở Tài chính tổng hợp, trình Ủy ban nhân dân "
        "tỉnh xem xét.",
        "",
        [],
    )
    assert found is not None and found[0].lead == ["Các sở, ngành", "Sở Tài chính"]


def test_a_later_sentence_may_open_with_a_basis_before_its_subject() -> None:
    """ "… . Trên cơ sở đề xuất của các địa phương, Bộ X khẩn trương …": the later sentence's own body does that part
    of the item, as a later sentence opened by a purpose ("Để …, Bộ X …") does."""
    items = items_by_ref(RESOLUTION)
    owners = {name for ref, item in items.items() if ref.startswith("1.a") for name in item.lead}
    assert owners == {"Ủy ban nhân dân các tỉnh, thành phố", "Bộ Công Thương"}
    later = [i for ref, i in items.items() if ref.startswith("1.a[") and i.text.startswith("Trên cơ sở")]
    assert len(later) == 1 and later[0].lead == ["Bộ Công Thương"]
    found = item_owners(
        "Đoàn kiểm tra làm việc tại các hộ gia đình. Sau khi kiểm tra, Ủy ban nhân dân xã lập danh sách gửi Ủy ban "
        "nhân dân huyện.",
        "",
        [],
    )
    assert found is not None and found[0].lead[-1] == "Ủy ban nhân dân xã"


def test_a_body_the_basis_names_that_has_done_something_is_no_subject() -> None:
    """ "Căn cứ các kiến nghị mà đoàn kiểm tra của Ban X, Ban Y đã chỉ ra, các bộ …": the name after the basis's
    comma is followed by what it has done, not by work; no step of its own."""
    items = items_by_ref(
        RESOLUTION.replace(
            "b) Tăng cường",
            "b) Triển khai các kết luận của Trung ương. Căn cứ các kiến nghị mà đoàn kiểm tra của Ban Tổ chức, Ban "
            "Kinh tế đã chỉ ra, các bộ, ngành khẩn trương giải quyết.\nc) Tăng cường",
        )
    )
    owners = {name for ref, item in items.items() if ref.startswith("1.b") for name in item.lead}
    assert "Ban Kinh tế" not in owners


NOTICE = (
    "VĂN PHÒNG CHÍNH PHỦ\nSố: 88/TB-VPCP\nHà Nội, ngày 05 tháng 11 năm 2027\nTHÔNG BÁO\n"
    "Kết luận của Thủ tướng Chính phủ tại phiên họp Ban Chỉ đạo các công trình thủy lợi trọng điểm\n"
    "I. ĐÁNH GIÁ CHUNG\n"
    "Các bộ, ngành, địa phương đã nỗ lực triển khai các dự án thủy lợi trong năm 2027.\n"
    "II. NHIỆM VỤ TRỌNG TÂM\n"
    "Thời gian còn lại của năm 2027 không nhiều, khối lượng công việc còn lớn; do vậy, yêu cầu các bộ, ngành, địa "
    "phương, chủ đầu tư liên quan:\n"
    "1. Đối với dự án hồ chứa nước Sông Dinh\n"
    "a) Bộ Nông nghiệp và Môi trường khẩn trương hoàn thiện hồ sơ điều chỉnh dự án.\n"
    "b) Phải hoàn thành tích nước hồ chứa trước ngày 30 tháng 12 năm 2027.\n"
    "2. Các nội dung khác\n"
    "a) Về thi đua khen thưởng: Kết quả đạt được thời gian qua là nhờ sự nỗ lực của các thành viên Ban Chỉ đạo. Bộ "
    "Nội vụ với vai trò là cơ quan thường trực Hội đồng thi đua, chủ động tổng hợp, đề xuất khen thưởng.\n"
    "Nơi nhận:\n"
)


def test_a_part_lead_in_that_closes_with_a_request_owns_the_items_below() -> None:
    """ "II. NHIỆM VỤ TRỌNG TÂM" / "…; do vậy, yêu cầu các bộ, ngành, …:" over "1. Đối với dự án A" over "b) Phải
    hoàn thành …": the bodies the part's lead-in asks own an item that names no one, two levels down (before: a part's
    lead-in was never read for owners, and b) had none); an item that names its own body keeps it."""
    items = items_by_ref(NOTICE)
    assert items["II.1.b"].lead == ["các bộ, ngành, địa phương, chủ đầu tư liên quan"]
    assert items["II.1.a"].lead == ["Bộ Nông nghiệp và Môi trường"]


def test_an_item_whose_later_sentence_names_its_body_takes_nothing_from_the_lead_in() -> None:
    """ "Về A: Kết quả đạt được … . Bộ X với vai trò …, chủ động …": the item's own body does its work; its opening
    statement takes no owner from the part's lead-in."""
    items = items_by_ref(NOTICE)
    owners = {name for ref, item in items.items() if ref.startswith("II.2.a") for name in item.lead}
    assert owners == {"Bộ Nội vụ"}


def test_trinh_ending_a_noun_is_no_verb_in_a_name() -> None:
    """ "chương trình", "lộ trình", "quá trình", "tiến trình" are nouns: "trình" (submit) after them does not end the
    name it is in (before: "Các cơ quan chủ chương" and "Ban Điều phối lộ", the rest read as the work)."""
    found = item_owners(
        "Các cơ quan chủ chương trình và các sở, ngành có liên quan rà soát kế hoạch vốn năm 2027.", "", []
    )
    assert found is not None and found[0].lead == [
        "Các cơ quan chủ chương trình",
        "các sở, ngành có liên quan",
    ]
    found = item_owners("Ban Điều phối lộ trình chuyển đổi số tổng hợp, báo cáo kết quả hằng quý.", "", [])
    assert found is not None and found[0].lead == ["Ban Điều phối lộ trình chuyển đổi số"]


PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN PHÚ\nSố: 45/KH-UBND\nAn Phú, ngày 10 tháng 3 năm 2027\nKẾ HOẠCH\n"
    "Phòng, chống tác hại của thuốc lá năm 2027\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của người dân về tác hại của thuốc lá.\n"
    "II. NHIỆM VỤ, GIẢI PHÁP\n"
    "1. Tăng cường sự lãnh đạo của cấp ủy, chính quyền đối với công tác phòng, chống tác hại của thuốc lá.\n"
    "Nâng cao ý thức của cán bộ, công chức trong việc thực hiện môi trường không khói thuốc tại công sở.\n"
    "Tổ chức truyền thông sâu rộng đến các tầng lớp nhân dân về tác hại của thuốc lá điện tử.\n"
    "2. Kiểm tra việc thực hiện quy định cấm hút thuốc lá tại nơi công cộng.\n"
    "III. TỔ CHỨC THỰC HIỆN\n1. Sở Y tế chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch này.\n"
    "2. Sở Văn hóa, Thể thao và Du lịch phối hợp tuyên truyền về tác hại của thuốc lá.\n"
)


def test_several_paragraphs_of_work_after_an_item_each_go_on_with_it() -> None:
    """ "1. Tăng cường …" / "Nâng cao ý thức …" / "Tổ chức truyền thông …" / "2. …": each unnumbered paragraph that
    gives work goes on with item 1 (`1[2]`, `1[3]`), not only a single one (before: with two paragraphs, neither was
    read as the item's: the first is not followed by the next item, the second not preceded by it)."""
    items = items_by_ref(PLAN)
    assert items["II.1[2]"].kind == "task" and items["II.1[2]"].text.startswith("Nâng cao ý thức")
    assert items["II.1[3]"].kind == "task" and items["II.1[3]"].text.startswith("Tổ chức truyền thông")


def test_the_fronts_abbreviations_are_bodies() -> None:
    """ "UBMTTQ", "MTTQ" name the Fatherland Front's committee as "UBND", "HĐND" name theirs: a list member and a
    subject of its own (before: "HĐND, UBMTTQ phường" was one name, and "MTTQ và …" no subject)."""
    found = item_owners(
        "Đề nghị Đảng ủy, HĐND, UBMTTQ phường tuyên truyền thủ tục cấp bản sao điện tử đến cán bộ.", "", []
    )
    assert found is not None and found[0].lead == ["Đảng ủy", "HĐND", "UBMTTQ phường"]
    found = item_owners("MTTQ và các tổ chức thành viên thành lập các tổ xung kích hỗ trợ người dân.", "", [])
    assert found is not None and found[0].lead == ["MTTQ", "các tổ chức thành viên"]


def test_a_step_whose_bodies_say_what_they_have_not_done_stays_the_items() -> None:
    """A step cut at a date ("… năm 2027 đến ngày 15 tháng 6 năm 2027 | các bộ, cơ quan, địa phương chưa phân bổ chi
    tiết; báo cáo …") that opens with bodies and what they have not done is still the heading body's work; "chưa"
    ends a name as "đã" does (before: the step's owner was "các bộ, cơ quan, địa phương chưa")."""
    items = items_by_ref(
        "CHÍNH PHỦ\nSố: 77/NQ-CP\nHà Nội, ngày 04 tháng 6 năm 2027\nNGHỊ QUYẾT\n"
        "Phiên họp Chính phủ thường kỳ tháng 5 năm 2027\nQUYẾT NGHỊ:\n"
        "1. Bộ Tài chính:\n"
        "a) Đề xuất phương án xử lý đối với kế hoạch vốn đầu tư nguồn vốn ngân sách trung ương năm 2027 đến ngày 15 "
        "tháng 6 năm 2027 các bộ, cơ quan, địa phương chưa phân bổ chi tiết; báo cáo Thủ tướng Chính phủ trong tháng "
        "6 năm 2027.\n"
        "b) Hướng dẫn các địa phương quyết toán vốn đầu tư công năm 2026.\n"
    )
    steps = {ref: i.lead for ref, i in items.items() if ref.startswith("1.a")}
    assert all(lead == ["Bộ Tài chính"] for lead in steps.values()) and len(steps) >= 1
    found = item_owners("Các sở, ngành chưa hoàn thành báo cáo khẩn trương gửi Sở Tài chính.", "", [])
    assert found is not None and found[0].lead == ["Các sở, ngành"]
