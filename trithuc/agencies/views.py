"""The agency list and the way to one's own agency. An agency's page shows its tasks in the plan, so it is
drawn by the plans app (plans/agency_views.py) under the same `agencies:` names (config/urls.py)."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from trithuc.agencies import selectors
from trithuc.core import permissions


@login_required
def agency_list(request: HttpRequest) -> HttpResponse:
    return render(request, "agencies/agency_list.html", {"agencies": selectors.agency_list()})


@login_required
def my_agency(request: HttpRequest) -> HttpResponse:
    agencies = permissions.user_agencies(request.user)
    if not agencies:
        return redirect("agencies:agency_list")
    return redirect("agencies:agency_detail", code=agencies[0].code)
