"""Round 79 (set 56: a Government resolution approving a scheme written inside its first article, an assignment
article, an appendix of tasks by unit set as a landscape table on portrait pages). Made-up texts and PDFs laid out here
with fpdf2 (mm units, every line and rule placed by hand), each test failing without its rule."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext

import pytest
from fpdf import FPDF

from planparse import read_text
from planparse.tests.pdf_maker import REGULAR, fonts_available
from planparse.tests.reading import items_by_ref, task_summaries

pdf_only = pytest.mark.skipif(not fonts_available(), reason="DejaVu fonts not installed")

HEADER = ["TT", "Cơ quan", "Nhiệm vụ chủ trì", "Cơ quan phối hợp", "Thời hạn"]
WIDTHS = [14.0, 46.0, 120.0, 56.0, 40.0]  # a landscape page's 276 mm of text width
LINE = 5.5  # mm between two lines of a cell


def _draw_table(pdf: FPDF, x: float, y: float, rows: list[list[list[str] | None]]) -> None:
    """A ruled table from (x, y): each row's cells are lines of text, or None where the cell above is merged down
    over this row (no rule between them, nothing written)."""
    edges = [x]
    for w in WIDTHS:
        edges.append(edges[-1] + w)
    top = y
    for row in rows:
        height = max(len(c) for c in row if c is not None) * LINE + 2
        for c, cell in enumerate(row):
            if cell is None:
                continue
            pdf.line(edges[c], top, edges[c + 1], top)  # the rule over a cell of its own
            for k, text in enumerate(cell):
                pdf.text(edges[c] + 1.5, top + 1 + LINE * (k + 1) - 1.5, text)
        top += height
    pdf.line(edges[0], top, edges[-1], top)
    for e in edges:
        pdf.line(e, y, e, top)


def _table_pdf(pages: list[list[list[list[str] | None]]], turned: bool) -> bytes:
    """A document whose first page is upright text and whose later pages each hold a part of the table (its header
    row repeated), set in landscape and turned a quarter on a portrait page when `turned`."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("Serif", fname=str(REGULAR))
    pdf.set_font("Serif", size=11)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.text(60, 30, "PHỤ LỤC")
    pdf.text(25, 40, "NHIỆM VỤ CỦA CÁC CƠ QUAN TRONG TRIỂN KHAI ĐỀ ÁN GIAI ĐOẠN 2026 - 2027")
    pdf.text(25, 50, "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026)")
    for rows in pages:
        pdf.add_page()
        pdf.set_font("Serif", size=10)
        with _turned(pdf) if turned else nullcontext():
            origin_y = pdf.h if turned else 0.0
            _draw_table(pdf, 10.0, origin_y + 15.0, [[[h] for h in HEADER], *rows])
    return bytes(pdf.output())


@contextmanager
def _turned(pdf: FPDF) -> Iterator[None]:
    """Landscape content on a portrait page: drawn from the page's lower left corner, turned a quarter anticlockwise
    (its lines read up the page, one after another rightwards)."""
    with pdf.rotation(90, x=0, y=pdf.h):
        yield


UNIT_1 = [
    ["1"],
    ["Sở Văn hóa,", "Thể thao"],
    ["Xây dựng quy chế khai thác kho", "di sản số của tỉnh"],
    ["Sở Tài chính"],
    ["Quý II/2026"],
]
UNIT_1_MORE: list[list[str] | None] = [
    None,
    None,
    ["Số hóa hồ sơ các di tích cấp quốc gia"],
    ["Sở Nội vụ"],
    ["Năm 2026"],
]
UNIT_2 = [
    ["2"],
    ["Sở Tài chính"],
    ["Bố trí kinh phí thực hiện Đề án"],
    ["Sở Văn hóa, Thể thao"],
    ["Hằng năm"],
]


@pdf_only
def test_a_turned_table_page_is_read_in_its_text_frame() -> None:
    """A landscape table turned a quarter on a portrait page reads row by row, cell by cell, as it does upright;
    read as stored, each of its glyphs is a line of its own."""
    text = read_text(_table_pdf([[UNIT_1, UNIT_2]], turned=True), "pdf")
    lines = text.split("\n")
    assert "TT | Cơ quan | Nhiệm vụ chủ trì | Cơ quan phối hợp | Thời hạn" in lines
    assert (
        "1 | Sở Văn hóa, Thể thao | Xây dựng quy chế khai thác kho di sản số của tỉnh | Sở Tài chính | Quý II/2026"
        in lines
    )
    assert "2 | Sở Tài chính | Bố trí kinh phí thực hiện Đề án | Sở Văn hóa, Thể thao | Hằng năm" in lines


