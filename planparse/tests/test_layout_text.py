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


# A borderless table as pdftotext -layout writes it: columns of text parted by blanks (one blank where a long cell
# pushed the next one right), each row's cells centred on the line that holds its number, a Roman group row, the
# header repeated on the next page and a row that runs on over the page break.
TABLE = (
    "       Căn cứ Kế hoạch, các cơ quan, đơn vị, địa phương tổ chức thực hiện các\n"
    "nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này, bảo đảm đúng tiến\n"
    "độ và chất lượng; định kỳ báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp.\n"
    "       Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan kịp\n"
    "thời báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết theo thẩm quyền./.\n"
    "\f"
    "                              PHỤ LỤC\n"
    "\n"
    "                                           Thời gian     Chủ trì\n"
    "STT          Nhiệm vụ          Sản phẩm                              Phối hợp\n"
    "                                           hoàn thành    thực hiện\n"
    " I    Cải cách thể chế\n"
    "      Rà soát các văn bản quy\n"
    " 1    phạm pháp luật của tỉnh   Báo cáo    Hằng năm      Sở Tư pháp   Các sở\n"
    "      thuộc phạm vi quản lý.\n"
    "      Xây dựng cơ sở dữ liệu                                           Các sở,\n"
    "      văn bản của tỉnh, cập nhật Cơ sở dữ   Trước ngày   Sở Khoa học   ban,\n"
    " 2    kịp thời các văn bản mới  liệu văn   30/6/2026    và Công nghệ  ngành\n"
    "      ban hành và bãi bỏ các    bản\n"
    "      văn bản hết hiệu lực.\n"
    "                                   2\n"
    "\f"
    "                                           Thời gian     Chủ trì\n"
    "STT          Nhiệm vụ          Sản phẩm                              Phối hợp\n"
    "                                           hoàn thành    thực hiện\n"
    "II    Cải cách thủ tục hành chính\n"
    "      Công bố danh mục thủ tục\n"
    " 1    hành chính mới ban hành   Quyết định Hằng năm      Văn phòng    Các sở\n"
    "      hoặc sửa đổi, bổ sung.                             UBND tỉnh\n"
    "                                   3\n"
)


def test_a_borderless_table_in_a_layout_dump_reads_one_row_per_line() -> None:
    assert is_layout_text(TABLE)
    lines = read_text(TABLE.encode(), "txt").split("\n")
    assert "STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp" in lines
    assert lines.count("STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp") == 1
    assert "I | Cải cách thể chế" in lines
    assert (
        "1 | Rà soát các văn bản quy phạm pháp luật của tỉnh thuộc phạm vi quản lý. | Báo cáo | Hằng năm | "
        "Sở Tư pháp | Các sở"
    ) in lines
    # "cập nhật" runs one blank short of the next cell; the row's lines above and below its number are its own
    assert (
        "2 | Xây dựng cơ sở dữ liệu văn bản của tỉnh, cập nhật kịp thời các văn bản mới ban hành và bãi bỏ các "
        "văn bản hết hiệu lực. | Cơ sở dữ liệu văn bản | Trước ngày 30/6/2026 | Sở Khoa học và Công nghệ | "
        "Các sở, ban, ngành"
    ) in lines
    assert "II | Cải cách thủ tục hành chính" in lines
    assert (
        "1 | Công bố danh mục thủ tục hành chính mới ban hành hoặc sửa đổi, bổ sung. | Quyết định | Hằng năm | "
        "Văn phòng UBND tỉnh | Các sở"
    ) in lines
    assert "2" not in lines and "3" not in lines


def test_a_borderless_table_row_runs_on_over_the_page_break() -> None:
    text = TABLE.replace(
        "      văn bản hết hiệu lực.\n                                   2\n\f"
        "                                           Thời gian     Chủ trì\n"
        "STT          Nhiệm vụ          Sản phẩm                              Phối hợp\n"
        "                                           hoàn thành    thực hiện\n",
        "                                   2\n\f"
        "                                           Thời gian     Chủ trì\n"
        "STT          Nhiệm vụ          Sản phẩm                              Phối hợp\n"
        "                                           hoàn thành    thực hiện\n"
        "      văn bản hết hiệu lực.\n",
    )
    lines = read_text(text.encode(), "txt").split("\n")
    row = next(line for line in lines if line.startswith("2 | "))
    assert row.startswith(
        "2 | Xây dựng cơ sở dữ liệu văn bản của tỉnh, cập nhật kịp thời các văn bản mới ban hành"
    )
    assert "bãi bỏ các văn bản hết hiệu lực." in row
    assert not any(line.startswith(" | văn bản") or line.startswith("văn bản hết") for line in lines)


def test_a_dump_whose_form_feeds_were_lost_is_still_a_dump() -> None:
    """Copied out of a viewer, a dump loses its form feeds; one two-column letterhead line and lines indented by
    spaces still tell it (a file typed one paragraph a line indents none)."""
    lines = LAYOUT.replace("\f", "").split("\n")
    lines[1] = "       TỈNH KHÁNH AN"  # the date and motto on lines of their own: one two-column line is left
    lines[3] = "       Số: 123 /UBND-KT"
    lines.insert(2, "                                           Khánh An, ngày 15 tháng 9 năm 2026")
    text = "\n".join(lines)
    assert is_layout_text(text)
    assert not is_layout_text("\n".join(line.strip() for line in lines))
