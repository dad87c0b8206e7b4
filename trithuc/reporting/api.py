"""Periods, indicators and agency reports over the API, scoped by the same selectors as the pages.

An agency's own software fills and sends its report through the same services as the report pages
(services/reports.py): the services check roles, versions and workflow states; this module only maps JSON to
ReportInput, as forms.ReportEditForm.to_input does for the page.
"""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate

from trithuc.agencies.models import Agency
from trithuc.api.pagination import BoundedPagination
from trithuc.api.schemas import ERRORS, NO_NUL, Code, Date, ErrorOut, ShortText, Text, Year, text
from trithuc.core import limits
from trithuc.core.actors import Actor
from trithuc.core.errors import Invalid, ServiceError
from trithuc.core.permissions import can_read_plans
from trithuc.plans.models import ProgressUpdate
from trithuc.reporting import selectors
from trithuc.reporting.indicators import categories, parse_number
from trithuc.reporting.models import AgencyReport, Indicator, ReportingPeriod
from trithuc.reporting.permissions import can_edit_report, report_agency_ids
from trithuc.reporting.selectors import report_qs_visible_to
from trithuc.reporting.services import reports

router = Router()


class PeriodOut(Schema):
    id: int
    plan: str  # the plan's code (e.g. kl52)
    regime: str
    label: str
    year: int
    number: int
    start: dt.date
    end: dt.date
    agency_due: dt.date
    department_due: dt.date
    province_due: dt.date


class IndicatorOut(Schema):
    plan: str
    regime: str
    code: str
    name: str
    unit: str
    aggregation: str
    breakdowns: list[str]


class ReportOut(Schema):
    id: int
    plan: str
    period_id: int
    period_label: str
    period_year: int
    agency: str
    status: str
    version: int


class ReportDetailOut(ReportOut):
    difficulties: str
    proposals: str


class PlanFilter(Schema):
    plan: Code | None = None  # a plan's code: only that plan's periods, indicators or reports


class ReportFilter(Schema):
    plan: Code | None = None
    year: Year | None = None
    agency: Code | None = None


def _readable(request: HttpRequest) -> None:
    if not can_read_plans(request.user):
        from django.http import Http404

        raise Http404


@router.get("/periods", response={200: list[PeriodOut], **ERRORS}, summary="Kỳ báo cáo")
@paginate(BoundedPagination)
def period_list(request: HttpRequest, filters: Query[PlanFilter]) -> list[PeriodOut]:
    _readable(request)
    periods = ReportingPeriod.objects.select_related("regime").order_by(
        "regime__plan_code", "-year", "number"
    )
    if filters.plan:
        periods = periods.filter(regime__plan_code=filters.plan)
    return [
        PeriodOut(
            id=p.pk,
            plan=p.regime.plan_code,
            regime=p.regime.code,
            label=p.label,
            year=p.year,
            number=p.number,
            start=p.start,
            end=p.end,
            agency_due=p.agency_due,
            department_due=p.department_due,
            province_due=p.province_due,
        )
        for p in periods
    ]


@router.get("/indicators", response={200: list[IndicatorOut], **ERRORS}, summary="Chỉ tiêu")
@paginate(BoundedPagination)
def indicator_list(request: HttpRequest, filters: Query[PlanFilter]) -> list[IndicatorOut]:
    _readable(request)
    indicators = (
        Indicator.objects.filter(is_active=True)
        .select_related("regime")
        .order_by("regime__plan_code", "regime__code", "position", "code")
    )
    if filters.plan:
        indicators = indicators.filter(regime__plan_code=filters.plan)
    return [
        IndicatorOut(
            plan=i.regime.plan_code,
            regime=i.regime.code,
            code=i.code,
            name=i.name,
            unit=i.unit,
            aggregation=i.aggregation,
            breakdowns=i.breakdowns,
        )
        for i in indicators
    ]


_Report = TypeVar("_Report", bound=ReportOut)


