"""PDFs with a text layer, made here with fpdf2, read as a reader sees them; unreadable PDFs get a clear message.

The plan below is written over four pages with a two-column letterhead, wrapped numbered items, a word
hyphenated at a line end, a ruled table with a header row, a page number at the top of pages 2+ and a
running footer on every page. What comes out must be the paragraphs as written, nothing else.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import unicodedata
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from planparse import ReadError, parse_plan, read_text
from planparse.cli import main
from planparse.tests.pdf_maker import PlanPdf, fonts_available, ruled_table

from .conftest import load_schema

pytestmark = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts missing")

FOOTER = "Kế hoạch số 45/KH-UBND ngày 12/3/2026 của UBND tỉnh Khánh Hòa"
LETTERHEAD = [
    "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc",
    "Số: 45/KH-UBND",
    "Khánh Hòa, ngày 12 tháng 3 năm 2026",
]
TITLE = ["KẾ HOẠCH", "ỨNG DỤNG CÔNG NGHỆ SỐ TRONG CƠ QUAN NHÀ NƯỚC NĂM 2026"]
INTRO = (
    "Căn cứ Luật An ninh mạng năm 2018; Thực hiện Nghị định số 73/2019/NĐ-\u00adCP ngày 05/9/2019 của Chính phủ quy định quản lý đầu tư ứng dụng "
    "công nghệ thông tin sử dụng nguồn vốn ngân sách nhà nước, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"
)
PURPOSE = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao hiệu quả chỉ đạo, điều hành của các cơ quan hành chính nhà nước trên địa bàn tỉnh thông qua "
    "việc ứng dụng đồng bộ các nền tảng số dùng chung, bảo đảm an toàn thông tin mạng.",
    "2. Xác định rõ nhiệm vụ, thời hạn hoàn thành và trách nhiệm của từng cơ quan, đơn vị trong tổ chức thực "
    "hiện; bảo đảm tiết kiệm, hiệu quả, không trùng lặp.",
]
TASKS = [
    "II. NHIỆM VỤ",
    "1. Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành rà soát, đánh giá thực trạng đội ngũ cán bộ, công "
    "chức làm công tác chuyển đổi số trên địa bàn tỉnh; đề xuất giải pháp nâng cao chất lượng nguồn nhân lực "
    "số, hoàn thành trong quý II/2026.",
    "2. Sở Khoa học và Công nghệ chủ trì xây dựng và vận hành nền tảng tích hợp, chia sẻ dữ liệu về dân cư, "
    "doanh nghiệp và giáo dục của tỉnh; kết nối Inter\u00adnet tốc độ cao đến tất cả các cơ quan, đơn vị cấp tỉnh và cấp xã, hoàn thành trước "
    "ngày 30/9/2026.",
    "3. Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu Ủy ban nhân dân tỉnh bố trí kinh "
    "phí thực hiện các nhiệm vụ của Kế hoạch theo quy định về phân cấp ngân sách, hoàn thành trong tháng "
    "12/2026.",
    "4. Văn phòng Ủy ban nhân dân tỉnh chủ trì tổng hợp, báo cáo kết quả thực hiện Kế hoạch định kỳ hằng quý "
    "cho Chủ tịch Ủy ban nhân dân tỉnh, kịp thời đề xuất tháo gỡ khó khăn, vướng mắc phát sinh.",
]
ORGANISE = [
    "III. TỔ CHỨC THỰC HIỆN",
    "Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được giao xây "
    "dựng kế hoạch chi tiết của cơ quan, đơn vị mình; trong quá trình thực hiện, nếu có khó khăn, vướng mắc, "
    "kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Khoa học và Công nghệ) để xem xét, chỉ đạo.",
]
TABLE = [
    ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
    ["1", "Xây dựng kho dữ liệu dùng chung của tỉnh, kết nối với các hệ thống thông tin của bộ, ngành", "Sở Khoa học và Công nghệ", "Quý III/2026"],
    ["2", "Đào tạo kỹ năng số cho cán bộ, công chức cấp xã", "Sở Nội vụ", "Tháng 11/2026"],
]  # fmt: skip


def _soft(text: str) -> str:
    return text.replace("\u00ad", "")


def expected_paragraphs() -> list[str]:
    """The paragraphs a reader sees, in reading order: what read_text must give back."""
    rows = [" | ".join(r) for r in TABLE]
    return [
        *LETTERHEAD,
        *TITLE,
        _soft(INTRO),
        *PURPOSE,
        *[_soft(t) for t in TASKS],
        *ORGANISE,
        "PHỤ LỤC",
        *rows,
    ]


FILLER = [
    "Các cơ quan, đơn vị bảo đảm an toàn thông tin cho các hệ thống thông tin thuộc phạm vi quản lý; chủ động "
    "rà soát, khắc phục điểm yếu, lỗ hổng bảo mật theo hướng dẫn của cơ quan chuyên môn.",
    "Đẩy mạnh thông tin, tuyên truyền về lợi ích của chuyển đổi số, khuyến khích người dân, doanh nghiệp sử "
    "dụng dịch vụ công trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia.",
    "Khuyến khích các doanh nghiệp công nghệ số tham gia cung cấp giải pháp, dịch vụ cho cơ quan nhà nước theo "
    "hình thức thuê dịch vụ công nghệ thông tin, bảo đảm hiệu quả, tiết kiệm.",
]


def plan_bytes(*, right_first: bool = False, repeat: int = 3) -> bytes:
    """The plan over 5 pages: a closing paragraph after the table on each of `repeat` more pages."""
    pdf = PlanPdf(footer_text=FOOTER)
    pdf.letterhead(
        ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA"], LETTERHEAD[2], LETTERHEAD[3], right_first=right_first
    )
    pdf.centred_lines(TITLE)
    pdf.paragraph(INTRO)
    for text in [*PURPOSE, *TASKS, *ORGANISE]:
        pdf.paragraph(text, indent=10.0, bold=text.isupper())
    pdf.add_page()
    pdf.centred_lines(["PHỤ LỤC"])
    ruled_table(pdf, TABLE)
    for text in FILLER[:repeat]:
        pdf.add_page()
        pdf.paragraph(text)
    return bytes(pdf.output())


@pytest.fixture(scope="module")
def plan_pdf() -> bytes:
    return plan_bytes()


@pytest.fixture(scope="module")
def plan_lines(plan_pdf: bytes) -> list[str]:
    return read_text(plan_pdf, "pdf").split("\n")


def test_the_fixture_has_what_the_tests_need(plan_pdf: bytes) -> None:
    """Four pages; one line ends in a word hyphenated by the layout and one in the code "NĐ-"."""
    import pypdfium2 as pdfium

    assert len(pdfium.PdfDocument(plan_pdf)) >= 4
    pdf = PlanPdf()
    assert any(line.endswith("Inter-") for line in pdf.wrap(TASKS[2], pdf.epw - 10, pdf.epw))
    assert any(line.endswith("NĐ-") for line in pdf.wrap(INTRO, pdf.epw - 10, pdf.epw))


def test_reads_the_paragraphs_a_reader_sees_and_nothing_else(plan_lines: list[str]) -> None:
    expected = expected_paragraphs()
    assert plan_lines == expected + FILLER


def test_letterhead_is_read_cell_by_cell_whatever_the_order_in_the_file() -> None:
    for right_first in (False, True):
        lines = read_text(plan_bytes(right_first=right_first, repeat=0), "pdf").split("\n")
        assert lines[:6] == LETTERHEAD + TITLE


def test_a_letter_reads_its_subject_as_one_line_under_the_number() -> None:
    """A công văn: "V/v …" wrapped under the number in the left column, then "Kính gửi" and the body."""
    subject = "V/v triển khai các nhiệm vụ chuyển đổi số trọng tâm của tỉnh trong quý II năm 2026"
    pdf = PlanPdf()
    pdf.letterhead(["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA"], "Số: 812/UBND-KT", LETTERHEAD[3], subject=subject)
    pdf.paragraph("Kính gửi: Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh.", indent=40)
    pdf.paragraph(PURPOSE[1])
    assert pdf.wrap(subject, 70, 70)[1:], "the subject must wrap for this test"
    assert read_text(bytes(pdf.output()), "pdf").split("\n") == [
        *LETTERHEAD[:2],
        "Số: 812/UBND-KT",
        LETTERHEAD[3],
        subject,
        "Kính gửi: Các sở, ban, ngành thuộc Ủy ban nhân dân tỉnh.",
        PURPOSE[1],
    ]


def test_running_footer_and_page_numbers_are_dropped(plan_lines: list[str]) -> None:
    assert not any("trang" in line for line in plan_lines)
    assert not any(line.strip().isdigit() for line in plan_lines)


def test_a_two_page_plan_drops_its_footer_too() -> None:
    assert read_text(plan_bytes(repeat=0), "pdf").split("\n") == expected_paragraphs()


def test_a_page_turned_for_display_reads_the_same() -> None:
    """/Rotate only turns the page on screen: its text is where it was (positions from the page's own box)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(plan_bytes(repeat=0))
    document[1].set_rotation(90)
    buffer = io.BytesIO()
    document.save(buffer)
    assert read_text(buffer.getvalue(), "pdf").split("\n") == expected_paragraphs()


def test_a_table_over_pages_keeps_one_header_and_every_row() -> None:
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]
    rows = [
        [str(n), f"Nhiệm vụ số {n} về chuyển đổi số", "Sở Khoa học và Công nghệ", f"Tháng {n % 12 + 1}/2026"]
        for n in range(1, 61)
    ]
    pdf = PlanPdf()
    pdf.paragraph("PHỤ LỤC")
    ruled_table(pdf, [header, *rows], repeat_header=True)
    assert pdf.page_no() >= 2
    lines = read_text(bytes(pdf.output()), "pdf").split("\n")
    assert lines == ["PHỤ LỤC", " | ".join(header), *(" | ".join(r) for r in rows)]


