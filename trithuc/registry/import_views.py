"""Pages of the registry import: upload → progress → errors, duplicates and mapping → confirm."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from trithuc.core.errors import ServiceError
from trithuc.core.middleware import poll_view
from trithuc.registry.columns import COLUMNS
from trithuc.registry.forms import ImportConfirmForm, ImportUploadForm
from trithuc.registry.models import ImportTemplate, RegistryImport
from trithuc.registry.permissions import can_manage_registry
from trithuc.registry.services import person_import as service

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
WORKING = (RegistryImport.Status.VALIDATING, RegistryImport.Status.IMPORTING)


def _draft(request: HttpRequest, pk: int) -> RegistryImport:
    if not can_manage_registry(request.user):
        raise Http404
    return get_object_or_404(RegistryImport, pk=pk)


def _draft_alive(request: HttpRequest, pk: int) -> RegistryImport:
    """The import, marked failed first if its worker died (so a page never waits for a dead job)."""
    draft = _draft(request, pk)
    if draft.status in WORKING and service.registry_import_reap(import_id=draft.pk):
        draft.refresh_from_db()
    return draft


@login_required
@require_http_methods(["GET", "POST"])
def import_new(request: HttpRequest) -> HttpResponse:
    if not can_manage_registry(request.user):
        raise Http404
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            draft = service.registry_import_start(
                actor=request.user, upload=form.cleaned_data["upload"], template=form.cleaned_data["template"]
            )
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            return redirect("registry:import_detail", pk=draft.pk)
    recent = RegistryImport.objects.select_related("created_by")[:20]
    return render(request, "registry/import_new.html", {"form": form, "recent": recent, "columns": COLUMNS})


@login_required
def import_detail(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft_alive(request, pk)
    context = {
        "draft": draft,
        "headers": draft.headers,
        "columns": COLUMNS,
        "errors": draft.errors[:50],
        "duplicates": draft.duplicates[:100],
        "confirm_form": ImportConfirmForm(initial={"mode": draft.mode}),
        "templates": ImportTemplate.objects.order_by("name"),
    }
    return render(request, "registry/import_detail.html", context)


@poll_view
@login_required
def import_status(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft_alive(request, pk)
    response = render(request, "registry/_import_progress.html", {"draft": draft})
    if draft.status not in WORKING:
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_POST
def import_remap(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    mapping = {c.key: request.POST.get(f"map__{c.key}", "") for c in COLUMNS}
    try:
        draft = service.registry_import_remap(
            actor=request.user,
            draft=draft,
            mapping=mapping,
            template_name=request.POST.get("template_name", "").strip(),
        )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        service.registry_import_validate(import_id=draft.pk)
    return redirect("registry:import_detail", pk=draft.pk)


@login_required
@require_POST
def import_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    form = ImportConfirmForm(request.POST)
    mode = form.cleaned_data["mode"] if form.is_valid() else RegistryImport.Mode.ALL_OR_NOTHING
    merge = {int(v) for v in request.POST.getlist("merge") if v.isdigit()}
    if request.POST.get("merge_all"):
        merge = {d["row"] for d in draft.duplicates}
    background = draft.valid_rows > getattr(settings, "REGISTRY_IMPORT_BACKGROUND_ROWS", 5000)
    try:
        draft = service.registry_import_confirm(
            actor=request.user,
            draft=draft,
            mode=mode,
            merge=merge,
            background=background,
            keep=bool(request.POST.get("keep_duplicates")),
        )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        if draft.status == RegistryImport.Status.DONE:
            messages.success(
                request, f"Đã nhập {draft.created_rows} người, gộp {draft.merged_rows} dòng trùng."
            )
    return redirect("registry:import_detail", pk=draft.pk)


@login_required
@require_POST
def import_discard(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    try:
        service.registry_import_discard(actor=request.user, draft=draft)
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("registry:import_new")


@login_required
@require_POST
def import_retry(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    try:
        service.registry_import_retry(actor=request.user, draft=draft)
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("registry:import_detail", pk=draft.pk)


@login_required
def import_errors(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    response = HttpResponse(service.errors_xlsx(draft), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="loi-nhap-{draft.pk}.xlsx"'
    return response