def _report_out(report: AgencyReport, schema: type[_Report], **extra: Any) -> _Report:
    return schema(
        id=report.pk,
        plan=report.period.regime.plan_code,
        period_id=report.period_id,
        period_label=report.period.label,
        period_year=report.period.year,
        agency=report.agency.code,
        status=report.status,
        version=report.version,
        **extra,
    )


@router.get("/reports", response={200: list[ReportOut], **ERRORS}, summary="Báo cáo của đơn vị (theo quyền)")
@paginate(BoundedPagination)
def report_list(request: HttpRequest, filters: Query[ReportFilter]) -> list[ReportOut]:
    reports = (
        report_qs_visible_to(request.user)
        .select_related("period", "period__regime", "agency")
        .order_by("-period__year", "id")
    )
    if filters.plan:
        reports = reports.filter(period__regime__plan_code=filters.plan)
    if filters.year:
        reports = reports.filter(period__year=filters.year)
    if filters.agency:
        reports = reports.filter(agency__code=filters.agency)
    return [_report_out(r, ReportOut) for r in reports]


# --- Writing a report (the agency's own software) -------------------------------------------------------------

MAX_ID = 2**31 - 1


Id = Annotated[int, Field(ge=1, le=MAX_ID)]
# A figure as the form takes it: a number, or text such as "1.234,5" read by parse_number (blank clears it).
Number = int | float | Annotated[str, Field(max_length=40)]


class ReportOpenIn(Schema):
    agency: Code
    period_id: Id | None = None
    plan: Code | None = None  # the plan's code; may be left out when only one plan has the period
    period: Annotated[str, Field(max_length=16)] | None = None  # 2025, 2025-Q2, 2025-H1, 2025-06
    year: Year | None = None  # the annual period of that year


class TaskIn(Schema):
    item_id: Id
    status: Literal["", *ProgressUpdate.Status.values] = ""  # type: ignore[valid-type]
    result: text(limits.RESULT_MAX) = ""  # type: ignore[valid-type]
    completed_on: Date | None = None
    evidence_note: ShortText = ""


class IndicatorIn(Schema):
    code: Code
    value: Number | None = None  # null clears the figure
    breakdown: dict[str, dict[str, Number | None]] = {}  # dimension → category → figure


class OwnLinkIn(Schema):
    own_ref: Annotated[str, Field(min_length=1, max_length=64, pattern=NO_NUL)]
    item_ref: Code
    own_text: Text = ""


class ReportSaveIn(Schema):
    """`version` is the one last read (optimistic locking). Fields left out keep their saved value; tasks and
    indicators not listed are left as they are; `own_links`, when given, replaces the list."""

    version: Annotated[int, Field(ge=0, le=MAX_ID)]
    difficulties: Text | None = None
    proposals: Text | None = None
    implementation: Literal[*AgencyReport.Implementation.values] | None = None  # type: ignore[valid-type]
    implementation_document: Annotated[str, Field(max_length=255, pattern=NO_NUL)] | None = None
    tasks: list[TaskIn] = []
    indicators: list[IndicatorIn] = []
    own_links: list[OwnLinkIn] | None = None


class ReturnIn(Schema):
    reason: text(limits.REASON_MAX)  # type: ignore[valid-type]


class TaskLineOut(Schema):
    item_id: int
    ref: str
    is_lead: bool
    editable: bool  # false: reported through the section III items that carry it out
    status: str
    result: str
    completed_on: dt.date | None


class IndicatorLineOut(Schema):
    code: str
    name: str
    unit: str
    breakdowns: list[str]
    value: Decimal | None
    breakdown: dict[str, dict[str, Any]]
    read_only: bool  # computed from events: shown, never typed
    source: str


class OwnLinkOut(Schema):
    own_ref: str
    item_ref: str
    own_text: str


class ReportFormOut(ReportDetailOut):
    editable: bool
    implementation: str
    implementation_document: str
    return_reason: str
    tasks: list[TaskLineOut]
    indicators: list[IndicatorLineOut]
    own_links: list[OwnLinkOut]


