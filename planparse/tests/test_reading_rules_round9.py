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
