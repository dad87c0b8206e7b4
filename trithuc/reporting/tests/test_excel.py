import datetime as dt
import io

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook

from trithuc.core.errors import ServiceError
from trithuc.events.tests.factories import event
from trithuc.reporting.exports.report_xlsx import (
    SHEET_INDICATORS,
    SHEET_TASKS,
    SHEET_TEXT,
    render_report_form_xlsx,
)
from trithuc.reporting.models import AgencyReport
from trithuc.reporting.selectors import report_form
from trithuc.reporting.services.report_import import ExcelImportError, report_xlsx_import
from trithuc.reporting.services.reports import report_open
from trithuc.reporting.tests.factories import annual_period

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(seed_plan, agencies, reporter_a):
    return report_open(actor=reporter_a, period=annual_period(2025), agency=agencies["so-noi-vu"])


def workbook(report):
    return load_workbook(io.BytesIO(render_report_form_xlsx(report_form(report))))


def upload(wb, name="bao-cao.xlsx"):
    out = io.BytesIO()
    wb.save(out)
    return SimpleUploadedFile(name, out.getvalue())


def row_of(ws, first_cell):
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == first_cell)


def test_round_trip_fills_tasks_indicators_and_text(report, reporter_a):
    wb = workbook(report)
    tasks = wb[SHEET_TASKS]
    assert tasks.max_row - 1 == len([line for line in report_form(report).tasks if line.editable])
    tasks["D2"], tasks["F2"] = "Đang thực hiện", "Đã xây dựng kế hoạch"
    tasks["D3"], tasks["E3"], tasks["F3"] = "Đã hoàn thành", "05/03/2025", "Đã tổ chức hội nghị"
    ind = wb[SHEET_INDICATORS]
    r = row_of(ind, "luot-can-bo-quan-triet")
    ind.cell(r, 4).value, ind.cell(r, 5).value, ind.cell(r, 6).value = 150, 60, 90
    ind.cell(row_of(ind, "quy-khcn-giai-ngan"), 4).value = "1.250,5"
    wb[SHEET_TEXT]["B1"] = "Thiếu biên chế"
    saved = report_xlsx_import(actor=reporter_a, report=report, upload=upload(wb))
    assert saved.difficulties == "Thiếu biên chế"
    entries = {e.item.ref: e for e in saved.task_entries.select_related("item")}
    third = tasks["A3"].value
    assert entries[third].status == "completed" and str(entries[third].completed_on) == "2025-03-05"
    values = {v.indicator.code: v for v in saved.indicator_values.select_related("indicator")}
    assert values["luot-can-bo-quan-triet"].breakdown["gender"] == {"nam": "60", "nu": "90"}
    assert str(values["quy-khcn-giai-ngan"].value) == "1250.50"


def test_broken_cells_are_all_reported_by_sheet_and_cell_and_nothing_is_saved(report, reporter_a):
    wb = workbook(report)
    tasks = wb[SHEET_TASKS]
    tasks["D2"] = "Xong rồi"
    tasks["D3"], tasks["E3"], tasks["F3"] = "Đã hoàn thành", "32/13/2025", "Xong"
    ind = wb[SHEET_INDICATORS]
    r = row_of(ind, "luot-can-bo-quan-triet")
    ind.cell(r, 4).value, ind.cell(r, 5).value, ind.cell(r, 6).value = 100, 60, 30
    ind.cell(row_of(ind, "hoi-nghi-quan-triet"), 4).value = -2
    ind.cell(row_of(ind, "tin-bai-tuyen-truyen"), 4).value = "nhiều"
    wb[SHEET_TEXT]["B1"] = "Không được lưu"
    with pytest.raises(ExcelImportError) as caught:
        report_xlsx_import(actor=reporter_a, report=report, upload=upload(wb))
    cells = {(sheet, cell) for sheet, cell, _ in caught.value.errors}
    assert {(SHEET_TASKS, "D2"), (SHEET_TASKS, "E3"), (SHEET_INDICATORS, f"E{r}")} <= cells
    assert "Trang “Nhiệm vụ”, ô D2" in caught.value.message
    reasons = " ".join(reason for _, _, reason in caught.value.errors)
    assert (
        "không được âm" in reasons and "“nhiều” không phải là số" in reasons and "khác số tổng 100" in reasons
    )
    report.refresh_from_db()
    assert report.difficulties == "" and not report.task_entries.exists()


def test_a_file_that_is_not_a_workbook_or_another_report_is_refused(report, reporter_a, agencies):
    with pytest.raises(ServiceError, match="Không đọc được tệp"):
        report_xlsx_import(actor=reporter_a, report=report, upload=SimpleUploadedFile("x.xlsx", b"not a zip"))
    with pytest.raises(ServiceError, match=".xlsx"):
        report_xlsx_import(actor=reporter_a, report=report, upload=SimpleUploadedFile("x.csv", b"a,b"))
    other = AgencyReport.objects.create(period=report.period, agency=agencies["so-gddt"])
    with pytest.raises(ExcelImportError, match="báo cáo khác"):
        report_xlsx_import(actor=reporter_a, report=report, upload=upload(workbook(other)))
    wb = workbook(report)
    del wb[SHEET_TASKS]
    with pytest.raises(ExcelImportError, match="thiếu trang này"):
        report_xlsx_import(actor=reporter_a, report=report, upload=upload(wb))