def _form_out(user: Actor, report: AgencyReport) -> ReportFormOut:
    form = selectors.report_form(report)
    return _report_out(
        report,
        ReportFormOut,
        difficulties=report.difficulties,
        proposals=report.proposals,
        editable=can_edit_report(user, report),
        implementation=report.implementation,
        implementation_document=report.implementation_document,
        return_reason=report.return_reason,
        tasks=[
            TaskLineOut(
                item_id=line.item.pk,
                ref=line.item.ref,
                is_lead=line.is_lead,
                editable=line.editable,
                status=line.status,
                result=line.result,
                completed_on=line.completed_on,
            )
            for line in form.tasks
        ],
        indicators=[
            IndicatorLineOut(
                code=line.indicator.code,
                name=line.indicator.name,
                unit=line.indicator.unit,
                breakdowns=line.indicator.breakdowns,
                value=line.value,
                breakdown=line.breakdown or {},
                read_only=bool(line.source),
                source=line.source,
            )
            for line in form.indicators
        ],
        own_links=[
            OwnLinkOut(own_ref=link.own_ref, item_ref=link.item.ref, own_text=link.own_text)
            for link in form.own_links
        ],
    )


@router.get(
    "/reports/{report_id}",
    response={200: ReportFormOut, **ERRORS},
    summary="Một báo cáo, với kết quả từng nhiệm vụ và số liệu từng chỉ tiêu",
)
def report_detail(request: HttpRequest, report_id: int) -> ReportFormOut:
    """Whoever may read the report on its page (the coordinator, the leaders, the agency) reads its figures
    here too: the same lines as the page and as /form (`editable` says whether this user may change it)."""
    report = get_object_or_404(
        report_qs_visible_to(request.user).select_related("period", "agency"), pk=report_id
    )
    return _form_out(request.user, report)


def _own_report(request: HttpRequest, report_id: int) -> AgencyReport:
    """A report of an agency the user reports for; anyone else's is a 404, as on the pages."""
    report = get_object_or_404(report_qs_visible_to(request.user), pk=report_id)
    if report.agency_id not in report_agency_ids(request.user):
        raise Http404
    return report


def _detail(report: AgencyReport) -> ReportDetailOut:
    return _report_out(report, ReportDetailOut, difficulties=report.difficulties, proposals=report.proposals)


@router.post(
    "/reports",
    response={200: ReportDetailOut, **ERRORS},
    summary="Mở báo cáo của đơn vị cho một kỳ (tạo bản nháp lần đầu)",
)
def report_open(request: HttpRequest, payload: ReportOpenIn) -> ReportDetailOut:
    agency = get_object_or_404(
        Agency.objects.filter(pk__in=report_agency_ids(request.user)), code=payload.agency
    )
    if payload.period_id is not None:
        period = get_object_or_404(ReportingPeriod, pk=payload.period_id)
    elif payload.period is not None or payload.year is not None:
        spec = payload.period if payload.period is not None else str(payload.year)
        period = selectors.period_resolve(spec, plan_code=payload.plan)
    else:
        raise Invalid(
            "Hãy chọn kỳ báo cáo (period_id), hoặc kỳ (period: 2025, 2025-Q2, 2025-06) hay năm (year) cùng "
            "mã kế hoạch (plan).",
            field="period_id",
        )
    return _detail(reports.report_open(actor=request.user, period=period, agency=agency))


@router.get(
    "/reports/{report_id}/form",
    response={200: ReportFormOut, **ERRORS},
    summary="Nội dung báo cáo như trên trang nhập: nhiệm vụ, chỉ tiêu, phiên bản",
)
def report_form(request: HttpRequest, report_id: int) -> ReportFormOut:
    return _form_out(request.user, _own_report(request, report_id))


