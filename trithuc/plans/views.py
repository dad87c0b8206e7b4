import functools
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods

from trithuc.agencies.models import Agency
from trithuc.core import permissions
from trithuc.core.errors import ServiceError
from trithuc.core.idempotency import once_per_submission
from trithuc.core.views import add_service_error, stored_file_response
from trithuc.plans import selectors
from trithuc.plans.forms import ProgressUpdateForm, TaskFilterForm
from trithuc.plans.fragments import fragment
from trithuc.plans.models import Plan, PlanItem
from trithuc.plans.permissions import can_update_progress, progress_agencies
from trithuc.plans.services.progress import progress_update_create

PAGE_SIZE = 50
LAZY_DEPTH = 1  # in a large plan, branches below this depth load when opened


def _moved(request: HttpRequest, to: str) -> HttpResponsePermanentRedirect:
    """Today's URLs keep answering where a page moved under its plan's code; a form posted to an old address is
    sent on with its method (308)."""
    query = request.META.get("QUERY_STRING")
    target = f"{to}?{query}" if query else to
    if request.method == "POST":
        return HttpResponsePermanentRedirect(target, status=308)
    return HttpResponsePermanentRedirect(target)


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    """Every plan in force, and apart the closed or replaced ones (still readable)."""
    if not permissions.can_read_plans(request.user):
        raise Http404
    plans = list(selectors.plan_qs_in_force(request.user).order_by("-document__year", "code"))
    ended = list(selectors.plan_qs_ended(request.user).order_by("-document__year", "code"))
    return render(request, "plans/plan_list.html", {"plans": plans, "ended": ended})


@login_required
def plan_moved(request: HttpRequest, pk: int) -> HttpResponse:
    """The old address of a plan version (/ke-hoach/<id>/): its tree under the plan's code."""
    plan = get_object_or_404(selectors.plan_qs_visible_to(request.user), pk=pk)
    return _moved(request, plan.tree_url())


@login_required
def plan_tree(request: HttpRequest, code: str) -> HttpResponse:
    return _tree_page(request, selectors.plan_by_code(request.user, code))


@login_required
def plan_version(request: HttpRequest, code: str, version: int) -> HttpResponse:
    plan = selectors.plan_version_by_code(request.user, code, version)
    if plan.is_current:
        return redirect(plan.tree_url())
    return _tree_page(request, plan)


def _tree_page(request: HttpRequest, plan: Plan) -> HttpResponse:
    stamp, today = selectors.plan_stamp(plan), timezone.localdate()

    def fragment_context() -> dict[str, Any]:
        snapshot = selectors.PlanSnapshot.load(plan, today, stamp=stamp)
        lazy = len(snapshot.items) > selectors.INLINE_TREE_LIMIT
        tree = selectors.plan_tree(snapshot, max_depth=LAZY_DEPTH if lazy else None)
        return {"plan": plan, "tree": tree, "lazy": lazy, "max_depth": LAZY_DEPTH}

    tree = fragment(
        request, "plan_tree", (plan.pk, today, stamp), "plans/plan_detail.html#tree", fragment_context
    )
    context = {"plan": plan, "tree_html": tree, "superseded": selectors.superseded_of(plan)}
    return render(request, "plans/plan_detail.html", context)


@login_required
def item_children(request: HttpRequest, pk: int) -> HttpResponse:
    """One branch of a large plan tree, loaded when it is opened."""
    item = get_object_or_404(selectors.item_qs_visible_to(request.user), pk=pk)
    snapshot = selectors.PlanSnapshot.load(item.plan)
    tree = selectors.plan_tree(snapshot, root=snapshot.by_id[item.pk])
    return render(
        request, "plans/_tree.html", {"tree": tree, "lazy": True, "max_depth": 99, "plan": item.plan}
    )


@login_required
def item_meta(request: HttpRequest, pk: int) -> HttpResponse:
    """The owners, deadline and source sentence of one item, loaded when it is opened in a large tree."""
    item = get_object_or_404(selectors.item_qs_visible_to(request.user), pk=pk)
    snapshot = selectors.PlanSnapshot.load(item.plan)
    row = snapshot.row(snapshot.by_id[item.pk]) if item.is_task else None
    superseded = selectors.superseded_of(item.plan, item)  # opened alone, it still says it is an old version
    context = {"item": item, "row": row, "plan": item.plan, "superseded": superseded}
    return render(request, "plans/_item_meta.html", context)


