"""Thin views: scoped selector → form → one service → render or redirect. Outsiders get 404."""

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from trithuc.core.errors import ServiceError
from trithuc.core.views import add_service_error, stored_file_response
from trithuc.registry.models import Intellectual
from trithuc.reviews import permissions as perms
from trithuc.reviews import selectors, services
from trithuc.reviews.forms import (
    AnswerForm,
    ConclusionForm,
    DocumentForm,
    MemberAddForm,
    OpinionForm,
    RequestForm,
    RespondForm,
    TaskForm,
)
from trithuc.reviews.models import PanelMember, Recommendation, ReviewRequest


def _request(request: HttpRequest, pk: int) -> ReviewRequest:
    return get_object_or_404(selectors.request_qs_visible_to(request.user), pk=pk)


def _managed(request: HttpRequest, pk: int) -> ReviewRequest:
    review = _request(request, pk)
    if not perms.can_manage(request.user, review):
        raise Http404
    return review


def _seat(request: HttpRequest, pk: int) -> PanelMember:
    member = get_object_or_404(PanelMember.objects.select_related("request", "intellectual"), pk=pk)
    _request(request, member.request_id)
    return member


def _run(
    http: HttpRequest, review: ReviewRequest, action: Callable[..., object], success: str, **kwargs: Any
) -> HttpResponseRedirect:
    """POST actions answer with a message and go back to the request."""
    try:
        action(actor=http.user, **kwargs)
    except ServiceError as error:
        messages.error(http, error.message)
    else:
        messages.success(http, success)
    return redirect("reviews:request_detail", pk=review.pk)


@login_required
def request_list(request: HttpRequest) -> HttpResponse:
    qs = selectors.request_qs_visible_to(request.user)
    if not perms.can_list(request.user):
        raise Http404
    status = request.GET.get("tinh-trang", "")
    if status in ReviewRequest.Status.values:
        qs = qs.filter(status=status)
    page = Paginator(qs.order_by("-created_at", "-id"), 30).get_page(request.GET.get("trang"))
    return render(
        request,
        "reviews/request_list.html",
        {
            "page": page,
            "status": status,
            "statuses": ReviewRequest.Status.choices,
            "can_create": perms.can_create_request(request.user),
        },
    )


@login_required
@require_http_methods(["GET", "POST"])
def request_create(request: HttpRequest) -> HttpResponse:
    if not perms.can_create_request(request.user):
        raise Http404
    form = RequestForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            review = services.request_create(actor=request.user, **form.to_kwargs())
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã ghi nhận đề nghị.")
            return redirect("reviews:request_detail", pk=review.pk)
    return render(request, "reviews/request_form.html", {"form": form})


@login_required
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    review = _request(request, pk)
    user = request.user
    seat = perms.seat_of(user, review)
    opinions = selectors.request_opinions(user=user, request=review)
    conclusion = getattr(review, "conclusion", None) if perms.can_read_conclusion(user, review) else None
    context = {
        "review": review,
        "seat": seat,
        "opinions": opinions,
        "conclusion": conclusion,
        "recommendations": selectors.request_recommendations(review) if conclusion else [],
        "documents": list(review.documents.all()),
        "can_manage": perms.can_manage(user, review),
        "can_add_document": perms.can_add_document(user, review),
        "can_respond": perms.can_respond_recommendation(user, review),
        "can_make_task": services.can_make_task(user),
        "document_form": DocumentForm(),
        "respond_form": RespondForm(),
        "task_form": TaskForm(request=review, user=user, named_plan=services.task_plan(review)),
    }
    return render(request, "reviews/request_detail.html", context)


@login_required
@require_POST
def document_add(request: HttpRequest, pk: int) -> HttpResponse:
    review = _request(request, pk)
    if not perms.can_add_document(request.user, review):
        raise Http404
    form = DocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, "Hãy chọn tệp tài liệu.")
        return redirect("reviews:request_detail", pk=review.pk)
    return _run(
        request,
        review,
        services.document_add,
        "Đã thêm tài liệu.",
        request=review,
        name=form.cleaned_data["name"],
        upload=form.cleaned_data["upload"],
    )


