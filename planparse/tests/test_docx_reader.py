"""Word as the reader sees it: automatic numbering, body order, merged cells, breaks, what stays out of the body."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest

from planparse.docx_reader import format_number, letter, roman
from planparse.tests.wordbuild import (
    PLAN_LEVELS,
    Lvl,
    WordDoc,
    merge_horizontal,
    merge_vertical,
    set_numbering,
    text_of,
)


def test_each_number_format() -> None:
    doc = WordDoc()
    levels = [
        Lvl("upperRoman", "%1."),
        Lvl("decimal", "%2."),
        Lvl("lowerLetter", "%3)"),
        Lvl("upperLetter", "%4."),
        Lvl("lowerRoman", "%5."),
        Lvl("bullet", "\uf0b7"),  # Symbol font bullet, private use area
        Lvl("bullet", "-"),
        Lvl("bullet", "+"),
        Lvl("decimalZero", "%9."),
    ]
    num = doc.list(levels)
    for ilvl, text in enumerate(
        ["Rô-ma", "Số", "Chữ thường", "Chữ hoa", "La mã thường", "Chấm", "Gạch", "Cộng"]
    ):
        doc.para(text, num, ilvl)
    doc.para("Hai chữ số", num, 8)
    assert text_of(doc.save()) == [
        "I. Rô-ma",
        "1. Số",
        "a) Chữ thường",
        "A. Chữ hoa",
        "i. La mã thường",
        "• Chấm",
        "- Gạch",
        "+ Cộng",
        "01. Hai chữ số",
    ]


def test_a_picture_bullet_is_a_bullet() -> None:
    doc = WordDoc()
    doc.para("Ảnh", doc.list([Lvl("bullet", "", picture=True)]), 0)
    assert text_of(doc.save()) == ["• Ảnh"]


def test_lower_letters_are_plain_latin_as_word_counts() -> None:
    """Word's lowerLetter has no "đ": after "d)" comes "e)"; after "z)" comes "aa)"."""
    doc = WordDoc()
    num = doc.list([Lvl("lowerLetter", "%1)")])
    for n in range(28):
        doc.para(f"Mục {n + 1}", num, 0)
    lines = text_of(doc.save())
    assert [ln.split(")")[0] for ln in lines[:6]] == ["a", "b", "c", "d", "e", "f"]
    assert lines[25].startswith("z) ") and lines[26].startswith("aa) ") and lines[27].startswith("bb) ")


def test_number_helpers() -> None:
    assert [roman(n) for n in (1, 4, 9, 14, 40, 1990)] == ["I", "IV", "IX", "XIV", "XL", "MCMXC"]
    assert [letter(n) for n in (1, 26, 27, 53)] == ["a", "z", "aa", "aaa"]
    assert format_number(3, "upperLetter") == "C" and format_number(7, "cardinalText") == "7"
    assert [format_number(2, f) for f in ("decimalEnclosedParen", "decimalEnclosedCircle", "none")] == [
        "(2)",
        "②",
        "",
    ]


def test_multilevel_text_and_brackets() -> None:
    doc = WordDoc()
    dotted = doc.list([Lvl("decimal", "%1."), Lvl("decimal", "%1.%2."), Lvl("decimal", "%1.%2.%3.")])
    doc.para("Một", dotted, 0)
    doc.para("Một một", dotted, 1)
    doc.para("Một hai", dotted, 1)
    doc.para("Một hai một", dotted, 2)
    doc.para("Hai", dotted, 0)
    doc.para("Hai một", dotted, 1)
    paren = doc.list([Lvl("decimal", "%1)"), Lvl("decimal", "(%2)")])
    doc.para("Khoản", paren, 0)
    doc.para("Điểm", paren, 1)
    assert text_of(doc.save()) == [
        "1. Một",
        "1.1. Một một",
        "1.2. Một hai",
        "1.2.1. Một hai một",
        "2. Hai",
        "2.1. Hai một",
        "1) Khoản",
        "(1) Điểm",
    ]


def test_lower_levels_restart_when_a_higher_level_advances() -> None:
    doc = WordDoc()
    num = doc.list(PLAN_LEVELS)
    for text, ilvl in [
        ("A", 0),
        ("B", 1),
        ("C", 2),
        ("D", 2),
        ("E", 1),
        ("F", 2),
        ("G", 0),
        ("H", 1),
        ("K", 2),
    ]:
        doc.para(text, num, ilvl)
    assert text_of(doc.save()) == [
        "I. A",
        "1. B",
        "a) C",
        "b) D",
        "2. E",
        "a) F",
        "II. G",
        "1. H",
        "a) K",
    ]


