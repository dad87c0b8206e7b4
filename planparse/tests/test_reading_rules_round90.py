"""Round 90: what a reader does not notice does not change the parse. A plain text whose every line is indented
alike is read as the same text without the indent (reader.strip_common_indent). A made-up plan, each test failing
without its rule."""

from __future__ import annotations

from planparse import parse_plan
from planparse.reader import read_text, strip_common_indent

_PLAN = [
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "Số: 512/BNNMT-KH",
    "V/v triển khai kiểm kê nguồn nước mặt năm 2027",
    "Hà Nội, ngày 12 tháng 3 năm 2027",
    "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.",
    "Để bảo đảm tiến độ kiểm kê tài nguyên nước, Bộ Nông nghiệp và Môi trường đề nghị:",
    "1. Ủy ban nhân dân các tỉnh, thành phố chỉ đạo Sở Nông nghiệp và Môi trường tổ chức kiểm kê nguồn nước"
    " mặt trên địa bàn, gửi kết quả về Bộ trước ngày 30/9/2027.",
    "2. Cục Quản lý tài nguyên nước hướng dẫn, kiểm tra việc kiểm kê tại các địa phương; tổng hợp, báo cáo Bộ"
    " trưởng trước ngày 31/10/2027.",
    "3. Sở Tài chính các tỉnh bố trí kinh phí thực hiện kiểm kê trong dự toán ngân sách hằng năm.",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Bộ để được hướng dẫn./.",
    "Nơi nhận:",
    "- Như trên;",
    "- Lưu: VT, TNN.",
    "KT. BỘ TRƯỞNG",
    "THỨ TRƯỞNG",
    "Nguyễn Văn Bình",
]


def _parse(text: str) -> dict:
    return parse_plan(read_text(text.encode("utf-8"), "txt")).to_dict()


def test_a_uniform_indent_is_read_as_none() -> None:
    plain = "\n".join(_PLAN)
    indented = "\n".join("    " + ln for ln in _PLAN)
    assert _parse(indented) == _parse(plain)
    tabbed = "\n\n".join("\t" + ln for ln in _PLAN)
    assert _parse(tabbed) == _parse("\n\n".join(_PLAN))


def test_only_the_common_indent_goes() -> None:
    text = "    1. Một việc\n        a) Việc con\n\n    2. Việc khác"
    assert strip_common_indent(text) == "1. Một việc\n    a) Việc con\n\n2. Việc khác"
    assert strip_common_indent("  a\n\tb") == "  a\n\tb"  # spaces and a tab share no indent
    assert strip_common_indent("1. Việc\n   tiếp") == "1. Việc\n   tiếp"


_NOTICE = [
    "VĂN PHÒNG CHÍNH PHỦ",
    "Số: 77/TB-VPCP",
    "Hà Nội, ngày 09 tháng 4 năm 2027",
    "THÔNG BÁO",
    "Kết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo tỉnh Bắc Sơn",
    "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ sau:",
    "1. Rà soát quy hoạch các khu công nghiệp, hoàn thành trong quý III năm 2027.",
    "2. Đẩy nhanh giải phóng mặt bằng các dự án giao thông trọng điểm.",
    "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.",
]


def _leads(text: str) -> list[list[str]]:
    return [it["lead"] for it in _parse(text)["items"] if it["kind"] == "task"]


def test_an_owner_in_the_old_tone_placement_is_read_as_in_the_new() -> None:
    new = "\n".join(_NOTICE)
    old = new.replace("Tỉnh ủy", "Tỉnh uỷ")
    assert _leads(new) == [["Thường trực Tỉnh ủy"]] * 2
    assert _leads(old) == [["Thường trực Tỉnh uỷ"]] * 2


_MEMBERS = [
    "ỦY BAN NHÂN DÂN TỈNH BẮC SƠN",
    "Số: 301/UBND-KT",
    "Bắc Sơn, ngày 02 tháng 3 năm 2027",
    "Để triển khai quy định về quản lý tài sản hạ tầng thủy lợi, Ủy ban nhân dân tỉnh yêu cầu:",
    "1. Các sở quản lý chuyên ngành",
    "Giao các sở quản lý chuyên ngành gồm:",
    "- Sở Nông nghiệp và Môi trường (đối với công trình thủy lợi);",
    "- Sở Xây dựng (đối với hạ tầng đô thị);",
    "Có trách nhiệm:",
    "a) Lập danh mục tài sản hạ tầng thuộc phạm vi quản lý.",
    "b) Tổng hợp, báo cáo kết quả thống kê tài sản trước ngày 30/6/2027.",
    "2. Tổ chức thực hiện",
    "a) Các sở, ngành khẩn trương triển khai, hoàn thành việc thống kê tài sản đúng tiến độ quy định tại Nghị định"
    " số 12/2027/NĐ-CP; báo cáo kết quả về Ủy ban nhân dân tỉnh.",
    "Các sở quản lý chuyên ngành định kỳ tổng hợp, báo cáo kết quả gửi Sở Tài chính như sau:",
    "- Báo cáo 6 tháng: gửi Ủy ban nhân dân tỉnh trước ngày 10/7.",
    "- Báo cáo năm: gửi Ủy ban nhân dân tỉnh trước ngày 15/01 năm sau.",
]


def test_a_round_bullet_lists_members_and_reports_as_a_dash_does() -> None:
    dash = _parse("\n".join(_MEMBERS))
    dot = _parse("\n".join(ln.replace("- ", "• ", 1) if ln.startswith("- ") else ln for ln in _MEMBERS))
    leads = [(it["ref"], it["lead"]) for it in dash["items"] if it["kind"] == "task"]
    assert ("1.a", ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"]) in leads
    assert [(it["ref"], it["lead"]) for it in dot["items"] if it["kind"] == "task"] == leads
    periods = [(it["ref"], it["kind"], it.get("recurrence")) for it in dash["items"]]
    assert ("2.a[2]", "task", "half-yearly") in periods
    assert [(it["ref"], it["kind"], it.get("recurrence")) for it in dot["items"]] == periods


def test_a_cited_date_counts_as_many_words_either_way() -> None:
    from planparse.deadlines import find_deadline

    long = (
        "Hoàn thành việc cải tạo các trạm bơm tiêu úng theo Quyết định số 85/QĐ-UBND ngày 14 tháng 2 năm 2026 của"
        " Ủy ban nhân dân tỉnh đến hết năm 2028."
    )
    slash = long.replace("ngày 14 tháng 2 năm 2026", "ngày 14/2/2026")
    assert find_deadline(long).text == "đến hết năm 2028"
    assert find_deadline(slash) == find_deadline(long)


def test_a_place_list_after_the_committee_in_the_old_tone_placement_is_shared_out() -> None:
    from planparse.owners import _PLACE_LIST

    new = "Ủy ban nhân dân tỉnh Bắc Sơn, tỉnh Nam Hà"
    old = new.replace("Ủy", "Uỷ")
    assert _PLACE_LIST.match(new)
    m = _PLACE_LIST.match(old)
    assert m is not None and m.group("body") == "Uỷ ban nhân dân"
