"""Upload checks shared by every module: the extension must be allowed and the bytes must match it.

A renamed executable ("bao-cao.pdf" that starts with MZ) or a file whose content does not fit its name is
refused before it is stored.
"""

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.parsers import expat

from django.core.files.uploadedfile import UploadedFile

from trithuc.core.errors import ServiceError

SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
    ".zip": (b"PK\x03\x04",),
    ".doc": (b"\xd0\xcf\x11\xe0",),
    ".xls": (b"\xd0\xcf\x11\xe0",),
    ".png": (b"\x89PNG",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
}
EXECUTABLE = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")


def upload_check(
    upload: UploadedFile[bytes], *, allowed: set[str], max_bytes: int, field: str, label: str
) -> None:
    suffix = Path(upload.name or "").suffix.lower()
    if suffix not in allowed:
        kinds = ", ".join(sorted(s.lstrip(".").upper() for s in allowed))
        raise ServiceError(f"{label} phải là một trong các định dạng: {kinds}.", field=field)
    if upload.size and upload.size > max_bytes:
        raise ServiceError(f"{label} vượt quá {max_bytes // (1024 * 1024)} MB.", field=field)
    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    if head.startswith(EXECUTABLE):
        raise ServiceError(f"{label} là tệp chương trình đổi tên, không được nhận.", field=field)
    if suffix in SIGNATURES and not head.startswith(SIGNATURES[suffix]):
        raise ServiceError(
            f"Nội dung {label.lower()} không đúng với đuôi {suffix}: tệp hỏng hoặc bị đổi tên.", field=field
        )


# --- Spreadsheets: what a .xlsx would cost to read, measured before calamine or openpyxl opens it -----------
# python-calamine builds a sheet as one dense block from its first to its last cell: one cell at XFD1048576 is
# 17 billion cells (about 549 GB), and a 1 MB archive can hold millions of empty rows (issue 16, High 3). The
# archive's declared sizes, each sheet's declared <dimension> and its real rows and cells (streamed from the
# zip member, stopping at the first limit crossed) are checked first; a file over a limit is refused with a
# message naming the limit and what was found.


@dataclass(frozen=True)
class XlsxLimits:
    max_rows: int  # the highest row number, and the number of rows
    max_columns: int  # the highest column number
    max_cells: int  # the real cells, and the block calamine allocates (rows × columns)
    max_uncompressed_bytes: int  # the archive's declared size once decompressed
    max_ratio: int = 100  # decompressed ÷ compressed, for a member above RATIO_FROM_BYTES


@dataclass(frozen=True)
class XlsxFacts:
    rows: int
    cells: int
    last_row: int  # the highest row of a cell (or a bound on it)
    last_column: int

    @property
    def area(self) -> int:
        return self.last_row * self.last_column


RATIO_FROM_BYTES = 1024 * 1024
MAX_MEMBERS = 10_000
_BLOCK = 1 << 20
_SHEET_RELATION = re.compile(
    rb"<(?:\w+:)?Relationship\b(?=[^>]*\bType=\"[^\"]*/worksheet\")[^>]*\bTarget=\"([^\"]+)\"", re.S
)
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*\bref=\"([^\"]*)\"")
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")  # a tag with a namespace prefix (or such text): walked exactly
_CELL = re.compile(rb"<c[\s/>]")
_ROW = re.compile(rb"<row[\s/>]")
_REF_COLUMN = re.compile(rb'<c r="([A-Z]+)')
_REF_ROW = re.compile(rb'<c r="[A-Z]+0*([1-9][0-9]*)')  # leading zeros dropped, so longer means larger
_REF = re.compile(r"\$?([A-Za-z]+)\$?([0-9]+)$")
UNREADABLE_XLSX = "Không đọc được tệp .xlsx: tệp hỏng hoặc không phải bảng tính Excel."


class XlsxUnreadable(ServiceError):
    """The file is not a readable workbook (as opposed to one over a limit): callers may word it their way."""


