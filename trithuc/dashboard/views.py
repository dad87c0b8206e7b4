from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from trithuc.plans import selectors


@login_required
def overview(request):
    plan = selectors.plan_current(request.user)
    overview = selectors.plan_overview(selectors.PlanSnapshot.load(plan))
    recent = selectors.update_recent(request.user, plan)
    return render(request, "dashboard/overview.html", {"plan": plan, "overview": overview, "recent": recent})