def test_lvl_restart_zero_keeps_counting_across_sections() -> None:
    doc = WordDoc()
    num = doc.list([Lvl("upperRoman", "%1."), Lvl("decimal", "%2.", restart=0)])
    for text, ilvl in [("A", 0), ("B", 1), ("C", 1), ("D", 0), ("E", 1)]:
        doc.para(text, num, ilvl)
    assert text_of(doc.save()) == ["I. A", "1. B", "2. C", "II. D", "3. E"]


def test_start_value_and_suffix() -> None:
    doc = WordDoc()
    num = doc.list([Lvl("decimal", "%1.", start=5, suffix="nothing"), Lvl("decimal", "%2)", suffix="space")])
    doc.para("Năm", num, 0)
    doc.para("Một", num, 1)
    doc.para("Sáu", num, 0)
    assert text_of(doc.save()) == ["5.Năm", "1) Một", "6.Sáu"]


def test_a_new_num_of_the_same_list_continues_unless_it_overrides_the_start() -> None:
    doc = WordDoc()
    abstract = doc.abstract([Lvl("decimal", "%1.")])
    first, second = doc.num(abstract), doc.num(abstract)
    restarted = doc.num(abstract, start_overrides={0: 1})
    doc.para("A", first, 0)
    doc.para("B", first, 0)
    doc.para("C", second, 0)  # same abstractNum, no override: the list goes on
    doc.para("D", restarted, 0)  # startOverride: starts again at 1
    doc.para("E", restarted, 0)
    doc.para("F", first, 0)  # back to the first num: the shared counter goes on
    assert text_of(doc.save()) == ["1. A", "2. B", "3. C", "1. D", "2. E", "3. F"]


def test_start_override_to_another_value() -> None:
    doc = WordDoc()
    abstract = doc.abstract([Lvl("upperRoman", "%1."), Lvl("decimal", "%2.")])
    num = doc.num(abstract, start_overrides={0: 3})
    doc.para("Ba", num, 0)
    doc.para("Một", num, 1)
    doc.para("Bốn", num, 0)
    assert text_of(doc.save()) == ["III. Ba", "1. Một", "IV. Bốn"]


def test_a_whole_level_override_replaces_the_level() -> None:
    doc = WordDoc()
    abstract = doc.abstract([Lvl("decimal", "%1."), Lvl("decimal", "%2.")])
    plain = doc.num(abstract)
    lettered = doc.num(abstract, level_overrides={1: Lvl("lowerLetter", "%2)")})
    doc.para("Một", plain, 0)
    doc.para("Con", plain, 1)
    doc.para("Hai", lettered, 0)
    doc.para("Con chữ", lettered, 1)
    assert text_of(doc.save()) == ["1. Một", "1. Con", "2. Hai", "a) Con chữ"]


def test_legal_numbering_shows_every_level_as_decimal() -> None:
    doc = WordDoc()
    num = doc.list([Lvl("upperRoman", "%1."), Lvl("decimal", "%1.%2.", legal=True)])
    doc.para("Phần", num, 0)
    doc.para("Mục", num, 1)
    assert text_of(doc.save()) == ["I. Phần", "1.1. Mục"]


def test_numbering_from_the_paragraph_style() -> None:
    doc = WordDoc()
    num = doc.list(
        [
            Lvl("upperRoman", "%1.", style="MucLon"),
            Lvl("decimal", "%2.", style="MucNho"),
            Lvl("lowerLetter", "%3)"),
        ]
    )
    doc.style("MucLon", num_id=num)  # no ilvl: the list level linked to the style (w:pStyle) gives it
    doc.style("MucNho", num_id=num)
    doc.style("DiemGoc", num_id=num, ilvl=2)
    doc.style("Diem", based_on="DiemGoc")  # inherits numId and ilvl through basedOn
    doc.para("NHIỆM VỤ", style="MucLon")
    doc.para("Tuyên truyền", style="MucNho")
    doc.para("Tổ chức hội nghị", style="Diem")
    doc.para("Biên soạn tài liệu", style="Diem")
    doc.para("Mục riêng cấp 2", num, 1, style="Diem")  # a direct numPr wins over the style's
    doc.para("TỔ CHỨC THỰC HIỆN", style="MucLon")
    assert text_of(doc.save()) == [
        "I. NHIỆM VỤ",
        "1. Tuyên truyền",
        "a) Tổ chức hội nghị",
        "b) Biên soạn tài liệu",
        "2. Mục riêng cấp 2",
        "II. TỔ CHỨC THỰC HIỆN",
    ]