@pdf_only
@pytest.mark.parametrize("turned", [False, True])
def test_a_unit_cell_merged_over_a_page_break_starts_a_row_of_its_own(turned: bool) -> None:
    """The next page's first row has an empty number and unit cell (the unit's cell merged down goes on over the
    break) but starts every cell afresh, with its own partner and timing: a task line of its own."""
    text = read_text(_table_pdf([[UNIT_1], [UNIT_1_MORE, UNIT_2]], turned=turned), "pdf")
    lines = text.split("\n")
    assert "| | Số hóa hồ sơ các di tích cấp quốc gia | Sở Nội vụ | Năm 2026" in lines
    assert any(
        ln.startswith("1 | Sở Văn hóa, Thể thao | Xây dựng quy chế") and ln.endswith("Quý II/2026")
        for ln in lines
    )


@pdf_only
def test_a_row_cut_by_the_page_break_is_still_joined() -> None:
    """A row whose cells go on mid-sentence on the next page is the same row, cut by the break."""
    cut: list[list[str] | None] = [[], [], ["kho di sản số của tỉnh"], [], ["năm 2026"]]
    first = [["1"], ["Sở Văn hóa, Thể thao"], ["Xây dựng quy chế khai thác"], ["Sở Tài chính"], ["Quý II"]]
    text = read_text(_table_pdf([[first], [cut, UNIT_2]], turned=False), "pdf")
    assert (
        "1 | Sở Văn hóa, Thể thao | Xây dựng quy chế khai thác kho di sản số của tỉnh | Sở Tài chính | Quý II năm 2026"
        in text.split("\n")
    )


_UNIT_TABLE_PLAN = (
    "ỦY BAN NHÂN DÂN TỈNH ĐÔNG NAM\nSố: 12/QĐ-UBND\nĐông Nam, ngày 05 tháng 01 năm 2026\nQUYẾT ĐỊNH\n"
    "Phê duyệt Đề án số hóa di sản văn hóa tỉnh Đông Nam giai đoạn 2026 - 2030\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Đề án số hóa di sản văn hóa tỉnh Đông Nam giai đoạn 2026 - 2030 với các nội dung chủ yếu kèm "
    "theo Phụ lục.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
    "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn B\n"
    "Phụ lục\nNHIỆM VỤ CỦA CÁC CƠ QUAN TRONG TRIỂN KHAI ĐỀ ÁN\n"
    "(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2026)\n"
    "TT | Cơ quan | Nhiệm vụ chủ trì | Cơ quan phối hợp | Thời hạn\n"
    "1 | Sở Văn hóa, Thể thao | Xây dựng quy chế khai thác kho di sản số của tỉnh | Sở Tài chính | Quý II/2026\n"
    "2 | Sở Tài chính | Bố trí kinh phí thực hiện Đề án theo phân cấp ngân sách | Sở Văn hóa, Thể thao | Quý IV/2026\n"
)


def test_a_work_column_that_says_it_is_led_names_the_work_and_the_unit_column_the_lead() -> None:
    """ "Nhiệm vụ chủ trì" heads the work each row's unit leads; the unit's column ("Cơ quan") names who leads it."""
    tasks = task_summaries(_UNIT_TABLE_PLAN)
    assert tasks["PL.1"] == (
        "Xây dựng quy chế khai thác kho di sản số của tỉnh",
        ["Sở Văn hóa, Thể thao"],
        "2026-06-30",
    )
    assert tasks["PL.2"][1] == ["Sở Tài chính"]


def test_a_bare_unit_column_beside_figures_is_their_unit_of_measure() -> None:
    """ "Đơn vị" beside figures, no column of work a unit leads: a unit of measure, and the table holds no task."""
    plan = _UNIT_TABLE_PLAN.split("TT | ")[0] + (
        "TT | Chỉ tiêu | Đơn vị | Kết quả | Cơ quan chủ trì theo dõi, đánh giá\n"
        "1 | Tỉ lệ di tích cấp quốc gia được số hóa hồ sơ | % | 100% | Sở Văn hóa, Thể thao\n"
        "2 | Số cán bộ được đào tạo kỹ năng số | người | 200 | Sở Nội vụ\n"
    )
    assert not [
        ref for ref, item in items_by_ref(plan).items() if item.kind == "task" and ref.startswith("PL")
    ]


