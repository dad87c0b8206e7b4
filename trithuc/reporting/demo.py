"""Demo data of the reporting cycle, two plans side by side: the seed plan's annual regime (periods 2020-2026, a
believable year 2025) and a second plan's monthly regime (its own indicators, the months of 2026, reports of
the last months in every state: accepted, late, sent, returned, still in draft).

Idempotent: agencies that already have a report for a period are left alone. Called from
trithuc.demo.setup.demo_setup, which names the plans.
"""

import datetime as dt
from decimal import Decimal

from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import Plan
from trithuc.reporting.models import AgencyReport, ReportingPeriod, ReportingRegime
from trithuc.reporting.selectors import report_form
from trithuc.reporting.services.periods import indicators_seed, periods_generate, regime_ensure, seed_regime
from trithuc.reporting.services.reports import (
    IndicatorInput,
    ReportInput,
    TaskInput,
    report_accept,
    report_open,
    report_return,
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


def reporting_demo_setup(*, monthly_plan: Plan | None = None, seed_cycle: bool = True) -> dict[str, int]:
    """The seed plan's yearly cycle (unless `seed_cycle` is False) and, when given, a second plan's monthly
    cycle beside it."""
    result = {"periods": 0, "reports": 0}
    if seed_cycle:
        result = _yearly_setup()
    if monthly_plan is not None:
        monthly = _monthly_setup(monthly_plan)
        result = {key: result[key] + monthly[key] for key in result}
    return result


def _yearly_setup() -> dict[str, int]:
    regime = seed_regime()
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
        if outcome == "draft" or sent_on is None:
            continue
        report = report_submit(actor=SYSTEM, report=report)
        _stamp(report, sent_on)
        if outcome == "accepted":
            report_accept(actor=SYSTEM, report=report)
    return {"periods": len(periods), "reports": created}


# The second plan's regime: its agencies report "trước ngày 15 hằng tháng" (its section III.2); Decree 09 cuts
# monthly figures on the 14th.
MONTHLY_REGIME = {
    "name": "Báo cáo kết quả triển khai Kế hoạch tạo lập dữ liệu phục vụ chuyển đổi số toàn diện",
    "reporters": "Các sở, ban, ngành, UBND các xã, phường",
    "recipient": "Sở Khoa học và Công nghệ",
    "final_recipient": "UBND tỉnh",
    "frequency": ReportingRegime.Frequency.MONTHLY,
    "agency_deadline_days": 2,
    "department_deadline_days": 4,
    "province_deadline_days": 6,
    "outline": "I. Kết quả tạo lập, chuẩn hóa dữ liệu\nII. Khó khăn, vướng mắc\nIII. Đề xuất, kiến nghị",
    "figure_form": "Biểu số liệu tạo lập dữ liệu (tệp .xlsx)",
}
MONTHLY_INDICATORS = [
    ("csdl-ra-soat", "Số cơ sở dữ liệu chuyên ngành đã rà soát, chuẩn hóa", "cơ sở dữ liệu", "sum", [], ""),
    ("bo-du-lieu-mo", "Số bộ dữ liệu mở đã công bố", "bộ dữ liệu", "sum", [], ""),
    ("ho-so-so-hoa", "Số hồ sơ, giấy tờ đã số hóa", "hồ sơ", "sum", [], ""),
    (
        "luot-dao-tao-cds",
        "Số lượt cán bộ được đào tạo, bồi dưỡng về dữ liệu, chuyển đổi số",
        "lượt người",
        "sum",
        ["gender"],
        "",
    ),
]
MONTHLY_YEAR = 2026
# (month, agency code) → (how it went, day it was first sent)
MONTHLY_REPORTS = {
    (9, "so-noi-vu"): ("accepted", dt.date(2026, 9, 15)),
    (9, "so-gddt"): ("accepted", dt.date(2026, 9, 24)),  # late
    (10, "so-gddt"): ("returned", dt.date(2026, 10, 16)),
    (10, "so-tai-chinh"): ("submitted", dt.date(2026, 10, 20)),  # late
    (11, "so-noi-vu"): ("submitted", dt.date(2026, 11, 16)),
    (11, "so-gddt"): ("draft", None),
}


def _monthly_setup(plan: Plan) -> dict[str, int]:
    regime = regime_ensure(code=f"{plan.code}-hang-thang", plan_code=plan.code, **MONTHLY_REGIME)
    indicators_seed(regime=regime, rows=MONTHLY_INDICATORS)
    periods = periods_generate(actor=SYSTEM, regime=regime, years=[MONTHLY_YEAR])
    by_month = {p.number: p for p in periods}
    created = 0
    for seed, ((month, code), (outcome, sent_on)) in enumerate(MONTHLY_REPORTS.items(), start=1):
        agency = Agency.objects.filter(code=code).first()
        period = by_month[month]
        if agency is None or AgencyReport.objects.filter(period=period, agency=agency).exists():
            continue
        created += _monthly_report(period, agency, seed, outcome, sent_on)
    return {"periods": len(periods), "reports": created}


def _monthly_report(
    period: ReportingPeriod, agency: Agency, seed: int, outcome: str, sent_on: dt.date | None
) -> int:
    report = report_open(actor=SYSTEM, period=period, agency=agency)
    form = report_form(report)
    tasks = {
        line.item.pk: TaskInput(
            "in_progress", f"Đã rà soát, cập nhật dữ liệu thuộc nội dung {line.item.ref}."
        )
        for line in form.tasks
        if line.is_lead and line.editable
    }
    trained = 12 + 3 * seed
    data = ReportInput(
        version=report.version,
        difficulties="Dữ liệu chuyên ngành còn phân tán, chưa thống nhất định dạng." if seed % 2 else "",
        proposals="Đề nghị Sở Khoa học và Công nghệ hướng dẫn danh mục dữ liệu dùng chung."
        if seed % 3
        else "",
        tasks=tasks,
        indicators={
            "csdl-ra-soat": IndicatorInput(Decimal(1 + seed % 3)),
            "bo-du-lieu-mo": IndicatorInput(Decimal(seed % 2)),
            "ho-so-so-hoa": IndicatorInput(Decimal(150 * seed)),
            "luot-dao-tao-cds": IndicatorInput(
                Decimal(trained), {"gender": {"nam": Decimal(trained - 5), "nu": Decimal(5)}}
            ),
        },
    )
    report = report_save(actor=SYSTEM, report=report, data=data)
    if outcome == "draft" or sent_on is None:
        return 1
    report = report_submit(actor=SYSTEM, report=report)
    _stamp(report, sent_on)
    if outcome == "accepted":
        report_accept(actor=SYSTEM, report=report)
    elif outcome == "returned":
        report_return(
            actor=SYSTEM,
            report=report,
            reason="Số hồ sơ đã số hóa chưa khớp với phần mềm theo dõi; đề nghị rà soát.",
        )
    return 1