@login_required
def document_download(request: HttpRequest, pk: int, document_pk: int) -> FileResponse:
    review = _request(request, pk)
    document = get_object_or_404(review.documents, pk=document_pk)
    return stored_file_response(document.file)


CANDIDATES_SHOWN = 10  # candidates shown unfolded on the panel page


@login_required
def panel_candidates(request: HttpRequest, pk: int) -> HttpResponse:
    review = _managed(request, pk)
    q = request.GET.get("q", "")
    candidates = selectors.panel_candidates(request=review, q=q)
    selectors.panel_candidates_viewed(user=request.user, request=review, q=q, rows=len(candidates))
    members = selectors.request_members(review)
    seated = {m.role for m in members if m.status != PanelMember.Status.DECLINED}
    return render(
        request,
        "reviews/panel_candidates.html",
        {
            "review": review,
            "candidates": candidates,
            "members": members,
            "q": q,
            "roles": PanelMember.Role.choices,
            # what the panel still lacks before the opinions can be asked (services.consulting_start) (#15.5)
            "roles_missing": [label for value, label in PanelMember.Role.choices if value not in seated],
            # the best-fitting first, the others folded; a search by name shows all it found
            "candidates_first": candidates if q else candidates[:CANDIDATES_SHOWN],
            "candidates_more": [] if q else candidates[CANDIDATES_SHOWN:],
        },
    )


@login_required
@require_POST
def member_add(request: HttpRequest, pk: int) -> HttpResponse:
    review = _managed(request, pk)
    form = MemberAddForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy chọn người và vai trò.")
        return redirect("reviews:panel_candidates", pk=review.pk)
    person = get_object_or_404(Intellectual, pk=form.cleaned_data["person"])
    try:
        services.member_add(
            actor=request.user,
            request=review,
            person=person,
            role=form.cleaned_data["role"],
            override_reason=form.cleaned_data["override_reason"],
        )
    except ServiceError as error:
        messages.error(request, f"{person.full_name}: {error.message}")
    else:
        messages.success(request, f"Đã mời {person.display_name}.")
    return redirect("reviews:panel_candidates", pk=review.pk)


@login_required
@require_POST
def member_remove(request: HttpRequest, pk: int) -> HttpResponse:
    member = _seat(request, pk)
    if not perms.can_manage(request.user, member.request):
        raise Http404
    return _run(request, member.request, services.member_remove, "Đã bớt thành viên.", member=member)


@login_required
@require_POST
def member_answer(request: HttpRequest, pk: int) -> HttpResponse:
    member = _seat(request, pk)
    if not perms.can_answer_invitation(request.user, member):
        raise Http404
    form = AnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy chọn nhận lời hoặc từ chối.")
        return redirect("reviews:request_detail", pk=member.request_id)
    accept = form.cleaned_data["accept"]
    return _run(
        request,
        member.request,
        services.member_answer,
        "Đã ghi nhận trả lời.",
        member=member,
        accept=accept,
        reason=form.cleaned_data["reason"],
    )


@login_required
@require_POST
def consulting_start(request: HttpRequest, pk: int) -> HttpResponse:
    review = _managed(request, pk)
    return _run(request, review, services.consulting_start, "Đã bắt đầu lấy ý kiến.", request=review)


