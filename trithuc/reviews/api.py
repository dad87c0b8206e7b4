"""Review requests over the API: the same scoped selectors, permission predicates and services as the pages."""

import datetime as dt
from typing import Any, Literal, TypeVar

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router, Schema, Status
from ninja.pagination import paginate

from trithuc.api.pagination import BoundedPagination
from trithuc.api.schemas import ERRORS, Code, Text
from trithuc.reviews import permissions as perms
from trithuc.reviews import selectors, services
from trithuc.reviews.models import PanelMember, Recommendation, ReviewRequest

router = Router()


class RequestOut(Schema):
    id: int
    kind: str
    title: str
    requesting_agency: str
    plan: str | None  # the code of the plan its recommendations' tasks join, when the request names one
    status: str
    status_label: str
    opinion_due: dt.date
    deadline: dt.date


class MemberOut(Schema):
    id: int
    name: str
    role: str
    answer: str
    verdict: str | None = None  # present when the user may read the opinion and it was submitted
    assessment: str | None = None
    recommendations: str | None = None
    submitted_at: dt.datetime | None = None


class ConclusionRecommendationOut(Schema):
    id: int
    position: int
    text: str
    response: str
    response_note: str
    task_ref: str | None
    task_plan: str | None


class ConclusionOut(Schema):
    form: str
    number: str
    dated: dt.date
    summary: str
    sent_at: dt.datetime | None


class RequestDetailOut(RequestOut):
    subject: str
    description: str
    owner: str
    fields: list[str]
    panel: list[MemberOut]
    conclusion: ConclusionOut | None
    recommendations: list[ConclusionRecommendationOut]


class RequestFilter(Schema):
    status: Code | None = None


class OpinionIn(Schema):
    verdict: Literal["agree", "changes", "disagree"]
    assessment: Text
    recommendations: Text = ""
    submit: bool = False


class OpinionOut(Schema):
    member: int
    verdict: str
    submitted: bool


class ResponseIn(Schema):
    response: Literal["accepted", "partial", "rejected"]
    note: Text = ""


_Request = TypeVar("_Request", bound=RequestOut)


def _request_out(r: ReviewRequest, schema: type[_Request], **extra: Any) -> _Request:
    return schema(
        id=r.pk,
        kind=r.kind,
        title=r.title,
        requesting_agency=r.requesting_agency.code,
        plan=r.plan.code if r.plan is not None else None,
        status=r.status,
        status_label=r.get_status_display(),
        opinion_due=r.opinion_due,
        deadline=r.deadline,
        **extra,
    )


@router.get(
    "/requests", response={200: list[RequestOut], **ERRORS}, summary="Đề nghị tư vấn, phản biện (theo quyền)"
)
@paginate(BoundedPagination)
def request_list(request: HttpRequest, filters: Query[RequestFilter]) -> list[RequestOut]:
    qs = selectors.request_qs_visible_to(request.user).order_by("-created_at", "-id")
    if filters.status:
        qs = qs.filter(status=filters.status)
    return [_request_out(r, RequestOut) for r in qs]


def _member_out(view: selectors.OpinionView) -> MemberOut:
    m, opinion = view.member, view.opinion
    out = MemberOut(id=m.pk, name=m.name, role=m.role, answer=m.status)
    if view.readable and opinion is not None and opinion.is_submitted:
        out.verdict, out.assessment = opinion.verdict, opinion.assessment
        out.recommendations, out.submitted_at = opinion.recommendations, opinion.submitted_at
    return out


@router.get("/requests/{request_id}", response={200: RequestDetailOut, **ERRORS}, summary="Một đề nghị")
def request_detail(request: HttpRequest, request_id: int) -> RequestDetailOut:
    review = get_object_or_404(selectors.request_qs_visible_to(request.user), pk=request_id)
    conclusion = (
        getattr(review, "conclusion", None) if perms.can_read_conclusion(request.user, review) else None
    )
    recommendations = (
        [
            ConclusionRecommendationOut(
                id=r.pk,
                position=r.position,
                text=r.text,
                response=r.response,
                response_note=r.response_note,
                task_ref=r.current_task.ref if r.current_task else None,
                task_plan=r.current_task.plan.code if r.current_task else None,
            )
            for r in selectors.request_recommendations(review)
        ]
        if conclusion
        else []
    )
    return _request_out(
        review,
        RequestDetailOut,
        subject=review.subject,
        description=review.description,
        owner=review.owner,
        fields=list(review.fields.values_list("code", flat=True)),
        panel=[_member_out(v) for v in selectors.request_opinions(user=request.user, request=review)],
        conclusion=ConclusionOut(
            form=conclusion.form,
            number=conclusion.number_text,
            dated=conclusion.dated,
            summary=conclusion.summary,
            sent_at=conclusion.sent_at,
        )
        if conclusion
        else None,
        recommendations=recommendations,
    )


@router.post(
    "/seats/{member_id}/opinion", response={201: OpinionOut, **ERRORS}, summary="Gửi ý kiến (thành viên)"
)
def opinion_save(request: HttpRequest, member_id: int, payload: OpinionIn) -> Status[OpinionOut]:
    member = get_object_or_404(PanelMember.objects.select_related("request", "intellectual"), pk=member_id)
    get_object_or_404(selectors.request_qs_visible_to(request.user), pk=member.request_id)
    if not perms.can_write_opinion(request.user, member):
        raise Http404
    opinion = services.opinion_save(actor=request.user, member=member, **payload.dict())
    return Status(201, OpinionOut(member=member.pk, verdict=opinion.verdict, submitted=opinion.is_submitted))


@router.post(
    "/recommendations/{recommendation_id}/response",
    response={200: ConclusionRecommendationOut, **ERRORS},
    summary="Phản hồi kiến nghị (cơ quan đề nghị)",
)
def recommendation_respond(
    request: HttpRequest, recommendation_id: int, payload: ResponseIn
) -> ConclusionRecommendationOut:
    rec = get_object_or_404(
        Recommendation.objects.select_related("request", "task__plan"), pk=recommendation_id
    )
    review = get_object_or_404(selectors.request_qs_visible_to(request.user), pk=rec.request_id)
    if not perms.can_respond_recommendation(request.user, review):
        raise Http404
    rec = services.recommendation_respond(
        actor=request.user, recommendation=rec, response=payload.response, note=payload.note
    )
    return ConclusionRecommendationOut(
        id=rec.pk,
        position=rec.position,
        text=rec.text,
        response=rec.response,
        response_note=rec.response_note,
        task_ref=rec.task.ref if rec.task is not None else None,
        task_plan=rec.task.plan.code if rec.task is not None else None,
    )
