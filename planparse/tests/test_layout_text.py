"""A text file that is a PDF's text layer dumped with its layout (pdftotext -layout, "Save as text") reads as the
PDF does: the letterhead's two columns apart, wrapped lines joined into paragraphs, page numbers dropped."""

from __future__ import annotations

from planparse import read_text
from planparse.pdf_reader import is_layout_text

LAYOUT = (
    "     ỦY BAN NHÂN DÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "       TỈNH KHÁNH AN                        Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "       Số: 123 /UBND-KT                     Khánh An, ngày 15 tháng 9 năm 2026\n"
    " V/v triển khai thực hiện Chương trình hành\n"
    "động số 10-CTr/TU ngày 30/8/2026 của Tỉnh\n"
    "              ủy Khánh An\n"
    "\n"
    "                     Kính gửi:\n"
    "                                - Các Sở, ban, ngành thuộc tỉnh;\n"
    "                                - Ủy ban nhân dân các xã, phường.\n"
    "\n"
    "       Thực hiện Chương trình hành động số 10-CTr/TU ngày 30/8/2026 của Tỉnh\n"
    "ủy, Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:\n"
    "       1. Các Sở, ban, ngành thuộc tỉnh, Ủy ban nhân dân các xã, phường tổ chức\n"
    "nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ của Chương trình thành các kế\n"
    "hoạch 5 năm và hằng năm để triển khai thực hiện.\n"
    "                                      2\n"
    "\f"
    "      2. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan\n"
    "xây dựng dự thảo Kế hoạch thực hiện Chương trình, hoàn thành trước ngày\n"
    "05/10/2026.\n"
    "      Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương thực hiện./.\n"
)


def test_a_layout_dump_is_told_from_paragraph_text() -> None:
    assert is_layout_text(LAYOUT)
    one_per_line = "\n".join(line.strip() for line in read_text(LAYOUT.encode(), "txt").split("\n"))
    assert not is_layout_text(one_per_line)
    assert not is_layout_text("Kế hoạch\n1. Sở Nội vụ chủ trì.\n")


def test_a_layout_dump_reads_as_its_pdf() -> None:
    lines = read_text(LAYOUT.encode(), "txt").split("\n")
    assert lines[:4] == [
        "ỦY BAN NHÂN DÂN TỈNH KHÁNH AN",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
        "Số: 123 /UBND-KT",
        "Khánh An, ngày 15 tháng 9 năm 2026",
    ]
    # the subject block under the letterhead, wrapped in the left column, is one line
    assert (
        lines[4]
        == "V/v triển khai thực hiện Chương trình hành động số 10-CTr/TU ngày 30/8/2026 của Tỉnh ủy Khánh An"
    )
    assert "Kính gửi:" in lines
    assert (
        "Thực hiện Chương trình hành động số 10-CTr/TU ngày 30/8/2026 của Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh "
        "có ý kiến chỉ đạo như sau:"
    ) in lines
    assert (
        "1. Các Sở, ban, ngành thuộc tỉnh, Ủy ban nhân dân các xã, phường tổ chức nghiên cứu, cụ thể hóa các mục "
        "tiêu, nhiệm vụ của Chương trình thành các kế hoạch 5 năm và hằng năm để triển khai thực hiện."
    ) in lines
    # across the page break, whose page number is dropped
    assert (
        "2. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với các cơ quan xây dựng dự thảo Kế hoạch thực "
        "hiện Chương trình, hoàn thành trước ngày 05/10/2026."
    ) in lines
    assert "2" not in lines
    assert lines[-1] == "Căn cứ ý kiến chỉ đạo, yêu cầu các Sở, ngành, địa phương thực hiện./."
