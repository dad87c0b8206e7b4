from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from trithuc.core import permissions
from trithuc.plans import selectors
from trithuc.plans.fragments import fragment


@login_required
def overview(request):
    plan = (
        selectors.plan_qs_visible_to(request.user)
        .filter(is_current=True)
        .order_by("-document__year", "-id")
        .first()
    )
    if plan is None:
        if not permissions.can_read_plans(request.user):
            if permissions.has_role(request.user, permissions.Role.EXPERT):
                return redirect("reviews:request_list")  # an expert's home: the panels they sit on
            raise Http404
        return render(request, "dashboard/empty.html")
    stamp, today = selectors.plan_stamp(plan), timezone.localdate()

    def context():
        snapshot = selectors.PlanSnapshot.load(plan, today, stamp=stamp)
        recent = selectors.update_recent(request.user, plan)
        return {"plan": plan, "overview": selectors.plan_overview(snapshot), "recent": recent}

    body = fragment(request, "overview", (plan.pk, today, stamp), "dashboard/overview.html#body", context)
    return render(request, "dashboard/overview.html", {"body": body})