def test_a_row_cut_by_the_page_break_is_joined_to_the_row_it_continues() -> None:
    """The layout cut row 2 at the page end: its rest, with an empty STT cell, opens the next page."""
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"]
    pdf = PlanPdf()
    pdf.paragraph("PHỤ LỤC")
    pdf.set_y(pdf.h - 20 - 3 * pdf.pitch - 2)
    ruled_table(
        pdf, [header, ["1", "Số hóa hồ sơ", "Sở Nội vụ", "Quý I/2026"], ["2", "Xây dựng cơ sở dữ liệu"]]
    )
    pdf.add_page()
    ruled_table(pdf, [["", "đất đai dùng chung", "Sở Nông nghiệp và Môi trường", "Quý IV/2026"]])
    assert pdf.page_no() == 2
    assert read_text(bytes(pdf.output()), "pdf").split("\n") == [
        "PHỤ LỤC",
        " | ".join(header),
        "1 | Số hóa hồ sơ | Sở Nội vụ | Quý I/2026",
        "2 | Xây dựng cơ sở dữ liệu đất đai dùng chung | Sở Nông nghiệp và Môi trường | Quý IV/2026",
    ]


def test_wrapped_items_are_one_paragraph_each(plan_lines: list[str]) -> None:
    for text in TASKS[1:]:
        assert plan_lines.count(_soft(text)) == 1


