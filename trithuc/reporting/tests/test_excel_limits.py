"""A hostile report workbook (issue 16, High 3) is refused before python-calamine opens it, on the page and in
the service, with the limit and what was found; nothing is saved."""

import io

import pytest
from django.urls import reverse

from trithuc.core.errors import ServiceError
from trithuc.core.tests.hostile_xlsx import (
    cell_at_the_far_corner,
    empty_rows,
    huge_dimension,
)
from trithuc.reporting.exports.report_xlsx import render_report_form_xlsx
from trithuc.reporting.models import AgencyReport
from trithuc.reporting.selectors import report_form
from trithuc.reporting.services.report_import import report_xlsx_import
from trithuc.reporting.services.reports import report_open
from trithuc.reporting.tests.factories import annual_period
from trithuc.reporting.tests.test_excel import upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(seed_plan, agencies, reporter_a):
    return report_open(actor=reporter_a, period=annual_period(2025), agency=agencies["so-noi-vu"])


def form_bytes(report) -> bytes:
    return render_report_form_xlsx(report_form(report))


def as_upload(content: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("bao-cao.xlsx", content)


def test_a_cell_at_xfd1048576_is_refused_on_the_upload_page(client, report, reporter_a, calamine_calls):
    client.force_login(reporter_a)
    content = cell_at_the_far_corner(form_bytes(report), sheet="xl/worksheets/sheet2.xml")
    page = client.post(
        reverse("reporting:report_xlsx_upload", args=[report.pk]), {"upload": as_upload(content)}
    )
    text = page.content.decode()
    assert "1.048.576" in text and "giới hạn" in text
    assert calamine_calls == []
    assert AgencyReport.objects.get(pk=report.pk).version == report.version


@pytest.mark.parametrize(
    ("make", "phrase"),
    [
        (huge_dimension, "A1:XFD1048576"),
        (lambda content: empty_rows(content, 3_000_000, numbered=False), "nén bất thường"),
        (lambda content: empty_rows(content, 6_000, numbered=True), "hơn 5.000 dòng"),
    ],
)
def test_hostile_report_workbooks_are_refused_by_the_service(
    report, reporter_a, calamine_calls, make, phrase
):
    with pytest.raises(ServiceError, match=phrase):
        report_xlsx_import(actor=reporter_a, report=report, upload=as_upload(make(form_bytes(report))))
    assert calamine_calls == []


def test_the_genuine_form_is_within_the_limits(report, reporter_a):
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(form_bytes(report)))
    saved = report_xlsx_import(actor=reporter_a, report=report, upload=upload(wb))
    assert saved.pk == report.pk
