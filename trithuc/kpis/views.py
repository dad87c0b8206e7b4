"""KPI pages: a plan's targets with trend and projection, all plans' targets for leaders, and the coordinator's
confirmation of the targets proposed from the plan's text."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from trithuc.core.errors import ServiceError
from trithuc.core.forms import form_errors_text
from trithuc.kpis import selectors, services
from trithuc.kpis.chart import trend_chart
from trithuc.kpis.forms import TargetForm
from trithuc.kpis.models import Target
from trithuc.kpis.permissions import can_manage_kpis, can_read_kpis
from trithuc.plans.models import Plan
from trithuc.plans.selectors import plan_by_code
from trithuc.reporting.selectors import plan_indicators


def _plan(request: HttpRequest, code: str) -> Plan:
    if not can_read_kpis(request.user):
        raise Http404
    return plan_by_code(request.user, code)


def _managed_plan(request: HttpRequest, code: str) -> Plan:
    """Only the plan's coordinator writes its targets; to anyone else the page does not exist."""
    plan = _plan(request, code)
    if not can_manage_kpis(request.user, plan):
        raise Http404
    return plan


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    """Every plan in force, its targets and their status on one page (the leader's view)."""
    if not can_read_kpis(request.user):
        raise Http404
    groups = selectors.kpis_overview(request.user)
    return render(request, "kpis/overview.html", {"groups": groups})


@login_required
def plan_kpis(request: HttpRequest, code: str) -> HttpResponse:
    plan = _plan(request, code)
    data = selectors.plan_kpis(plan)
    manage = can_manage_kpis(request.user, plan)
    indicators = list(plan_indicators(plan)) if manage else []
    rows = [
        (
            kpi,
            trend_chart(kpi.progress, kpi.target.value, kpi.target.year),
            TargetForm.for_target(kpi.target, indicators=indicators) if manage else None,
        )
        for kpi in data.kpis
    ]
    proposed = list(selectors.targets_qs(plan.code, Target.Status.PROPOSED)) if manage else []
    return render(
        request,
        "kpis/plan_kpis.html",
        {
            "plan": plan,
            "rows": rows,
            "manage": manage,
            "proposed": [(t, TargetForm.for_target(t, indicators=indicators)) for t in proposed],
            "data_kpis": data.kpis,
        },
    )


@login_required
@require_POST
def propose(request: HttpRequest, code: str) -> HttpResponse:
    plan = _managed_plan(request, code)
    try:
        made = services.targets_propose(actor=request.user, plan=plan)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            f"Đã đề xuất {len(made)} chỉ tiêu từ văn bản kế hoạch."
            if made
            else "Không có chỉ tiêu mới trong văn bản.",
        )
    return redirect("kpis:plan_kpis", code=plan.code)


@login_required
@require_POST
def confirm(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    plan = _managed_plan(request, code)
    target = get_object_or_404(selectors.targets_qs(plan.code), pk=pk)
    form = TargetForm.for_target(target, request.POST, indicators=list(plan_indicators(plan)))
    try:
        if not form.is_valid():
            raise ServiceError("Chỉ tiêu chưa hợp lệ: " + form_errors_text(form))
        services.target_confirm(actor=request.user, plan=plan, target=target, **form.cleaned_data)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã xác nhận chỉ tiêu.")
    return redirect("kpis:plan_kpis", code=plan.code)


@login_required
@require_POST
def discard(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    plan = _managed_plan(request, code)
    target = get_object_or_404(selectors.targets_qs(plan.code), pk=pk)
    try:
        services.target_discard(actor=request.user, plan=plan, target=target)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã bỏ chỉ tiêu; lần đề xuất sau sẽ không đưa lại.")
    return redirect("kpis:plan_kpis", code=plan.code)
