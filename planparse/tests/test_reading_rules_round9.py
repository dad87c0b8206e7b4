"""Reading rules found on the fifth and sixth held-out sets after they were measured (synthetic texts in their
styles): an article cited at a line start inside a letter, owners named by a long "Trách nhiệm của …" heading,
the units of a ward or commune as owners, owner labels after a group's bullets, and deadline phrasing."""

from __future__ import annotations

import pytest

from planparse import read_text
from planparse.owners import heading_agencies
from planparse.tests.pdf_maker import fonts_available, plan_pdf
from planparse.tests.reading import items_by_ref

LETTER = (
    "ỦY BAN NHÂN DÂN TỈNH B\nSố: 12/UBND-KT\nV/v tăng cường quản lý hóa chất\n"
    "Kính gửi: Các sở, ngành; UBND các xã, phường.\n"
    "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:\n"
)


def _items(body: str, header: str = LETTER) -> dict:
    return items_by_ref(header + body + "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n")


def _tasks(items: dict) -> list[str]:
    return [r for r, i in items.items() if i.kind == "task"]


def test_an_article_cited_at_a_line_start_is_no_article_of_the_letter() -> None:
    items = _items(
        "1. Sở Công Thương\n"
        "a) Rà soát các quy định về quản lý hóa chất.\n"
        "b) Thực hiện nghiêm chế độ báo cáo định kỳ theo quy định tại\n"
        "Điều 17 Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương.\n"
        "2. Công an tỉnh\n"
        "a) Kiểm tra việc vận chuyển hóa chất nguy hiểm; xử lý theo\n"
        "Điều 5 của Luật Hóa chất và các quy định có liên quan.\n"
    )
    assert _tasks(items) == ["1.a", "1.b", "2.a"]
    assert items["2.a"].lead == ["Công an tỉnh"]
    assert not any(r.startswith("Điều") for r in items)
    # a decision's own articles are still articles, even typed without their full stop
    decision = items_by_ref(
        "ỦY BAN NHÂN DÂN TỈNH B\nQUYẾT ĐỊNH\nVề việc giao nhiệm vụ\n"
        "Điều 1 Giao Sở Công Thương rà soát các quy định về hóa chất.\n"
        "Điều 2. Quyết định này có hiệu lực từ ngày ký.\nNơi nhận:\n"
    )
    assert "Điều 1" in decision


@pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts missing")
def test_a_pdf_line_that_opens_with_a_cited_article_goes_on_with_its_sentence() -> None:
    words = "Thực hiện nghiêm chế độ báo cáo định kỳ, đột xuất các theo quy định tại"  # "Điều" starts line 2
    pdf = plan_pdf(
        [
            "ỦY BAN NHÂN DÂN TỈNH B",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Số: 12/UBND-KT",
            "B, ngày 10 tháng 01 năm 2027",
            "1. Sở Công Thương",
            "a) " + words + " Điều 17 Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ Công Thương.",
        ]
    )
    text = read_text(pdf, "pdf")
    assert "tại Điều 17 Thông tư" in text.replace("\n", " ")
    assert not any(line.startswith("Điều 17") for line in text.splitlines())


def test_a_long_responsibility_heading_names_its_owners() -> None:
    heading = "Trách nhiệm của các tổ chức, doanh nghiệp hoạt động trong lĩnh vực có liên quan đến vật liệu nổ công nghiệp"
    assert heading_agencies(heading) == [heading.removeprefix("Trách nhiệm của ")]


WARD = "ỦY BAN NHÂN DÂN PHƯỜNG C\nKẾ HOẠCH\nXây dựng phường đạt chuẩn tiếp cận pháp luật năm 2027\n"
WARD_LETTER = (
    "ỦY BAN NHÂN DÂN PHƯỜNG C\nSố: 40/UBND-TP\nV/v triển khai chứng thực điện tử\n"
    "Chủ tịch Ủy ban nhân dân phường chỉ đạo như sau:\n"
)


def test_the_units_and_staff_of_a_ward_own_the_work_their_heading_gives_them() -> None:
    items = _items(
        "1. Bộ phận một cửa phường\n"
        "Hướng dẫn công dân nộp hồ sơ trực tuyến.\n"
        "2. Giao công chức Văn phòng - Thống kê\n"
        "Theo dõi, đôn đốc các khu phố thực hiện công văn này.\n"
        "3. Giao bộ phận Văn hóa - Thông tin\n"
        "Đăng tải tuyên truyền trên trang điện tử của phường.\n",
        header=WARD_LETTER,
    )
    assert items["1"].lead == ["Bộ phận một cửa phường"]
    assert items["2"].lead == ["công chức Văn phòng - Thống kê"]
    assert items["3"].lead == ["bộ phận Văn hóa - Thông tin"]
    assert heading_agencies("Giao thông nông thôn") == []


