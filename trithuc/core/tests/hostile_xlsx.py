"""Hostile spreadsheets for the tests (issue 16, High 3): a real workbook written by openpyxl whose sheet XML is
then rewritten inside the zip. None of them may ever reach calamine: `calamine_calls` records any attempt."""

import io
import re
import zipfile
from collections.abc import Callable

import pytest

CORNER = '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>'


def rewrite_sheet(
    content: bytes, edit: Callable[[str], str], sheet: str = "xl/worksheets/sheet1.xml"
) -> bytes:
    """The same archive with one sheet's XML passed through `edit`."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(content)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy,
    ):
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == sheet:
                data = edit(data.decode("utf-8")).encode("utf-8")
            copy.writestr(item.filename, data)
    return out.getvalue()


def cell_at_the_far_corner(content: bytes, sheet: str = "xl/worksheets/sheet1.xml") -> bytes:
    """One more cell, at XFD1048576: calamine would allocate the whole 1,048,576 × 16,384 block."""
    return rewrite_sheet(content, lambda xml: xml.replace("</sheetData>", CORNER + "</sheetData>"), sheet)


def huge_dimension(content: bytes, sheet: str = "xl/worksheets/sheet1.xml") -> bytes:
    """The cells untouched, the declared <dimension> the whole grid."""
    return rewrite_sheet(
        content, lambda xml: re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:XFD1048576"', xml), sheet
    )


def empty_rows(content: bytes, count: int, numbered: bool, sheet: str = "xl/worksheets/sheet1.xml") -> bytes:
    """`count` empty rows after the data: identical ones compress a thousandfold (a zip bomb); numbered ones
    compress like a real sheet."""
    first = 1000

    def edit(xml: str) -> str:
        rows = "".join(f'<row r="{first + i}"/>' for i in range(count)) if numbered else "<row/>" * count
        return xml.replace("</sheetData>", rows + "</sheetData>")

    return rewrite_sheet(content, edit, sheet)


@pytest.fixture
def calamine_calls(monkeypatch):
    """Every attempt to open a workbook with python-calamine, which is refused (and recorded) instead."""
    import python_calamine

    calls: list[str] = []

    class Refused:
        @staticmethod
        def from_path(*args, **kwargs):
            calls.append("from_path")
            raise RuntimeError("calamine must not read this file")

        @staticmethod
        def from_filelike(*args, **kwargs):
            calls.append("from_filelike")
            raise RuntimeError("calamine must not read this file")

    monkeypatch.setattr(python_calamine, "CalamineWorkbook", Refused)
    monkeypatch.setattr("trithuc.reporting.services.report_import.CalamineWorkbook", Refused)
    return calls
