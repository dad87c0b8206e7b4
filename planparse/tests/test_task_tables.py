"""Task tables wherever they stand, and group lead lines: column roles from header words, the year of a
yearless date from the column header, the table's lead-in item, Roman groups, continuation rows, tables of
figures, "Giao Sở X chủ trì, phối hợp …:" over its items. Inputs are made up in the style of each family."""

from __future__ import annotations

import datetime as dt

from planparse import parse_plan, read_text
from planparse.deadlines import parse_deadline
from planparse.owners import group_lead, heading_agencies, plausible_subject
from planparse.tests.reading import tasks_by_ref
from planparse.tests.wordbuild import WordDoc, merge_vertical
from planparse.tree import _table_columns


def _cells(header: str) -> list[str]:
    return [c.strip() for c in header.split("|")]


# ---- column roles ---------------------------------------------------------------------------------------------


def test_answerable_column_is_the_lead_when_no_column_says_chu_tri() -> None:
    roles = _table_columns(_cells("TT | Nội dung | Trách nhiệm thực hiện | Thời gian (Năm 2026)"))
    assert roles == {0: "stt", 1: "task", 2: "lead", 3: "time"}
    roles = _table_columns(_cells("STT | Công việc | Đơn vị thực hiện | Thời hạn hoàn thành | Ghi chú"))
    assert roles == {0: "stt", 1: "task", 2: "lead", 3: "time", 4: "note"}


def test_monitor_and_answerable_person_columns_are_not_agencies_of_the_task() -> None:
    """ "Theo dõi, kiểm tra, đôn đốc" follows the work (not a coordinator); "Người đứng đầu chịu trách
    nhiệm" names a person beside the "Cơ quan chủ trì" column, which stays the lead."""
    roles = _table_columns(
        _cells(
            "STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì | Phối hợp | Theo dõi, kiểm tra, đôn đốc"
        )
    )
    assert roles == {0: "stt", 1: "task", 2: "product", 3: "time", 4: "lead", 5: "coord", 6: "monitor"}
    roles = _table_columns(_cells("STT | Tên nhiệm vụ | Người đứng đầu chịu trách nhiệm | Cơ quan chủ trì"))
    assert roles is not None and roles[2] == "head" and roles[3] == "lead"


def test_a_row_of_long_cells_is_no_header() -> None:
    """A data row whose words happen to name roles ("nội dung", "chủ trì") is content, not a new header."""
    assert _table_columns(_cells("1 | Tổ chức nội dung tuyên truyền | Sở A chủ trì | Quý I")) is None
    long_first = "Rà soát, sửa đổi nhiệm vụ, quyền hạn của các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh theo quy định"
    assert _table_columns(_cells(f"{long_first} | Báo cáo kết quả | Thời gian theo quy định")) is None


# ---- a table inside the body ----------------------------------------------------------------------------------

