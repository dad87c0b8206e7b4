"""Demo data of the reporting cycle: the annual regime, periods 2020-2026 and a believable year 2025.

Idempotent: agencies that already have a 2025 report are left alone. Called from trithuc.demo.setup.demo_setup.
"""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.reporting.models import AgencyReport
from trithuc.reporting.selectors import regime_default, report_form
from trithuc.reporting.services.periods import periods_generate, reporting_seed
from trithuc.reporting.services.reports import (
    IndicatorInput,
    ReportInput,
    TaskInput,
    report_accept,
    report_open,
    report_save,
    report_submit,
)

DEMO_YEAR = 2025
# agency code → (how it went, day it was first sent)
DEMO_REPORTS = {
    "so-noi-vu": ("accepted", dt.date(2025, 12, 15)),
    "so-gddt": ("accepted", dt.date(2025, 12, 16)),
    "lhh": ("accepted", dt.date(2025, 12, 12)),
    "so-vhttdl": ("accepted", dt.date(2025, 12, 17)),
    "so-tai-chinh": ("submitted", dt.date(2025, 12, 17)),
    "so-y-te": ("accepted", dt.date(2026, 1, 9)),  # late
    "so-xay-dung": ("draft", None),  # still missing after the deadline
}


def _input(report: AgencyReport, seed: int) -> ReportInput:
    form = report_form(report)
    tasks = {}
    for n, line in enumerate(form.tasks):
        if not (line.is_lead and line.editable):
            continue
        if (n + seed) % 3 == 0:
            tasks[line.item.pk] = TaskInput(
                "completed",
                f"Đã hoàn thành nội dung {line.item.ref} trong năm {DEMO_YEAR}.",
                dt.date(2025, 11, 20),
            )
        else:
            tasks[line.item.pk] = TaskInput(
                "in_progress", f"Đang triển khai nội dung {line.item.ref}; đạt khoảng 70%."
            )
    people = 60 + 17 * seed
    women, minority = people // 2 + seed, 8 + seed
    indicators = {
        "hoi-nghi-quan-triet": IndicatorInput(Decimal(2 + seed % 3)),
        "luot-can-bo-quan-triet": IndicatorInput(
            Decimal(people),
            {
                "gender": {"nam": Decimal(people - women), "nu": Decimal(women)},
                "ethnic": {"dtts": Decimal(minority), "kinh": Decimal(people - minority)},
            },
        ),
        "tin-bai-tuyen-truyen": IndicatorInput(Decimal(5 + seed)),
        "tri-thuc-thu-hut": IndicatorInput(
            Decimal(3),
            {
                "gender": {"nam": Decimal(2), "nu": Decimal(1)},
                "ethnic": {"dtts": Decimal(1), "kinh": Decimal(2)},
                "age_band": {"duoi-35": Decimal(2), "35-50": Decimal(1), "tren-50": Decimal(0)},
                "degree": {
                    "tien-si": Decimal(1),
                    "thac-si": Decimal(2),
                    "dai-hoc": Decimal(0),
                    "khac": Decimal(0),
                },
            },
        ),
        "doi-thoai-tri-thuc": IndicatorInput(Decimal(1)),
        "luot-tri-thuc-doi-thoai": IndicatorInput(
            Decimal(40 + seed),
            {
                "gender": {"nam": Decimal(25), "nu": Decimal(15 + seed)},
                "ethnic": {"dtts": Decimal(5), "kinh": Decimal(35 + seed)},
                "age_band": {"duoi-35": Decimal(10), "35-50": Decimal(20), "tren-50": Decimal(10 + seed)},
            },
        ),
    }
    return ReportInput(
        version=report.version,
        difficulties="Kinh phí cho công tác thu hút, trọng dụng trí thức còn hạn chế." if seed % 2 else "",
        proposals="Đề nghị UBND tỉnh ban hành chính sách hỗ trợ trí thức trẻ về công tác tại vùng khó khăn."
        if seed % 3
        else "",
        implementation=AgencyReport.Implementation.OWN_PLAN
        if seed % 2
        else AgencyReport.Implementation.INTEGRATED,
        implementation_document=f"Kế hoạch số {10 + seed}/KH ngày 15/4/2020",
        tasks=tasks,
        indicators=indicators,
    )


def _stamp(report: AgencyReport, day: dt.date) -> None:
    """The demo backdates the submission so the follow-up grid shows on-time and late reports."""
    moment = timezone.make_aware(dt.datetime.combine(day, dt.time(9, 30)))
    AgencyReport.objects.filter(pk=report.pk).update(first_submitted_at=moment, submitted_at=moment)
    report.versions.update(submitted_at=moment)


def reporting_demo_setup() -> dict[str, int]:
    reporting_seed()
    regime = regime_default()
    periods = periods_generate(actor=SYSTEM, regime=regime, years=range(2020, 2027))
    period = next(p for p in periods if p.year == DEMO_YEAR)
    created = 0
    for seed, (code, (outcome, sent_on)) in enumerate(DEMO_REPORTS.items(), start=1):
        agency = Agency.objects.filter(code=code).first()
        if agency is None or AgencyReport.objects.filter(period=period, agency=agency).exists():
            continue
        report = report_open(actor=SYSTEM, period=period, agency=agency)
        report = report_save(actor=SYSTEM, report=report, data=_input(report, seed))
        created += 1
        if outcome == "draft":
            continue
        report = report_submit(actor=SYSTEM, report=report)
        _stamp(report, sent_on)
        if outcome == "accepted":
            report_accept(actor=SYSTEM, report=report)
    return {"periods": len(periods), "reports": created}