def test_a_list_linked_to_a_numbering_style_takes_that_style_list() -> None:
    """Word writes a list made from a list style as an abstractNum with only w:numStyleLink."""
    doc = WordDoc()
    defined = doc.list([Lvl("upperRoman", "%1."), Lvl("lowerLetter", "%2)")])
    doc.style("DanhSachKeHoach", num_id=defined, kind="numbering")
    linked = doc.num(doc.abstract([], style_link="DanhSachKeHoach"))
    doc.para("Phần", linked, 0)
    doc.para("Điểm", linked, 1)
    doc.para("Phần hai", defined, 0)  # the same list: it goes on
    assert text_of(doc.save()) == ["I. Phần", "a) Điểm", "II. Phần hai"]


def test_num_id_zero_switches_numbering_off_and_does_not_count() -> None:
    doc = WordDoc()
    num = doc.list([Lvl("decimal", "%1.")])
    doc.style("DanhSo", num_id=num, ilvl=0)
    doc.para("Một", style="DanhSo")
    doc.para("Không số", 0, style="DanhSo")
    doc.para("Hai", style="DanhSo")
    doc.para("Số không có định nghĩa", 99)
    assert text_of(doc.save()) == ["1. Một", "Không số", "2. Hai", "Số không có định nghĩa"]


def test_table_rows_merged_cells_and_numbered_cells() -> None:
    doc = WordDoc()
    doc.para("Trước bảng")
    table = doc.table(
        [
            ["STT", "Nội dung", "Chủ trì", "Thời gian"],
            ["I. NHÓM NHIỆM VỤ TUYÊN TRUYỀN", "", "", ""],
            ["", "Tổ chức hội nghị", "Sở Nội vụ", "Quý I/2026"],
            ["", "Biên soạn tài liệu", "", "Quý II/2026"],
        ]
    )
    merge_horizontal(table, 1, 0, 3)  # a group row: one cell across the table
    merge_vertical(table, 2, 2, 3)  # one lead agency for both rows
    stt = doc.list([Lvl("decimal", "%1.")])
    for r in (2, 3):
        set_numbering(table.cell(r, 0).paragraphs[0]._p, stt, 0)  # STT by Word's numbering
    doc.para("Sau bảng")
    assert text_of(doc.save()) == [
        "Trước bảng",
        "STT | Nội dung | Chủ trì | Thời gian",
        "I. NHÓM NHIỆM VỤ TUYÊN TRUYỀN",
        "1. | Tổ chức hội nghị | Sở Nội vụ | Quý I/2026",
        "2. | Biên soạn tài liệu | Sở Nội vụ | Quý II/2026",  # the merged lead read for this row too
        "Sau bảng",
    ]


def test_cell_paragraphs_and_breaks_stay_on_the_row_line() -> None:
    doc = WordDoc()
    table = doc.table([["1", "Xây dựng kế hoạch", "Sở Tư pháp"]])
    cell = table.cell(0, 1)
    cell.add_paragraph("Hướng dẫn các xã")
    cell.paragraphs[0].runs[0].add_break()
    cell.paragraphs[0].add_run("năm 2026")
    assert text_of(doc.save()) == ["1 | Xây dựng kế hoạch năm 2026 Hướng dẫn các xã | Sở Tư pháp"]


