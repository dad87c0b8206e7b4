"""bench/metamorphic.py: each rewriting does what its docstring says and leaves the numbering at the lines' starts.

Lives here because pytest collects planparse/tests (pyproject testpaths), not bench/. The plan below is made up.
"""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType

import pytest

from planparse.tree import _table_columns

from .conftest import load_script
from .marks import needs_soffice

ROOT = Path(__file__).resolve().parents[2]

PLAN = """\
ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 15/KH-UBND
An Lạc, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Triển khai thí điểm thư viện số trong trường học
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Hình thành thói quen đọc của học sinh.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Khoa học và Công nghệ xây dựng kho học liệu số dùng chung cho các trường trung học trên địa bàn tỉnh, hoàn thành trước 30/6/2026.
2. Ủy ban nhân dân các huyện bố trí phòng đọc, báo cáo kết quả hằng năm về Sở Văn hóa, Thể thao và Du lịch để tổng hợp.
a) Trường học vùng khó khăn được ưu tiên hòa mạng trước.
- Hoàn thành trước ngày 31 tháng 12 năm 2026 theo Quyết định số 12/2026/QĐ-UBND.
+ Quý IV/2026: sơ kết.
III. Tổ chức thực hiện
Sở Thông tin và Truyền thông hướng dẫn kết nối mạng thủy tinh quang cho các trường.
"""

MARKER = re.compile(r"^\s*([IVX]+\.|\d+\.|[a-zđ]\)|[-+•])\s")
PUNCTUATED = re.compile(
    r"^\s*([IVX]+\.|\d+[.)]|[a-zđ][.)]|[-+•])\s"
)  # either punctuation of a number or letter


def _bench() -> ModuleType:
    return load_script(ROOT / "bench" / "metamorphic.py")


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return _bench()


def _markers(text: str) -> list[str]:
    """The numbering and bullets at the lines' starts, in order (what a reader cites as refs)."""
    return [m.group(1) for ln in text.split("\n") if (m := MARKER.match(ln))]


def _refs(bench: ModuleType, text: str) -> list[str]:
    """The numbering and bullets at the lines' starts as score_plan.py's `norm_ref` reads them."""
    norm_ref = bench._scorer().norm_ref
    return [norm_ref(m.group(1)) for ln in text.split("\n") if (m := PUNCTUATED.match(ln))]


def test_rewrap_breaks_long_lines_before_lower_case_words_only(bench: ModuleType) -> None:
    out = bench.rewrap(PLAN)
    assert out != PLAN
    assert max(len(ln) for ln in out.split("\n")) <= 100
    assert out.split() == PLAN.split()  # the same words in the same order
    assert _markers(out) == _markers(PLAN)
    # a line that starts no line of the plan is a wrapped paragraph's continuation
    continuations = [ln for ln in out.split("\n") if not any(p.startswith(ln) for p in PLAN.split("\n"))]
    assert continuations and all(ln[:1].islower() for ln in continuations)


def test_unwrap_joins_what_rewrap_broke(bench: ModuleType) -> None:
    wrapped = bench.rewrap(PLAN)
    assert bench.unwrap(wrapped) == PLAN
    assert bench.unwrap(PLAN) == PLAN  # one paragraph a line already: nothing to join
    assert bench.unwrap("1. Rà soát các văn bản\nhướng dẫn; báo cáo.\n2. Tổng kết") == (
        "1. Rà soát các văn bản hướng dẫn; báo cáo.\n2. Tổng kết"
    )


def test_bullets_swap_dash_and_round_bullet_but_not_plus(bench: ModuleType) -> None:
    out = bench.bullets(PLAN + "• Đã có bullet tròn.\n")
    assert "\n• Hình thành thói quen" in out and "\n• Hoàn thành trước ngày" in out
    assert "\n- Đã có bullet tròn." in out
    assert "\n+ Quý IV/2026" in out
    swapped = {"-": "•", "•": "-"}
    assert _markers(out) == [swapped.get(m, m) for m in _markers(PLAN + "• Đã có bullet tròn.\n")]


def test_tone_moves_the_mark_of_open_syllables_only(bench: ModuleType) -> None:
    out = bench.tone(PLAN)
    assert "hoà mạng" in out and "thuỷ tinh" in out and "Uỷ ban nhân dân các huyện" in out
    assert "UỶ BAN NHÂN DÂN TỈNH" in out
    assert "Văn hoá, Thể thao" in out
    assert "Hoàn thành" in out  # a closed syllable keeps its mark on the second vowel
    assert _markers(out) == _markers(PLAN)
    back = bench.tone("Công tác thuỷ lợi, hoà giải; quý I; khuỷu tay")
    assert back == "Công tác thủy lợi, hòa giải; quý I; khuỷu tay"  # an old-style text goes the other way


def test_abbrev_writes_the_short_forms_the_scorer_expands(bench: ModuleType) -> None:
    out = bench.abbrev(PLAN)
    assert "1. Sở GD&ĐT chủ trì, phối hợp với Sở KH&CN xây dựng" in out
    assert "2. UBND các huyện" in out and "Sở VHTTDL để tổng hợp" in out and "Sở TT&TT hướng dẫn" in out
    assert out.startswith("ỦY BAN NHÂN DÂN TỈNH AN LẠC")  # a letterhead in capitals stays
    assert _markers(out) == _markers(PLAN)
    norm = bench._scorer().norm
    assert norm("Sở GD&ĐT") == norm("Sở Giáo dục và Đào tạo")


def test_dates_swap_the_two_ways_of_writing_a_day(bench: ModuleType) -> None:
    out = bench.dates(PLAN)
    assert "hoàn thành trước ngày 30 tháng 6 năm 2026." in out
    assert "Hoàn thành trước ngày 31/12/2026 theo Quyết định số 12/2026/QĐ-UBND." in out
    assert "An Lạc, ngày 05/3/2026" in out
    assert "Quý IV/2026" in out
    assert bench.dates("từ 01/7/2026-31/12/2026") == "từ 01/7/2026-31/12/2026"  # a range is left alone
    assert bench.dates("NGHỊ QUYẾT NGÀY 30/5/2019") == "NGHỊ QUYẾT NGÀY 30 THÁNG 5 NĂM 2019"
    assert _markers(out) == _markers(PLAN)


def test_cycles_write_each_cycle_and_recurring_due_day_in_another_form(bench: ModuleType) -> None:
    out = bench.cycles(PLAN)
    assert "báo cáo kết quả hàng năm về Sở" in out  # hằng ↔ hàng
    assert _markers(out) == _markers(PLAN)
    text = (
        "- Hằng năm, Sở Nội vụ báo cáo trước ngày 15/12 hằng năm.\n"
        "b) Định kỳ hằng năm (trước ngày 15 tháng 11), báo cáo theo định kỳ hàng quý.\n"
        "Xây dựng kế hoạch hàng năm; Định kỳ 06 tháng báo cáo. Hoàn thành trước ngày 15/12."
    )
    assert (
        bench.cycles(text)
        == (
            "- Định kỳ hằng năm, Sở Nội vụ báo cáo trước ngày 15 tháng 12 hàng năm.\n"  # "định kỳ" opening a clause only
            "b) Hằng năm (trước ngày 15/11), báo cáo theo định kỳ hằng quý.\n"  # "theo định kỳ" keeps its "định kỳ"
            "Xây dựng kế hoạch hằng năm; Định kỳ 6 tháng báo cáo. Hoàn thành trước ngày 15/12."  # no cycle: day kept
        )
    )
    counts = (
        "tần suất 02 lần/năm; 2 lần/tháng; báo cáo 3 tháng một lần; Định kỳ 06 tháng một lần; 1,5 lần/năm"
    )
    assert bench.cycles(counts) == (
        "tần suất 2 lần/năm; 02 lần/tháng; báo cáo 03 tháng một lần; Định kỳ 6 tháng một lần; 1,5 lần/năm"
    )