BODY_TABLE = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Tuyên truyền năm 2026
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ.
II. HOẠT ĐỘNG TRỌNG TÂM
1. Chương trình truyền hình
a) Chương trình đối thoại với các sở:
Đài Phát thanh tỉnh chủ trì, phối hợp với các sở tổ chức chương trình đối thoại năm 2026, gồm các số sau:
TT | Nội dung | Trách nhiệm thực hiện | Thời gian (Năm 2026)
1 | Giải đáp kiến nghị thuộc lĩnh vực công thương | Lãnh đạo Sở Công Thương | Tối ngày 23 tháng 1
2 | Giải đáp kiến nghị thuộc lĩnh vực y tế | Lãnh đạo Sở Y tế | Tối ngày 08 tháng 5
b) Chương trình đối thoại với các xã:
Nội dung chương trình yêu cầu từng địa phương trả lời kiến nghị của người dân tại địa bàn.
Đài Phát thanh tỉnh chủ trì, phối hợp với UBND các xã ghi hình chương trình thực tế, gồm các số sau:
TT | Nội dung | Trách nhiệm thực hiện | Thời gian (Năm 2026)
1 | Giải đáp kiến nghị của người dân xã A | Lãnh đạo UBND xã A | 27/3
2 | Giải đáp kiến nghị của người dân xã B | Lãnh đạo UBND xã B | Tháng 10
III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ theo dõi, đôn đốc thực hiện Kế hoạch này.
"""


def test_body_table_rows_take_their_lead_from_the_answerable_column() -> None:
    tasks = tasks_by_ref(parse_plan(BODY_TABLE))
    assert tasks["II.1.a.1"].lead == ["Lãnh đạo Sở Công Thương"]
    assert tasks["II.1.a.1"].lead_source == "table"
    assert tasks["II.1.b.2"].lead == ["Lãnh đạo UBND xã B"]


def test_yearless_day_takes_the_year_of_the_column_header_and_stays_a_day() -> None:
    """ "ngày 23 tháng 1" under "Thời gian (Năm 2026)" is 23/01/2026, not the end of January; "27/3" is a
    day too, while "Tháng 10" is the month."""
    tasks = tasks_by_ref(parse_plan(BODY_TABLE))
    assert tasks["II.1.a.1"].deadline.date == dt.date(2026, 1, 23)
    assert tasks["II.1.a.2"].deadline.date == dt.date(2026, 5, 8)
    assert tasks["II.1.b.1"].deadline.date == dt.date(2026, 3, 27)
    assert tasks["II.1.b.2"].deadline.date == dt.date(2026, 10, 31)


def test_the_item_a_table_details_is_a_task_of_the_agency_its_body_names() -> None:
    """b) has a paragraph of content, then the assignment, then its table: the rows stay under b), and b)
    is the broadcaster's task, due with its last row."""
    tasks = tasks_by_ref(parse_plan(BODY_TABLE))
    assert tasks["II.1.a"].lead == ["Đài Phát thanh tỉnh"]
    assert tasks["II.1.a"].deadline.date == dt.date(2026, 5, 8)
    assert tasks["II.1.b"].lead == ["Đài Phát thanh tỉnh"]
    assert tasks["II.1.b"].deadline.date == dt.date(2026, 10, 31)
    assert not any(ref.startswith("II.1.1") or ref.startswith("II.1.2") for ref in tasks)


def test_day_month_words_without_year() -> None:
    assert parse_deadline("ngày 23 tháng 1", 2026).date == dt.date(2026, 1, 23)
    assert parse_deadline("Từ 20 giờ 15 phút ngày 11 tháng 12", 2026).date == dt.date(2026, 12, 11)
    assert parse_deadline("ngày 23 tháng 1 năm 2027", 2026).date == dt.date(2027, 1, 23)
    assert parse_deadline("tháng 3", 2026).date == dt.date(2026, 3, 31)
    assert parse_deadline("ngày 23 tháng 1").date is None  # no year anywhere: no date


# ---- appendix tables --------------------------------------------------------------------------------------------

