"""Round 60: plain-text layout copies (a PDF's text kept with its layout) whose wrapped lines did not join.

pdftotext sets each page at its own offset and a copy may shift a block of a page, so the lines a paragraph wraps
onto can start a few characters in from the page's left edge (a page's first block three characters in from the
text below it, a note set at the very edge on top): the reader then kept every wrapped line apart and a sentence's
end ("… kế hoạch 5 năm và hằng năm …") was lost from its item. Made-up texts, each test failing without its rule."""

from __future__ import annotations

from planparse import read_text

HEAD = (
    "[Bản sao chép văn bản từ tệp PDF, giữ nguyên cách trình bày các trang; dòng ghi chú này dài hơn mọi dòng khác "
    "của văn bản bên dưới.]\n"
    "\n"
    "     ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "      TỈNH HÀ NAM                            Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "   Số: 77 /UBND-KT                       Hà Nam, ngày 02 tháng 3 năm 2026\n"
    "\n"
)

# the first page's block sits three characters in: its first lines at nine, its wrapped lines at three
PAGE_ONE = (
    "         Thực hiện Chương trình hành động số 12-CTr/TU ngày 10/01/2026 của\n"
    "   Tỉnh ủy về phát triển nông nghiệp bền vững, Ủy ban nhân dân tỉnh đề nghị các\n"
    "   cơ quan, đơn vị triển khai thực hiện một số nhiệm vụ trọng tâm như sau:\n"
    "         1. Sở Nông nghiệp và Môi trường:\n"
    "         - Nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ của Chương trình hành\n"
    "   động số 12-CTr/TU ngày 10/01/2026 của Tỉnh ủy thành các chương trình,\n"
    "   đề án, kế hoạch 5 năm và hằng năm để triển khai thực hiện.\n"
    "         - Theo dõi, đôn đốc và đánh giá kết quả thực hiện; kịp thời tháo gỡ\n"
    "   khó khăn, vướng mắc, xử lý những vấn đề phát sinh trên địa bàn tỉnh.\n"
)
# the second page's paragraphs wrap at the page's edge
PAGE_TWO = (
    "      2. Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan tham mưu bố trí\n"
    "kinh phí thực hiện các nhiệm vụ nêu trên theo quy định của pháp luật về ngân\n"
    "sách nhà nước.\n"
    "      Đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.\n"
)


def _read(text: str) -> list[str]:
    return read_text(text.encode("utf-8"), "txt").split("\n")


def test_a_dash_wrapped_to_its_block_s_own_start_holds_its_whole_sentence() -> None:
    lines = _read(HEAD + PAGE_ONE + "\f" + PAGE_TWO)
    assert (
        "- Nghiên cứu, cụ thể hóa các mục tiêu, nhiệm vụ của Chương trình hành động số 12-CTr/TU ngày 10/01/2026 "
        "của Tỉnh ủy thành các chương trình, đề án, kế hoạch 5 năm và hằng năm để triển khai thực hiện."
    ) in lines
    assert (
        "- Theo dõi, đôn đốc và đánh giá kết quả thực hiện; kịp thời tháo gỡ khó khăn, vướng mắc, xử lý những vấn "
        "đề phát sinh trên địa bàn tỉnh."
    ) in lines
    assert lines[lines.index("1. Sở Nông nghiệp và Môi trường:") - 1].startswith("Thực hiện Chương trình")
    assert lines[lines.index("1. Sở Nông nghiệp và Môi trường:") - 1].endswith("như sau:")


def test_a_new_item_or_a_capitals_heading_at_the_block_s_start_is_never_joined() -> None:
    page = PAGE_ONE + (
        "         - Tổng hợp báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày\n"
        "   - Chủ trì hướng dẫn các xã, phường xây dựng kế hoạch thực hiện năm 2026 và\n"
        "   các năm tiếp theo bảo đảm thống nhất, đồng bộ với kế hoạch chung của tỉnh\n"
        "         Tổ chức tập huấn cho cán bộ, công chức làm công tác nông nghiệp cấp xã\n"
        "   TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ TRONG VIỆC TỔ CHỨC THỰC HIỆN\n"
    )
    lines = _read(HEAD + page + "\f" + PAGE_TWO)
    assert "- Tổng hợp báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh trước ngày" in lines
    assert any(ln.startswith("- Chủ trì hướng dẫn các xã") for ln in lines)
    assert "TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ TRONG VIỆC TỔ CHỨC THỰC HIỆN" in lines


def test_a_line_after_a_short_first_line_wraps_to_the_block_s_start() -> None:
    page = PAGE_ONE.replace(
        "         Thực hiện Chương trình hành động số 12-CTr/TU ngày 10/01/2026 của\n",
        "         Thực hiện Chương trình hành động số 12-CTr/TU ngày 10/01/2026\n",
    )
    lines = _read(HEAD + page + "\f" + PAGE_TWO)
    assert any(ln.startswith("Thực hiện Chương trình") and ln.endswith("như sau:") for ln in lines)


def test_a_wrapped_line_opening_with_ve_viec_is_no_subject_cell() -> None:
    body = (
        "      Ủy ban nhân dân tỉnh nhận được Văn bản số 15/CV-HTX ngày 04/02/2026\n"
        "về việc sử dụng đất sai mục đích tại khu sản xuất tập trung của hợp tác xã.\n"
        "       Chủ tịch Ủy ban nhân dân tỉnh giao Sở Nông nghiệp và Môi trường chủ trì,\n"
        "phối hợp với Ủy ban nhân dân xã Bình An kiểm tra, xác minh các nội dung nêu\n"
        "trên, báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/3/2026.\n"
    )
    lines = _read(HEAD + body + "\f" + PAGE_TWO)
    assert (
        "Ủy ban nhân dân tỉnh nhận được Văn bản số 15/CV-HTX ngày 04/02/2026 về việc sử dụng đất sai mục đích tại "
        "khu sản xuất tập trung của hợp tác xã."
    ) in lines
    assert any(
        ln.startswith("Chủ tịch Ủy ban nhân dân tỉnh giao") and ln.endswith("30/3/2026.") for ln in lines
    )