def test_deadlines_write_each_deadline_in_another_form(bench: ModuleType) -> None:
    gold = {"tasks": [{"deadline": "2026-06-30"}]}
    out = bench.deadlines(PLAN, gold)
    assert "+ Quý IV năm 2026: sơ kết." in out
    assert "hoàn thành trước ngày 30/6/2026." in out  # the day alone → "trước ngày"
    assert _markers(out) == _markers(PLAN)
    text = (
        "- Thời gian thực hiện: Trong năm 2026.\n"
        "- Thời hạn hoàn thành: Quý I/2026; Quí IV-2025; quý II năm 2026; Quý 3/2026.\n"
        "Thời gian thực hiện: Từ tháng 11/2013 trở đi.\n"
        "Hoàn thành trong tháng 6/2026, tháng 06 năm 2027, ngày 15 tháng 6 năm 2026, tháng 11, 12/2013.\n"
        "Báo cáo trước ngày 30/6/2026; chậm nhất ngày 30/6/2026; trước ngày 01/7/2025; 06 tháng đầu năm 2026.\n"
        "STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành\n"
        "1 | Xây dựng kho học liệu | Sở Giáo dục và Đào tạo | Năm 2026-2030\n"
        "2 | Số hóa hồ sơ | Sở Nội vụ | 2026\n"
        "Hoàn thành trước ngày 15/12; báo cáo trước ngày 15/12 hằng năm."
    )
    assert (
        bench.deadlines(text, gold)
        == (
            "- Thời hạn hoàn thành: Năm 2026.\n"
            "- Thời gian hoàn thành: Quý I năm 2026; Quí IV năm 2025; quý 2/2026; Quý III/2026.\n"
            "Thời gian thực hiện: Từ tháng 11 năm 2013 trở đi.\n"  # a start alone keeps its label
            "Hoàn thành trong tháng 6 năm 2026, tháng 06/2027, ngày 15 tháng 6 năm 2026, tháng 11, 12/2013.\n"
            "Báo cáo chậm nhất ngày 30/6/2026; trước 30/6/2026; trước ngày 01/7/2025; 6 tháng đầu năm 2026.\n"
            "STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành\n"
            "1 | Xây dựng kho học liệu | Sở Giáo dục và Đào tạo | 2026 - 2030\n"
            "2 | Số hóa hồ sơ | Sở Nội vụ | Năm 2026\n"
            "Hoàn thành trước ngày 15 tháng 12; báo cáo trước ngày 15/12 hằng năm."  # a recurring due day is `cycles`'s
        )
    )


def test_indent_and_dedent_move_only_the_space_before_a_line(bench: ModuleType) -> None:
    out = bench.indent(PLAN)
    assert all(ln.startswith("    ") for ln in out.split("\n") if ln)
    assert [ln.strip() for ln in out.split("\n")] == [ln.strip() for ln in PLAN.split("\n")]
    assert _markers(out) == _markers(PLAN)
    assert bench.dedent(out) == PLAN
    assert bench.dedent("  | I. Nhóm\n\t2. Hai") == "  | I. Nhóm\n2. Hai"  # a row's empty first cell stays


def test_case_turns_capital_headings_to_sentence_case_and_back(bench: ModuleType) -> None:
    out = bench.case(PLAN)
    assert "\nI. Mục đích, yêu cầu\n" in out and "\nII. Nhiệm vụ và giải pháp\n" in out
    assert "\nIII. Tổ chức thực hiện\n" in out
    assert out.startswith("ỦY BAN NHÂN DÂN TỈNH AN LẠC")  # no numbered heading: left as it is
    assert _markers(out) == _markers(PLAN)
    assert bench.case("I. Mục tiêu\nII. Nhiệm vụ của UBND tỉnh\nIII. KINH PHÍ") == (
        "I. MỤC TIÊU\nII. NHIỆM VỤ CỦA UBND TỈNH\nIII. KINH PHÍ"
    )
    heading = "A. NHIỆM VỤ CỦA UBND VÀ SỞ KH&CN NĂM 2026"
    assert bench.case(heading) == "A. Nhiệm vụ của UBND và sở KH&CN năm 2026"


def test_arabic_swaps_the_dot_and_bracket_of_line_numbers_only(bench: ModuleType) -> None:
    text = (
        PLAN
        + "1.1. Tiểu mục giữ nguyên.\n(1) Số trong ngoặc giữ nguyên.\n3) Đã viết bằng ngoặc.\n  4. Thụt lề.\n"
    )
    out = bench.arabic(text)
    assert "\n1) Mục đích\n" in out and "\n1) Sở Giáo dục" in out and "\n2) Ủy ban nhân dân" in out
    assert "\n3. Đã viết bằng ngoặc." in out and "\n  4) Thụt lề." in out
    assert "\n1.1. Tiểu mục giữ nguyên." in out and "\n(1) Số trong ngoặc giữ nguyên." in out
    assert "Số: 15/KH-UBND" in out and "trước 30/6/2026." in out and "12/2026/QĐ-UBND" in out
    assert "\nI. MỤC ĐÍCH" in out and "\na) Trường học" in out
    assert bench.arabic(out) == text  # the swap undoes itself
    assert _refs(bench, out) == _refs(bench, text)  # the refs a reader cites are the same


def test_letters_swaps_the_bracket_and_dot_of_lettered_items_only(bench: ModuleType) -> None:
    text = PLAN + "đ) Mục đ.\nb. Đã viết bằng chấm.\nA. MỤC CHỮ HOA\n(c) Chữ trong ngoặc.\n"
    out = bench.letters(text)
    assert (
        "\na. Trường học vùng khó khăn" in out and "\nđ. Mục đ." in out and "\nb) Đã viết bằng chấm." in out
    )
    assert "\nA. MỤC CHỮ HOA" in out and "\n(c) Chữ trong ngoặc." in out
    assert "\n1. Sở Giáo dục" in out and "\nI. MỤC ĐÍCH" in out
    assert bench.letters(out) == text
    assert _refs(bench, out) == _refs(bench, text)
    norm_ref = bench._scorer().norm_ref
    assert norm_ref("I-") != norm_ref(
        "I."
    )  # why there is no Roman "I." ↔ "I-" swap: the gold's refs would change


TABLE_PLAN = """\
II. NHIỆM VỤ
1. Xây dựng kho học liệu số dùng chung cho các trường trung học trên địa bàn tỉnh An Lạc.
Số: 15/KH-UBND | An Lạc, ngày 05 tháng 3 năm 2026
PHỤ LỤC
STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm
I | NHÓM NHIỆM VỤ VỀ HẠ TẦNG
1 | Xây dựng kho học liệu số dùng chung cho các trường trung học trên địa bàn tỉnh | Sở Giáo dục và Đào tạo | Sở Tài chính | Quý IV/2026 | Kho học liệu
2 | Bố trí phòng đọc số | UBND các xã | Sở Văn hóa, Thể thao và Du lịch | Năm 2027
II | NHÓM NHIỆM VỤ VỀ NHÂN LỰC
1 | Tập huấn giáo viên thư viện về khai thác học liệu số trong nhà trường | Sở Nội vụ
Nơi nhận: Như trên.
TT | Chỉ tiêu | ĐVT | Năm 2026
1 | Tỷ lệ trường có thư viện số | % | 50
"""
TASK_TABLE = TABLE_PLAN.split("\n")[4:11]


def _lines_outside_task_table(text: str) -> list[str]:
    lines = text.split("\n")
    return lines[:4] + lines[11:]


def test_columns_permutes_every_row_of_a_task_table_the_same_way(bench: ModuleType) -> None:
    out = bench.columns(TABLE_PLAN)
    lines = out.split("\n")
    assert lines[4] == "STT | Cơ quan chủ trì | Cơ quan phối hợp | Nhiệm vụ | Thời gian hoàn thành | Sản phẩm"
    assert lines[5] == TASK_TABLE[1]  # a group row of one merged cell stays
    assert lines[6] == (
        "1 | Sở Giáo dục và Đào tạo | Sở Tài chính | Xây dựng kho học liệu số dùng chung cho các trường trung học "
        "trên địa bàn tỉnh | Quý IV/2026 | Kho học liệu"
    )
    assert lines[7] == "2 | UBND các xã | Sở Văn hóa, Thể thao và Du lịch | Bố trí phòng đọc số | Năm 2027"
    # a row's empty trailing cells are filled before the move and dropped after it
    assert (
        lines[9] == "1 | Sở Nội vụ |  | Tập huấn giáo viên thư viện về khai thác học liệu số trong nhà trường"
    )
    assert _lines_outside_task_table(out) == _lines_outside_task_table(
        TABLE_PLAN
    )  # letterhead, figures, prose
    assert sorted(lines[6].split(" | ")) == sorted(TASK_TABLE[2].split(" | "))
    # a table written owners first already gets the work first and the owners last
    again = bench.columns(out).split("\n")
    assert again[4] == "STT | Nhiệm vụ | Thời gian hoàn thành | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp"