def column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def xlsx_check(source: Any, *, limits: XlsxLimits, field: str = "upload") -> XlsxFacts:
    """Refuse (ServiceError, in Vietnamese) a .xlsx/.xlsm (a path, bytes or a binary file) whose reading would
    exceed `limits`; else the largest sheet's figures. Reads only the zip directory and the sheets' XML, in
    blocks, never the whole file into memory."""

    def refuse(message: str) -> ServiceError:
        kind = XlsxUnreadable if message == UNREADABLE_XLSX else ServiceError
        return kind(message, field=field)

    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise refuse(UNREADABLE_XLSX) from error
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise refuse(f"Tệp .xlsx có {_n(len(members))} thành phần, vượt giới hạn {_n(MAX_MEMBERS)}.")
        declared = sum(m.file_size for m in members)
        if declared > limits.max_uncompressed_bytes:
            raise refuse(
                f"Tệp .xlsx khi giải nén lớn {_n(declared // 2**20)} MB, vượt giới hạn "
                f"{_n(limits.max_uncompressed_bytes // 2**20)} MB."
            )
        for member in members:
            if member.file_size > RATIO_FROM_BYTES and member.file_size > limits.max_ratio * max(
                member.compress_size, 1
            ):
                raise refuse(
                    f"Tệp .xlsx bị nén bất thường (phần {member.filename} giải nén gấp "
                    f"{_n(member.file_size // max(member.compress_size, 1))} lần, giới hạn {_n(limits.max_ratio)} "
                    "lần): có thể là tệp độc hại."
                )
        try:
            sheets = _sheet_parts(archive)
            figures = [_sheet_facts(archive, name, limits, refuse) for name in sheets]
        except (zipfile.BadZipFile, KeyError, OSError, EOFError, zlib.error) as error:
            raise refuse(UNREADABLE_XLSX) from error
    if not figures:
        raise refuse(UNREADABLE_XLSX)
    return max(figures, key=lambda f: (f.area, f.cells))


def _sheet_parts(archive: zipfile.ZipFile) -> list[str]:
    """Every worksheet a reader could open: those the workbook's relationships name and those in the usual
    folder."""
    names = set(archive.namelist())
    parts = {n for n in names if n.startswith("xl/worksheets/") and n.endswith(".xml")}
    if "xl/_rels/workbook.xml.rels" in names:
        with archive.open("xl/_rels/workbook.xml.rels") as stream:
            rels = stream.read(_BLOCK * 4)
        for target in _SHEET_RELATION.findall(rels):
            path = target.decode("utf-8", "replace")
            path = path.lstrip("/") if path.startswith("/") else posixpath.normpath(f"xl/{path}")
            if path in names:
                parts.add(path)
    return sorted(parts)


def _sheet_facts(archive: zipfile.ZipFile, name: str, limits: XlsxLimits, refuse: Any) -> XlsxFacts:
    """Rows, cells and the last cell of one sheet, counted in blocks cut after a '>' (no tag is split); stops
    at the first limit crossed. The counting relies on cells written as Excel, LibreOffice and openpyxl write
    them (`<c r="A1" …>`, no prefix); a sheet with another form is walked exactly by an XML parser instead."""
    rows = cells = last_row = last_column = 0
    pending = b""
    first = True
    with archive.open(name) as stream:
        while True:
            block = stream.read(_BLOCK)
            data = pending + block
            cut = data.rfind(b">") + 1 if block else len(data)
            chunk, pending = data[:cut], data[cut:]
            if first and chunk:
                first = False
                _check_dimension(chunk, name, limits, refuse)
            addressed = chunk.count(b'<c r="')
            if _PREFIXED.search(chunk) or (
                chunk.count(b"<c") != addressed and len(_CELL.findall(chunk)) != addressed
            ):
                rows, cells, last_row, last_column = _walk_exactly(archive, name, limits, refuse)
                break
            columns, numbers = _REF_COLUMN.findall(chunk), _REF_ROW.findall(chunk)
            if not len(columns) == len(numbers) == addressed:  # an address in another form
                rows, cells, last_row, last_column = _walk_exactly(archive, name, limits, refuse)
                break
            rows += len(_ROW.findall(chunk))
            cells += addressed
            if addressed:
                last_column = max(last_column, _largest(columns, column_number))
                last_row = max(last_row, _largest(numbers, int))
            _check_counts(name, rows, cells, last_row, last_column, limits, refuse)
            if not block:
                break
    return XlsxFacts(rows=rows, cells=cells, last_row=last_row, last_column=last_column)