def test_hyphenated_word_is_joined_and_codes_keep_their_hyphen(plan_lines: list[str]) -> None:
    text = "\n".join(plan_lines)
    assert "kết nối Internet tốc độ cao" in text and "Inter-" not in text
    assert "Nghị định số 73/2019/NĐ-CP ngày" in text


def test_table_rows_with_header_and_cells(plan_lines: list[str]) -> None:
    at = plan_lines.index("STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Thời hạn")
    assert plan_lines[at + 1].split(" | ") == TABLE[1]
    assert plan_lines[at + 2].split(" | ") == TABLE[2]


def test_vietnamese_text_is_nfc(plan_lines: list[str]) -> None:
    text = "\n".join(plan_lines)
    assert unicodedata.is_normalized("NFC", text)
    assert "Ứng dụng".upper() in text and "Hạnh phúc" in text and "Khánh Hòa" in text


def test_plan_pdf_parses_to_tasks_with_owners_and_deadlines(plan_pdf: bytes) -> None:
    plan = parse_plan(read_text(plan_pdf, "pdf"))
    reference = parse_plan("\n".join(expected_paragraphs() + FILLER))
    tasks = {t.ref: (t.lead, t.deadline.date, t.deadline.recurrence) for t in plan.tasks()}
    assert tasks == {t.ref: (t.lead, t.deadline.date, t.deadline.recurrence) for t in reference.tasks()}
    assert tasks["II.1"] == (["Sở Nội vụ"], dt.date(2026, 6, 30), None)
    assert tasks["II.2"] == (["Sở Khoa học và Công nghệ"], dt.date(2026, 9, 30), None)
    assert tasks["II.3"][:2] == (["Sở Tài chính"], dt.date(2026, 12, 31))
    assert tasks["II.4"][0] == ["Văn phòng Ủy ban nhân dân tỉnh"] and tasks["II.4"][2] == "quarterly"
    assert plan.document.number == "45/KH-UBND" and plan.document.date == dt.date(2026, 3, 12)
    _valid(plan.to_dict())


