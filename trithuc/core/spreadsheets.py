"""Workbooks TriThuc hands out: text that a spreadsheet would run as a formula is written as text.

A person's position, a locality or a report's result comes from users; "=HYPERLINK(…)" or "=2+3" in it must
come back as the words typed, never as a live formula (CSV/formula injection, OWASP). openpyxl stores a string
starting with "=" as a formula; a cell is made text by its type and Excel's quote prefix, which keeps the value
exactly as typed (no apostrophe added), so a report workbook uploaded again reads the same text.
"""

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell

# What Excel, LibreOffice and Google Sheets may read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def _as_text(cell: Cell) -> None:
    cell.data_type = "s"
    cell.quotePrefix = True


def safe_row(sheet: Any, values: list[Any]) -> list[Any]:
    """A row for `sheet.append` (write-only sheets too) in which formula-like text is text.

    A write-only sheet reuses one cell for plain values and takes a Cell object as is, so once one value of a
    row needs its own cell every value gets one (a plain value after it would otherwise inherit its style).
    """
    if not any(looks_like_formula(value) for value in values):
        return values
    cells = []
    for value in values:
        cell = Cell(sheet, row=1, column=1, value=value)
        if looks_like_formula(value):
            _as_text(cell)
        cells.append(cell)
    return cells


def workbook_bytes(workbook: Workbook) -> bytes:
    """The workbook as .xlsx bytes; in a normal (not write-only) workbook every formula-like cell becomes text.

    TriThuc writes no formulas of its own, so every such cell holds a value somebody typed.
    """
    if not workbook.write_only:
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f" or looks_like_formula(cell.value):
                        _as_text(cell)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
