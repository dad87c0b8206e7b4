import datetime as dt
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_POST
from django_stubs_ext import ValuesQuerySet

from trithuc.amendments import selectors
from trithuc.amendments.forms import (
    ProposalForm,
    RelationForm,
    ReorganisationForm,
    SetCreateForm,
    SetDecideForm,
    SetSubmitForm,
)
from trithuc.amendments.models import AmendmentProposal, Reorganisation
from trithuc.amendments.permissions import (
    can_consolidate,
    can_propose,
    can_use_amendments,
    proposal_qs_visible_to,
    proposer_agencies,
    set_qs_visible_to,
)
from trithuc.amendments.services import anchoring, proposals, reorganisation
from trithuc.core.errors import ServiceError
from trithuc.core.idempotency import once_per_submission
from trithuc.core.views import add_service_error, stored_file_response
from trithuc.plans import selectors as plan_selectors
from trithuc.plans.models import Document, Plan, PlanItem
from trithuc.plans.services.transfer import can_transfer


def _plan_in_force(request: HttpRequest, code: str) -> Plan:
    """The plan named in the URL, in force: proposals, sets and reorganisations are made on a plan one may still
    amend (a closed or replaced plan answers 404)."""
    return get_object_or_404(plan_selectors.plan_qs_in_force(request.user), code=code)


def _to_plan(request: HttpRequest, url_name: str, title: str, **kwargs: Any) -> HttpResponse:
    """An address from before plans had codes: straight on to the one plan in force, else the user picks the
    plan (never the newest one by default)."""
    plans = list(plan_selectors.plan_qs_in_force(request.user).order_by("code"))
    query = request.META.get("QUERY_STRING", "")
    links = [
        (plan, reverse(url_name, kwargs={"code": plan.code, **kwargs}) + (f"?{query}" if query else ""))
        for plan in plans
    ]
    if len(links) == 1:
        return redirect(links[0][1])
    return render(request, "amendments/plan_choose.html", {"links": links, "title": title})