def test_cli_prints_schema_valid_json_for_a_pdf(
    plan_pdf: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ke-hoach.pdf"
    path.write_bytes(plan_pdf)
    assert main([str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    _valid(data)
    leads = {i["ref"]: i["lead"] for i in data["items"] if i["kind"] == "task"}
    assert leads["II.1"] == ["Sở Nội vụ"]


def _valid(data: dict[str, Any]) -> None:
    schema = load_schema()
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert not errors, errors[0].message


# ---- PDFs that cannot be read: a message in Vietnamese that suggests sending the .docx -------------------


def _encrypted() -> bytes:
    pdf = PlanPdf()
    pdf.paragraph(PURPOSE[1])
    pdf.set_encryption(owner_password="chu-so-huu", user_password="mat-khau")
    return bytes(pdf.output())


def _scanned() -> bytes:
    """Pages that are only pictures of text, as a scanner makes them."""
    from PIL import Image, ImageDraw

    pdf = PlanPdf(page_numbers=False)
    for page in range(2):
        picture = Image.new("L", (800, 1100), 255)
        ImageDraw.Draw(picture).text((60, 60), f"KE HOACH trang {page + 1}", fill=0)
        buffer = io.BytesIO()
        picture.save(buffer, format="PNG")
        if page:
            pdf.add_page()
        pdf.image(buffer, x=0, y=0, w=pdf.w)
    return bytes(pdf.output())


def _legacy_font() -> bytes:
    """Text typed in a TCVN3 font: the text layer holds the font's Latin-1 codes, not Vietnamese letters."""
    pdf = PlanPdf()
    for _ in range(6):
        pdf.paragraph(
            "Uû ban nh©n d©n tØnh ban hµnh KÕ ho¹ch thùc hiÖn nhiÖm vô chuyÓn ®æi sè n¨m 2026 "
            "trªn ®Þa bµn tØnh, giao Së Néi vô chñ tr× tæ chøc thùc hiÖn."
        )
    return bytes(pdf.output())


def _truncated() -> bytes:
    data = plan_bytes(repeat=0)
    return data[: len(data) // 2]


def _broken() -> bytes:
    return b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\nrac rac rac\n%%EOF\n"


@pytest.mark.parametrize(
    ("make", "fragment"),
    [
        (_encrypted, "mật khẩu"),
        (_scanned, "bản quét"),
        (_truncated, "hỏng"),
        (_broken, "hỏng"),
        (_legacy_font, "TCVN3"),
    ],
)
def test_unreadable_pdf_gets_a_message_that_suggests_the_docx(make: Any, fragment: str) -> None:
    with pytest.raises(ReadError) as caught:
        read_text(make(), "pdf")
    assert fragment in caught.value.message and ".docx" in caught.value.message


def test_cli_prints_the_message_for_a_scan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "ban-quet.pdf"
    path.write_bytes(_scanned())
    assert main([str(path), "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "bản quét" in err and ".docx" in err
