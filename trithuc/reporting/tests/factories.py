"""Reporting test helpers: the annual regime's periods and a report filled and moved through the workflow."""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from trithuc.core.permissions import SYSTEM
from trithuc.reporting.models import AgencyReport, ReportingPeriod
from trithuc.reporting.selectors import report_form
from trithuc.reporting.services.periods import periods_generate, reporting_seed, seed_regime
from trithuc.reporting.services.reports import (
    IndicatorInput,
    ReportInput,
    TaskInput,
    report_accept,
    report_open,
    report_save,
    report_submit,
)


def annual_period(year: int = 2025) -> ReportingPeriod:
    reporting_seed()
    regime = seed_regime()
    return periods_generate(actor=SYSTEM, regime=regime, years=[year])[0]


def filled_input(report: AgencyReport, *, people: int = 120, women: int = 70) -> ReportInput:
    """Every lead task reported, the staff-reached figure with a gender and ethnic breakdown."""
    form = report_form(report)
    tasks = {
        line.item.pk: TaskInput(status="in_progress", result=f"Đã triển khai {line.item.ref}.")
        for line in form.tasks
        if line.is_lead and line.editable
    }
    first = next((line for line in form.tasks if line.is_lead and line.editable), None)
    if first is not None:
        tasks[first.item.pk] = TaskInput(
            status="completed",
            result="Đã hoàn thành.",
            completed_on=timezone.localdate() - dt.timedelta(days=1),
        )
    indicators = {
        "luot-can-bo-quan-triet": IndicatorInput(
            Decimal(people),
            {
                "gender": {"nam": Decimal(people - women), "nu": Decimal(women)},
                "ethnic": {"dtts": Decimal(20), "kinh": Decimal(people - 20)},
            },
        ),
        "hoi-nghi-quan-triet": IndicatorInput(Decimal(3)),
        "quy-khcn-giai-ngan": IndicatorInput(Decimal("1250.5")),
    }
    return ReportInput(
        version=report.version,
        difficulties="Thiếu kinh phí cho hoạt động thu hút trí thức.",
        proposals="Đề nghị UBND tỉnh bổ sung kinh phí.",
        tasks=tasks,
        indicators=indicators,
    )


def accepted_report(period: ReportingPeriod, agency, **kwargs) -> AgencyReport:
    report = report_open(actor=SYSTEM, period=period, agency=agency)
    report = report_save(actor=SYSTEM, report=report, data=filled_input(report, **kwargs))
    report = report_submit(actor=SYSTEM, report=report)
    return report_accept(actor=SYSTEM, report=report)


def second_plan(agencies, *, code: str = "nq214", frequency: str = "quarterly", years=(2025, 2026)):
    """A second plan in force beside the seed plan, with its own regime (another rhythm), one indicator of its
    own and periods: section I with a task led by Sở Nội vụ and one led by Sở Giáo dục và Đào tạo."""
    from trithuc.plans.models import Assignment, Document, Plan, PlanItem
    from trithuc.reporting.models import Indicator, ReportingRegime

    document = Document.objects.create(
        doc_type="Kế hoạch",
        number=f"214/KH-{code}",
        issuer="UBND tỉnh",
        year=2025,
        title="Kế hoạch dữ liệu số",
    )
    plan = Plan.objects.create(code=code, document=document, coordinator=agencies["so-khcn"])
    section = PlanItem.objects.create(plan=plan, ref="I", position=0, kind="section", text="NHIỆM VỤ")
    for position, (ref, agency) in enumerate((("I.1", "so-noi-vu"), ("I.2", "so-gddt")), start=1):
        item = PlanItem.objects.create(
            plan=plan,
            parent=section,
            ref=ref,
            position=position,
            kind="task",
            text=f"Chuẩn hóa dữ liệu {ref}",
        )
        Assignment.objects.create(
            item=item, role=Assignment.Role.LEAD, phrase=agency, agency=agencies[agency]
        )
    regime = ReportingRegime.objects.create(
        code=f"{code}-{frequency}",
        plan_code=code,
        name="Báo cáo kết quả tạo lập dữ liệu số",
        reporters="Các sở",
        recipient="Sở Khoa học và Công nghệ",
        final_recipient="UBND tỉnh",
        frequency=frequency,
    )
    Indicator.objects.create(
        regime=regime, code="bo-du-lieu-mo", name="Số bộ dữ liệu mở đã công bố", unit="bộ", aggregation="sum"
    )
    periods_generate(actor=SYSTEM, regime=regime, years=list(years))
    return plan, regime
