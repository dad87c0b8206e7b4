"""The shared spreadsheet check (core.uploads.xlsx_check): what a .xlsx would cost to read is measured from
the zip directory and the streamed sheet XML, and a file over a limit is refused in Vietnamese."""

import io

import pytest
from openpyxl import Workbook

from trithuc.core.errors import ServiceError
from trithuc.core.tests.hostile_xlsx import (
    cell_at_the_far_corner,
    empty_rows,
    huge_dimension,
    rewrite_sheet,
)
from trithuc.core.uploads import XlsxLimits, xlsx_check

LIMITS = XlsxLimits(max_rows=1000, max_columns=30, max_cells=10_000, max_uncompressed_bytes=50 * 1024 * 1024)


def workbook(rows: int = 3, columns: int = 5) -> bytes:
    book = Workbook()
    for r in range(rows):
        book.active.append([f"ô {r}-{c}" for c in range(columns)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_ordinary_workbook_is_measured():
    facts = xlsx_check(workbook(rows=40, columns=7), limits=LIMITS)
    assert (facts.rows, facts.cells, facts.last_row, facts.last_column) == (40, 280, 40, 7)


def test_a_cell_at_the_far_corner_is_refused_naming_the_limit():
    with pytest.raises(ServiceError) as refused:
        xlsx_check(cell_at_the_far_corner(workbook()), limits=LIMITS)
    assert "1.048.576" in refused.value.message and "giới hạn" in refused.value.message


def test_a_huge_declared_dimension_is_refused():
    with pytest.raises(ServiceError, match="A1:XFD1048576") as refused:
        xlsx_check(huge_dimension(workbook()), limits=LIMITS)
    assert "16.384 cột" in refused.value.message


def test_a_zip_bomb_of_empty_rows_is_refused_by_its_compression_ratio():
    bomb = empty_rows(workbook(), 3_000_000, numbered=False)
    assert len(bomb) < 100_000  # tens of kilobytes for 18 MB of rows
    with pytest.raises(ServiceError, match="nén bất thường"):
        xlsx_check(bomb, limits=LIMITS)


def test_too_many_rows_are_refused_even_when_they_compress_normally():
    with pytest.raises(ServiceError, match="hơn 1.000 dòng"):
        xlsx_check(empty_rows(workbook(), 5_000, numbered=True), limits=LIMITS)


def test_the_declared_decompressed_size_is_bounded():
    small = XlsxLimits(max_rows=1000, max_columns=30, max_cells=10_000, max_uncompressed_bytes=1024)
    with pytest.raises(ServiceError, match="khi giải nén lớn"):
        xlsx_check(workbook(), limits=small)


def test_cells_without_an_address_are_placed_as_a_reader_would():
    """Sixty cells with no `r`: the sixtieth is in column 60, past the limit of 30."""
    wide = "<row>" + "<c><v>1</v></c>" * 60 + "</row>"
    content = rewrite_sheet(workbook(), lambda xml: xml.replace("</sheetData>", wide + "</sheetData>"))
    with pytest.raises(ServiceError, match="cột thứ 60"):
        xlsx_check(content, limits=LIMITS)


def test_a_prefixed_sheet_is_walked_exactly():
    def prefixed(xml: str) -> str:
        xml = xml.replace("<worksheet xmlns=", "<x:worksheet xmlns:x=").replace(
            "</worksheet>", "</x:worksheet>"
        )
        for tag in ("sheetData", "row", "c", "v", "is", "t", "dimension"):
            xml = xml.replace(f"<{tag} ", f"<x:{tag} ").replace(f"<{tag}>", f"<x:{tag}>")
            xml = xml.replace(f"</{tag}>", f"</x:{tag}>").replace(f"<{tag}/>", f"<x:{tag}/>")
        return xml.replace(
            "</x:sheetData>", '<x:row r="5"><x:c r="AZ5"><x:v>1</x:v></x:c></x:row></x:sheetData>'
        )

    with pytest.raises(ServiceError, match="cột thứ 52"):
        xlsx_check(rewrite_sheet(workbook(), prefixed), limits=LIMITS)


def test_not_a_zip_is_unreadable():
    with pytest.raises(ServiceError, match="Không đọc được tệp .xlsx"):
        xlsx_check(b"PK\x03\x04 hong", limits=LIMITS)


def test_leading_zeros_do_not_hide_the_last_row():
    far = '<row r="2000"><c r="A0000001"><v>1</v></c><c r="B2000"><v>1</v></c></row>'
    content = rewrite_sheet(workbook(), lambda xml: xml.replace("</sheetData>", far + "</sheetData>"))
    with pytest.raises(ServiceError, match="dòng 2.000"):
        xlsx_check(content, limits=LIMITS)


def test_a_lower_case_address_is_walked_exactly():
    far = '<row r="4"><c r="az4"><v>1</v></c></row>'
    content = rewrite_sheet(workbook(), lambda xml: xml.replace("</sheetData>", far + "</sheetData>"))
    with pytest.raises(ServiceError, match="cột thứ 52"):
        xlsx_check(content, limits=LIMITS)
