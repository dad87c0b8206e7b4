"""Pages of the import flow: upload → progress → preview with inline corrections → confirm."""

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from trithuc.core.errors import ServiceError
from trithuc.core.forms import form_errors_text
from trithuc.core.middleware import poll_view
from trithuc.plans.forms import ImportMetaForm, ImportUploadForm, import_corrections, import_fix_correction
from trithuc.plans.import_selectors import import_preview, import_qs_visible_to, ref_anchor
from trithuc.plans.models import Document, Plan, PlanImport
from trithuc.plans.permissions import can_import_plans
from trithuc.plans.services import plan_import as service


def _draft(request: HttpRequest, pk: int) -> PlanImport:
    return get_object_or_404(import_qs_visible_to(request.user), pk=pk)


def _draft_alive(request: HttpRequest, pk: int) -> PlanImport:
    """The draft, marked failed first if its worker died (so a page never waits for a dead job)."""
    draft = _draft(request, pk)
    if draft.status == PlanImport.Status.PARSING and service.plan_import_reap(plan_import_id=draft.pk):
        draft.refresh_from_db()
    return draft


@login_required
def import_new(request: HttpRequest) -> HttpResponse:
    if not can_import_plans(request.user):
        raise Http404
    form = ImportUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            draft = service.plan_import_start(
                actor=request.user, upload=form.cleaned_data["upload"], text=form.cleaned_data["text"] or ""
            )
        except ServiceError as error:
            form.add_error(None, error.message)
        else:
            return redirect("plans:import_detail", pk=draft.pk)
    recent = import_qs_visible_to(request.user)[:20]
    return render(request, "plans/import_new.html", {"form": form, "recent": recent})


@login_required
def import_detail(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft_alive(request, pk)
    if draft.status != PlanImport.Status.PREVIEW:
        return render(request, "plans/import_detail.html", {"draft": draft})
    preview = import_preview(draft)
    initial = {k: preview.document.get(k) for k in ImportMetaForm.base_fields}
    if draft.previous_plan is not None:
        initial["code"] = draft.previous_plan.code  # a new version keeps its plan's code
    elif not initial.get("code"):
        initial["code"] = service.plan_code_propose(_document_of(preview.document))
    meta_form = ImportMetaForm(initial=initial, form_id="import-edits")
    if draft.previous_plan_id:
        meta_form.fields["code"].disabled = True
    return render(
        request, "plans/import_detail.html", {"draft": draft, "preview": preview, "meta_form": meta_form}
    )


def _document_of(fields: dict[str, Any]) -> Document:
    """The document as the draft reads it (not stored): what the code is proposed from."""
    year = fields.get("year") or (str(fields.get("date") or "")[:4] or None)
    return Document(
        doc_type=fields.get("type") or "Kế hoạch",
        number=fields.get("number") or "",
        year=int(year) if year else None,
    )


@poll_view
@login_required
def import_status(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft_alive(request, pk)
    response = render(request, "plans/_import_progress.html", {"draft": draft})
    if draft.status != PlanImport.Status.PARSING:
        response["HX-Refresh"] = "true"
    return response


@login_required
@require_POST
def import_correct(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    meta_form = ImportMetaForm(request.POST)
    try:
        if not meta_form.is_valid():
            raise ServiceError("Thông tin văn bản chưa hợp lệ: " + form_errors_text(meta_form))
        corrections = import_corrections(request.POST, import_preview(draft))
        previous = corrections.pop("previous_plan")
        previous_plan = (
            get_object_or_404(
                Plan, code=previous, is_current=True, closed_on__isnull=True, replaced_by__isnull=True
            )
            if previous
            else None
        )
        service.plan_import_correct(
            actor=request.user,
            plan_import=draft,
            meta=_meta(meta_form.cleaned_data),
            previous_plan=previous_plan,
            **corrections,
        )
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã lưu chỉnh sửa bản nháp.")
    return redirect("plans:import_detail", pk=draft.pk)


@login_required
@require_POST
def import_fix(request: HttpRequest, pk: int) -> HttpResponse:
    """One correction from beside a warning or an item (agency, owner, deadline, kind, move, level, merge, split)."""
    draft = _draft(request, pk)
    anchor = ""
    try:
        correction = import_fix_correction(request.POST)
        anchor = "#" + ref_anchor(correction["ref"]) if correction.get("ref") else ""
        draft = service.plan_import_fix(actor=request.user, plan_import=draft, correction=correction)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, f"Đã sửa: {draft.corrections[-1]['label']}. Có thể hoàn tác trước khi xác nhận."
        )
    return redirect(reverse("plans:import_detail", args=[draft.pk]) + anchor)


@login_required
@require_POST
def import_undo(request: HttpRequest, pk: int, correction_id: int) -> HttpResponse:
    draft = _draft(request, pk)
    try:
        removed = service.plan_import_undo(actor=request.user, plan_import=draft, correction_id=correction_id)
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã hoàn tác: " + "; ".join(c["label"] for c in removed) + ".")
    return redirect("plans:import_detail", pk=draft.pk)


def _meta(data: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in data.items() if v not in (None, "")
    }


@login_required
@require_POST
def import_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    try:
        plan = service.plan_import_confirm(actor=request.user, plan_import=draft)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("plans:import_detail", pk=draft.pk)
    tasks = plan.items.filter(kind="task").count()
    if plan.version > 1:
        messages.success(
            request, f"Đã nhập phiên bản {plan.version} của kế hoạch {plan.code}: {tasks} nhiệm vụ."
        )
    else:
        messages.success(request, f"Đã nhập kế hoạch {plan.code}: {tasks} nhiệm vụ.")
    return redirect(plan.tree_url())


@login_required
@require_POST
def import_discard(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    try:
        service.plan_import_discard(actor=request.user, plan_import=draft)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("plans:import_detail", pk=draft.pk)
    messages.success(request, "Đã hủy bản nháp; không có gì được lưu vào kế hoạch.")
    return redirect("plans:import_new")


@login_required
@require_POST
def import_retry(request: HttpRequest, pk: int) -> HttpResponse:
    draft = _draft(request, pk)
    try:
        service.plan_import_retry(actor=request.user, plan_import=draft)
    except ServiceError as error:
        messages.error(request, error.message)
    return redirect("plans:import_detail", pk=draft.pk)