def test_headers_rewrites_header_cells_in_another_form_of_the_same_column(bench: ModuleType) -> None:
    out = bench.headers(TABLE_PLAN)
    lines = out.split("\n")
    assert lines[4] == (
        "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn hoàn thành | Kết quả, sản phẩm"
    )
    assert lines[:4] + lines[5:] == TABLE_PLAN.split("\n")[:4] + TABLE_PLAN.split("\n")[5:]
    assert bench.headers("STT | NHIỆM VỤ | CHỦ TRÌ | PHỐI HỢP | THỜI GIAN") == (
        "STT | NỘI DUNG NHIỆM VỤ | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP | THỜI GIAN THỰC HIỆN/ HOÀN THÀNH"
    )
    # every form the transform writes is read as the same column by planparse
    for forms in bench._HEADER_FORMS:
        work = forms[0] == "Nhiệm vụ"
        header = ["STT", "Nhiệm vụ", "", "Ghi chú"] if not work else ["STT", "", "Cơ quan chủ trì", "Ghi chú"]
        at = 1 if work else 2
        roles = set()
        for form in forms:
            header[at] = form
            roles.add((_table_columns(header) or {}).get(at))
        assert len(roles) == 1 and None not in roles, forms


def test_stt_headcase_swap_the_number_header_and_the_header_case(bench: ModuleType) -> None:
    out = bench.stt(TABLE_PLAN)
    assert out.split("\n")[4].startswith("TT | Nhiệm vụ | ")
    assert "\nTT | Chỉ tiêu | ĐVT" in out  # a table of figures (no column of who acts) is left alone
    assert bench.stt(out) == TABLE_PLAN
    up = bench.headcase(TABLE_PLAN)
    assert (
        up.split("\n")[4]
        == "STT | NHIỆM VỤ | CƠ QUAN CHỦ TRÌ | CƠ QUAN PHỐI HỢP | THỜI GIAN HOÀN THÀNH | SẢN PHẨM"
    )
    assert bench.headcase(up) == TABLE_PLAN
    assert up.split("\n")[5:] == TABLE_PLAN.split("\n")[5:]


def test_twohead_writes_the_owner_columns_under_one_header_over_two_rows(bench: ModuleType) -> None:
    out = bench.twohead(TABLE_PLAN)
    lines = out.split("\n")
    assert lines[4:6] == [
        "STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian hoàn thành | Sản phẩm",
        "Chủ trì | Phối hợp",
    ]
    assert lines[:4] + lines[6:] == TABLE_PLAN.split("\n")[:4] + TABLE_PLAN.split("\n")[5:]


def test_shortrow_shortens_the_task_cell_of_the_rows_the_gold_merges(bench: ModuleType) -> None:
    gold = {
        "tasks": [
            {"ref": "II.1", "table_ref": "PL.I.1", "body_ref": "II.1"},  # merged: the row restates II.1
            {"ref": "PL.II.1", "table_ref": "PL.II.1"},  # a row of its own
        ]
    }
    out = bench.shortrow(TABLE_PLAN, gold)
    lines = out.split("\n")
    assert lines[6] == (
        "1 | Xây dựng kho học liệu số dùng chung cho các trường"
        " | Sở Giáo dục và Đào tạo | Sở Tài chính | Quý IV/2026 | Kho học liệu"
    )  # 17 words → the first 11; the other cells as they were
    assert [ln for k, ln in enumerate(lines) if k != 6] == [
        ln for k, ln in enumerate(TABLE_PLAN.split("\n")) if k != 6
    ]
    assert bench.shortrow(TABLE_PLAN, {"tasks": [{"ref": "PL.I.1", "table_ref": "PL.I.1"}]}) == TABLE_PLAN
    # the joining word or the open bracket a cut leaves dangling goes with it
    assert (
        bench._shorten("Tổ chức tập huấn cho cán bộ của các xã trên địa bàn") == "Tổ chức tập huấn cho cán bộ"
    )
    assert (
        bench._shorten("Thu hút các nguồn lực đầu tư (PPP, FDI, ODA) hỗ trợ")
        == "Thu hút các nguồn lực đầu tư"
    )
    every = bench.shortrow(TABLE_PLAN).split("\n")  # without a gold: every row with a long task cell
    assert every[7] == TASK_TABLE[3]  # "Bố trí phòng đọc số": a short cell stays
    assert every[9] == "1 | Tập huấn giáo viên thư viện về khai thác | Sở Nội vụ"
    assert _lines_outside_task_table(bench.shortrow(TABLE_PLAN)) == _lines_outside_task_table(TABLE_PLAN)


def test_table_transforms_read_a_group_row_written_as_its_merged_cell_alone(bench: ModuleType) -> None:
    text = (
        "STT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\n"
        "I. NÂNG CAO NHẬN THỨC\n"
        "1 | Triển khai nền tảng đào tạo trực tuyến mở cho người dân và doanh nghiệp | Sở KH&CN | Các sở | 2026\n"
        "II. HỖ TRỢ DOANH NGHIỆP\n"
        "2 | Xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp | Sở KH&CN | Các sở | Quý IV/2025\n"
        "Nơi nhận: Như trên.\n"
    )
    out = bench.columns(text).split("\n")
    assert out[1] == "I. NÂNG CAO NHẬN THỨC" and out[3] == "II. HỖ TRỢ DOANH NGHIỆP"
    assert (
        out[4]
        == "2 | Sở KH&CN | Các sở | Xây dựng bộ tiêu chí đánh giá mức độ chuyển đổi số doanh nghiệp | Quý IV/2025"
    )
    assert out[5] == "Nơi nhận: Như trên."
    gold = {
        "tasks": [{"ref": "III.2.b", "table_ref": "PL.II.2"}]
    }  # the body item cited, the row merged into it
    short = bench.shortrow(text, gold).split("\n")
    assert short[2] == text.split("\n")[2]
    assert short[4] == "2 | Xây dựng bộ tiêu chí đánh giá mức độ | Sở KH&CN | Các sở | Quý IV/2025"


def test_table_transforms_rewrite_a_header_repeated_without_its_stt_cell_as_the_header(
    bench: ModuleType,
) -> None:
    text = (
        "STT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện\n"
        "I | Phát triển hạ tầng\n"
        "1.1 | Triển khai hạ tầng số trên địa bàn tỉnh | Sở KH&CN | Các sở | 2026 - 2030\n"
        "II | Phát triển dữ liệu\n"
        "Nội dung | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện\n"
        "2.1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Công an tỉnh | Các sở | 2026\n"
    )
    out = bench.columns(text).split("\n")
    assert out[0] == "STT | Đơn vị thực hiện | Đơn vị phối hợp | Nhiệm vụ | Thời gian thực hiện"
    assert out[4] == "Đơn vị thực hiện | Đơn vị phối hợp | Nội dung | Thời gian thực hiện"
    assert out[5] == "2.1 | Công an tỉnh | Các sở | Xây dựng kho dữ liệu dùng chung của tỉnh | 2026"
    assert bench.headers(text).split("\n")[4] == "Nhiệm vụ | Đơn vị thực hiện | Phối hợp | Thời gian"
    two = bench.twohead(text).split("\n")
    assert two[0:2] == ["STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian thực hiện", "Chủ trì | Phối hợp"]
    assert two[5:7] == ["Nội dung | Cơ quan thực hiện | Thời gian thực hiện", "Chủ trì | Phối hợp"]
    assert (
        bench.headcase(text).split("\n")[4]
        == "NỘI DUNG | ĐƠN VỊ THỰC HIỆN | ĐƠN VỊ PHỐI HỢP | THỜI GIAN THỰC HIỆN"
    )


# ---- the file rewritings: `word` (Word's automatic numbering), `pdf` and `word_pdf` (printed by LibreOffice) ----

