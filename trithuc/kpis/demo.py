"""Demo targets of the Kết luận 52 plan, confirmed with their indicators, and accepted figures for 2022-2024 so
the KPI page shows a trend (2025 comes from the reporting demo). Idempotent; called from trithuc.demo.setup.

The plan's own text sets no figures (its section I is MỤC ĐÍCH, YÊU CẦU), so the demo's targets are the ones a
coordinator would add by hand against the items they serve."""

from decimal import Decimal

from django.db import transaction

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.kpis.models import Target
from trithuc.kpis.services import target_create
from trithuc.plans.models import Plan
from trithuc.reporting.models import AgencyReport, Indicator, ReportingPeriod
from trithuc.reporting.selectors import plan_regime
from trithuc.reporting.services.reports import (
    IndicatorInput,
    ReportInput,
    report_accept,
    report_open,
    report_save,
    report_submit,
)

PLAN_CODE = "kl52"
# (text, value, unit, comparator, year, yearly, indicator code, item ref)
TARGETS = [
    (
        "Mỗi năm thu hút ít nhất 10 trí thức, sinh viên tốt nghiệp xuất sắc về làm việc tại tỉnh",
        10,
        "người",
        Target.Comparator.AT_LEAST,
        None,
        True,
        "tri-thuc-thu-hut",
        "II.2.d",
    ),
    (
        "Đến năm 2030 có ít nhất 40 doanh nghiệp khoa học và công nghệ được chứng nhận",
        40,
        "doanh nghiệp",
        Target.Comparator.AT_LEAST,
        2030,
        False,
        "doanh-nghiep-khcn",
        "II.2.c",
    ),
    (
        "Đến năm 2030 tổ chức ít nhất 100 hội nghị quán triệt Kết luận 52 (cộng dồn từ năm 2022)",
        100,
        "hội nghị",
        Target.Comparator.AT_LEAST,
        2030,
        False,
        "hoi-nghi-quan-triet",
        "II.1.a",
    ),
]
# year → agency → indicator code → value (accepted reports of past years)
FIGURES = {
    2022: {
        "so-noi-vu": {"tri-thuc-thu-hut": 4, "hoi-nghi-quan-triet": 2, "doanh-nghiep-khcn": 7},
        "lhh": {"tri-thuc-thu-hut": 2, "hoi-nghi-quan-triet": 2, "doanh-nghiep-khcn": 5},
    },
    2023: {
        "so-noi-vu": {"tri-thuc-thu-hut": 5, "hoi-nghi-quan-triet": 3, "doanh-nghiep-khcn": 8},
        "lhh": {"tri-thuc-thu-hut": 3, "hoi-nghi-quan-triet": 2, "doanh-nghiep-khcn": 7},
    },
    2024: {
        "so-noi-vu": {"tri-thuc-thu-hut": 6, "hoi-nghi-quan-triet": 4, "doanh-nghiep-khcn": 10},
        "lhh": {"tri-thuc-thu-hut": 3, "hoi-nghi-quan-triet": 2, "doanh-nghiep-khcn": 8},
    },
}


def kpis_demo_setup() -> dict[str, int]:
    plan = Plan.objects.filter(code=PLAN_CODE, is_current=True).first()
    if plan is None:
        return {"targets": 0, "reports": 0}
    return {"targets": _targets(plan), "reports": _figures(plan)}


@transaction.atomic
def _targets(plan: Plan) -> int:
    if Target.objects.filter(plan_code=plan.code).exists():
        return 0
    indicators = {i.code: i for i in Indicator.objects.filter(regime__plan_code=plan.code)}  # the plan's own
    for text, value, unit, comparator, year, yearly, code, ref in TARGETS:
        target_create(
            actor=SYSTEM,
            plan=plan,
            text=text,
            value=Decimal(value),
            unit=unit,
            comparator=comparator,
            year=year,
            yearly=yearly,
            indicator=indicators.get(code),
            source_ref=ref,
        )
    return len(TARGETS)


def _figures(plan: Plan) -> int:
    regime = plan_regime(plan)
    if regime is None:
        return 0
    made = 0
    for year, by_agency in FIGURES.items():
        period = ReportingPeriod.objects.filter(regime=regime, year=year).order_by("number").last()
        if period is None:
            continue
        for code, figures in by_agency.items():
            agency = Agency.objects.filter(code=code).first()
            if agency is None or AgencyReport.objects.filter(period=period, agency=agency).exists():
                continue
            # Each reporting service is its own (durable) transaction.
            report = report_open(actor=SYSTEM, period=period, agency=agency)
            data = ReportInput(
                version=report.version,
                indicators={k: IndicatorInput(Decimal(v)) for k, v in figures.items()},
            )
            report = report_submit(actor=SYSTEM, report=report_save(actor=SYSTEM, report=report, data=data))
            report_accept(actor=SYSTEM, report=report)
            made += 1
    return made