def test_headers_footers_and_text_boxes_stay_out_of_the_body() -> None:
    doc = WordDoc()
    section = doc.document.sections[0]
    section.header.paragraphs[0].text = "ĐẦU TRANG"
    section.footer.paragraphs[0].text = "Trang 1"
    textbox = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        "<wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>HỘP CHỮ</w:t></w:r></w:p></w:txbxContent></wps:txbx>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>HỘP CHỮ DỰ PHÒNG</w:t></w:r></w:p></w:txbxContent></v:textbox>"
        "</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    doc.xml_para(f'<w:r><w:t xml:space="preserve">Nội dung </w:t></w:r>{textbox}<w:r><w:t>chính</w:t></w:r>')
    doc.xml_para(
        "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>VML</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    assert [ln for ln in text_of(doc.save()) if ln] == ["Nội dung chính"]


def test_tracked_changes_deleted_text_out_inserted_text_in() -> None:
    doc = WordDoc()
    num = doc.list([Lvl("decimal", "%1.")])
    p = doc.xml_para(
        '<w:r><w:t xml:space="preserve">Sở </w:t></w:r>'
        '<w:del w:id="1" w:author="A"><w:r><w:delText>Nội vụ</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A"><w:r><w:t>Tư pháp</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> chủ trì</w:t></w:r>'
    )
    set_numbering(p, num, 0)
    gone = doc.xml_para(
        '<w:pPr><w:rPr><w:del w:id="3" w:author="A"/></w:rPr></w:pPr>'
        '<w:del w:id="4" w:author="A"><w:r><w:delText>Đoạn đã xoá</w:delText></w:r></w:del>'
    )
    set_numbering(gone, num, 0)  # a deleted numbered paragraph takes no number
    doc.para("Tiếp theo", num, 0)
    doc.xml_para(
        '<w:pPr><w:rPr><w:del w:id="5" w:author="A"/></w:rPr></w:pPr><w:r><w:t xml:space="preserve">Sở Y tế </w:t></w:r>'
    )
    doc.para("phối hợp thực hiện", num, 0)  # the deleted mark joins the two paragraphs; the second's number
    doc.xml_para('<w:pPr><w:rPr><w:del w:id="6" w:author="A"/></w:rPr></w:pPr><w:r><w:t>Cuối</w:t></w:r>')
    assert text_of(doc.save()) == [
        "1. Sở Tư pháp chủ trì",
        "2. Tiếp theo",
        "3. Sở Y tế phối hợp thực hiện",
        "Cuối",  # nothing after it to join: its own line
    ]


def test_fields_hidden_text_and_tabs() -> None:
    doc = WordDoc()
    doc.xml_para(
        '<w:r><w:t xml:space="preserve">Xem </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>phụ lục</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>"
        "<w:r><w:tab/><w:t>kèm</w:t><w:tab/><w:tab/><w:t>theo</w:t></w:r>"
    )
    assert text_of(doc.save()) == ["Xem phụ lục kèm theo"]


@pytest.mark.parametrize(
    ("runs", "expected"),
    [
        # a letterhead: each line starts anew
        (["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"], ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"]),
        # label lines after a break: a new line each
        (["Nhiệm vụ: rà soát văn bản;", "Thời gian: Quý I/2026."], ["Nhiệm vụ: rà soát văn bản;", "Thời gian: Quý I/2026."]),
        # a sentence wrapped by hand: one line
        (["Sở Nội vụ chủ trì, phối hợp với", "các sở, ngành tổ chức tập huấn."],
         ["Sở Nội vụ chủ trì, phối hợp với các sở, ngành tổ chức tập huấn."]),
        # a label's value on the next line continues it; lettered items after a clause do not
        (["Thời gian thực hiện:", "năm 2026."], ["Thời gian thực hiện: năm 2026."]),
        (["a) rà soát văn bản;", "b) tập huấn", "- phổ biến"], ["a) rà soát văn bản;", "b) tập huấn", "- phổ biến"]),
        # a break at the end, or two in a row, makes no empty line
        (["Một dòng", "", "", "Dòng hai", ""], ["Một dòng", "Dòng hai"]),
    ],
)  # fmt: skip
def test_manual_line_breaks(runs: list[str], expected: list[str]) -> None:
    doc = WordDoc()
    p = doc.document.add_paragraph(runs[0])
    for text in runs[1:]:
        p.runs[-1].add_break()
        p.add_run(text)
    assert text_of(doc.save()) == expected


def test_body_content_controls_and_page_breaks() -> None:
    doc = WordDoc()
    doc.document.add_paragraph("Trước")
    doc.document.add_page_break()
    body = doc.document.element.body
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    sdt = parse_xml(
        f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Trong khối</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    )
    body.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr").addprevious(sdt)
    assert [ln for ln in text_of(doc.save()) if ln] == ["Trước", "Trong khối"]


def test_letterhead_and_signature_tables_read_one_cell_per_line() -> None:
    doc = WordDoc()
    doc.letterhead(
        ["ỦY BAN NHÂN DÂN", "TỈNH KIỂM THỬ"], "Số: 12/KH-UBND", "Kiểm Thử, ngày 02 tháng 12 năm 2025"
    )
    doc.para("KẾ HOẠCH")
    doc.para("Nội dung.")
    doc.table([["Nơi nhận:\n- Như trên;\n- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN"]]).cell(0, 1).add_paragraph(
        "CHỦ TỊCH"
    )
    assert text_of(doc.save()) == [
        "ỦY BAN NHÂN DÂN TỈNH KIỂM THỬ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: 12/KH-UBND",
        "Kiểm Thử, ngày 02 tháng 12 năm 2025",
        "KẾ HOẠCH",
        "Nội dung.",
        "Nơi nhận: - Như trên; - Lưu: VT.",  # python-docx writes "\n" in cell text as line breaks
        "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
    ]


def test_a_malformed_list_definition_does_not_make_the_file_unreadable() -> None:
    doc = WordDoc()
    num = doc.list([Lvl("decimal", "%1.")])
    level = doc.numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}abstractNum")[1]
    level.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}ilvl", "x")
    doc.para("Vẫn đọc được", num, 0)
    assert text_of(doc.save()) == ["1. Vẫn đọc được"]