WORD_PLAN = """\
ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 15/KH-UBND
An Lạc, ngày 05 tháng 3 năm 2026
KẾ HOẠCH
Triển khai thí điểm thư viện số trong trường học
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Hình thành thói quen đọc của học sinh.
2. Yêu cầu
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Sở Giáo dục và Đào tạo chủ trì xây dựng kho học liệu số, hoàn thành trước 30/6/2026.
a) Rà soát học liệu hiện có.
b) Số hóa sách giáo khoa.
2. Ủy ban nhân dân các huyện bố trí phòng đọc, báo cáo kết quả hằng năm.
a) Trường học vùng khó khăn được ưu tiên trước.
b) Trường học vùng thuận lợi.
c) Trường chuyên biệt.
d) Trường tư thục.
đ) Trung tâm giáo dục thường xuyên.
+ Quý IV/2026: sơ kết.
3. Sở Tài chính bố trí kinh phí.
1.1. Kinh phí năm 2026.
STT | Nhiệm vụ | Chủ trì | Thời hạn
I | Nhóm thư viện
1 | Xây dựng kho học liệu | Sở Giáo dục và Đào tạo | 2026
Nhóm kết nối
2 | Kết nối mạng | Sở Khoa học và Công nghệ | 2027
III. TỔ CHỨC THỰC HIỆN
3. Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc.
4. Các sở, ngành báo cáo định kỳ hằng quý.
"""


def _docx_parts(data: bytes) -> tuple[str, str]:
    import io
    import zipfile

    package = zipfile.ZipFile(io.BytesIO(data))
    names = package.namelist()
    assert "word/numbering.xml" in names
    return package.read("word/document.xml").decode(), package.read("word/numbering.xml").decode()