def test_unit_labels_and_the_advising_unit() -> None:
    items = _items(
        "II. NỘI DUNG\n"
        "1. Xây dựng kế hoạch triển khai\n"
        "- Bộ phận tham mưu: bộ phận Tư pháp - Hộ tịch.\n"
        "- Bộ phận phối hợp: Các bộ phận, đoàn thể có liên quan.\n"
        "- Thời gian thực hiện: tháng 3 năm 2027\n"
        "2. Hướng dẫn thực hiện các chỉ tiêu\n"
        "- Bộ phận chủ trì: bộ phận Văn hóa - Thông tin.\n"
        "- Thời gian thực hiện: Năm 2027.\n"
        "3. Đánh giá kết quả xây dựng phường đạt chuẩn\n"
        "- Cơ quan chủ trì: Hội đồng đánh giá của phường.\n"
        "- Bộ phận tham mưu thực hiện: công chức Tư pháp - Hộ tịch.\n"
        "- Thời gian thực hiện: Quý 4 năm 2027.\n",
        header=WARD,
    )
    assert items["II.1"].lead == ["bộ phận Tư pháp - Hộ tịch"]
    assert items["II.2"].lead == ["bộ phận Văn hóa - Thông tin"]
    assert items["II.3"].lead == ["Hội đồng"] or items["II.3"].lead[0].startswith("Hội đồng")
    assert items["II.3"].coordinators[0] == "công chức Tư pháp - Hộ tịch"


def test_a_group_after_and_the_is_a_name_not_the_verb() -> None:
    items = _items(
        "III. TỔ CHỨC THỰC HIỆN\n"
        "1. Đề nghị Ủy ban Mặt trận Tổ quốc phường và các tổ chức thành viên phối hợp giám sát việc thực hiện.\n"
        "2. Sở Y tế và các tổ chức có liên quan tổ chức tập huấn cho cán bộ y tế.\n",
        header=WARD,
    )
    assert items["III.1"].lead == ["Ủy ban Mặt trận Tổ quốc phường", "các tổ chức thành viên"]
    assert items["III.2"].lead == ["Sở Y tế", "các tổ chức có liên quan"]


def test_one_label_line_after_a_group_holds_its_lead_and_its_coordinators() -> None:
    items = _items(
        "III. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Phát triển các cụm công nghiệp\n"
        "- Rà soát quy hoạch các cụm công nghiệp.\n"
        "- Phối hợp với Sở Tài chính đôn đốc hoàn thiện hạ tầng kỹ thuật.\n"
        "Lãnh đạo phụ trách: Phó Giám đốc Nguyễn Văn A.\n"
        "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở.\n"
        "2. Phát triển thương mại\n"
        "- Tổ chức hội chợ hàng nông sản.\n"
        "Đơn vị chủ trì: Phòng Quản lý Thương mại; Đơn vị phối hợp: Văn phòng Sở.\n",
        header="SỞ CÔNG THƯƠNG TỈNH B\nKẾ HOẠCH\nPhát triển công nghiệp năm 2027\n",
    )
    assert items["III.1-1"].lead == ["Phòng Quản lý Công nghiệp"]
    assert items["III.1-2"].lead == ["Phòng Quản lý Công nghiệp"]
    assert "Phòng Quản lý Năng lượng" in items["III.1-1"].coordinators
    assert items["III.2-1"].lead == ["Phòng Quản lý Thương mại"]


def test_further_paragraphs_under_an_addressee_heading_are_its_further_duties() -> None:
    items = _items(
        "1. Công an tỉnh và Ủy ban nhân dân các xã\n"
        "Tuyên truyền, phổ biến các giải pháp an toàn phòng cháy cho các cơ sở trên địa bàn.\n"
        "Đối với các cơ sở thuộc phạm vi quản lý, hướng dẫn chủ cơ sở áp dụng các giải pháp, hoàn thành "
        "chậm nhất đến ngày 01 tháng 7 năm 2028.\n"
        "2. Giao Sở Xây dựng\n"
        "Hướng dẫn áp dụng các giải pháp kỹ thuật.\n"
        "Đồng thời, kiểm tra, đôn đốc việc triển khai, hoàn thành trước ngày 01 tháng 7 năm 2028.\n"
    )
    assert _tasks(items) == ["1", "1[2]", "2", "2[2]"]
    assert items["1[2]"].lead == ["Công an tỉnh", "Ủy ban nhân dân các xã"]
    assert str(items["2[2]"].deadline.date) == "2028-07-01"
