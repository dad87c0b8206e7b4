"""Thin views: scoped selector → form → one service → render or redirect."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from trithuc.agencies.models import Agency
from trithuc.agencies.selectors import province_profile
from trithuc.core.errors import ServiceError
from trithuc.core.permissions import can_read_plans
from trithuc.core.views import add_service_error, stored_file_response
from trithuc.plans.fragments import fragment
from trithuc.plans.models import Plan
from trithuc.plans.selectors import PlanSnapshot, plan_by_code, plan_stamp
from trithuc.reporting import selectors
from trithuc.reporting.consolidated import consolidated_qs_visible_to
from trithuc.reporting.exports.report_xlsx import XLSX_TYPE, render_report_form_xlsx
from trithuc.reporting.forms import NarrativeForm, ReportEditForm, ReturnForm, UploadForm
from trithuc.reporting.models import AgencyReport, ConsolidatedNarrative, ReportingPeriod, ReportingRegime
from trithuc.reporting.permissions import can_consolidate, can_decide_report, can_follow_up, report_agency_ids
from trithuc.reporting.services import reports
from trithuc.reporting.services.consolidated import consolidated_narrative_save, consolidated_report_generate
from trithuc.reporting.services.report_import import report_xlsx_import


def _report(request: HttpRequest, pk: int) -> AgencyReport:
    return get_object_or_404(selectors.report_qs_visible_to(request.user), pk=pk)


def _period(request: HttpRequest, pk: int) -> ReportingPeriod:
    period = get_object_or_404(ReportingPeriod.objects.select_related("regime"), pk=pk)
    if not can_consolidate(request.user, selectors.regime_plan(period.regime)):
        raise Http404
    return period


@login_required
def period_list(request: HttpRequest) -> HttpResponse:
    """Every plan in force with its latest periods, and at the top what the user's agencies owe across them."""
    if not can_read_plans(request.user):
        raise Http404
    own = report_agency_ids(request.user)
    owed = selectors.reports_owed(on=timezone.localdate(), agency_ids=own) if own else []
    plans = selectors.reporting_home(request.user)
    return render(request, "reporting/home.html", {"plans": plans, "owed": owed})


def _plan_regime(request: HttpRequest, code: str) -> tuple[Plan, ReportingRegime]:
    """The plan named in the URL (404 when the user may not see plans) and its regime (?che-do=, else its
    first); 404 when the plan has no regime."""
    plan = plan_by_code(request.user, code)
    regime = selectors.plan_regime(plan, request.GET.get("che-do") or None)
    if regime is None:
        raise Http404("Kế hoạch này chưa có chế độ báo cáo.")
    return plan, regime


@login_required
def plan_periods(request: HttpRequest, code: str) -> HttpResponse:
    if not can_read_plans(request.user):
        raise Http404
    plan, regime = _plan_regime(request, code)
    context = {
        "plan": plan,
        "regime": regime,
        "regimes": list(selectors.plan_regimes(plan)),
        "overview": selectors.period_overview(request.user, regime=regime),
    }
    return render(request, "reporting/period_list.html", context)


@login_required
@require_POST
def report_open(request: HttpRequest, period_pk: int, agency_code: str) -> HttpResponse:
    agency = get_object_or_404(
        Agency.objects.filter(pk__in=report_agency_ids(request.user)), code=agency_code
    )
    period = get_object_or_404(ReportingPeriod, pk=period_pk)
    report = reports.report_open(actor=request.user, period=period, agency=agency)
    return redirect("reporting:report_detail", pk=report.pk)