APPENDIX = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Cải cách hành chính năm 2026
I. MỤC TIÊU
1. Nâng cao chỉ số cải cách hành chính.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.
PHỤ LỤC
PHÂN CÔNG NHIỆM VỤ NĂM 2026
STT | Nhiệm vụ | Sản phẩm | Thời gian hoàn thành | Chủ trì thực hiện | Phối hợp thực hiện | Theo dõi, kiểm tra, đôn đốc
I | Cải cách thể chế
1 | Rà soát văn bản quy phạm pháp luật | Danh mục văn bản | Quý II | Sở Tư pháp | Các sở, ngành | Sở Nội vụ
II | Cải cách thủ tục hành chính
08 | Công bố danh mục thủ tục hành chính | Quyết định công bố | 30/6 | Văn phòng UBND tỉnh |  | Sở Nội vụ
09 | Kiểm tra việc giải quyết hồ sơ tại bộ phận một cửa | Kết quả kiểm tra | Tháng 9 | Thanh tra tỉnh | Sở Nội vụ | Văn phòng UBND tỉnh
PHỤ LỤC 2
CHỈ TIÊU NĂM 2026
TT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026
I | CHỈ SỐ
1 | Chỉ số hài lòng | % | 85 | 90
2 | Hồ sơ trực tuyến | % | 60 | 80
"""


def test_appendix_rows_restart_per_group_and_read_leading_zeros() -> None:
    tasks = tasks_by_ref(parse_plan(APPENDIX))
    assert {"PL.I.1", "PL.II.8", "PL.II.9"} <= tasks.keys()
    assert tasks["PL.II.9"].lead == ["Thanh tra tỉnh"]
    assert tasks["PL.II.9"].deadline.date == dt.date(2026, 9, 30)  # the plan's year: "… năm 2026"
    assert tasks["PL.II.8"].deadline.date == dt.date(2026, 6, 30)


def test_monitor_column_is_no_coordinator() -> None:
    tasks = tasks_by_ref(parse_plan(APPENDIX))
    assert tasks["PL.I.1"].coordinators == ["Các sở, ngành"]
    assert tasks["PL.II.8"].coordinators == []


def test_a_table_of_figures_has_notasks_by_ref() -> None:
    """ "TT | Chỉ tiêu | ĐVT | Năm …" has no task column: its rows are targets, not tasks."""
    tasks = tasks_by_ref(parse_plan(APPENDIX))
    assert not any(ref.startswith("PL2") for ref in tasks)


def test_continuation_row_under_a_merged_task_cell_is_its_own_task() -> None:
    """Word repeats a vertically merged STT and task cell on each row it spans: the second row is a second
    product with its own owner and timing, and reads as its product."""
    doc = WordDoc()
    doc.para("KẾ HOẠCH")
    doc.para("Cải cách hành chính năm 2026")
    doc.para("I. TỔ CHỨC THỰC HIỆN")
    doc.para("1. Sở Nội vụ theo dõi việc thực hiện Kế hoạch.")
    doc.para("PHỤ LỤC")
    table = doc.table(
        [
            ["STT", "Nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Chủ trì", "Phối hợp"],
            ["I", "Công tác chỉ đạo", "", "", "", ""],
            [
                "1",
                "Ban hành kế hoạch kiểm tra",
                "Kế hoạch kiểm tra của tỉnh",
                "Tháng 01/2026",
                "Sở Nội vụ",
                "",
            ],
            ["", "", "Kế hoạch tự kiểm tra của các cơ quan", "Tháng 6/2026", "Các cơ quan, đơn vị", ""],
        ]
    )
    table.cell(1, 1).merge(table.cell(1, 5))
    merge_vertical(table, 0, 2, 3)
    merge_vertical(table, 1, 2, 3)
    text = read_text(doc.save(), "docx")
    tasks = [t for t in parse_plan(text).tasks() if t.ref.startswith("PL.I.1")]
    assert [t.text for t in tasks] == ["Ban hành kế hoạch kiểm tra", "Kế hoạch tự kiểm tra của các cơ quan"]
    assert [t.lead for t in tasks] == [["Sở Nội vụ"], ["Các cơ quan, đơn vị"]]
    assert tasks[1].deadline.date == dt.date(2026, 6, 30)


# ---- group lead lines -------------------------------------------------------------------------------------------

CONCLUSION = """ỦY BAN NHÂN DÂN TỈNH X
THÔNG BÁO
Kết luận của Phó Chủ tịch tại Hội nghị cải cách hành chính
I. ĐÁNH GIÁ CHUNG
Năm 2025, công tác cải cách hành chính có nhiều chuyển biến.
II. NHIỆM VỤ TRỌNG TÂM
1. Về cải cách thể chế
Giao Sở Tư pháp chủ trì, phối hợp với các cơ quan, đơn vị liên quan:
a) Rà soát hệ thống văn bản quy phạm pháp luật của tỉnh.
b) Kịp thời tham mưu sửa đổi các văn bản không còn phù hợp.
2. Về tài chính công
Giao Sở Tài chính:
a) Tham mưu bố trí kinh phí cho cấp xã.
3. Về chính quyền số
Chủ tịch UBND tỉnh yêu cầu:
a) Đẩy mạnh sử dụng chữ ký số.
III. TỔ CHỨC THỰC HIỆN
Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan:
1. Theo dõi, đôn đốc việc thực hiện Thông báo này.
2. Tổng hợp, đánh giá chỉ số cải cách hành chính hằng tháng.
"""


def test_group_lead_line_gives_its_items_their_lead() -> None:
    tasks = tasks_by_ref(parse_plan(CONCLUSION))
    assert tasks["II.1.a"].lead == tasks["II.1.b"].lead == ["Sở Tư pháp"]
    assert tasks["II.1.a"].coordinators == ["các cơ quan, đơn vị liên quan"]
    assert tasks["II.1.a"].lead_source == "explicit"
    assert tasks["II.2.a"].lead == ["Sở Tài chính"]
    assert tasks["III.1"].lead == tasks["III.2"].lead == ["Sở Nội vụ"]


def test_who_demands_is_no_group_lead() -> None:
    """ "Chủ tịch UBND tỉnh yêu cầu:" says who asks, not who does the items under it."""
    assert group_lead("Chủ tịch UBND tỉnh yêu cầu:") is None
    assert group_lead("Giao Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ") is None  # no colon: a task itself
    found = group_lead("Sở Công Thương chủ trì, phối hợp với Sở Tài chính thực hiện các nhiệm vụ sau:")
    assert found is not None and found.lead == ["Sở Công Thương"] and found.coordinators == ["Sở Tài chính"]
    tasks = tasks_by_ref(parse_plan(CONCLUSION))
    assert "Chủ tịch UBND tỉnh" not in tasks["II.3.a"].lead


def test_agency_heading_written_with_odd_capitals() -> None:
    """ "Báo và Phát Thanh, Truyền hình tỉnh" is one body (two names joined by "và"), not "Báo cáo …"."""
    assert heading_agencies("Báo và Phát Thanh, Truyền hình tỉnh") == ["Báo và Phát Thanh, Truyền hình tỉnh"]
    assert plausible_subject("Báo và Phát thanh, Truyền hình tỉnh chủ trì")
    assert not plausible_subject("Ban hành và triển khai kế hoạch")
    plan = parse_plan(
        "KẾ HOẠCH\nTuyên truyền\nI. TỔ CHỨC THỰC HIỆN\n1. Báo và Phát Thanh, Truyền hình tỉnh\n"
        "a) Xây dựng chuyên mục cải cách hành chính.\nb) Đưa tin về các mô hình hay.\n"
    )
    tasks = tasks_by_ref(plan)
    assert tasks["I.1.a"].lead == tasks["I.1.b"].lead == ["Báo và Phát Thanh, Truyền hình tỉnh"]


# ---- rows that restate body items -------------------------------------------------------------------------------

RESTATED = """ỦY BAN NHÂN DÂN TỈNH X
KẾ HOẠCH
Cải cách hành chính năm 2026
I. NHIỆM VỤ
1. Công tác chỉ đạo, điều hành
a) Các cơ quan, đơn vị quán triệt đến cán bộ, công chức về nhiệm vụ cải cách hành chính.
b) Đẩy mạnh tuyên truyền về kết quả cải cách hành chính với nhiều hình thức đa dạng.
c) Triển khai ứng dụng Internet vạn vật trong các khu công nghiệp theo hướng thông minh.
II. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.
PHỤ LỤC
PHÂN CÔNG NHIỆM VỤ
STT | Nhiệm vụ | Thời gian hoàn thành | Chủ trì | Phối hợp
I | Công tác chỉ đạo, điều hành
1 | Các cơ quan, đơn vị quán triệt đến cán bộ, công chức về nhiệm vụ cải cách hành chính | Quý I/2026 | Các cơ quan, đơn vị | Sở Nội vụ
2 | Ban hành kế hoạch tuyên truyền của tỉnh | Tháng 01/2026 | Sở Nội vụ |
3 | Tổ chức hội thi tuyên truyền cho đoàn viên | Tháng 9/2026 | Tỉnh đoàn |
4 | Xây dựng hạ tầng 5G, Internet vạn vật trong các khu công nghiệp, cụm công nghiệp | Quý IV/2026 | Sở Khoa học và Công nghệ |
"""


def test_a_weak_match_joins_a_row_to_a_body_item_only_when_it_is_that_items_clear_best() -> None:
    """Row 1 restates a) word for word. Rows 2 and 3 each share "tuyên truyền" with b), about equally: neither
    restates it, both stay tasks and b) keeps no date of theirs. Row 4 shares less with c), but no other
    row comes near: it is c)'s row."""
    tasks = tasks_by_ref(parse_plan(RESTATED))
    assert "PL.I.1" not in tasks and tasks["I.1.a"].deadline.date == dt.date(2026, 3, 31)
    assert {"PL.I.2", "PL.I.3"} <= tasks.keys()
    assert tasks["I.1.b"].deadline.date is None
    assert "PL.I.4" not in tasks and tasks["I.1.c"].lead == ["Sở Khoa học và Công nghệ"]


