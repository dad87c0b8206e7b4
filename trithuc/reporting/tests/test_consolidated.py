import datetime as dt
import io
import re
import subprocess
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from docx import Document
from openpyxl import load_workbook

from planparse.tests.marks import SOFFICE, needs_soffice
from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.reporting.consolidated import (
    AgencyLine,
    AgencyText,
    BreakdownTotal,
    ConsolidatedReportData,
    IndicatorTotal,
    SectionResult,
    TaskResult,
    date_line,
)
from trithuc.reporting.exports.consolidated import render_consolidated_docx, render_indicator_annex_xlsx
from trithuc.reporting.models import ConsolidatedReport
from trithuc.reporting.services.consolidated import consolidated_narrative_save, consolidated_report_generate
from trithuc.reporting.tests.factories import accepted_report, annual_period


def docx_text(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def sample_data(**overrides) -> ConsolidatedReportData:
    fields = dict(
        year=2025,
        period_label="Năm 2025",
        period_start=dt.date(2024, 12, 15),
        period_end=dt.date(2025, 12, 14),
        dated=dt.date(2026, 2, 5),
        number=None,
        summary="Kết quả thực hiện Kế hoạch xây dựng đội ngũ trí thức năm 2025",
        place="Lâm Đồng",  # the province's profile gives these (consolidated_report_data)
        issuer_parent="UBND TỈNH LÂM ĐỒNG",
        sections=(
            SectionResult(
                "II",
                "Nhiệm vụ & giải pháp",
                (
                    TaskResult(
                        "II.1.a", "Quán triệt", "Hoàn thành đúng hạn", ("Sở Nội vụ: Đã quán triệt <3 lớp>",)
                    ),
                ),
            ),
        ),
        status_counts=(("Quá hạn", 3), ("Hoàn thành đúng hạn", 7)),
        total_tasks=10,
        overdue=3,
        due=8,
        indicators=(
            IndicatorTotal(
                "luot",
                "Số lượt cán bộ được quán triệt",
                "lượt người",
                "Cộng dồn",
                Decimal(1234),
                2,
                (BreakdownTotal("Giới tính", (("Nam", Decimal(600)), ("Nữ", Decimal(634)))),),
            ),
        ),
        agencies=(
            AgencyLine("Sở Nội vụ", "on_time", dt.date(2025, 12, 16)),
            AgencyLine("Sở Y tế", "missing"),
        ),
        difficulties=(AgencyText("Sở Nội vụ", "Thiếu kinh phí"),),
        proposals=(AgencyText("Sở Nội vụ", "Bổ sung biên chế"),),
    )
    fields.update(overrides)
    return ConsolidatedReportData(**fields)


def test_date_line_has_leading_zeros_for_small_days_and_months_one_and_two():
    assert date_line("Lâm Đồng", dt.date(2026, 2, 5)) == "Lâm Đồng, ngày 05 tháng 02 năm 2026"
    assert date_line("Lâm Đồng", dt.date(2026, 3, 15)) == "Lâm Đồng, ngày 15 tháng 3 năm 2026"


def test_docx_is_rendered_without_the_database_in_the_decree_30_layout():
    text = docx_text(render_consolidated_docx(sample_data()))
    for expected in (
        "UBND TỈNH LÂM ĐỒNG",
        "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số:      /BC-SKHCN",
        "Lâm Đồng, ngày 05 tháng 02 năm 2026",
        "BÁO CÁO",
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Nơi nhận:",
        "1.234",
        "Nam 600",
        "37,5%",
        "Sở Y tế",
        "Đã quán triệt <3 lớp>",
        "Phần II của Kế hoạch: Nhiệm vụ & giải pháp",
    ):
        assert expected in text, expected
    assert "Đội ngũ trí thức" not in text  # no registry: the section is skipped
    issued = docx_text(render_consolidated_docx(sample_data(number=7)))
    assert "Số: 7/BC-SKHCN" in issued


def test_annex_xlsx_holds_the_totals_and_breakdowns():
    wb = load_workbook(io.BytesIO(render_indicator_annex_xlsx(sample_data())))
    rows = list(wb["Chỉ tiêu"].iter_rows(values_only=True))
    flat = [v for r in rows for v in r]
    assert 1234 in flat and 634 in flat
    assert wb["Tình trạng nhiệm vụ"]["B2"].value == 3


@pytest.fixture
def accepted(seed_plan, agencies):
    period = annual_period(2025)
    accepted_report(period, agencies["so-noi-vu"], people=120, women=70)
    accepted_report(period, agencies["so-gddt"], people=80, women=50)
    return period


@pytest.mark.django_db
def test_generated_report_adds_up_accepted_reports(accepted, coordinator):
    consolidated_narrative_save(
        actor=coordinator,
        period=accepted,
        summary="Kết quả năm 2025",
        overview="Năm 2025 nhìn chung tốt.",
        difficulties="",
        proposals="",
        signer_name="Trần Văn Ký",
    )
    report = consolidated_report_generate(actor=coordinator, period=accepted, issue=False)
    text = docx_text(report.docx.read())
    assert "Số:      /BC-SKHCN" in text and "Kết quả năm 2025" in text and "Trần Văn Ký" in text
    assert "Nữ 120" in text and "200" in text  # 120 + 80 staff reached, 70 + 50 women
    assert "Thiếu kinh phí" in text
    wb = load_workbook(io.BytesIO(report.xlsx.read()))
    flat = [v for r in wb["Chỉ tiêu"].iter_rows(values_only=True) for v in r]
    assert 200 in flat and 2501 in flat  # 1250,5 × 2 from the S&T fund
    assert AuditEvent.objects.filter(action="consolidated.draft").exists()
    if _registry_available():
        assert "Đội ngũ trí thức (theo Cơ sở dữ liệu trí thức của tỉnh)" in text


def _registry_available() -> bool:
    try:
        from trithuc.registry.selectors import registry_summary  # noqa: F401
    except ImportError:
        return False
    return True


def test_registry_figures_are_rendered_when_present():
    from trithuc.registry.summary import RegistrySummary

    summary = RegistrySummary(
        as_of=dt.date(2025, 12, 14),
        total=1520,
        young=410,
        female=700,
        ethnic_minority=95,
        young_female_minority=30,
        abroad=12,
        attracted_in_year=8,
        by_degree={"Tiến sĩ": 120},
    )
    text = docx_text(render_consolidated_docx(sample_data(registry=summary)))
    assert "1.520 người" in text and "Tiến sĩ 120" in text


@pytest.mark.django_db
def test_issue_takes_the_next_number_which_restarts_each_year(accepted, coordinator):
    first = consolidated_report_generate(
        actor=coordinator, period=accepted, issue=True, dated=dt.date(2025, 12, 30)
    )
    second = consolidated_report_generate(
        actor=coordinator, period=accepted, issue=True, dated=dt.date(2025, 12, 31)
    )
    next_year = consolidated_report_generate(
        actor=coordinator, period=accepted, issue=True, dated=dt.date(2026, 1, 2)
    )
    assert (first.number, second.number, next_year.number) == (1, 2, 1)
    assert "Số: 2/BC-SKHCN" in docx_text(second.docx.read())
    assert ConsolidatedReport.objects.filter(is_issued=True).count() == 3


@pytest.mark.django_db
def test_only_the_coordinator_generates_and_a_period_without_accepted_reports_is_refused(
    seed_plan, coordinator, leader
):
    period = annual_period(2024)
    with pytest.raises(ServiceError, match="chưa có báo cáo"):
        consolidated_report_generate(actor=coordinator, period=period, issue=False)
    with pytest.raises(ServiceError, match="điều phối"):
        consolidated_report_generate(actor=leader, period=period, issue=False)


@pytest.mark.django_db
def test_cli_writes_docx_and_annex_and_fails_in_vietnamese(accepted, tmp_path):
    out = tmp_path / "bao-cao.docx"
    call_command("report_consolidated", "--period", "2025", "--out", str(out), "--issue")
    assert "Số: 1/BC-SKHCN" in docx_text(out.read_bytes())
    assert load_workbook(out.with_suffix(".xlsx"))["Chỉ tiêu"]
    event = AuditEvent.objects.get(action="consolidated.issue")
    assert event.data["via"] == "system"
    annual_period(2024)
    with pytest.raises(CommandError, match="chưa có báo cáo nào"):
        call_command("report_consolidated", "--period", "2024", "--out", str(tmp_path / "x.docx"))


@needs_soffice
def test_libreoffice_converts_the_report_to_pdf(tmp_path):
    source = tmp_path / "bao-cao.docx"
    source.write_bytes(render_consolidated_docx(sample_data(number=3)))
    result = subprocess.run(
        [SOFFICE or "soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "bao-cao.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.django_db
def test_trithuc_cli_exits_non_zero_with_a_vietnamese_message(seed_plan, tmp_path, capsys):
    from trithuc.cli import main

    annual_period(2025)
    with pytest.raises(SystemExit) as exited:
        main(["report", "consolidated", "--period", "2025", "--out", str(tmp_path / "bc.docx")])
    assert exited.value.code != 0
    assert "chưa có báo cáo nào của đơn vị được tiếp nhận" in capsys.readouterr().err


def test_the_tables_are_sized_repeat_their_header_and_keep_rows_whole():
    """Issue 15, documents: the indicator table had five equal columns and split rows across pages."""
    from docx.oxml.ns import qn

    doc = Document(io.BytesIO(render_consolidated_docx(sample_data())))
    figures = next(t for t in doc.tables if t.rows[0].cells[0].text == "STT")
    widths = [int(c.get(qn("w:w"))) for c in figures._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert widths[1] == max(widths) and widths[0] == min(widths) and len(set(widths)) > 2
    assert figures.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in figures.rows)


def test_a_section_the_system_added_is_named_without_its_internal_code():
    sections = (
        SectionResult("II", "NHIỆM VỤ VÀ GIẢI PHÁP", ()),
        SectionResult("TVPB", "Nhiệm vụ từ kiến nghị tư vấn, phản biện", ()),
    )
    text = docx_text(render_consolidated_docx(sample_data(sections=sections)))
    assert "Phần II của Kế hoạch: NHIỆM VỤ VÀ GIẢI PHÁP" in text
    assert "Nhiệm vụ từ kiến nghị tư vấn, phản biện" in text and "TVPB" not in text


def test_the_official_text_names_agencies_in_full(accepted, coordinator, agencies):
    """Issue 15, documents: "Sở KH&CN", "BQL các KCN" (short names) appeared in the official text."""
    from trithuc.agencies.models import Agency

    shorts = [a.short_name for a in Agency.objects.exclude(short_name="") if a.short_name != a.name]
    assert shorts  # the seed agencies have short names, so the check below can fail
    report = consolidated_report_generate(actor=coordinator, period=accepted, issue=False)
    text = docx_text(report.docx.read()).split("Nơi nhận:")[0]  # recipients may be abbreviated, as clerks do
    # The lines TriThuc writes about agencies (quoted plan text and what agencies typed are theirs, not ours).
    body = "\n".join(line for line in text.splitlines() if line.startswith(("Các đơn vị", "+ ", "- Sở")))
    assert "Sở Nội vụ" in body and "Các đơn vị chưa gửi báo cáo" in body
    full_names = [a.name for a in Agency.objects.all()]
    abbreviations = [
        s
        for s in shorts
        if ("&" in s or re.search(r"[A-ZĐ]{2,}", s)) and not any(s in name for name in full_names)
    ]
    assert abbreviations
    assert not [s for s in abbreviations if re.search(rf"(?<!\w){re.escape(s)}(?!\w)", body)], body
