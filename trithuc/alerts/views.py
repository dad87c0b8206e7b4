"""The early-warning pages: every plan in force (with a plan filter) and one plan's, for the coordinator and
leaders; an agency's reporters and head see only their own agency's warnings on the same pages."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from trithuc.alerts.permissions import alert_scope
from trithuc.alerts.selectors import alerts_load
from trithuc.plans.selectors import plan_by_code, plan_qs_in_force


@login_required
def alert_list(request: HttpRequest) -> HttpResponse:
    code = request.GET.get("ke_hoach", "")
    return _page(request, code)


@login_required
def plan_alerts(request: HttpRequest, code: str) -> HttpResponse:
    return _page(request, code)


def _page(request: HttpRequest, code: str) -> HttpResponse:
    scope = alert_scope(request.user)
    if scope is None:
        raise Http404
    plans = list(plan_qs_in_force(request.user).order_by("code"))
    chosen = plan_by_code(request.user, code) if code else None
    alerts = alerts_load([chosen] if chosen else plans, agency_ids=scope.agency_ids)
    return render(
        request,
        "alerts/alert_list.html",
        {"alerts": alerts, "plans": plans, "chosen": chosen, "own_only": scope.agency_ids is not None},
    )