def _largest(values: list[bytes], number: Callable[[str], int]) -> int:
    """The largest of row numbers or column letters: the longest, then the last in order."""
    longest = max(map(len, values))
    top = max(values) if min(map(len, values)) == longest else max(v for v in values if len(v) == longest)
    return number(top.decode())


def _check_dimension(head: bytes, name: str, limits: XlsxLimits, refuse: Any) -> None:
    found = _DIMENSION.search(head)
    if not found:
        return
    ref = found.group(1).decode("utf-8", "replace")
    end = _REF.match(ref.split(":")[-1].strip())
    if end is None:
        return
    row, column = int(end.group(2)), column_number(end.group(1))
    if row > limits.max_rows or column > limits.max_columns or row * column > limits.max_cells:
        raise refuse(
            f"Trang tính khai báo vùng dữ liệu {ref} ({_n(row)} dòng × {_n(column)} cột), vượt giới hạn "
            f"{_n(limits.max_rows)} dòng, {_n(limits.max_columns)} cột, {_n(limits.max_cells)} ô."
        )


def _check_counts(
    name: str, rows: int, cells: int, last_row: int, last_column: int, limits: XlsxLimits, refuse: Any
) -> None:
    if rows > limits.max_rows:
        raise refuse(f"Trang tính có hơn {_n(limits.max_rows)} dòng (giới hạn {_n(limits.max_rows)} dòng).")
    if cells > limits.max_cells:
        raise refuse(f"Trang tính có hơn {_n(limits.max_cells)} ô (giới hạn {_n(limits.max_cells)} ô).")
    if last_row > limits.max_rows:
        raise refuse(f"Trang tính có ô ở dòng {_n(last_row)}, vượt giới hạn {_n(limits.max_rows)} dòng.")
    if last_column > limits.max_columns:
        raise refuse(
            f"Trang tính có ô ở cột thứ {_n(last_column)}, vượt giới hạn {_n(limits.max_columns)} cột."
        )
    if last_row * last_column > limits.max_cells:
        raise refuse(
            f"Vùng dữ liệu của trang tính rộng {_n(last_row)} dòng × {_n(last_column)} cột = "
            f"{_n(last_row * last_column)} ô, vượt giới hạn {_n(limits.max_cells)} ô."
        )


def _walk_exactly(
    archive: zipfile.ZipFile, name: str, limits: XlsxLimits, refuse: Any
) -> tuple[int, int, int, int]:
    """Each cell's place as a reader gives it (its address, else the next column of its row; a row's number,
    else the next row), with a streaming XML parser that keeps nothing."""
    state = {"rows": 0, "cells": 0, "row": 0, "column": 0, "last_row": 0, "last_column": 0}

    def start(tag: str, attrs: dict[str, str]) -> None:
        local = tag.rsplit(":", 1)[-1]
        if local == "row":
            state["rows"] += 1
            number = attrs.get("r", "")
            state["row"] = int(number) if number.isdigit() else state["row"] + 1
            state["column"] = 0
        elif local == "c":
            state["cells"] += 1
            found = _REF.match(attrs.get("r", ""))
            if found:
                state["row"], state["column"] = int(found.group(2)), column_number(found.group(1))
            else:
                state["column"] += 1
            state["last_row"] = max(state["last_row"], state["row"])
            state["last_column"] = max(state["last_column"], state["column"])

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    with archive.open(name) as stream:
        while block := stream.read(_BLOCK):
            try:
                parser.Parse(block, False)
            except expat.ExpatError as error:
                raise refuse(UNREADABLE_XLSX) from error
            _check_counts(
                name, state["rows"], state["cells"], state["last_row"], state["last_column"], limits, refuse
            )
    return state["rows"], state["cells"], state["last_row"], state["last_column"]