@login_required
def plan_tasks(request: HttpRequest, code: str) -> HttpResponse:
    """One plan's task list and search."""
    plan = selectors.plan_by_code(request.user, code)
    stamp, today = selectors.plan_stamp(plan), timezone.localdate()

    def context() -> dict[str, Any]:
        form = TaskFilterForm(request.GET or None)
        filters = selectors.TaskFilters(**form.cleaned_data) if form.is_valid() else selectors.TaskFilters()
        rows = selectors.task_rows(selectors.PlanSnapshot.load(plan, today, stamp=stamp), filters)
        page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("trang"))
        return {"plan": plan, "form": form, "rows": page, "page": page}

    parts = (plan.pk, today, stamp, sorted(request.GET.lists()))
    body = fragment(request, "task_list", parts, "plans/task_list.html#body", context)
    return render(request, "plans/task_list.html", {"body": body, "plan": plan})


@login_required
def task_list(request: HttpRequest) -> HttpResponse:
    """The task search across every plan in force (the old address of the task list answers with it)."""
    if not permissions.can_read_plans(request.user):
        raise Http404
    plans = list(selectors.plan_qs_in_force(request.user).order_by("-document__year", "code"))
    today = timezone.localdate()
    stamps = selectors.plan_stamps(plans)

    def context() -> dict[str, Any]:
        form = TaskFilterForm(request.GET or None)
        filters = selectors.TaskFilters(**form.cleaned_data) if form.is_valid() else selectors.TaskFilters()
        snapshots = [selectors.PlanSnapshot.load(p, today, stamp=stamps.get(p.pk, "")) for p in plans]
        rows = selectors.task_rows_across(snapshots, filters)
        page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("trang"))
        return {"plans": plans, "form": form, "rows": page, "page": page, "across": True}

    parts = (tuple(sorted(stamps.items())), today, sorted(request.GET.lists()))
    body = fragment(request, "task_search", parts, "plans/task_list.html#body", context)
    return render(request, "plans/task_list.html", {"body": body})


def _task_in(request: HttpRequest, code: str, pk: int) -> PlanItem:
    item = get_object_or_404(selectors.item_qs_visible_to(request.user).filter(kind="task"), pk=pk)
    if item.plan.code != code:
        raise Http404
    return item


@login_required
def task_moved(request: HttpRequest, pk: int) -> HttpResponse:
    """The old address of a task (/ke-hoach/nhiem-vu/<id>/): the same task under its plan's code."""
    item = get_object_or_404(selectors.item_qs_visible_to(request.user).filter(kind="task"), pk=pk)
    return _moved(request, item.get_absolute_url())


@login_required
def progress_moved(request: HttpRequest, pk: int, agency_code: str) -> HttpResponse:
    item = get_object_or_404(selectors.item_qs_visible_to(request.user).filter(kind="task"), pk=pk)
    return _moved(request, reverse("plans:task_progress", args=[item.plan.code, item.pk, agency_code]))


@login_required
def task_detail(request: HttpRequest, code: str, pk: int) -> HttpResponse:
    item = _task_in(request, code, pk)
    stamp, today = selectors.plan_stamp(item.plan), timezone.localdate()

    @functools.cache  # the two parts share one computation
    def fragment_context() -> dict[str, Any]:
        snapshot = selectors.PlanSnapshot.load(item.plan, today, stamp=stamp)
        return {"item": item, "detail": selectors.task_detail(snapshot, item, request.user)}

    parts = (item.pk, item.updated_at, today, stamp)
    head = fragment(request, "task_head", parts, "plans/task_detail.html#head", fragment_context)
    body = fragment(request, "task_detail", parts, "plans/task_detail.html#body", fragment_context)
    superseded = selectors.superseded_of(item.plan, item)  # per request: the cached parts do not carry it
    context = {"item": item, "head": head, "body": body, "superseded": superseded}
    return render(request, "plans/task_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
@once_per_submission
def progress_create(request: HttpRequest, code: str, pk: int, agency_code: str) -> HttpResponse:
    item = _task_in(request, code, pk)
    agency = get_object_or_404(
        Agency.objects.filter(pk__in=[a.pk for a in progress_agencies(request.user)]), code=agency_code
    )
    snapshot = selectors.PlanSnapshot.load(item.plan)
    if not can_update_progress(request.user, item, agency, snapshot.involved_agency_ids(item)):
        raise Http404
    form = ProgressUpdateForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            progress_update_create(actor=request.user, item=item, agency=agency, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã ghi nhận cập nhật tiến độ.")
            return redirect(item)
    superseded = selectors.superseded_of(item.plan, item)  # the service refuses the write; the page says why
    context = {
        "item": item,
        "agency": agency,
        "form": form,
        "row": snapshot.row(item),
        "superseded": superseded,
    }
    return render(request, "plans/progress_form.html", context)


@login_required
def evidence_download(request: HttpRequest, pk: int) -> FileResponse:
    update = get_object_or_404(selectors.update_qs_visible_to(request.user).exclude(evidence=""), pk=pk)
    return stored_file_response(update.evidence)