# ---- distributive lists -----------------------------------------------------------------------------------------


def test_distributive_list_names_each_body_in_full() -> None:
    """ "Các Cục: A, B" is "Cục A" and "Cục B"; with ";" between names, a name may hold a comma; a sentence
    break ends the list, and a "và các …" after the last name is a body of its own."""
    from planparse.owners import split_agencies, subject_owners

    assert split_agencies("Các Cục: Di sản văn hóa, Bản quyền tác giả") == [
        "Cục Di sản văn hóa",
        "Cục Bản quyền tác giả",
    ]
    assert split_agencies("Các Vụ: Pháp chế; Kế hoạch, Tài chính. Văn phòng Bộ") == [
        "Vụ Pháp chế",
        "Vụ Kế hoạch, Tài chính",
        "Văn phòng Bộ",
    ]
    found = subject_owners(
        "Giao Ban Tuyên giáo, Văn phòng Tỉnh ủy; các Đảng ủy: Ủy ban nhân dân tỉnh; Công an tỉnh và các cấp ủy "
        "căn cứ Kết luận này để tổ chức thực hiện."
    )
    assert found is not None
    assert found.lead == [
        "Ban Tuyên giáo",
        "Văn phòng Tỉnh ủy",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Đảng ủy Công an tỉnh",
        "các cấp ủy",
    ]


