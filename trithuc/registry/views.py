"""Pages of the registry: thin views over selectors.py and services (see permissions.py for who sees what)."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST

from trithuc.agencies.selectors import province_profile
from trithuc.core.errors import ServiceError
from trithuc.core.views import add_service_error
from trithuc.plans.fragments import fragment
from trithuc.registry import exports, selectors
from trithuc.registry.charts import bar_chart
from trithuc.registry.forms import AccessLogFilterForm, ConsentForm, PersonFilterForm, PersonForm
from trithuc.registry.models import Intellectual
from trithuc.registry.permissions import can_edit_person, can_manage_registry, registry_access
from trithuc.registry.services import person_consent_set, person_delete, person_save

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PAGE_SIZE = 50


def _filters(
    request: HttpRequest, *, stats: bool = False
) -> tuple[PersonFilterForm, selectors.PersonFilters]:
    form = PersonFilterForm(request.GET or None, access=registry_access(request.user), stats=stats)
    if form.is_valid():
        return form, selectors.PersonFilters.from_form(form.cleaned_data)
    return form, selectors.PersonFilters()


def _xlsx(data: bytes, name: str) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def person_list(request: HttpRequest) -> HttpResponse:
    access = registry_access(request.user)
    if not access.can_list:
        raise Http404
    form, filters = _filters(request)
    people = selectors.person_list(user=request.user, filters=filters, as_of=timezone.localdate())
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("trang"))
    rows = [(p, access.level(p)) for p in page]
    selectors.person_list_viewed(
        user=request.user, filters=filters, rows=page.paginator.count, page=page.number
    )
    query = request.GET.copy()
    query.pop("trang", None)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "access": access,
        "query": query.urlencode(),
        "can_manage": can_manage_registry(request.user),
        "shows_place": access.list_shows("works_in"),
    }
    return render(request, "registry/person_list.html", context)


@login_required
def person_export(request: HttpRequest) -> HttpResponse:
    if not registry_access(request.user).can_list:
        raise Http404
    _, filters = _filters(request)
    data = exports.person_export_xlsx(user=request.user, filters=filters, as_of=timezone.localdate())
    return _xlsx(data, f"tri-thuc-{timezone.localdate():%Y%m%d}.xlsx")


@login_required
def stats(request: HttpRequest) -> HttpResponse:
    """The figures, charts and tables come from the page-part cache while the data stamp, the day, the query and
    the reader's access scope are the same, so an unchanged page is not drawn again (docs/registry.md)."""
    today = timezone.localdate()

    def context() -> dict[str, Any]:
        form, filters = _filters(request, stats=True)
        result = selectors.registry_stats(user=request.user, filters=filters, as_of=today)
        charts = [(b, bar_chart(b)) for b in result.breakdowns]
        return {
            "form": form,
            "stats": result,
            "charts": charts,
            "query": request.GET.urlencode(),
            "small_counts_hidden": not registry_access(request.user).is_officer,
            "pipeline_ref": province_profile().talent_item_ref,
        }

    parts = (
        selectors.registry_data_stamp(),
        today,
        selectors.young_age(),
        selectors.age_bands(),
        sorted(request.GET.lists()),
    )
    body = fragment(request, "registry_stats", parts, "registry/stats.html#body", context)
    return render(request, "registry/stats.html", {"body": body})


@login_required
def stats_export(request: HttpRequest) -> HttpResponse:
    _, filters = _filters(request, stats=True)
    result = selectors.registry_stats(user=request.user, filters=filters, as_of=timezone.localdate())
    data = exports.stats_export_xlsx(user=request.user, stats=result, filters=filters)
    return _xlsx(data, f"thong-ke-tri-thuc-{timezone.localdate():%Y%m%d}.xlsx")


@login_required
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person, level = selectors.person_detail(user=request.user, pk=pk)
    access = registry_access(request.user)
    context = {
        "person": person,
        "level": level,
        "contact": access.sees_contact(person),
        "can_edit": can_edit_person(request.user, person),
        "own": person.user_id == request.user.pk,
        "can_manage": can_manage_registry(request.user),
        "consent_form": ConsentForm(initial={"consent_contact": person.consent_contact}),
    }
    if context["own"]:
        context["viewed_by"] = selectors.own_record_views(person)
    return render(request, "registry/person_detail.html", context)


@login_required
def my_record(request: HttpRequest) -> HttpResponse:
    person = selectors.own_person(request.user)
    if person is None:
        raise Http404("Tài khoản chưa gắn với hồ sơ trí thức nào.")
    return redirect("registry:person_detail", pk=person.pk)


@login_required
@require_http_methods(["GET", "POST"])
def person_create(request: HttpRequest) -> HttpResponse:
    if not can_manage_registry(request.user):
        raise Http404
    return _person_form(request, None)


@login_required
@require_http_methods(["GET", "POST"])
def person_edit(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(selectors.person_qs_visible_to(request.user), pk=pk)
    if not can_edit_person(request.user, person):
        raise Http404
    return _person_form(request, person)


def _person_form(request: HttpRequest, person: Intellectual | None) -> HttpResponse:
    own = person is not None and not can_manage_registry(request.user)
    form = PersonForm(request.POST or None, instance=person, own=own)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            saved = person_save(
                actor=request.user,
                person=person,
                data=form.person_data(),
                version=form.cleaned_data["version"],
            )
        except ServiceError as error:
            status = add_service_error(form, error)
        else:
            messages.success(request, "Đã lưu hồ sơ.")
            return redirect("registry:person_detail", pk=saved.pk)
    context = {"form": form, "person": person, "own": own}
    return render(request, "registry/person_form.html", context, status=status)


@login_required
@require_POST
def person_consent(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(selectors.person_qs_visible_to(request.user), pk=pk)
    if not can_edit_person(request.user, person):
        raise Http404
    form = ConsentForm(request.POST)
    form.is_valid()
    try:
        person_consent_set(
            actor=request.user, person=person, consent=form.cleaned_data.get("consent_contact", False)
        )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã ghi nhận ý kiến về việc công khai thông tin liên hệ.")
    return redirect("registry:person_detail", pk=person.pk)


@login_required
@require_http_methods(["GET", "POST"])
def person_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Deleting a record (the person's request to erase it): a confirmation page, then a POST."""
    if not can_manage_registry(request.user):
        raise Http404
    person = get_object_or_404(Intellectual.objects.select_related("workplace_agency"), pk=pk)
    if request.method == "POST":
        try:
            person_delete(actor=request.user, person=person)
        except ServiceError as error:
            messages.error(request, error.message)
            return redirect("registry:person_detail", pk=person.pk)
        messages.success(request, f"Đã xóa hồ sơ “{person.full_name}”; nhật ký giữ lại việc xóa.")
        return redirect("registry:person_list")
    return render(request, "registry/person_delete.html", {"person": person})


@login_required
def access_log(request: HttpRequest) -> HttpResponse:
    """The registry officer's view of who looked at or exported personal data (Law 91/2025: accountability)."""
    if not can_manage_registry(request.user):
        raise Http404
    form = AccessLogFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    filters = selectors.AccessLogFilters(**{k: v for k, v in data.items() if v not in (None, "")})
    events = selectors.personal_data_access_log(user=request.user, filters=filters)
    page = Paginator(events, PAGE_SIZE).get_page(request.GET.get("trang"))
    person = Intellectual.objects.filter(pk=filters.person).first() if filters.person else None
    context = {
        "form": form,
        "page": page,
        "person": person,
        "labels": selectors.ACCESS_LABELS,
        "can_manage": True,
        "access": registry_access(request.user),
    }
    return render(request, "registry/access_log.html", context)
