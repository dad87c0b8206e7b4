"""The home page (every plan in force, side by side) and each plan's own overview."""

from datetime import date
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone

from trithuc.core import permissions
from trithuc.plans import selectors
from trithuc.plans.fragments import fragment, fragments
from trithuc.plans.models import Plan
from trithuc.reporting.selectors import reports_missing_by_plan


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    """Per plan in force: its tasks, % overdue, what falls due within 30 days and the reports missing; each line
    opens the plan's own overview."""
    if not permissions.can_read_plans(request.user):
        if permissions.has_role(request.user, permissions.Role.EXPERT):
            return redirect("reviews:request_list")  # an expert's home: the panels they sit on
        raise Http404
    plans = list(selectors.plan_qs_in_force(request.user).order_by("-document__year", "code"))
    if not plans:
        return render(request, "dashboard/empty.html")
    today = timezone.localdate()
    stamps = selectors.plan_stamps(plans)  # read once for the rows' keys and their figures
    missing = reports_missing_by_plan(on=today, plans=plans, stamps=stamps)  # no regime: no figure

    def contexts(positions: list[int]) -> list[dict[str, Any]]:
        drawn = [plans[n] for n in positions]
        figures = selectors.plan_figures(drawn, today, stamps=stamps)
        return [{"plan": p, "f": figures[p.pk], "missing": missing.get(p.code)} for p in drawn]

    rows = fragments(
        request,
        "home-row",
        [_row_parts(plan, today, stamps.get(plan.pk, ""), missing.get(plan.code)) for plan in plans],
        "dashboard/home.html#plan_row",
        contexts,
    )
    return render(
        request,
        "dashboard/home.html",
        {"rows": rows, "on": today, "ended": selectors.plan_qs_ended(request.user).count()},
    )


def _row_parts(plan: Plan, today: date, stamp: str, missing: int | None) -> tuple[Any, ...]:
    """Everything a home-page row is drawn from: the plan's names and document, its data stamp, the day (what is
    overdue or due soon moves with it) and its count of missing reports."""
    document = plan.document
    return (
        plan.pk,
        plan.code,
        str(plan),
        document.doc_type,
        document.number,
        document.issuer,
        stamp,
        today,
        missing,
    )


@login_required
def plan_overview(request: HttpRequest, code: str) -> HttpResponse:
    """One plan's headline page: counts by status, % overdue, overdue tasks, the next 30 days, latest reports."""
    plan = selectors.plan_by_code(request.user, code)
    stamp, today = selectors.plan_stamp(plan), timezone.localdate()

    def context() -> dict[str, Any]:
        snapshot = selectors.PlanSnapshot.load(plan, today, stamp=stamp)
        recent = selectors.update_recent(request.user, plan)
        return {"plan": plan, "overview": selectors.plan_overview(snapshot), "recent": recent}

    body = fragment(request, "overview", (plan.pk, today, stamp), "dashboard/overview.html#body", context)
    return render(request, "dashboard/overview.html", {"body": body, "plan": plan})