@login_required
@require_http_methods(["GET", "POST"])
def opinion_edit(request: HttpRequest, pk: int) -> HttpResponse:
    member = _seat(request, pk)
    if not perms.can_write_opinion(request.user, member):
        raise Http404
    opinion = selectors.member_opinion(member)
    initial = (
        {
            "verdict": opinion.verdict,
            "assessment": opinion.assessment,
            "recommendations": opinion.recommendations,
        }
        if opinion
        else {}
    )
    form = OpinionForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.opinion_save(
                actor=request.user,
                member=member,
                submit="submit" in request.POST,
                **{k: v for k, v in form.cleaned_data.items()},
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã gửi ý kiến." if "submit" in request.POST else "Đã lưu bản nháp.")
            return redirect("reviews:request_detail", pk=member.request_id)
    return render(request, "reviews/opinion_form.html", {"member": member, "opinion": opinion, "form": form})


@login_required
def opinion_file(request: HttpRequest, pk: int) -> FileResponse:
    member = _seat(request, pk)
    opinion = selectors.member_opinion(member)
    if (
        opinion is None
        or not opinion.file
        or not perms.can_read_opinion(request.user, member.request, member)
    ):
        raise Http404
    if not (opinion.is_submitted or perms.can_write_opinion(request.user, member)):
        raise Http404
    return stored_file_response(opinion.file)


@login_required
@require_http_methods(["GET", "POST"])
def conclusion_issue(request: HttpRequest, pk: int) -> HttpResponse:
    review = _managed(request, pk)
    lines = [
        line.strip()
        for view in selectors.request_opinions(user=request.user, request=review)
        if view.opinion and view.opinion.is_submitted
        for line in view.opinion.recommendations.splitlines()
        if line.strip()
    ]
    form = ConclusionForm(
        request.POST or None, initial={"form": "report", "recommendations": "\n".join(dict.fromkeys(lines))}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.conclusion_issue(
                actor=request.user,
                request=review,
                form=data["form"],
                summary=data["summary"],
                recommendations=form.lines(),
                signer_name=data["signer_name"],
            )
        except ServiceError as error:
            add_service_error(form, error)
        else:
            messages.success(request, "Đã ban hành văn bản kết luận.")
            return redirect("reviews:request_detail", pk=review.pk)
    return render(request, "reviews/conclusion_form.html", {"review": review, "form": form})


@login_required
@require_POST
def conclusion_send(request: HttpRequest, pk: int) -> HttpResponse:
    review = _managed(request, pk)
    return _run(
        request, review, services.conclusion_send, "Đã gửi kết luận tới cơ quan đề nghị.", request=review
    )


@login_required
def conclusion_download(request: HttpRequest, pk: int) -> FileResponse:
    review = _request(request, pk)
    conclusion = getattr(review, "conclusion", None)
    if conclusion is None or not perms.can_read_conclusion(request.user, review):
        raise Http404
    return stored_file_response(conclusion.docx)


def _recommendation(request: HttpRequest, pk: int) -> Recommendation:
    rec = get_object_or_404(Recommendation.objects.select_related("request"), pk=pk)
    _request(request, rec.request_id)
    return rec


@login_required
@require_POST
def recommendation_respond(request: HttpRequest, pk: int) -> HttpResponse:
    rec = _recommendation(request, pk)
    if not perms.can_respond_recommendation(request.user, rec.request):
        raise Http404
    form = RespondForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Hãy chọn phản hồi.")
        return redirect("reviews:request_detail", pk=rec.request_id)
    return _run(
        request,
        rec.request,
        services.recommendation_respond,
        "Đã ghi nhận phản hồi.",
        recommendation=rec,
        response=form.cleaned_data["response"],
        note=form.cleaned_data["note"],
    )


@login_required
@require_POST
def recommendation_task(request: HttpRequest, pk: int) -> HttpResponse:
    rec = _recommendation(request, pk)
    if not services.can_make_task(request.user):
        raise Http404
    form = TaskForm(
        request.POST, request=rec.request, user=request.user, named_plan=services.task_plan(rec.request)
    )
    if not form.is_valid():
        messages.error(request, "Hãy chọn đơn vị chủ trì, hạn hoàn thành và kế hoạch nhận nhiệm vụ.")
        return redirect("reviews:request_detail", pk=rec.request_id)
    return _run(
        request,
        rec.request,
        services.recommendation_task_create,
        "Đã giao thành nhiệm vụ của Kế hoạch.",
        recommendation=rec,
        agency=form.cleaned_data["agency"],
        deadline=form.cleaned_data["deadline"],
        plan=form.cleaned_data.get("plan"),
    )
