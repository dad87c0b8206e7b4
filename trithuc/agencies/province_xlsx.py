"""The workbook a new province is set up from: its template, and reading it back (every row checked by
services.province_setup, which writes nothing on any error).

Sheet "Tỉnh": the province's details, one per row (label, value). Sheet "Cơ quan": one agency per row, columns
Tên cơ quan | Loại | Cơ quan cấp trên | Tên gọi khác (several separated by ";").
"""

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from python_calamine import CalamineWorkbook

from trithuc.agencies.models import Agency, ProvinceProfile
from trithuc.agencies.services import AgencyRow, ProvinceSetupError, RowError
from trithuc.core.errors import ServiceError
from trithuc.core.spreadsheets import safe_row, workbook_bytes
from trithuc.core.text import search_key
from trithuc.core.uploads import XlsxLimits, xlsx_check

SHEET_PROVINCE = "Tỉnh"
SHEET_AGENCIES = "Cơ quan"
SHEET_KINDS = "Loại cơ quan"
# A province has a few hundred agencies (communes included): far below the registry's limits (issue 16).
LIMITS = XlsxLimits(max_rows=5_000, max_columns=20, max_cells=50_000, max_uncompressed_bytes=20 * 1024 * 1024)
HEADERS = ("Tên cơ quan", "Loại", "Cơ quan cấp trên", "Tên gọi khác (cách nhau bởi dấu ;)")
# Each column answers to its Vietnamese header or to the English word (the columns of the command's help).
COLUMNS = {
    "name": ("ten co quan", "name"),
    "kind": ("loai", "kind"),
    "parent": ("co quan cap tren", "parent"),
    "aliases": ("ten goi khac", "aliases"),
}
PROVINCE_LABELS = (
    ("name", "Tên tỉnh, thành phố (không kèm chữ “tỉnh”)"),
    ("level", "Cấp (tỉnh / thành phố)"),
    ("place", "Địa danh ghi trên văn bản (để trống: như tên tỉnh)"),
    ("department_name", "Tên Sở điều phối"),
)
EXAMPLE = ("Sở Nội vụ", str(Agency.Kind.DEPARTMENT.label), "", "Sở NV; SNV")


def province_template_xlsx() -> bytes:
    """The empty workbook: the province's details to fill, the agency columns with one example row, the kinds."""
    book = Workbook()
    info = book.active
    info.title = SHEET_PROVINCE
    info.append(["Thông tin", "Giá trị"])
    department = ProvinceProfile._meta.get_field("department_name").default
    defaults = {"level": ProvinceProfile.Level.PROVINCE.value, "department_name": department}
    for key, label in PROVINCE_LABELS:
        info.append(safe_row(info, [label, defaults.get(key, "")]))
    agencies = book.create_sheet(SHEET_AGENCIES)
    agencies.append(list(HEADERS))
    agencies.append(safe_row(agencies, list(EXAMPLE)))
    kinds = book.create_sheet(SHEET_KINDS)
    kinds.append(["Loại (ghi ở cột “Loại”)", "Mã (cũng dùng được)"])
    for value, kind_label in Agency.Kind.choices:
        kinds.append([str(kind_label), value])
    for sheet, widths in ((info, (50, 40)), (agencies, (45, 22, 40, 50)), (kinds, (30, 20))):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for letter, width in zip("ABCD", widths, strict=False):
            sheet.column_dimensions[letter].width = width
    return workbook_bytes(book)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def province_xlsx_read(content: bytes) -> tuple[dict[str, str], list[AgencyRow]]:
    """The province's details and the agency rows; ProvinceSetupError (all problems) when the file's shape is
    wrong. The rows' content is checked by services.province_setup."""
    xlsx_check(content, limits=LIMITS)  # before calamine sees the file
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(content))
    except Exception as error:  # calamine raises its own error types for every kind of broken file
        raise ServiceError("Không đọc được tệp .xlsx: tệp hỏng hoặc không phải bảng tính Excel.") from error
    profile: dict[str, str] = {}
    if SHEET_PROVINCE in book.sheet_names:
        wanted = {search_key(label).split(" (")[0]: key for key, label in PROVINCE_LABELS}
        for row in book.get_sheet_by_name(SHEET_PROVINCE).to_python(skip_empty_area=False)[1:]:
            label = search_key(_text(row[0]) if row else "").split(" (")[0]
            if label in wanted and len(row) > 1:
                profile[wanted[label]] = _text(row[1])
    name = SHEET_AGENCIES if SHEET_AGENCIES in book.sheet_names else None
    if name is None:
        raise ProvinceSetupError([RowError(0, f"tệp không có trang “{SHEET_AGENCIES}”; hãy dùng tệp mẫu")])
    table = book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    header = [search_key(_text(c)) for c in (table[0] if table else [])]
    where: dict[str, int] = {}
    for key, names in COLUMNS.items():
        found = next((i for i, h in enumerate(header) if any(h.startswith(n) for n in names)), None)
        if found is not None:
            where[key] = found
    missing = [HEADERS[i] for i, key in enumerate(COLUMNS) if key not in where and key in ("name", "kind")]
    if missing:
        raise ProvinceSetupError(
            [RowError(1, f"thiếu cột “{m}” ở dòng tiêu đề của trang “{SHEET_AGENCIES}”") for m in missing]
        )

    def cell(row: list[Any], key: str) -> str:
        i = where.get(key)
        return _text(row[i]) if i is not None and i < len(row) else ""

    rows = []
    for number, row in enumerate(table[1:], start=2):
        if not any(_text(v) for v in row):
            continue
        aliases = tuple(a.strip() for a in cell(row, "aliases").replace("\n", ";").split(";") if a.strip())
        rows.append(AgencyRow(number, cell(row, "name"), cell(row, "kind"), cell(row, "parent"), aliases))
    return profile, rows