def _to_input(report: AgencyReport, payload: ReportSaveIn) -> reports.ReportInput:
    """The JSON as the service's input; what the form cannot type cannot be typed here either: figures computed
    from events are read-only, breakdowns are the indicator's own."""
    lines = {line.indicator.code: line for line in selectors.report_form(report, with_tasks=False).indicators}
    indicators = {}
    for given in payload.indicators:
        line = lines.get(given.code)
        if line is None:
            raise Invalid(f"Không có chỉ tiêu mã “{given.code}”.", field="indicators")
        if line.source:
            raise ServiceError(
                f"Chỉ tiêu “{line.indicator.name}” được tính từ sự kiện ({line.source}); không nhập tay được.",
                field="indicators",
            )
        for dim, cats in given.breakdown.items():
            known = dict(categories(dim)) if dim in line.indicator.breakdowns else {}
            unknown = [cat for cat in cats if cat not in known]
            if not known or unknown:
                raise ServiceError(
                    f"Chỉ tiêu “{line.indicator.name}”: không có phân tổ “{dim}{':' + unknown[0] if known else ''}”.",
                    field="indicators",
                )
        name = line.indicator.name
        indicators[given.code] = reports.IndicatorInput(
            _number(given.value, name),
            {
                dim: {cat: _number(v, name) for cat, v in cats.items()}
                for dim, cats in given.breakdown.items()
            },
        )
    return reports.ReportInput(
        version=payload.version,
        difficulties=report.difficulties if payload.difficulties is None else payload.difficulties,
        proposals=report.proposals if payload.proposals is None else payload.proposals,
        implementation=payload.implementation or report.implementation,
        implementation_document=(
            report.implementation_document
            if payload.implementation_document is None
            else payload.implementation_document
        ),
        tasks={
            t.item_id: reports.TaskInput(
                status=t.status, result=t.result, completed_on=t.completed_on, evidence_note=t.evidence_note
            )
            for t in payload.tasks
        },
        indicators=indicators,
        own_links=(
            None
            if payload.own_links is None
            else [reports.OwnLinkInput(x.own_ref, x.item_ref, x.own_text) for x in payload.own_links]
        ),
    )


def _number(raw: Any, name: str) -> Decimal | None:
    try:
        number = parse_number(raw)
    except ValueError as error:
        raise ServiceError(f"Chỉ tiêu “{name}”: {error}.", field="indicators") from error
    return number


@router.put(
    "/reports/{report_id}",
    response={200: ReportFormOut, 409: ErrorOut, **ERRORS},
    summary="Lưu báo cáo nháp: nhiệm vụ, chỉ tiêu (409 khi phiên bản đã cũ)",
)
def report_save(request: HttpRequest, report_id: int, payload: ReportSaveIn) -> ReportFormOut:
    report = _own_report(request, report_id)
    data = _to_input(report, payload)
    report = reports.report_save(actor=request.user, report=report, data=data, via="api")  # stale: 409 (map)
    return _form_out(request.user, report)


@router.post(
    "/reports/{report_id}/submit",
    response={200: ReportDetailOut, **ERRORS},
    summary="Gửi báo cáo (lãnh đạo đơn vị)",
)
def report_submit(request: HttpRequest, report_id: int) -> ReportDetailOut:
    return _detail(reports.report_submit(actor=request.user, report=_own_report(request, report_id)))


@router.post(
    "/reports/{report_id}/return",
    response={200: ReportDetailOut, **ERRORS},
    summary="Trả lại báo cáo kèm lý do (cán bộ điều phối)",
)
def report_return(request: HttpRequest, report_id: int, payload: ReturnIn) -> ReportDetailOut:
    report = get_object_or_404(report_qs_visible_to(request.user), pk=report_id)
    return _detail(reports.report_return(actor=request.user, report=report, reason=payload.reason))


@router.post(
    "/reports/{report_id}/accept",
    response={200: ReportDetailOut, **ERRORS},
    summary="Tiếp nhận báo cáo (cán bộ điều phối)",
)
def report_accept(request: HttpRequest, report_id: int) -> ReportDetailOut:
    report = get_object_or_404(report_qs_visible_to(request.user), pk=report_id)
    return _detail(reports.report_accept(actor=request.user, report=report))