_SCHEME = (
    "THỦ TƯỚNG CHÍNH PHỦ\nSố: 345/QĐ-TTg\nHà Nội, ngày 12 tháng 3 năm 2026\nQUYẾT ĐỊNH\n"
    "Phê duyệt Đề án phát triển hạ tầng dữ liệu thủy văn quốc gia\n"
    "QUYẾT ĐỊNH:\n"
    "Điều 1. Phê duyệt Đề án phát triển hạ tầng dữ liệu thủy văn quốc gia với các nội dung sau:\n"
    "I. MỤC TIÊU\n"
    "Hình thành hạ tầng dữ liệu thủy văn thống nhất, kết nối từ trung ương đến địa phương.\n"
    "II. NHIỆM VỤ\n"
    "1. Xây dựng cơ sở dữ liệu thủy văn quốc gia, hoàn thành trong năm 2027.\n"
    "2. Lắp đặt trạm đo mưa tự động tại các lưu vực sông lớn, hoàn thành trong năm 2028.\n"
    "III. CÁC GIAI ĐOẠN THỰC HIỆN\n"
    "1. Giai đoạn 1 (từ năm 2026 đến hết năm 2027)\n"
    "a) Bộ Nông nghiệp và Môi trường hoàn thành thiết kế cơ sở dữ liệu thủy văn.\n"
    "b) Các địa phương rà soát, cung cấp số liệu quan trắc hiện có.\n"
    "2. Giai đoạn 2 (từ năm 2028 đến hết năm 2030)\n"
    "a) Bộ Nông nghiệp và Môi trường mở rộng mạng lưới trạm đo mưa tự động.\n"
    "b) Các địa phương khai thác cơ sở dữ liệu phục vụ phòng, chống thiên tai.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Bộ Nông nghiệp và Môi trường chủ trì triển khai Đề án; tổng hợp, báo cáo Thủ tướng Chính phủ hằng năm.\n"
    "2. Bộ Tài chính bố trí kinh phí thực hiện Đề án theo quy định của pháp luật về ngân sách nhà nước.\n"
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.\n"
    "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nTrần Văn C\n"
)
_TASK_APPENDIX = (
    "Phụ lục\nNHIỆM VỤ CỦA CÁC BỘ, NGÀNH, ĐỊA PHƯƠNG TRONG TRIỂN KHAI ĐỀ ÁN\n"
    "(Kèm theo Quyết định số 345/QĐ-TTg ngày 12 tháng 3 năm 2026 của Thủ tướng Chính phủ)\n"
    "I. NHIỆM VỤ CHUNG\n"
    "1. Bố trí kinh phí thực hiện Đề án theo quy định của pháp luật về ngân sách nhà nước.\n"
    "2. Cử cán bộ đầu mối phối hợp cập nhật số liệu quan trắc của địa phương (Quý II/2026).\n"
    "II. NHIỆM VỤ CỤ THỂ\n"
    "STT | Đơn vị | Nhiệm vụ chủ trì | Đơn vị phối hợp | Thời gian hoàn thành\n"
    "1 | Bộ Nông nghiệp và Môi trường | Ban hành quy chuẩn kỹ thuật trạm đo mưa tự động | Bộ Khoa học và Công nghệ | "
    "Quý IV/2026\n"
    " | | Hướng dẫn các địa phương chuẩn hóa số liệu quan trắc | Các địa phương | Quý I/2027\n"
    "2 | Bộ Khoa học và Công nghệ | Công bố tiêu chuẩn quốc gia về dữ liệu thủy văn | Bộ Nông nghiệp và Môi trường | "
    "Quý II/2027\n"
)


def test_a_schemes_phases_are_its_roadmap_not_tasks() -> None:
    """ "III. CÁC GIAI ĐOẠN THỰC HIỆN" sets out what each span of years brings; the work is the task section's, the
    assignment article's and the appendix's. Its lines, subjects and all, are no tasks of their own."""
    items = items_by_ref(_SCHEME + _TASK_APPENDIX)
    assert items["II.1"].kind == "task"
    assert items["Điều 2.1"].kind == "task"
    for ref in ("III.1.a", "III.1.b", "III.2.a", "III.2.b"):
        assert items[ref].kind != "task", ref


def test_an_appendix_writes_common_tasks_as_sentences_before_its_table() -> None:
    """The appendix's common tasks, numbered sentences before the table of each body's tasks, are read as items, and
    the table after them row by row, the unit's column owning its lines."""
    items = items_by_ref(_SCHEME + _TASK_APPENDIX)
    assert "PL.I.1" in items and "PL.I.2" in items
    assert items["PL.I.2"].kind == "task"
    assert items["PL.II.2"].lead == ["Bộ Khoa học và Công nghệ"]
    assert items["PL.II.2"].text == "Công bố tiêu chuẩn quốc gia về dữ liệu thủy văn"