def _rewrite(data: bytes, change: Callable[[str, bytes], tuple[str, bytes]]) -> bytes:
    """The same package with each part passed through `change(name, bytes) -> (name, bytes)`."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            name, body = change(info.filename, src.read(info.filename))
            dst.writestr(name, body)
    return out.getvalue()


def _numbered_sample() -> bytes:
    doc = WordDoc()
    num = doc.list([Lvl("upperRoman", "%1."), Lvl("decimal", "%2.")])
    doc.style("MucLon", num_id=num, ilvl=0)
    doc.para("NHIỆM VỤ", style="MucLon")
    doc.para("Tuyên truyền", num, 1)
    return doc.save()


def test_strict_open_xml_namespace() -> None:
    """Word's "Strict Open XML Document" writes another namespace for the same elements."""
    strict = _rewrite(
        _numbered_sample(),
        lambda name, body: (
            name,
            body.replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            ),
        ),
    )
    assert b"purl.oclc.org/ooxml/wordprocessingml" in zipfile.ZipFile(io.BytesIO(strict)).read(
        "word/document.xml"
    )
    assert text_of(strict) == ["I. NHIỆM VỤ", "1. Tuyên truyền"]


def test_main_part_found_through_the_package_relationships() -> None:
    def move(name: str, body: bytes) -> tuple[str, bytes]:
        body = body.replace(b"word/document.xml", b"noi-dung/chinh.xml")
        if name.startswith("word/"):
            name = "noi-dung/" + name[len("word/") :]
            if name == "noi-dung/document.xml":
                name = "noi-dung/chinh.xml"
            elif name == "noi-dung/_rels/document.xml.rels":
                name = "noi-dung/_rels/chinh.xml.rels"
        return name, body.replace(b"/word/", b"/noi-dung/")

    moved = _rewrite(_numbered_sample(), move)
    assert "word/document.xml" not in zipfile.ZipFile(io.BytesIO(moved)).namelist()
    assert text_of(moved) == ["I. NHIỆM VỤ", "1. Tuyên truyền"]


def test_a_workbook_named_docx_is_not_word() -> None:
    import openpyxl

    from planparse import ReadError, read_text

    book = openpyxl.Workbook()
    book.active["A1"] = "Nhiệm vụ"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(ReadError) as exc:
        read_text(buffer.getvalue(), "docx")
    assert "không đúng định dạng Word" in exc.value.message


def test_symbols_and_hyphens() -> None:
    doc = WordDoc()
    doc.xml_para(
        '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/><w:t xml:space="preserve"> Giai đoạn 2026</w:t>'
        '<w:sym w:font="Times New Roman" w:char="2013"/><w:t>2030, Sở</w:t><w:noBreakHyphen/>'
        "<w:softHyphen/><w:t>ngành</w:t></w:r>"
    )
    assert text_of(doc.save()) == ["Giai đoạn 2026–2030, Sở-ngành"]