@login_required
def report_detail(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(selectors.report_qs_with_task_stamp(request.user), pk=pk)
    plan, today = selectors.regime_plan(report.period.regime), timezone.localdate()
    stamp = plan_stamp(plan) if plan else ""

    def task_context() -> dict[str, Any]:
        snapshot = PlanSnapshot.load(plan, today, stamp=stamp) if plan else None
        return {"lines": selectors.report_task_lines(report, snapshot=snapshot)}

    parts = (selectors.report_task_stamp(report), plan and plan.pk, today, stamp)
    tasks = fragment(request, "report_tasks", parts, "reporting/report_detail.html#task_table", task_context)
    versions = list(report.versions.order_by("number"))
    context = {
        "report": report,
        "form": selectors.report_form(report, with_tasks=False),
        "task_table": tasks,
        "versions": versions,
        "return_form": ReturnForm(),
        "implementation_ref": report.period.regime.own_plan_item_ref,
        **selectors.report_actions(request.user, report, plan=plan),
    }
    if context["can_edit"] and not context["can_submit"]:  # the reporter: who sends it (#15.3, #15.5)
        department = province_profile().department_name
        context["sender_note"] = selectors.who_sends_note(request.user, report, department)
    return render(request, "reporting/report_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def report_edit(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report(request, pk)
    actions = selectors.report_actions(request.user, report)
    if not actions["can_edit"]:
        raise Http404
    form = ReportEditForm(
        request.POST or None,
        report_form=selectors.report_form(report),
        item_ref=report.period.regime.own_plan_item_ref,
    )
    department = province_profile().department_name
    if request.method == "POST" and not form.is_valid():
        form.add_problems(reports.report_problems(report, form.to_input()))  # every problem at once (#15.3)
    elif request.method == "POST":
        try:
            reports.report_save(actor=request.user, report=report, data=form.to_input())
        except ServiceError as error:
            add_service_error(form, error)
        else:
            if request.POST.get("send") and actions["can_submit"]:  # the head saves and sends at once (#15.5)
                try:
                    reports.report_submit(actor=request.user, report=report)
                except ServiceError as error:
                    messages.error(request, f"Đã lưu báo cáo nhưng chưa gửi được: {error.message}")
                else:
                    messages.success(request, f"Đã lưu và gửi báo cáo tới {department}.")
                return redirect("reporting:report_detail", pk=report.pk)
            note = selectors.who_sends_note(request.user, report, department)
            messages.success(request, f"Đã lưu báo cáo. {note}")
            return redirect("reporting:report_detail", pk=report.pk)
    if actions["can_submit"]:
        sender_note = (
            f"Bạn là lãnh đạo đơn vị: “Lưu và gửi báo cáo” lưu rồi gửi báo cáo tới {department}; "
            "“Lưu báo cáo” chỉ lưu bản nháp."
        )
    else:
        sender_note = selectors.who_sends_note(request.user, report, department)
    task_parts, indicator_part = form.task_parts, form.indicator_part
    due_in = (report.period.agency_due - timezone.localdate()).days
    context = {
        "report": report,
        "form": form,
        "can_submit": actions["can_submit"],
        "sender_note": sender_note,
        "due_in": due_in,
        "overdue_days": -due_in,
        # the page's folds (#15.5): what waits for the officer is listed at the top and its fold is open
        "task_parts": task_parts,
        "indicator_part": indicator_part,
        "other_part": form.other_part,
        "missing_tasks": [missing for part in task_parts for missing in part.unfilled],
    }
    return render(request, "reporting/report_edit.html", context)


def _transition(
    request: HttpRequest, pk: int, action: Callable[..., object], success: str, **kwargs: Any
) -> HttpResponseRedirect:
    report = _report(request, pk)
    try:
        action(actor=request.user, report=report, **kwargs)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, success)
    return redirect("reporting:report_detail", pk=report.pk)


@login_required
@require_POST
def report_submit(request: HttpRequest, pk: int) -> HttpResponse:
    department = province_profile().department_name
    return _transition(request, pk, reports.report_submit, f"Đã gửi báo cáo tới {department}.")


@login_required
@require_POST
def report_return(request: HttpRequest, pk: int) -> HttpResponse:
    return _transition(
        request, pk, reports.report_return, "Đã trả lại báo cáo.", reason=request.POST.get("reason", "")
    )


@login_required
@require_POST
def report_accept(request: HttpRequest, pk: int) -> HttpResponse:
    return _transition(request, pk, reports.report_accept, "Đã tiếp nhận báo cáo.")


@login_required
def report_compare(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report(request, pk)
    versions = {v.number: v for v in report.versions.all()}
    numbers = sorted(versions)
    a, b = request.GET.get("a"), request.GET.get("b")
    old = versions.get(int(a)) if a and a.isdigit() else (versions[numbers[-2]] if len(numbers) > 1 else None)
    new = versions.get(int(b)) if b and b.isdigit() else (versions[numbers[-1]] if numbers else None)
    rows = reports.version_diff(old.snapshot, new.snapshot) if old and new else []
    return render(
        request,
        "reporting/report_compare.html",
        {"report": report, "old": old, "new": new, "rows": rows, "numbers": numbers},
    )


@login_required
def report_xlsx_download(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report(request, pk)
    if not selectors.report_actions(request.user, report)["can_edit"]:
        raise Http404
    response = HttpResponse(render_report_form_xlsx(selectors.report_form(report)), content_type=XLSX_TYPE)
    response["Content-Disposition"] = (
        f'attachment; filename="bao-cao-{report.period.year}-{report.agency.code}.xlsx"'
    )
    return response


@login_required
@require_http_methods(["GET", "POST"])
def report_xlsx_upload(request: HttpRequest, pk: int) -> HttpResponse:
    report = _report(request, pk)
    if not selectors.report_actions(request.user, report)["can_edit"]:
        raise Http404
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            report_xlsx_import(actor=request.user, report=report, upload=form.cleaned_data["upload"])
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã nhập số liệu từ tệp Excel.")
            return redirect("reporting:report_detail", pk=report.pk)
    return render(request, "reporting/report_upload.html", {"report": report, "form": form})


@login_required
def followup(request: HttpRequest) -> HttpResponse:
    """The follow-up grid's old address: the one plan with a regime, or a choice of plans."""
    if not can_follow_up(request.user):
        raise Http404
    choices = selectors.regimes_in_force(request.user)
    plans = list({pr.plan.code: pr.plan for pr in choices}.values())
    if len(plans) == 1:  # the filter (?loc=cho-xu-ly) goes along
        url = reverse("reporting:plan_followup", kwargs={"code": plans[0].code})
        return redirect(f"{url}?{request.GET.urlencode()}" if request.GET else url)
    return render(request, "reporting/followup_choose.html", {"choices": choices})


# How many years of periods the grid shows: enough columns to compare, few enough to read.
GRID_YEARS = {"annual": 6, "half-yearly": 3, "quarterly": 2, "monthly": 1}
WAITING_FILTER = "cho-xu-ly"  # ?loc=cho-xu-ly: only the reports waiting for the coordinator


@login_required
def plan_followup(request: HttpRequest, code: str) -> HttpResponse:
    if not can_follow_up(request.user):
        raise Http404
    plan, regime = _plan_regime(request, code)
    today = timezone.localdate()
    started = ReportingPeriod.objects.filter(regime=regime, start__lte=today).values_list("year", flat=True)
    years = sorted(set(started))[-GRID_YEARS.get(regime.frequency, 1) :]
    grid = selectors.followup_grid(regime=regime, years=years, on=today)
    unreachable = selectors.reminder_unreachable_ids(
        row.agency.pk for row in grid.rows if row.agency.is_active_on(grid.on)
    )
    # Past years nobody owes anything for any more are folded; "chờ tôi xử lý" keeps the agencies whose report
    # waits for the coordinator's decision (#15.2).
    open_grid, folded = grid.split_years()
    waiting_only = request.GET.get("loc") == WAITING_FILTER
    if waiting_only:
        open_grid, folded = open_grid.only_waiting(), folded.only_waiting()
    context = {
        "grid": grid,
        "open_grid": open_grid,
        "folded": folded,
        "waiting_only": waiting_only,
        "waiting_filter": WAITING_FILTER,
        "waiting_count": grid.waiting_count(),
        "can_decide": can_decide_report(request.user, plan),
        "legend": selectors.GRID_LEGEND,
        "plan": plan,
        "regime": regime,
        "regimes": list(selectors.plan_regimes(plan)),
        "unreachable": unreachable,
    }
    return render(request, "reporting/followup.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def consolidated_detail(request: HttpRequest, period_pk: int) -> HttpResponse:
    period = _period(request, period_pk)
    narrative = ConsolidatedNarrative.objects.filter(period=period).first() or ConsolidatedNarrative(
        period=period
    )
    form = NarrativeForm(request.POST or None, instance=narrative)
    if request.method == "POST" and form.is_valid():
        consolidated_narrative_save(actor=request.user, period=period, **form.cleaned_data)
        messages.success(request, "Đã lưu nội dung báo cáo tổng hợp.")
        return redirect("reporting:consolidated_detail", period_pk=period.pk)
    files = consolidated_qs_visible_to(request.user).filter(period=period)
    accepted = period.reports.filter(status="accepted").select_related("agency")
    return render(
        request,
        "reporting/consolidated_detail.html",
        {"period": period, "form": form, "files": files, "accepted": accepted},
    )


@login_required
@require_POST
def consolidated_generate(request: HttpRequest, period_pk: int) -> HttpResponse:
    period = _period(request, period_pk)
    try:
        consolidated_report_generate(
            actor=request.user, period=period, issue=request.POST.get("issue") == "1"
        )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã tạo báo cáo tổng hợp.")
    return redirect("reporting:consolidated_detail", period_pk=period.pk)


@login_required
def consolidated_download(request: HttpRequest, pk: int, kind: str) -> FileResponse:
    report = get_object_or_404(consolidated_qs_visible_to(request.user), pk=pk)
    if kind not in ("docx", "xlsx"):
        raise Http404
    stored = getattr(report, kind)
    return stored_file_response(stored)
