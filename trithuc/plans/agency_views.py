"""An agency's page (its tasks in every plan in force) and the hand-over of a reorganised agency's tasks.

They live in the plans app because they are drawn from the plan; config/urls.py mounts them beside the agency
list under the `agencies:` names, so the agencies app imports nothing of plans.
"""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from trithuc.agencies import selectors
from trithuc.core import permissions
from trithuc.core.errors import ServiceError
from trithuc.core.forms import date_parse
from trithuc.plans import selectors as plan_selectors
from trithuc.plans.fragments import fragment
from trithuc.plans.permissions import progress_agencies
from trithuc.plans.services.transfer import (
    assignments_transfer,
    can_transfer,
    transfer_candidates,
    transfer_defaults,
)

ATTENTION_SHOWN = 20  # the earliest first; the rest are in the list below (a long list would bury the page)


@login_required
def agency_detail(request: HttpRequest, code: str) -> HttpResponse:
    """An agency's work in every plan in force, under each plan's name, what is due first."""
    if not permissions.can_read_plans(request.user):
        raise Http404
    agency = get_object_or_404(selectors.agency_list(), code=code)
    plans = list(plan_selectors.plan_qs_in_force(request.user).order_by("-document__year", "code"))
    today = timezone.localdate()
    stamps = plan_selectors.plan_stamps(plans)

    def context() -> dict[str, Any]:
        snapshots = [plan_selectors.PlanSnapshot.load(p, today, stamp=stamps.get(p.pk, "")) for p in plans]
        work = plan_selectors.agency_work(snapshots, agency)
        attention = plan_selectors.agency_attention(work, snapshots)
        # One page of tasks, plan after plan: the template starts a plan's heading where its tasks begin.
        page = Paginator([(w.plan, t) for w in work for t in w.tasks], 50).get_page(request.GET.get("trang"))
        may_transfer = can_transfer(request.user) and bool(agency.valid_to)
        left = sum(
            len(transfer_candidates(agency=agency, plan=s.plan, snapshot=s))
            for s in snapshots
            if may_transfer
        )
        return {
            "agency": agency,
            "tasks": page,
            "page": page,
            "work": work,
            "attention": attention[:ATTENTION_SHOWN],
            "attention_total": len(attention),
            "attention_more": max(0, len(attention) - ATTENTION_SHOWN),
            "attention_days": plan_selectors.UPCOMING_DAYS,
            "handed_over": [(w.plan, h) for w in work for h in w.handed_over],
            "successors": selectors.agency_successors(agency, on=today),
            "is_mine": agency.pk in permissions.user_agency_ids(request.user),
            "can_report": agency in progress_agencies(request.user),
            "can_transfer": may_transfer,
            "left_to_transfer": left,
        }

    parts = (agency.pk, agency.updated_at, tuple(sorted(stamps.items())), today, sorted(request.GET.lists()))
    body = fragment(request, "agency_detail", parts, "plans/agency_detail.html#body", context)
    return render(request, "plans/agency_detail.html", {"agency": agency, "body": body})


@login_required
def agency_transfer(request: HttpRequest, code: str) -> HttpResponse:
    """Preview the open tasks of a reorganised agency, in every plan in force, and hand them over in one act."""
    if not can_transfer(request.user):
        raise Http404
    agency = get_object_or_404(selectors.agency_list(), code=code)
    candidates = [
        c
        for snapshot in plan_selectors.snapshots_load(list(plan_selectors.plan_qs_in_force(request.user)))
        for c in transfer_candidates(agency=agency, plan=snapshot.plan, snapshot=snapshot)
    ]
    if request.method == "POST":
        choices = {
            c.assignment.pk: int(request.POST.get(f"to__{c.assignment.pk}") or c.suggested.pk)
            for c in candidates
            if request.POST.get(f"pick__{c.assignment.pk}")
        }
        try:
            when = date_parse(request.POST.get("effective_date", ""))
            count = assignments_transfer(
                actor=request.user,
                agency=agency,
                choices=choices,
                effective_date=when,
                decision=request.POST.get("decision", ""),
            )
        except ValueError:
            messages.error(request, "Ngày hiệu lực không hợp lệ.")
        except ServiceError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"Đã chuyển giao {count} nhiệm vụ.")
            return redirect("agencies:agency_detail", code=agency.code)
    return render(
        request,
        "agencies/agency_transfer.html",
        {"agency": agency, "candidates": candidates, "defaults": transfer_defaults(agency)},
    )