@login_required
def proposal_list(request: HttpRequest) -> HttpResponse:
    """Proposals and sets of every plan, or of the plan `?ke-hoach=CODE` names; each plan in force offers its
    own actions, so a new proposal or set is always made on a plan the user chose."""
    if not can_use_amendments(request.user):
        raise Http404
    plans = list(plan_selectors.plan_qs_in_force(request.user).order_by("code"))
    code = request.GET.get("ke-hoach", "")
    proposals_qs = proposal_qs_visible_to(request.user)
    sets_qs = set_qs_visible_to(request.user)
    if code:
        chosen = plan_selectors.plan_by_code(request.user, code)
        proposals_qs = proposals_qs.filter(plan__document_id=chosen.document_id)
        sets_qs = sets_qs.filter(plan__document_id=chosen.document_id)
    context = {
        "plans": plans,
        "code": code,
        "proposals": proposals_qs.order_by("-created_at", "-id")[:200],
        "sets": sets_qs[:50],
        "can_propose": bool(proposer_agencies(request.user)),
        "can_consolidate": can_consolidate(request.user),
    }
    return render(request, "amendments/proposal_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
@once_per_submission
def proposal_create(request: HttpRequest, code: str) -> HttpResponse:
    agencies = proposer_agencies(request.user)
    if not agencies:
        raise Http404
    plan = _plan_in_force(request, code)
    form = ProposalForm(
        request.POST or None,
        agencies=agencies,
        today=timezone.localdate(),
        initial={"ref": request.GET.get("ref", "")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            proposal = proposals.proposal_create(actor=request.user, plan=plan, **form.cleaned_data)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã lưu đề xuất dạng nháp; hãy gửi khi đã hoàn chỉnh.")
            return redirect("amendments:proposal_detail", pk=proposal.pk)
    return render(request, "amendments/proposal_form.html", {"form": form, "plan": plan, "refs": _refs(plan)})


@login_required
def proposal_create_old(request: HttpRequest) -> HttpResponse:
    if not proposer_agencies(request.user):
        raise Http404
    return _to_plan(request, "amendments:proposal_create", "Đề xuất sửa đổi kế hoạch")


def _refs(plan: Plan) -> ValuesQuerySet[PlanItem, str]:
    return plan.items.filter(kind="task").order_by("position").values_list("ref", flat=True)


@login_required
@require_http_methods(["GET", "POST"])
def proposal_edit(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(proposal_qs_visible_to(request.user), pk=pk)
    if proposal.status != AmendmentProposal.Status.DRAFT or not can_propose(request.user, proposal.agency):
        raise Http404
    initial = {
        f: getattr(proposal, f)
        for f in ("agency", "kind", "ref", "text", "deadline_text", "deadline", "lead", "reasons")
    }
    form = ProposalForm(
        request.POST or None, agencies=[proposal.agency], today=timezone.localdate(), initial=initial
    )
    form.fields["agency"].disabled = True
    if request.method == "POST" and form.is_valid():
        fields = {k: v for k, v in form.cleaned_data.items() if k != "agency"}
        try:
            proposals.proposal_update(actor=request.user, proposal=proposal, **fields)
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã lưu đề xuất.")
            return redirect("amendments:proposal_detail", pk=proposal.pk)
    return render(
        request,
        "amendments/proposal_form.html",
        {"form": form, "plan": proposal.plan, "refs": _refs(proposal.plan)},
    )


@login_required
def proposal_detail(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(proposal_qs_visible_to(request.user), pk=pk)
    item = proposal.plan.items.filter(ref=proposal.ref).first()
    context = {
        "proposal": proposal,
        "item": item,
        "can_edit": proposal.status == AmendmentProposal.Status.DRAFT
        and can_propose(request.user, proposal.agency),
    }
    return render(request, "amendments/proposal_detail.html", context)


def _act(request: HttpRequest, action: Callable[[], object], success: str) -> None:
    try:
        action()
    except ServiceError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, success)


@login_required
@require_POST
def proposal_submit(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(proposal_qs_visible_to(request.user), pk=pk)
    _act(request, lambda: proposals.proposal_submit(actor=request.user, proposal=proposal), "Đã gửi đề xuất.")
    return redirect("amendments:proposal_detail", pk=proposal.pk)


@login_required
@require_POST
def proposal_delete(request: HttpRequest, pk: int) -> HttpResponse:
    proposal = get_object_or_404(proposal_qs_visible_to(request.user), pk=pk)
    try:
        proposals.proposal_delete(actor=request.user, proposal=proposal)
    except ServiceError as error:
        messages.error(request, error.message)
        return redirect("amendments:proposal_detail", pk=proposal.pk)
    messages.success(request, "Đã xóa đề xuất nháp.")
    return redirect("amendments:proposal_list")


@login_required
@require_http_methods(["GET", "POST"])
def set_create(request: HttpRequest, code: str) -> HttpResponse:
    if not can_consolidate(request.user):
        raise Http404
    plan = _plan_in_force(request, code)
    waiting = list(selectors.proposals_for_set(plan))
    form = SetCreateForm(
        request.POST or None, initial={"title": f"Đợt đề xuất năm {timezone.localdate().year}"}
    )
    if request.method == "POST" and form.is_valid():
        picked = [int(v) for v in request.POST.getlist("proposal") if v.isdigit()]
        try:
            amendment_set = proposals.amendment_set_create(
                actor=request.user, plan=plan, proposal_ids=picked, title=form.cleaned_data["title"]
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã tổng hợp các đề xuất.")
            return redirect("amendments:set_detail", pk=amendment_set.pk)
    return render(request, "amendments/set_create.html", {"form": form, "waiting": waiting, "plan": plan})


@login_required
def set_create_old(request: HttpRequest) -> HttpResponse:
    if not can_consolidate(request.user):
        raise Http404
    return _to_plan(request, "amendments:set_create", "Tổng hợp đề xuất đã gửi")


@login_required
def set_detail(request: HttpRequest, pk: int) -> HttpResponse:
    amendment_set = get_object_or_404(set_qs_visible_to(request.user), pk=pk)
    context = {
        "set": amendment_set,
        "proposals": amendment_set.proposals.select_related("agency", "lead").order_by("ref", "id"),
        "can_act": can_consolidate(request.user),
        "submit_form": SetSubmitForm(initial={"dated": timezone.localdate()}),
        "decide_form": SetDecideForm(),
        "diff": selectors.version_diff_rows(amendment_set.result_plan) if amendment_set.result_plan else [],
    }
    return render(request, "amendments/set_detail.html", context)


@login_required
@require_POST
def set_submit(request: HttpRequest, pk: int) -> HttpResponse:
    if not can_consolidate(request.user):
        raise Http404
    amendment_set = get_object_or_404(set_qs_visible_to(request.user), pk=pk)
    form = SetSubmitForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy chọn loại văn bản trình và ngày hợp lệ.")
    else:
        _act(
            request,
            lambda: proposals.amendment_set_submit(
                actor=request.user, amendment_set=amendment_set, **form.cleaned_data
            ),
            "Đã lập văn bản trình UBND tỉnh.",
        )
    return redirect("amendments:set_detail", pk=amendment_set.pk)


@login_required
def set_download(request: HttpRequest, pk: int) -> FileResponse:
    amendment_set = get_object_or_404(set_qs_visible_to(request.user).exclude(docx=""), pk=pk)
    return stored_file_response(amendment_set.docx)


@login_required
@require_POST
def set_decide(request: HttpRequest, pk: int) -> HttpResponse:
    if not can_consolidate(request.user):
        raise Http404
    amendment_set = get_object_or_404(set_qs_visible_to(request.user), pk=pk)
    form = SetDecideForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy ghi số và ngày văn bản quyết định của UBND tỉnh.")
        return redirect("amendments:set_detail", pk=amendment_set.pk)
    accepted = {int(v) for v in request.POST.getlist("accept") if v.isdigit()}
    _act(
        request,
        lambda: proposals.amendment_set_decide(
            actor=request.user, amendment_set=amendment_set, accepted_ids=accepted, **form.cleaned_data
        ),
        "Đã ghi nhận quyết định của UBND tỉnh.",
    )
    return redirect("amendments:set_detail", pk=amendment_set.pk)


@login_required
def version_diff(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(plan_selectors.plan_qs_visible_to(request.user), pk=pk)
    context = {
        "plan": plan,
        "rows": selectors.version_diff_rows(plan),
        "source": getattr(plan, "amendment_source", None),
    }
    return render(request, "amendments/version_diff.html", context)


@login_required
def anchors(request: HttpRequest, code: str) -> HttpResponse:
    """Read for every plan reader; a closed or replaced plan keeps its anchors readable and editable (the
    newer documents its tasks continue under are what a replaced plan most needs recorded)."""
    plan = plan_selectors.plan_by_code(request.user, code)
    context = {
        "anchors": selectors.plan_anchors(plan),
        "relations_in": selectors.plan_relations_in(plan),
        "can_edit": can_consolidate(request.user),
        "form": RelationForm(),
    }
    return render(request, "amendments/anchors.html", context)


@login_required
def anchors_old(request: HttpRequest) -> HttpResponse:
    if not plan_selectors.plan_qs_visible_to(request.user).exists():
        raise Http404
    return _to_plan(request, "amendments:anchors", "Căn cứ mới của kế hoạch")


@login_required
@require_POST
def relation_add(request: HttpRequest, code: str) -> HttpResponse:
    if not can_consolidate(request.user):
        raise Http404
    plan = plan_selectors.plan_by_code(request.user, code)
    form = RelationForm(request.POST)
    if form.is_valid():
        _act(
            request,
            lambda: anchoring.document_relation_add(
                actor=request.user, source=plan.document, **form.cleaned_data
            ),
            "Đã ghi nhận quan hệ văn bản.",
        )
    else:
        messages.error(request, "Hãy điền loại, số ký hiệu và cơ quan ban hành của văn bản.")
    return redirect("amendments:anchors", code=plan.code)


@login_required
@require_POST
def anchors_save(request: HttpRequest, code: str, document_pk: int) -> HttpResponse:
    if not can_consolidate(request.user):
        raise Http404
    plan = plan_selectors.plan_by_code(request.user, code)
    document = get_object_or_404(
        Document.objects.filter(relations_in__source=plan.document).distinct(), pk=document_pk
    )
    refs = request.POST.getlist("ref")
    _act(
        request,
        lambda: anchoring.item_anchors_set(actor=request.user, plan=plan, document=document, refs=refs),
        f"Đã ghi nhận các nhiệm vụ tiếp tục thực hiện theo {document}.",
    )
    return redirect("amendments:anchors", code=plan.code)


@login_required
def reorganisation_list(request: HttpRequest) -> HttpResponse:
    if not can_transfer(request.user):
        raise Http404
    context = {
        "options": reorganisation.reorganisation_options(),
        "plans": list(plan_selectors.plan_qs_in_force(request.user).order_by("code")),
        "acts": Reorganisation.objects.select_related("plan", "created_by")[:50],
    }
    return render(request, "amendments/reorganisation_list.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def reorganisation_detail(request: HttpRequest, code: str, day: str) -> HttpResponse:
    """One reorganisation applied to one plan the coordinator chose (each plan's tasks move in its own act)."""
    if not can_transfer(request.user):
        raise Http404
    try:
        effective_date = dt.date.fromisoformat(day)
    except ValueError:
        raise Http404 from None
    options = {o.effective_date: o for o in reorganisation.reorganisation_options()}
    if effective_date not in options:
        raise Http404
    plan = _plan_in_force(request, code)
    form = ReorganisationForm(request.POST or None, initial={"decision": options[effective_date].decision})
    if request.method == "POST" and form.is_valid():
        try:
            act = reorganisation.reorganisation_apply(
                actor=request.user,
                plan=plan,
                effective_date=effective_date,
                decision=form.cleaned_data["decision"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, f"Đã chuyển giao {act.transfers} nhiệm vụ theo đợt sắp xếp.")
            return redirect("amendments:reorganisation_list")
    previews = reorganisation.reorganisation_preview(plan=plan, effective_date=effective_date)
    context = {
        "option": options[effective_date],
        "previews": previews,
        "total": sum(len(p.candidates) for p in previews),
        "form": form,
        "plan": plan,
    }
    return render(request, "amendments/reorganisation_detail.html", context)


@login_required
def reorganisation_detail_old(request: HttpRequest, day: str) -> HttpResponse:
    if not can_transfer(request.user):
        raise Http404
    return _to_plan(request, "amendments:reorganisation_detail", "Sắp xếp tổ chức bộ máy", day=day)


@login_required
def merged_province(request: HttpRequest) -> HttpResponse:
    if not plan_selectors.plan_qs_visible_to(request.user).exists():
        raise Http404
    return render(request, "amendments/merged_province.html", {"columns": selectors.merged_province()})
