"""Periods, indicators and agency reports over the API, scoped by the same selectors as the pages."""

import datetime as dt

from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from trithuc.api.pagination import BoundedPagination
from trithuc.api.schemas import ERRORS
from trithuc.core.permissions import can_read_plans
from trithuc.reporting.models import Indicator, ReportingPeriod
from trithuc.reporting.selectors import report_qs_visible_to

router = Router()


class PeriodOut(Schema):
    id: int
    year: int
    number: int
    start: dt.date
    end: dt.date
    agency_due: dt.date
    department_due: dt.date
    province_due: dt.date


class IndicatorOut(Schema):
    code: str
    name: str
    unit: str
    aggregation: str
    breakdowns: list[str]


class ReportOut(Schema):
    id: int
    period_year: int
    agency: str
    status: str
    version: int


class ReportDetailOut(ReportOut):
    difficulties: str
    proposals: str


class ReportFilter(Schema):
    year: int | None = None
    agency: str | None = None


def _readable(request) -> None:
    if not can_read_plans(request.user):
        from django.http import Http404

        raise Http404


@router.get("/periods", response={200: list[PeriodOut], **ERRORS}, summary="Kỳ báo cáo")
@paginate(BoundedPagination)
def period_list(request):
    _readable(request)
    return ReportingPeriod.objects.order_by("-year", "number")


@router.get("/indicators", response={200: list[IndicatorOut], **ERRORS}, summary="Chỉ tiêu")
@paginate(BoundedPagination)
def indicator_list(request):
    _readable(request)
    return Indicator.objects.filter(is_active=True).order_by("position", "code")


def _report_out(report, schema=ReportOut, **extra):
    return schema(
        id=report.pk,
        period_year=report.period.year,
        agency=report.agency.code,
        status=report.status,
        version=report.version,
        **extra,
    )


@router.get("/reports", response={200: list[ReportOut], **ERRORS}, summary="Báo cáo của đơn vị (theo quyền)")
@paginate(BoundedPagination)
def report_list(request, filters: Query[ReportFilter]):
    reports = (
        report_qs_visible_to(request.user).select_related("period", "agency").order_by("-period__year", "id")
    )
    if filters.year:
        reports = reports.filter(period__year=filters.year)
    if filters.agency:
        reports = reports.filter(agency__code=filters.agency)
    return [_report_out(r) for r in reports]


@router.get("/reports/{report_id}", response={200: ReportDetailOut, **ERRORS}, summary="Một báo cáo")
def report_detail(request, report_id: int):
    report = get_object_or_404(
        report_qs_visible_to(request.user).select_related("period", "agency"), pk=report_id
    )
    return _report_out(report, ReportDetailOut, difficulties=report.difficulties, proposals=report.proposals)