def test_distributive_list_keeps_the_words_before_cac() -> None:
    """ "Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ" names each city's people's committee in full."""
    from planparse.owners import split_agencies, subject_owners

    assert split_agencies("Ủy ban nhân dân các thành phố: Hà Nội, Cần Thơ") == [
        "Ủy ban nhân dân thành phố Hà Nội",
        "Ủy ban nhân dân thành phố Cần Thơ",
    ]
    found = subject_owners("Sở Nội vụ, Ủy ban nhân dân các huyện: An Phú, Tân Châu rà soát hồ sơ.")
    assert found is not None
    assert found.lead == ["Sở Nội vụ", "Ủy ban nhân dân huyện An Phú", "Ủy ban nhân dân huyện Tân Châu"]


def test_distributive_lead_cell_of_a_task_table() -> None:
    plan = parse_plan(
        "KẾ HOẠCH\nChuyển đổi số năm 2026\nI. TỔ CHỨC THỰC HIỆN\n1. Văn phòng theo dõi việc thực hiện.\n"
        "PHỤ LỤC\nSTT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn hoàn thành\n"
        "1 | Làm sạch cơ sở dữ liệu chuyên ngành | Các Cục: Di sản văn hóa, Bản quyền tác giả | Văn phòng | 31/12/2026\n"
    )
    assert tasks_by_ref(plan)["PL.1"].lead == ["Cục Di sản văn hóa", "Cục Bản quyền tác giả"]


