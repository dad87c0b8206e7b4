"""Round 78 (seen regulations and plans): a label naming a body owns the items under it whatever its form — the
body's name, "Trách nhiệm (của) …", "… có trách nhiệm (sau):", "Đối với …" — and depth, over lettered items, dashes,
"+" items or plain paragraphs; in a regulation an article titled by such a label is the body's, and one naming only
the private parties it governs sets them norms. Made-up texts, each test failing without the change."""

from __future__ import annotations

import pytest

from planparse.owners import body_label
from planparse.tests.reading import items_by_ref

_HEAD = (
    "UBND TỈNH BẮC NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 42/KH-UBND\nBắc Nam, ngày 10 tháng 9 năm 2026\nKẾ HOẠCH\nPhát triển thương mại điện tử năm 2026\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao năng lực cạnh tranh của doanh nghiệp.\nII. TỔ CHỨC THỰC HIỆN\n"
)
_TAIL = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"

_PLAN = (
    _HEAD + "1. Sở Công Thương:\n"
    "Chủ trì tổ chức triển khai Kế hoạch; hướng dẫn các doanh nghiệp ứng dụng thương mại điện tử.\n"
    "Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 năm 2026.\n"
    "2. Sở Nội vụ có trách nhiệm:\n"
    "Hướng dẫn các cơ quan, đơn vị bố trí biên chế làm công tác thương mại điện tử.\n"
    "Theo dõi việc thực hiện chế độ chính sách đối với cán bộ làm công tác thương mại.\n"
    "3. Các sở, ngành\n"
    "3.1. Sở Y tế có trách nhiệm sau:\n"
    "a) Tổ chức kiểm tra an toàn thực phẩm tại các chợ đầu mối.\n"
    "b) Xây dựng cơ sở dữ liệu về các cơ sở kinh doanh thực phẩm.\n"
    "3.2. Trách nhiệm Sở Xây dựng\n"
    "+ Rà soát quy hoạch mạng lưới chợ, siêu thị trên địa bàn tỉnh.\n"
    "+ Thẩm định thiết kế các công trình thương mại theo thẩm quyền.\n"
    "3.3. Ủy ban nhân dân cấp xã\n"
    "a) Ủy ban nhân dân cấp xã chịu trách nhiệm như sau:\n"
    "- Tuyên truyền, phổ biến Kế hoạch đến người dân trên địa bàn.\n"
    "- Kiểm tra, xử lý vi phạm về thương mại theo thẩm quyền.\n"
    "3.4. Đối với Sở Tài chính:\n"
    "Bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.\n"
    "Hướng dẫn các đơn vị thanh quyết toán kinh phí theo quy định.\n" + _TAIL
)


@pytest.mark.parametrize(
    ("label", "bodies"),
    [
        ("Sở Công Thương:", ["Sở Công Thương"]),
        ("Trách nhiệm của Sở Tài chính:", ["Sở Tài chính"]),
        ("Trách nhiệm Sở Y tế", ["Sở Y tế"]),
        ("Sở Xây dựng có trách nhiệm:", ["Sở Xây dựng"]),
        ("Sở Nội vụ có trách nhiệm sau:", ["Sở Nội vụ"]),
        ("Ủy ban nhân dân cấp xã chịu trách nhiệm như sau:", ["Ủy ban nhân dân cấp xã"]),
        ("Công an tỉnh có nhiệm vụ thực hiện các nội dung sau:", ["Công an tỉnh"]),
        ("Đối với Ủy ban nhân dân cấp xã", ["Ủy ban nhân dân cấp xã"]),
    ],
)
def test_one_reading_of_a_body_label_in_every_form(label: str, bodies: list[str]) -> None:
    assert body_label(label) == bodies


def test_a_label_is_no_sentence_of_work() -> None:
    """A body with a duty and its object is a sentence that does the work, no label over others."""
    assert body_label("Sở Nội vụ có trách nhiệm hướng dẫn các cơ quan bố trí biên chế:") == []
    assert body_label("Đối với các dự án đang triển khai thi công") == []


def test_a_duty_lead_in_holds_its_plain_paragraphs() -> None:
    """ "2. Sở Nội vụ có trách nhiệm:" over plain paragraphs: each is a duty of the body, as under "1. Sở Công
    Thương:", not a paragraph of the section."""
    items = items_by_ref(_PLAN)
    for ref, body in (("II.1", "Sở Công Thương"), ("II.1[2]", "Sở Công Thương")):
        assert (items[ref].kind, items[ref].lead) == ("task", [body]), ref
    for ref in ("II.2", "II.2[2]"):
        assert (items[ref].kind, items[ref].lead, items[ref].lead_source) == (
            "task",
            ["Sở Nội vụ"],
            "explicit",
        )