def test_download_and_upload_pages(client, report, reporter_a):
    client.force_login(reporter_a)
    response = client.get(reverse("reporting:report_xlsx_download", args=[report.pk]))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    wb = load_workbook(io.BytesIO(response.content))
    wb[SHEET_INDICATORS].cell(row_of(wb[SHEET_INDICATORS], "hoi-nghi-quan-triet"), 4).value = -1
    page = client.post(reverse("reporting:report_xlsx_upload", args=[report.pk]), {"upload": upload(wb)})
    assert "không được âm" in page.content.decode()


def test_a_file_downloaded_before_someone_else_saved_is_refused(report, reporter_a, head_a):
    from trithuc.reporting.services.reports import ReportInput, report_save

    head_a.last_name, head_a.first_name = "Lê Thị", "Hằng"
    head_a.save()
    wb = workbook(report)
    with time_machine.travel(dt.datetime(2026, 12, 5, 3, 32, tzinfo=dt.UTC)):
        report_save(
            actor=head_a, report=report, data=ReportInput(version=report.version, difficulties="Bản mới")
        )
    wb[SHEET_TEXT]["B1"] = "Bản cũ từ Excel"
    with pytest.raises(ServiceError) as caught:
        report_xlsx_import(actor=reporter_a, report=AgencyReport.objects.get(pk=report.pk), upload=upload(wb))
    assert caught.value.message.startswith(
        "Báo cáo đã được lưu lúc 10:32 ngày 05/12/2026 bởi Lê Thị Hằng sau khi tệp này được tải xuống."
    )
    assert AgencyReport.objects.get(pk=report.pk).difficulties == "Bản mới"


def test_re_uploading_ones_own_older_file_names_oneself_and_when(report, reporter_a):
    """Issue 17 point 4: not "người khác lưu…" when the later save was one's own."""

    reporter_a.last_name, reporter_a.first_name = "Trần Văn", "Nội Vụ"
    reporter_a.save()
    older = workbook(report)
    with time_machine.travel(dt.datetime(2026, 12, 5, 3, 32, tzinfo=dt.UTC)):
        first = upload(workbook(report))
        report_xlsx_import(actor=reporter_a, report=report, upload=first)
    older[SHEET_TEXT]["B1"] = "Bản cũ"
    with pytest.raises(ServiceError) as caught:
        report_xlsx_import(
            actor=reporter_a, report=AgencyReport.objects.get(pk=report.pk), upload=upload(older)
        )
    message = caught.value.message
    assert message.startswith(
        "Báo cáo đã được lưu lúc 10:32 ngày 05/12/2026 bởi Trần Văn Nội Vụ (chính bạn) sau khi tệp này được tải "
        "xuống. Tệp chưa được nhập"
    )
    assert "người khác" not in message
    assert AgencyReport.objects.get(pk=report.pk).difficulties == ""


@pytest.fixture
def conference(report):
    """One published dissemination conference of Sở Nội vụ in the period: "Số hội nghị quán triệt" is 1."""
    return event("so-noi-vu", start_on=dt.date(2025, 5, 20))


def test_a_figure_computed_from_events_is_greyed_in_the_download(report, conference):
    ind = workbook(report)[SHEET_INDICATORS]
    r = row_of(ind, "hoi-nghi-quan-triet")
    assert ind.cell(r, 4).value == 1 and ind.cell(r, 4).fill.fgColor.rgb.endswith("DDDDDD")
    assert "Từ sự kiện" in ind.cell(r, 2).value


def test_a_figure_computed_from_events_typed_over_is_refused_by_cell(report, reporter_a, conference):
    wb = workbook(report)
    ind = wb[SHEET_INDICATORS]
    r = row_of(ind, "hoi-nghi-quan-triet")
    people = row_of(ind, "luot-can-bo-quan-triet")  # also from the event (100 participants)
    ind.cell(r, 4).value = 11
    ind.cell(people, 4).value = 100  # left as the events give it: fine
    wb[SHEET_TEXT]["B1"] = "Không được lưu"
    with pytest.raises(ExcelImportError) as caught:
        report_xlsx_import(actor=reporter_a, report=report, upload=upload(wb))
    assert [(sheet, cell) for sheet, cell, _ in caught.value.errors] == [(SHEET_INDICATORS, f"D{r}")]
    assert f"Trang “Chỉ tiêu”, ô D{r}: chỉ tiêu “" in caught.value.message
    reason = caught.value.errors[0][2]
    assert "được tính từ các sự kiện đã ghi (Từ sự kiện: 1 sự kiện" in reason and "giữ số 1" in reason
    report.refresh_from_db()
    assert report.difficulties == "" and report.version == 0
    # The untouched file goes in, and the figure saved is the events' own.
    wb[SHEET_INDICATORS].cell(r, 4).value = 1
    saved = report_xlsx_import(actor=reporter_a, report=report, upload=upload(wb))
    assert saved.indicator_values.get(indicator__code="hoi-nghi-quan-triet").value == 1