def _paragraphs(document: str) -> list[tuple[str, str | None]]:
    """(text, numId) of each body paragraph, a table cell's too."""
    out = []
    for p in re.findall(r"<w:p[ >].*?</w:p>", document, re.S):
        num = re.search(r'<w:numId w:val="(\d+)"/>', p)
        out.append(("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p)), num.group(1) if num else None))
    return out


def test_word_writes_line_numbers_as_word_automatic_numbering(bench: ModuleType) -> None:
    document, numbering = _docx_parts(bench.word_docx(WORD_PLAN))
    paragraphs = _paragraphs(document)
    by_text = {text: num for text, num in paragraphs}
    # the number is Word's: the paragraph holds its text only and a w:numPr
    for text in (
        "MỤC ĐÍCH, YÊU CẦU",
        "Mục đích",
        "Hình thành thói quen đọc của học sinh.",
        "Rà soát học liệu hiện có.",
    ):
        assert by_text[text] is not None
    assert not any(re.match(r"(?:[IVX]+\.|\d+\.|[a-e]\)|[-+]) ", text) for text, num in paragraphs if num)
    for fmt in ("upperRoman", "decimal", "lowerLetter", "bullet"):
        assert f'<w:numFmt w:val="{fmt}"/>' in numbering
    assert '<w:lvlText w:val="%1."/>' in numbering and '<w:lvlText w:val="%3)"/>' in numbering
    # a letter list with "đ" stays typed: Word's letters run a, b, c, d, e
    assert (
        by_text["đ) Trung tâm giáo dục thường xuyên."] is None
        and by_text["a) Trường học vùng khó khăn được ưu tiên trước."] is None
    )
    assert by_text["1.1. Kinh phí năm 2026."] is None  # no Word format draws "1.1."
    # every list under a new parent restarts, and a list that starts at 3 starts at 3
    assert '<w:startOverride w:val="3"/>' in numbering
    assert (
        by_text["Văn phòng Ủy ban nhân dân tỉnh theo dõi, đôn đốc."]
        != by_text["Sở Tài chính bố trí kinh phí."]
    )
    # the table: real rows, the group row one cell across the table, the order column numbered by Word
    assert document.count("<w:tr") >= 5 and '<w:gridSpan w:val="4"/>' in document
    assert by_text["Xây dựng kho học liệu"] is None and ("", by_text[""]) in paragraphs


def test_word_reads_back_as_the_text_and_parses_to_the_same_refs(bench: ModuleType) -> None:
    from planparse import parse_plan, read_text

    read = read_text(bench.word_docx(WORD_PLAN), "docx")
    assert [ln for ln in read.split("\n") if ln.strip()] == [ln for ln in WORD_PLAN.split("\n") if ln.strip()]
    assert [(i.ref, i.kind) for i in parse_plan(read).items] == [
        (i.ref, i.kind) for i in parse_plan(WORD_PLAN).items
    ]
    plain = bench.word_docx(WORD_PLAN, numbering=False)
    assert not any(num for _, num in _paragraphs(_docx_parts(plain)[0]) if num)  # typed numbers only
    assert read_text(plain, "docx") == read


def test_outline_nests_by_marker_kind_and_tells_roman_from_letters(bench: ModuleType) -> None:
    lines = [
        "A. PHẦN MỘT",
        "I. Mục lớn",
        "1. Mục",
        "a) Điểm",
        "- Ý",
        "2. Mục hai",
        "B. PHẦN HAI",
        "C. PHẦN BA",
        "II. Mục",
    ]
    items = bench.outline(lines)
    assert [(it.kind[0], it.value, it.depth) for it in items] == [
        ("upperLetter", 1, 0), ("upperRoman", 1, 1), ("decimal", 1, 2), ("lowerLetter", 1, 3), ("bullet", None, 4),
        ("decimal", 2, 2), ("upperLetter", 2, 0), ("upperLetter", 3, 0), ("upperRoman", 2, 1),
    ]  # fmt: skip
    assert (
        items[0].run == items[6].run != items[1].run
    )  # "B." goes on the list of "A."; "C." is a letter, not 100


@needs_soffice
def test_pdf_and_word_pdf_print_every_document_in_one_run(bench: ModuleType) -> None:
    from planparse import parse_plan, read_text

    out = bench.FILE_TRANSFORMS["pdf"]({"a": WORD_PLAN})
    assert out["a"].kind == "pdf" and out["a"].data.startswith(b"%PDF")
    refs = [i.ref for i in parse_plan(WORD_PLAN).items]
    assert [i.ref for i in parse_plan(read_text(out["a"].data, "pdf")).items] == refs
    numbered = bench.FILE_TRANSFORMS["word_pdf"]({"a": WORD_PLAN, "b": PLAN})
    assert set(numbered) == {"a", "b"}
    assert [i.ref for i in parse_plan(read_text(numbered["a"].data, "pdf")).items] == refs


def test_a_file_rewriting_is_skipped_without_libreoffice(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bench.shutil, "which", lambda name: None)
    with pytest.raises(bench.Skipped, match="soffice"):
        bench.print_pdfs({"a": b""})


def test_word_writes_a_web_copys_markdown_table_as_the_table_it_stands_for(bench: ModuleType) -> None:
    """A web copy's Markdown ("| TT | Nội dung |", "| --- | --- |", "*Nơi nhận:*") is what a Word table and an italic
    run look like once copied: the .docx holds the table (no rule row, no bars at the ends) and the italic run."""
    from planparse import read_text

    text = "| TT | Nội dung | Chủ trì |\n| --- | --- | --- |\n| 1 | Rà soát | Sở Tài chính |\n*Nơi nhận:* - Như trên."
    data = bench.word_docx(text)
    document, _ = _docx_parts(data)
    assert document.count("<w:tr") == 2 and "---" not in document and "<w:i/>" in document
    assert read_text(data, "docx").split("\n") == [
        "TT | Nội dung | Chủ trì",
        "1 | Rà soát | Sở Tài chính",
        "Nơi nhận: - Như trên.",
    ]


# ---- round 97: how a row restates its body item (droplead, rowverb, rowtail, roworder, rowowner, rowproduct) ----

ROWS_PLAN = """\
II. NHIỆM VỤ
1. Nghiên cứu, xây dựng Đề án phát triển kho học liệu số dùng chung cho các trường trung học.
2. Xây dựng và tổ chức triển khai Chương trình bồi dưỡng kỹ năng số cho giáo viên.
3. Rà soát hạ tầng mạng của các trường. Tổ chức ứng dụng công nghệ thông tin trong quản lý thư viện trường học.
4. Thường xuyên kiểm tra việc khai thác học liệu số tại các trường.
PHỤ LỤC
STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành
I | NHÓM NHIỆM VỤ VỀ HỌC LIỆU SỐ
1 | Nghiên cứu, xây dựng Đề án phát triển kho học liệu số dùng chung cho các trường trung học | Sở Giáo dục và Đào tạo | Sở Tài chính | Quý IV/2026
2 | Xây dựng và tổ chức triển khai Chương trình bồi dưỡng kỹ năng số cho giáo viên | Sở Giáo dục và Đào tạo | Sở Nội vụ | Năm 2027
3 | Rà soát hạ tầng mạng của các trường; tổ chức ứng dụng công nghệ thông tin trong quản lý thư viện trường học | Sở Khoa học và Công nghệ | Các trường | Năm 2027
4 | Thường xuyên kiểm tra việc khai thác học liệu số tại các trường | Sở Giáo dục và Đào tạo
5 | Tỷ lệ trường trung học có thư viện số đạt 80% | Sở Giáo dục và Đào tạo
Nơi nhận: Như trên.
"""
# rows 1-4 restate items II.1-II.4 (the gold cites the item); row 5 restates a target and is cited by its own ref
ROWS_GOLD = {
    "tasks": [
        *({"ref": f"II.{n}", "table_ref": f"PL.I.{n}", "body_ref": f"II.{n}"} for n in range(1, 5)),
        {"ref": "PL.I.5", "table_ref": "PL.I.5", "body_ref": "I.2-1"},
    ]
}
ROW_LINES = ROWS_PLAN.split("\n")[8:13]


def _row(text: str, n: int) -> list[str]:
    """The cells of the table's row n (1-5)."""
    return text.split("\n")[7 + n].split(" | ")


def _same_but_rows(before: str, after: str, rows: set[int]) -> None:
    """Only the rows `rows` changed, and only their task cell; every STT stays."""
    for k, (b, a) in enumerate(zip(before.split("\n"), after.split("\n"), strict=True)):
        if k - 7 in rows:
            bb, aa = b.split(" | "), a.split(" | ")
            assert aa[0] == bb[0] and aa[2:] == bb[2:] and aa[1] != bb[1], (b, a)
        else:
            assert a == b, (b, a)


def test_droplead_leaves_out_the_opening_verbs_of_the_rows_cited_by_their_items(bench: ModuleType) -> None:
    out = bench.droplead(ROWS_PLAN, ROWS_GOLD)
    _same_but_rows(ROWS_PLAN, out, {1, 2})
    assert _row(out, 1)[1] == "Đề án phát triển kho học liệu số dùng chung cho các trường trung học"
    assert _row(out, 2)[1] == "Chương trình bồi dưỡng kỹ năng số cho giáo viên"
    # one verb and no product after it is the task itself; a verb list keeps its last verb
    assert bench._drop_lead("Rà soát hạ tầng mạng của các trường") == "Rà soát hạ tầng mạng của các trường"
    assert bench._drop_lead("Xây dựng và tổ chức triển khai các mô hình học tập số") == (
        "Triển khai các mô hình học tập số"
    )
    assert bench._drop_lead("Tiếp tục rà soát các quy trình") == "Rà soát các quy trình"  # too bare a product
    assert bench._drop_lead("Tổ chức triển khai thực hiện Kế hoạch số 12/KH-UBND") == "Kế hoạch số 12/KH-UBND"
    assert bench.droplead(ROWS_PLAN, {"tasks": [{"ref": "PL.I.1", "table_ref": "PL.I.1"}]}) == ROWS_PLAN


def test_rowverb_opens_a_row_with_another_verb_of_the_same_task(bench: ModuleType) -> None:
    out = bench.rowverb(ROWS_PLAN, ROWS_GOLD)
    _same_but_rows(ROWS_PLAN, out, {2, 4})
    assert _row(out, 2)[1] == "Triển khai Chương trình bồi dưỡng kỹ năng số cho giáo viên"
    assert _row(out, 4)[1] == "Tổ chức kiểm tra việc khai thác học liệu số tại các trường"
    assert bench._swap_verb("Cập nhật, hoàn thiện bộ tiêu chí đánh giá") == "Xây dựng bộ tiêu chí đánh giá"
    assert bench._swap_verb("Triển khai kế hoạch thúc đẩy chuyển đổi số") == (
        "Xây dựng và tổ chức triển khai kế hoạch thúc đẩy chuyển đổi số"
    )
    assert (
        bench._swap_verb("Xây dựng Chương trình hỗ trợ doanh nghiệp")
        == "Triển khai Chương trình hỗ trợ doanh nghiệp"
    )
    # no "Xây dựng" ↔ "Ban hành": a law drafted is another task than a law issued
    assert bench._swap_verb("Xây dựng Luật An ninh dữ liệu") == "Xây dựng Luật An ninh dữ liệu"
    assert bench._swap_verb("Triển khaiX") == "Triển khaiX"  # a whole word only


def test_rowtail_keeps_a_later_clause_of_a_row_restating_one_item(bench: ModuleType) -> None:
    out = bench.rowtail(ROWS_PLAN, ROWS_GOLD)
    _same_but_rows(ROWS_PLAN, out, {3})
    assert _row(out, 3)[1] == "Tổ chức ứng dụng công nghệ thông tin trong quản lý thư viện trường học"
    assert bench._tail_clause(
        "Rà soát (a; b) các quy trình. Kết nối liên thông dữ liệu giữa các cơ quan nhà nước;"
    ) == ("Kết nối liên thông dữ liệu giữa các cơ quan nhà nước.")
    # a row the gold merges with two items (or with a part of one) says each in a clause: left as it is
    two = {"tasks": [*ROWS_GOLD["tasks"], {"ref": "II.5", "table_ref": "PL.I.3", "body_ref": "II.5"}]}
    assert _row(bench.rowtail(ROWS_PLAN, two), 3) == _row(ROWS_PLAN, 3)
    part = {"tasks": [{"ref": "II.3[2]", "table_ref": "PL.I.3"}]}
    assert bench.rowtail(ROWS_PLAN, part) == ROWS_PLAN


def test_roworder_moves_what_the_rows_of_a_group_say_but_keeps_every_stt(bench: ModuleType) -> None:
    out = bench.roworder(ROWS_PLAN, ROWS_GOLD)
    rows = [_row(out, n) for n in range(1, 6)]
    assert [r[0] for r in rows] == ["1", "2", "3", "4", "5"]
    assert [r[1:] for r in rows[:4]] == [_row(ROWS_PLAN, n)[1:] for n in (4, 3, 2, 1)]
    assert rows[4] == _row(ROWS_PLAN, 5)  # cited by its own ref: what it says stays with its STT
    assert sorted(out.split("\n")) == sorted(
        ROWS_PLAN.split("\n")[:8]
        + ["1 | " + " | ".join(_row(ROWS_PLAN, 4)[1:])]
        + ["2 | " + " | ".join(_row(ROWS_PLAN, 3)[1:]), "3 | " + " | ".join(_row(ROWS_PLAN, 2)[1:])]
        + ["4 | " + " | ".join(_row(ROWS_PLAN, 1)[1:])]
        + ROWS_PLAN.split("\n")[12:]
    )
    assert bench.roworder(ROWS_PLAN) == ROWS_PLAN  # which rows a reader cites by their items is the gold's


def test_rowowner_and_rowproduct_open_a_row_with_its_owner_or_the_plan_that_carries_it_out(
    bench: ModuleType,
) -> None:
    out = bench.rowowner(ROWS_PLAN, ROWS_GOLD)
    _same_but_rows(ROWS_PLAN, out, {1, 2, 3})
    assert _row(out, 1)[1] == (
        "Sở Giáo dục và Đào tạo nghiên cứu, xây dựng Đề án phát triển kho học liệu số dùng chung cho các trường trung học"
    )
    assert _row(out, 3)[1].startswith("Sở Khoa học và Công nghệ rà soát hạ tầng mạng")
    # row 4 opens with an adverb, no action verb; an owner cell that says more than who is no subject
    assert (
        bench._owner_first("Xây dựng kho dữ liệu", {"lead": "Sở KH&CN chủ trì hướng dẫn"})
        == "Xây dựng kho dữ liệu"
    )
    prod = bench.rowproduct(ROWS_PLAN, ROWS_GOLD)
    _same_but_rows(ROWS_PLAN, prod, {3})
    assert _row(prod, 3)[1].startswith("Xây dựng Kế hoạch rà soát hạ tầng mạng của các trường;")
    # a row that already makes a product ("Xây dựng", "Nghiên cứu", "Ban hành") is left as it is
    assert _row(prod, 1) == _row(ROWS_PLAN, 1) and _row(prod, 2) == _row(ROWS_PLAN, 2)


def test_table_rows_read_a_part_letter_c_after_b_as_a_part(bench: ModuleType) -> None:
    text = (
        "STT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp\n"
        "A | PHẦN MỘT\nI | Nhóm một\n1.1 | Xây dựng kho dữ liệu dùng chung của tỉnh | Sở KH&CN | Các sở\n"
        "B | PHẦN HAI\n1.1 | Triển khai hạ tầng số trên địa bàn tỉnh | Sở Xây dựng | Các sở\n"
        "C | PHẦN BA\n1.1 | Kiện toàn Ban Chỉ đạo về chuyển đổi số của tỉnh | Sở Nội vụ | Các sở\n"
    )
    [(_, rows)] = list(bench._table_rows(text.split("\n")))
    norm_ref = bench._scorer().norm_ref
    assert [norm_ref("PL.A.I.1.1") in r.cites for r in rows] == [True, False, False]
    assert [norm_ref("PL.B.1.1") in r.cites for r in rows] == [False, True, False]
    assert [norm_ref("PL.C.1.1") in r.cites for r in rows] == [False, False, True]
    assert bench._is_part("C", "") is False  # "C" alone is a Roman numeral's group, not a part


TIMED_PLAN = """\
ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 21/KH-UBND
KẾ HOẠCH
Phát triển hạ tầng các cụm công nghiệp năm 2026
II. NHIỆM VỤ
1. Hoàn thiện thể chế
a) Rà soát, sửa đổi quy chế quản lý cụm công nghiệp trên địa bàn tỉnh, bảo đảm phù hợp quy định mới, hoàn thành trong quý II năm 2026.
b) Nghiên cứu cơ chế hỗ trợ doanh nghiệp đầu tư hạ tầng kỹ thuật cụm công nghiệp, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/9/2026.
2. Phát triển hạ tầng
a) Xây dựng và tổ chức triển khai kế hoạch kết nối giao thông đến các cụm công nghiệp phía tây tỉnh.
- Thời gian thực hiện: năm 2026.
b) Đầu tư hệ thống xử lý nước thải tập trung cho các cụm công nghiệp đang hoạt động (hoàn thành trước ngày 31/12/2026).
"""
TIMED_GOLD = {
    "tasks": [
        {"ref": "II.1.a", "text": "Rà soát, sửa đổi quy chế quản lý cụm công nghiệp trên địa bàn tỉnh,", "lead": ["Sở Công Thương"],
         "coordinators": ["Sở Tư pháp"], "deadline_text": "trong quý II năm 2026", "deadline": "2026-06-30"},
        {"ref": "II.1.b", "text": "Nghiên cứu cơ chế hỗ trợ doanh nghiệp đầu tư hạ tầng kỹ thuật", "lead": ["Sở Tài chính"],
         "deadline_text": "trước ngày 30/9/2026", "deadline": "2026-09-30"},
        {"ref": "II.2.a", "text": "Xây dựng và tổ chức triển khai kế hoạch kết nối giao thông đến các", "lead": ["Sở Xây dựng"],
         "deadline_text": "năm 2026", "deadline": "2026-12-31"},
        {"ref": "II.2.b", "text": "Đầu tư hệ thống xử lý nước thải tập trung cho các cụm công", "lead": [],
         "deadline_text": "hoàn thành trước ngày 31/12/2026", "deadline": "2026-12-31"},
    ]
}  # fmt: skip


def test_appendix_moves_the_timing_of_body_items_into_rows_restating_them(bench: ModuleType) -> None:
    out = bench.appendix(TIMED_PLAN, TIMED_GOLD)
    lines = out.split("\n")
    body, table = lines[: lines.index("PHỤ LỤC")], lines[lines.index("PHỤ LỤC") :]
    # the timing clause closing an item and the label line under one are gone; every numbered line stays
    assert body[6].endswith("bảo đảm phù hợp quy định mới.") and body[10].endswith("đang hoạt động.")
    assert "Thời gian thực hiện" not in out.split("PHỤ LỤC")[0]
    assert [m.group(1) for ln in body if (m := MARKER.match(ln))] == [
        m.group(1) for ln in TIMED_PLAN.split("\n") if (m := MARKER.match(ln)) and m.group(1) != "-"
    ]
    # b) reports to someone before its date: the date belongs to the work, not a clause of timing
    assert "trước ngày 30/9/2026" in body[7]
    assert table[2] == "(Kèm theo Kế hoạch số 21/KH-UBND)"
    assert table[3] == "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"
    assert table[4] == "I. HOÀN THIỆN THỂ CHẾ" and table[6] == "II. PHÁT TRIỂN HẠ TẦNG"
    rows = [r.split(" | ") for r in table if re.match(r"\d+ \| ", r)]
    assert [r[0] for r in rows] == ["1", "2", "3"]
    assert [r[2:] for r in rows] == [
        ["Sở Công Thương", "Sở Tư pháp", "Trong quý II năm 2026"],
        ["Sở Xây dựng", "", "Năm 2026"],
        ["", "", "Trước ngày 31/12/2026"],
    ]
    # each row restates its item in fewer words: its first clause, the second with another opening verb
    assert rows[0][1] == "Rà soát, sửa đổi quy chế quản lý cụm công nghiệp trên địa bàn"
    assert (
        rows[1][1] == "Triển khai kế hoạch kết nối giao thông"
    )  # 14 words at most, "đến" left dangling dropped
    # no gold, or a document with an appendix of its own: left as it is
    assert bench.appendix(TIMED_PLAN) == TIMED_PLAN
    assert (
        bench.appendix(TIMED_PLAN + "PHỤ LỤC\nSTT | Nội dung\n", TIMED_GOLD)
        == TIMED_PLAN + "PHỤ LỤC\nSTT | Nội dung\n"
    )


ASSIGNED_PLAN = """\
ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 22/KH-UBND
KẾ HOẠCH
Phát triển thương mại điện tử năm 2026
II. NHIỆM VỤ
1. Sở Công Thương chủ trì xây dựng sàn thương mại điện tử của tỉnh.
III. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương chủ trì, phối hợp với các sở, ngành tổ chức triển khai Kế hoạch; tham mưu Ủy ban nhân dân tỉnh tổng kết, hoàn thành trong quý IV năm 2026.
2. Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.
3. Sở Y tế tỉnh An Lạc hướng dẫn các cơ sở khám bệnh thanh toán không dùng tiền mặt.
4. Sở Nội vụ chủ trì, phối hợp với các sở tổ chức tập huấn cho cán bộ.
- Tập huấn kỹ năng số cho cán bộ cấp xã.
5. Các sở, ngành phối hợp tuyên truyền về thương mại điện tử trên các phương tiện.
Trên đây là Kế hoạch phát triển thương mại điện tử năm 2026.
"""
ASSIGNED_GOLD = {
    "tasks": [
        {"ref": "II.1", "text": "Sở Công Thương chủ trì xây dựng sàn thương mại điện tử của tỉnh.", "lead": ["Sở Công Thương"],
         "lead_source": "explicit"},
        {"ref": "III.1[1]", "text": "Sở Công Thương chủ trì, phối hợp với các sở, ngành tổ chức triển khai", "lead": ["Sở Công Thương"],
         "lead_source": "explicit"},
        {"ref": "III.1[2]", "text": "tham mưu Ủy ban nhân dân tỉnh tổng kết, hoàn thành trong quý IV", "lead": ["Sở Công Thương"],
         "lead_source": "explicit", "deadline": "2026-12-31"},
        {"ref": "III.2", "text": "Sở Tài chính: Bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân", "lead": ["Sở Tài chính"],
         "lead_source": "explicit"},
        {"ref": "III.3", "text": "Sở Y tế tỉnh An Lạc hướng dẫn các cơ sở khám bệnh thanh toán", "lead": ["Sở Y tế"],
         "lead_source": "explicit"},
        {"ref": "III.4-1", "text": "Tập huấn kỹ năng số cho cán bộ cấp xã.", "lead": ["Sở Nội vụ"], "lead_source": "explicit"},
        {"ref": "III.5", "text": "Các sở, ngành phối hợp tuyên truyền về thương mại điện tử trên các", "lead": ["Các sở, ngành"],
         "lead_source": "inferred"},
    ]
}  # fmt: skip


def test_agency_heads_writes_owner_first_items_as_an_agency_heading_over_duty_bullets(
    bench: ModuleType,
) -> None:
    out, gold = bench.moved_agency_heads(ASSIGNED_PLAN, ASSIGNED_GOLD)
    assert out == bench.agency_heads(ASSIGNED_PLAN, ASSIGNED_GOLD)
    lines = out.split("\n")
    at = lines.index("III. TỔ CHỨC THỰC HIỆN")
    assert lines[at + 1 : at + 6] == [
        # the gold splits the item at its ";": two bullets, the owner alone on the numbered line
        "1. Sở Công Thương",
        "- Chủ trì, phối hợp với các sở, ngành tổ chức triển khai Kế hoạch;",
        "- Tham mưu Ủy ban nhân dân tỉnh tổng kết, hoàn thành trong quý IV năm 2026.",
        # the colon stays as the item wrote it
        "2. Sở Tài chính:",
        "- Bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.",
    ]
    # left as written: an item of the tasks section, a name that goes on past the gold's owner ("Sở Y tế tỉnh …"),
    # an item with a bullet under it, and an owner the gold infers
    for kept in (
        "1. Sở Công Thương chủ trì xây dựng",
        "3. Sở Y tế tỉnh",
        "4. Sở Nội vụ chủ trì",
        "5. Các sở, ngành",
    ):
        assert sum(ln.startswith(kept) for ln in lines) == 1
    # the refs move with the duties; the rest stay
    assert [t["ref"] for t in gold["tasks"]] == [
        "II.1",
        "III.1-1",
        "III.1-2",
        "III.2-1",
        "III.3",
        "III.4-1",
        "III.5",
    ]
    assert [t["lead"] for t in gold["tasks"]] == [t["lead"] for t in ASSIGNED_GOLD["tasks"]]
    # without a gold the text is left as it is
    assert bench.agency_heads(ASSIGNED_PLAN) == ASSIGNED_PLAN


def test_agency_heads_keeps_one_bullet_for_tasks_split_inside_a_clause(bench: ModuleType) -> None:
    plan = ASSIGNED_PLAN.replace("tổ chức triển khai Kế hoạch;", "tổ chức triển khai Kế hoạch và")
    gold = {
        "tasks": [dict(t, text=t["text"].replace("Kế hoạch;", "Kế hoạch và")) for t in ASSIGNED_GOLD["tasks"]]
    }
    out, moved = bench.moved_agency_heads(plan, gold)
    lines = out.split("\n")
    at = lines.index("1. Sở Công Thương")
    assert lines[at + 1].startswith("- Chủ trì, phối hợp") and lines[at + 1].endswith("quý IV năm 2026.")
    assert lines[at + 2] == "2. Sở Tài chính:"
    assert [t["ref"] for t in moved["tasks"]][1:3] == ["III.1-1[1]", "III.1-1[2]"]


OWNED_PLAN = """\
ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 23/KH-UBND
KẾ HOẠCH
Cải cách hành chính năm 2026
II. NHIỆM VỤ
1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan xây dựng quy chế quản lý tài sản công, hoàn thành trong quý II/2026.
2. Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật của tỉnh, hoàn thành trước ngày 30/9/2026.
3. Sở Y tế, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các xã tổ chức khám sức khỏe cho học sinh hằng năm.
4. Sở Công Thương chủ trì cùng Sở Xây dựng rà soát quy hoạch cụm công nghiệp.
5. Sở Nội vụ chủ trì, phối hợp với các sở, ngành, tổ chức tập huấn cho cán bộ cấp xã.
6. Ủy ban nhân dân các xã chủ trì triển khai mô hình một cửa điện tử.
- Triển khai tại các xã vùng sâu trước.
7. Công an tỉnh chủ trì kiểm tra việc bảo vệ bí mật nhà nước.
III. TỔ CHỨC THỰC HIỆN
Trên đây là Kế hoạch cải cách hành chính năm 2026.
"""
OWNED_GOLD = {
    "tasks": [
        {"ref": "II.1", "text": "Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan xây dựng",
         "lead": ["Sở Tài chính"], "coordinators": ["Sở Nội vụ", "các cơ quan liên quan"],
         "deadline_text": "trong quý II/2026", "deadline": "2026-06-30", "lead_source": "explicit"},
        {"ref": "II.2", "text": "Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật của tỉnh,", "lead": ["Sở Tư pháp"],
         "coordinators": [], "deadline_text": "trước ngày 30/9/2026", "deadline": "2026-09-30", "lead_source": "explicit"},
        {"ref": "II.3", "text": "Sở Y tế, Sở Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các xã",
         "lead": ["Sở Y tế", "Sở Giáo dục và Đào tạo"], "coordinators": ["Ủy ban nhân dân các xã"],
         "deadline_text": "hằng năm", "recurrence": "yearly", "lead_source": "explicit"},
        {"ref": "II.4", "text": "Sở Công Thương chủ trì cùng Sở Xây dựng rà soát quy hoạch cụm công nghiệp.",
         "lead": ["Sở Công Thương"], "coordinators": ["Sở Xây dựng"], "lead_source": "explicit"},
        {"ref": "II.5", "text": "Sở Nội vụ chủ trì, phối hợp với các sở, ngành, tổ chức tập huấn cho cán bộ",
         "lead": ["Sở Nội vụ"], "coordinators": ["các sở"], "lead_source": "explicit"},
        {"ref": "II.6-1", "text": "Triển khai tại các xã vùng sâu trước.", "lead": ["Ủy ban nhân dân các xã"],
         "lead_source": "explicit"},
        {"ref": "II.7", "text": "Công an tỉnh chủ trì kiểm tra việc bảo vệ bí mật nhà nước.", "lead": ["Công an tỉnh"],
         "coordinators": [], "lead_source": "inferred"},
    ]
}  # fmt: skip


def test_owner_forms_writes_an_owner_first_item_in_each_form(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("METAMORPHIC_OWNER_FORM", "bracket")
    lines = bench.owner_forms(OWNED_PLAN, OWNED_GOLD).split("\n")
    assert lines[5] == (
        "1. Xây dựng quy chế quản lý tài sản công, hoàn thành trong quý II/2026 (Giao Sở Tài chính chủ trì, phối hợp"
        " với Sở Nội vụ và các cơ quan liên quan)."
    )
    assert (
        lines[6]
        == "2. Rà soát các văn bản quy phạm pháp luật của tỉnh, hoàn thành trước ngày 30/9/2026 (Giao Sở Tư pháp chủ trì)."
    )
    # several owners are kept, all of them
    assert lines[7] == (
        "3. Tổ chức khám sức khỏe cho học sinh hằng năm (Giao Sở Y tế, Sở Giáo dục và Đào tạo chủ trì, phối hợp với"
        " Ủy ban nhân dân các xã)."
    )
    monkeypatch.setenv("METAMORPHIC_OWNER_FORM", "giao")
    lines = bench.owner_forms(OWNED_PLAN, OWNED_GOLD).split("\n")
    assert lines[5].startswith(
        "1. Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ và các cơ quan liên quan xây dựng"
    )
    assert (
        lines[6]
        == "2. Giao Sở Tư pháp chủ trì rà soát các văn bản quy phạm pháp luật của tỉnh, hoàn thành trước ngày 30/9/2026."
    )
    monkeypatch.setenv("METAMORPHIC_OWNER_FORM", "labels")
    lines = bench.owner_forms(OWNED_PLAN, OWNED_GOLD).split("\n")
    # the timing clause closing the work moves to a label of its own
    assert lines[5:9] == [
        "1. Xây dựng quy chế quản lý tài sản công.",
        "- Cơ quan chủ trì: Sở Tài chính.",
        "- Cơ quan phối hợp: Sở Nội vụ và các cơ quan liên quan.",
        "- Thời gian thực hiện: Trong quý II/2026.",
    ]
    assert lines[9:11] == [
        "2. Rà soát các văn bản quy phạm pháp luật của tỉnh.",
        "- Cơ quan chủ trì: Sở Tư pháp.",
    ]
    assert lines[11] == "- Thời hạn hoàn thành: Trước ngày 30/9/2026."
    # a cycle is no clause of timing that closes the work: it stays in it
    assert lines[12] == "3. Tổ chức khám sức khỏe cho học sinh hằng năm."


def test_owner_forms_leaves_what_it_cannot_rewrite_safely(
    bench: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    for form in ("bracket", "labels", "giao"):
        monkeypatch.setenv("METAMORPHIC_OWNER_FORM", form)
        out = bench.owner_forms(OWNED_PLAN, OWNED_GOLD)
        # "chủ trì cùng", coordinators that go on past the gold's ("các sở, ngành, tổ chức …"), an item with a
        # bullet under it, an owner the gold infers
        for kept in ("4. Sở Công Thương", "5. Sở Nội vụ", "6. Ủy ban nhân dân", "7. Công an tỉnh"):
            line = next(ln for ln in OWNED_PLAN.split("\n") if ln.startswith(kept))
            assert line in out.split("\n"), (form, line)
        # the numbering at the lines' starts stays; the label form adds its "-" labels only
        assert [m for m in _markers(out) if m != "-"] == [m for m in _markers(OWNED_PLAN) if m != "-"]
    monkeypatch.delenv("METAMORPHIC_OWNER_FORM")
    assert bench.owner_forms(OWNED_PLAN) == OWNED_PLAN  # without a gold the text is left as it is
    # each item takes its own form (a checksum of its words), the next one when it cannot take that one
    mixed = bench.owner_forms(OWNED_PLAN, OWNED_GOLD)
    assert mixed != OWNED_PLAN and mixed == bench.owner_forms(OWNED_PLAN, OWNED_GOLD)
    assert "owner_forms" in bench.TRANSFORMS and "owner_forms" in bench._GOLD_AWARE


LETTER_A = """\
ỦY BAN NHÂN DÂN TỈNH AN LẠC
Số: 88/UBND-KT
An Lạc, ngày 04 tháng 5 năm 2027
V/v triển khai cơ sở dữ liệu đất đai
Kính gửi:
- Sở Nông nghiệp và Môi trường;
- Ủy ban nhân dân các xã, phường.
Thực hiện Công văn số 12/BNNMT-ĐĐ ngày 02/4/2027 của Bộ Nông nghiệp và Môi trường;
Ủy ban nhân dân tỉnh có ý kiến như sau:
1. Sở Nông nghiệp và Môi trường chủ trì hoàn thiện cơ sở dữ liệu đất đai, hoàn thành trước ngày 30/6/2027.
2. Ủy ban nhân dân các xã, phường rà soát, cập nhật hồ sơ địa chính trên địa bàn.
Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT.
"""
LETTER_A_GOLD = {
    "doc": "a-letter",
    "tasks": [
        {"ref": "1", "text": "Sở Nông nghiệp và Môi trường chủ trì hoàn thiện cơ sở dữ liệu đất đai,",
         "lead": ["Sở Nông nghiệp và Môi trường"], "deadline_text": "trước ngày 30/6/2027"},
        {"ref": "2", "text": "Ủy ban nhân dân các xã, phường rà soát, cập nhật hồ sơ địa chính",
         "lead": ["Ủy ban nhân dân các xã, phường"]},
    ],
}  # fmt: skip
LETTER_B = """\
SỞ Y TẾ TỈNH AN LẠC
Số: 301/SYT-NV
An Lạc, ngày 11 tháng 5 năm 2027
Kính gửi: Các bệnh viện trên địa bàn tỉnh
Căn cứ Kế hoạch số 40/KH-UBND ngày 02/3/2027 của Ủy ban nhân dân tỉnh;
Căn cứ Công văn số 55/BYT-KHTC ngày 20/4/2027 của Bộ Y tế;
Sở Y tế kính đề nghị các đơn vị thực hiện một số nội dung sau:
- Các bệnh viện rà soát danh mục trang thiết bị y tế, báo cáo trước ngày 20/5/2027.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Sở Y tế để được hướng dẫn.
Sở Y tế trân trọng đề nghị các đơn vị quan tâm phối hợp thực hiện./.
Nơi nhận:
- Như trên;
"""
LETTER_B_GOLD = {
    "doc": "b-letter",
    "tasks": [
        {"ref": "-1", "text": "Các bệnh viện rà soát danh mục trang thiết bị y tế, báo cáo",
         "lead": ["Các bệnh viện"], "deadline_text": "trước ngày 20/5/2027"},
    ],
}  # fmt: skip
LETTERS = [("a-letter", LETTER_A, LETTER_A_GOLD), ("b-letter", LETTER_B, LETTER_B_GOLD)]


def test_letter_frames_writes_a_letters_basis_lead_in_and_closing_as_the_next_letter_does(
    bench: ModuleType,
) -> None:
    out = bench.letter_frames(LETTER_A, LETTER_A_GOLD, LETTERS)
    lines = out.split("\n")
    # the basis and the closing are B's, line for line; the addressees, the items and the distribution list stay
    assert lines[:7] == LETTER_A.split("\n")[:7]
    assert lines[7:9] == [
        "Căn cứ Kế hoạch số 40/KH-UBND ngày 02/3/2027 của Ủy ban nhân dân tỉnh;",
        "Căn cứ Công văn số 55/BYT-KHTC ngày 20/4/2027 của Bộ Y tế;",
    ]
    # every task owner is written in its item and not in the lead-in: the lead-in ending in ":" is B's
    assert lines[9] == "Sở Y tế kính đề nghị các đơn vị thực hiện một số nội dung sau:"
    assert lines[10].startswith("1. Sở Nông nghiệp") and lines[11].startswith("2. Ủy ban nhân dân")
    assert lines[12:14] == LETTER_B.split("\n")[8:10]
    assert lines[14:] == LETTER_A.split("\n")[12:]
    assert _markers(out) == _markers(LETTER_A)


def test_letter_frames_leaves_what_carries_the_gold_and_what_is_no_seen_letter(bench: ModuleType) -> None:
    out = bench.letter_frames(LETTER_B, LETTER_B_GOLD, LETTERS)
    lines = out.split("\n")
    # B's basis, after a "Kính gửi: …" line that ends no sentence, becomes A's; its lead-in too (the owner, "Các
    # bệnh viện", is written in the item, and both lead-ins end in ":"); its two closing sentences, A's one
    assert lines[4:6] == [
        "Thực hiện Công văn số 12/BNNMT-ĐĐ ngày 02/4/2027 của Bộ Nông nghiệp và Môi trường;",
        "Ủy ban nhân dân tỉnh có ý kiến như sau:",
    ]
    assert lines[6] == LETTER_B.split("\n")[7]
    assert lines[7] == "Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./."
    assert lines[8] == "Nơi nhận:"
    # a closing that times the tasks above ("… báo cáo trước ngày 30/6/2027") is the gold's: kept, and not lent
    timed = LETTER_A.replace(
        "Đề nghị các cơ quan, đơn vị khẩn trương triển khai thực hiện./.",
        "Đề nghị các cơ quan, đơn vị hoàn thành trước ngày 30/6/2027./.",
    )
    letters = [("a-letter", timed, LETTER_A_GOLD), LETTERS[1]]
    assert "hoàn thành trước ngày 30/6/2027./." in bench.letter_frames(timed, LETTER_A_GOLD, letters)
    assert "hoàn thành trước ngày 30/6/2027./." not in bench.letter_frames(LETTER_B, LETTER_B_GOLD, letters)
    # a lead-in that gives the tasks their owner is kept
    owned = {**LETTER_B_GOLD, "tasks": [{**LETTER_B_GOLD["tasks"][0], "lead": ["các đơn vị"]}]}
    assert "Sở Y tế kính đề nghị các đơn vị" in bench.letter_frames(LETTER_B, owned, LETTERS)
    # no gold, or a document that is no letter of the pool: left as it is
    assert bench.letter_frames(LETTER_A, None, LETTERS) == LETTER_A
    assert bench.letter_frames(LETTER_A, {**LETTER_A_GOLD, "doc": "a-plan"}, LETTERS) == LETTER_A
