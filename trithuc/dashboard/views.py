from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from trithuc.core import permissions
from trithuc.plans import selectors


@login_required
def overview(request):
    if not selectors.plan_qs_visible_to(request.user).filter(is_current=True).exists():
        if not permissions.can_read_plans(request.user):
            if permissions.has_role(request.user, permissions.Role.EXPERT):
                return redirect("reviews:request_list")  # an expert's home: the panels they sit on
            raise Http404
        return render(request, "dashboard/empty.html")
    plan = selectors.plan_current(request.user)
    overview = selectors.plan_overview(selectors.PlanSnapshot.load(plan))
    recent = selectors.update_recent(request.user, plan)
    return render(request, "dashboard/overview.html", {"plan": plan, "overview": overview, "recent": recent})
