from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from trithuc.agencies import selectors
from trithuc.core import permissions
from trithuc.plans import selectors as plan_selectors
from trithuc.plans.permissions import progress_agencies


@login_required
def agency_list(request):
    return render(request, "agencies/agency_list.html", {"agencies": selectors.agency_list()})


@login_required
def agency_detail(request, code):
    agency = get_object_or_404(selectors.agency_list(), code=code)
    plan = plan_selectors.plan_current(request.user)
    tasks = plan_selectors.agency_tasks(plan_selectors.PlanSnapshot.load(plan), agency)
    page = Paginator(tasks, 50).get_page(request.GET.get("trang"))
    context = {
        "agency": agency,
        "tasks": page,
        "page": page,
        "successors": selectors.agency_successors(agency, on=timezone.localdate()),
        "is_mine": agency.pk in permissions.user_agency_ids(request.user),
        "can_report": agency in progress_agencies(request.user),
    }
    return render(request, "agencies/agency_detail.html", context)


@login_required
def my_agency(request):
    agencies = permissions.user_agencies(request.user)
    if not agencies:
        return redirect("agencies:agency_list")
    return redirect("agencies:agency_detail", code=agencies[0].code)