def test_agency_headings_whose_words_run_on() -> None:
    """A heading that is only a name leads the items under it, however its words run: a centre whose name
    holds a comma, addressees after "Đề nghị", a broadcaster written in lower case beside another body. A
    heading with a verb or a preposition after its head is no name."""
    assert heading_agencies("Trung tâm Xúc tiến đầu tư, thương mại và du lịch") == [
        "Trung tâm Xúc tiến đầu tư, thương mại và du lịch"
    ]
    assert heading_agencies("Đề nghị các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa") == [
        "các doanh nghiệp sản xuất, chế biến và xuất khẩu hàng hóa"
    ]
    assert heading_agencies("Báo và phát thanh, truyền hình tỉnh, Đài Truyền hình Việt Nam") == [
        "Báo và phát thanh, truyền hình tỉnh",
        "Đài Truyền hình Việt Nam",
    ]
    assert heading_agencies("Sở Nội vụ hướng dẫn các xã") == []
    assert heading_agencies("Hội nghị sơ kết") == []
    plan = parse_plan(
        "KẾ HOẠCH\nXuất khẩu\nI. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Xúc tiến đầu tư, thương mại và du lịch\n"
        "- Tổ chức hội chợ giới thiệu sản phẩm của tỉnh.\n- Làm việc với cơ quan báo chí để quảng bá sản phẩm.\n"
    )
    assert tasks_by_ref(plan)["I.1-2"].lead == ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch"]


def test_numbered_group_heading_that_assigns_leads_its_bullets() -> None:
    """ "8.1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành" heads bullets (and their "+" lines) without a
    colon: its agency leads them."""
    plan = parse_plan(
        "KẾ HOẠCH\nPhòng, chống ma túy\nI. NHIỆM VỤ\n8. Bảo đảm nguồn lực\n"
        "8.1. Sở Tài chính chủ trì, phối hợp các sở, ban, ngành\n"
        "- Tham mưu Ủy ban nhân dân tỉnh:\n+ Lập kế hoạch vốn trung hạn của Chương trình.\n"
        "+ Huy động các nguồn vốn hợp pháp.\n- Hướng dẫn sử dụng kinh phí đúng quy định.\n"
        "8.2. Các sở, ban, ngành, địa phương\n- Huy động nguồn lực của đơn vị.\n"
    )
    tasks = tasks_by_ref(plan)
    assert tasks["I.8.1-1.+2"].lead == tasks["I.8.1-2"].lead == ["Sở Tài chính"]
    assert tasks["I.8.2-1"].lead == ["Các sở, ban, ngành, địa phương"]


def test_bodies_written_in_lower_case_or_without_a_usual_head() -> None:
    """ "Bộ tư lệnh Vùng Cảnh sát biển 3:" opens its item; "Tỉnh đoàn" ends a list of bodies."""
    plan = parse_plan(
        "KẾ HOẠCH\nPhòng, chống ma túy\nI. KIẾN NGHỊ\n"
        "1. Bộ tư lệnh Vùng Cảnh sát biển 3: Phối hợp với lực lượng địa phương tuần tra trên biển.\n"
        "2. Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Tỉnh đoàn: Tuyên truyền cho hội viên, đoàn viên.\n"
    )
    tasks = tasks_by_ref(plan)
    assert tasks["I.1"].lead == ["Bộ tư lệnh Vùng Cảnh sát biển 3"]
    assert tasks["I.2"].lead == ["Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Tỉnh đoàn"]


def test_an_owner_named_inside_the_item_wins_over_its_heading() -> None:
    """ "Khi có kết quả …, giao Sở Nội vụ chủ trì cùng với …" under a heading naming all agencies: the item
    says who chairs it. A "giao" without "chủ trì" after the agency ("giao các xã rà soát") does not."""
    plan = parse_plan(
        "THÔNG BÁO\nKết luận\nI. NHIỆM VỤ\n1. Trách nhiệm của các sở, ban, ngành, UBND các xã, phường\n"
        "a) Khi có kết quả đánh giá chính thức các chỉ số, giao Sở Nội vụ chủ trì cùng với các đơn vị phân tích "
        "từng chỉ tiêu.\nb) Chủ động xây dựng kế hoạch khắc phục tồn tại, hạn chế.\n"
    )
    tasks = tasks_by_ref(plan)
    assert tasks["I.1.a"].lead == ["Sở Nội vụ"]
    assert tasks["I.1.b"].lead == ["các sở, ban, ngành, UBND các xã, phường"]