def test_an_appendix_sentence_restating_a_body_item_is_that_item() -> None:
    """ "1. Bố trí kinh phí thực hiện Đề án …" restates the assignment article's "2. Bộ Tài chính bố trí kinh phí …":
    one task, the article's; the appendix's second sentence restates nothing and stays a task."""
    items = items_by_ref(_SCHEME + _TASK_APPENDIX)
    assert items["PL.I.1"].kind == "note"
    assert items["PL.I.1"].same_as == ["Điều 2.2"]
    assert items["Điều 2.2"].kind == "task"
    assert items["PL.I.2"].kind == "task"


def test_a_units_lines_are_cited_by_the_units_number_and_their_place() -> None:
    """A table by unit numbers its units: the lines under a unit's merged number and owner are "1-1", "1-2"; a unit
    with one line keeps its number."""
    items = items_by_ref(_SCHEME + _TASK_APPENDIX)
    assert items["PL.II.1-1"].text == "Ban hành quy chuẩn kỹ thuật trạm đo mưa tự động"
    assert items["PL.II.1-2"].text == "Hướng dẫn các địa phương chuẩn hóa số liệu quan trắc"
    assert items["PL.II.1-2"].lead == ["Bộ Nông nghiệp và Môi trường"]
    assert "PL.II.1" not in items and "PL.II.2" in items


def test_a_task_table_numbers_its_tasks_and_a_line_under_a_merged_number_is_a_part() -> None:
    """With the work's column first ("STT | Nhiệm vụ | Cơ quan chủ trì"), the number is the task's: a line under it
    with its own owner is a part of that task, cited as before."""
    plan = _UNIT_TABLE_PLAN.split("TT | ")[0] + (
        "TT | Nhiệm vụ | Cơ quan chủ trì | Thời hạn\n"
        "1 | Xây dựng quy chế khai thác kho di sản số của tỉnh | Sở Văn hóa, Thể thao | Quý II/2026\n"
        " | Ban hành quy chế khai thác kho di sản số ở cấp xã | Ủy ban nhân dân cấp xã | Quý IV/2026\n"
    )
    items = items_by_ref(plan)
    assert "PL.1" in items and "PL.1[2]" in items and "PL.1-2" not in items


def test_a_schemes_standing_and_roles_are_no_tasks() -> None:
    """ "VỊ TRÍ, VAI TRÒ CỦA …" says what the scheme's subject is and the roles it plays, as its targets do; its
    sentences charge no body."""
    plan = _SCHEME.replace(
        "II. NHIỆM VỤ\n",
        "II. VỊ TRÍ, VAI TRÒ CỦA HẠ TẦNG DỮ LIỆU THỦY VĂN\n"
        "1. Cung cấp số liệu phục vụ dự báo lũ, cảnh báo thiên tai cho các bộ, ngành, địa phương.\n"
        "2. Kết nối, chia sẻ dữ liệu với các cơ sở dữ liệu chuyên ngành về tài nguyên nước.\n"
        "IIa. NHIỆM VỤ\n",
    )
    items = items_by_ref(plan + _TASK_APPENDIX)
    assert items["II.1"].kind != "task" and items["II.2"].kind != "task"


_OTHER_APPENDIX = (
    "Phụ lục II\nNỘI DUNG KỸ THUẬT CỦA HỆ THỐNG TRẠM ĐO\n"
    "(Kèm theo Quyết định số 345/QĐ-TTg ngày 12 tháng 3 năm 2026 của Thủ tướng Chính phủ)\n"
    "1. Trạm đo mưa tự động được lắp đặt tại vị trí bảo đảm thông thoáng, cách xa công trình cao tầng.\n"
    "2. Bộ Nông nghiệp và Môi trường quản lý thống nhất số liệu của các trạm đo trên toàn quốc.\n"
)


def test_beside_an_appendix_titled_as_the_tasks_another_appendix_holds_none() -> None:
    """With "Phụ lục NHIỆM VỤ CỦA CÁC BỘ, NGÀNH …" handing out the work, "Phụ lục II NỘI DUNG KỸ THUẬT …" describes
    the investment and rules who manages what: its sentences, subjects and all, are no tasks."""
    items = items_by_ref(_SCHEME + _TASK_APPENDIX + _OTHER_APPENDIX)
    other = [
        i for i in items.values() if "cách xa công trình cao tầng" in i.text or "quản lý thống nhất" in i.text
    ]
    assert other and all(i.kind != "task" for i in other)
    assert items["PL.I.2"].kind == "task" and items["PL.II.1-2"].kind == "task"
    alone = items_by_ref(_SCHEME + _OTHER_APPENDIX.replace("Phụ lục II", "Phụ lục"))
    assert any(i.kind == "task" and "quản lý thống nhất" in i.text for i in alone.values())