def test_an_addressee_at_the_second_level_holds_its_paragraphs() -> None:
    """ "3.4. Đối với Sở Tài chính:" over plain paragraphs: the body's duties, the first one included (not the
    group "Các sở, ngành" above), and no matter restated whose paragraphs need a subject of their own."""
    items = items_by_ref(_PLAN)
    for ref in ("II.3.4", "II.3.4[2]"):
        assert (items[ref].kind, items[ref].lead) == ("task", ["Sở Tài chính"]), ref


def test_a_body_label_at_any_depth_over_any_item() -> None:
    """At the second and third level, over lettered items, "+" items and dashes (kept as they were read)."""
    items = items_by_ref(_PLAN)
    expected = {
        "II.3.1.a": ["Sở Y tế"],
        "II.3.1.b": ["Sở Y tế"],
        "II.3.2.+1": ["Sở Xây dựng"],
        "II.3.2.+2": ["Sở Xây dựng"],
        "II.3.3.a-1": ["Ủy ban nhân dân cấp xã"],
        "II.3.3.a-2": ["Ủy ban nhân dân cấp xã"],
    }
    for ref, lead in expected.items():
        assert (items[ref].kind, items[ref].lead) == ("task", lead), ref


_REGULATION = (
    "ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 16/2026/QĐ-UBND\nBắc Nam, ngày 10 tháng 3 năm 2026\nQUYẾT ĐỊNH\nBan hành Quy chế quản lý chợ trên địa bàn tỉnh\n"
    "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế quản lý chợ trên địa bàn tỉnh.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 20 tháng 3 năm 2026.\n"
    "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ngành chịu trách nhiệm thi hành Quyết định này.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn A\n"
    "QUY CHẾ\nQuản lý chợ trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số 16/2026/QĐ-UBND)\n"
    "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định việc quản lý chợ trên địa bàn tỉnh.\n"
    "Điều 2. Đối tượng áp dụng\nQuy chế này áp dụng đối với các cơ quan, tổ chức, cá nhân kinh doanh tại chợ.\n"
    "Điều 4. Điều kiện kinh doanh tại chợ\n"
    "1. Thương nhân kinh doanh tại chợ phải có đăng ký kinh doanh.\n"
    "2. Hàng hóa kinh doanh tại chợ phải niêm yết giá rõ ràng.\n"
    "Điều 5. Sở Công Thương có trách nhiệm:\n"
    "1. Kiểm tra định kỳ hoạt động của các chợ trên địa bàn tỉnh.\n"
    "2. Tổng hợp tình hình quản lý chợ, báo cáo Ủy ban nhân dân tỉnh.\n"
    "Điều 6. Ủy ban nhân dân cấp xã có trách nhiệm sau:\n"
    "1. Cấp giấy phép kinh doanh tại chợ theo thẩm quyền.\n"
    "2. Kiểm tra, xử lý vi phạm tại chợ.\n"
)
_PARTIES = (
    "Điều 7. Doanh nghiệp kinh doanh, khai thác chợ có trách nhiệm:\n"
    "1. Xây dựng nội quy chợ trình cơ quan có thẩm quyền phê duyệt.\n"
    "2. Định kỳ hằng quý báo cáo tình hình hoạt động của chợ về Ủy ban nhân dân cấp xã.\n"
    "Điều 8. Trách nhiệm của doanh nghiệp, hợp tác xã quản lý chợ\n"
    "1. Bố trí lực lượng bảo vệ, phòng cháy, chữa cháy tại chợ.\n"
    "2. Thu gom rác thải tại chợ hằng ngày.\n"
    "Điều 9. Trách nhiệm của Sở Công Thương\n"
    "1. Kiểm tra định kỳ hoạt động của các chợ trên địa bàn tỉnh.\n"
)


def test_articles_titled_by_a_duty_lead_in_make_a_regulation() -> None:
    """ "Điều 5. Sở Công Thương có trách nhiệm:" titles a body's article as "Điều 5. Trách nhiệm của Sở Công Thương"
    does: the regulation's other articles set norms ("Hàng hóa … phải niêm yết giá" no task)."""
    items = items_by_ref(_REGULATION)
    for ref in ("Điều 5.1", "Điều 5.2", "Điều 6.1", "Điều 6.2"):
        assert items[ref].kind == "task", ref
    assert items["Điều 5.1"].lead == ["Sở Công Thương"]
    assert items["Điều 4.2"].kind == "note"


def test_an_article_given_to_private_parties_sets_them_norms() -> None:
    """An article whose label names only the regulated private parties ("Doanh nghiệp … có trách nhiệm:",
    "Trách nhiệm của doanh nghiệp, hợp tác xã …") sets norms, no state tasks, but a recurring report."""
    items = items_by_ref(_REGULATION.split("Điều 4.")[0] + _PARTIES)
    assert items["Điều 9.1"].kind == "task"
    assert items["Điều 7.1"].kind == "note"
    assert items["Điều 7.2"].kind == "task"  # "Định kỳ hằng quý báo cáo …"
    assert items["Điều 8.1"].kind == "note"
    assert items["Điều 8.2"].kind == "note"
