"""Events and the recommendations of dialogues over the API, with the same selectors and services as the pages."""

import datetime as dt
from typing import Any, TypeVar

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from trithuc.agencies.models import Agency
from trithuc.api.pagination import BoundedPagination
from trithuc.api.schemas import ERRORS, Code, Date, Year, text
from trithuc.core import limits
from trithuc.events import selectors, services
from trithuc.events.models import Event, Recommendation
from trithuc.events.permissions import can_answer_recommendation, can_read_events

router = Router()


class EventOut(Schema):
    id: int
    kind: str
    status: str
    title: str
    organiser: str
    plan: str | None  # the code of the plan whose item the event serves
    plan_item: str | None
    start_on: dt.date
    end_on: dt.date | None
    place: str
    participants_total: int | None
    participants_female: int | None
    participants_minority: int | None
    participants_young: int | None
    articles: int
    broadcasts: int


class PrizeOut(Schema):
    rank: str
    entry_title: str
    winner_name: str


class EventDetailOut(EventOut):
    summary: str
    minutes: str
    entries: int | None
    prizes: list[PrizeOut]
    recommendations: int


class DialogueRecommendationOut(Schema):
    id: int
    event_id: int
    text: str
    raised_by: str
    answering_agency: str
    deadline: dt.date
    state: str
    answer: str
    answered_on: dt.date | None


class EventFilter(Schema):
    kind: Event.Kind | None = None
    year: Year | None = None
    agency: Code | None = None
    plan: Code | None = None  # a plan's code: the events serving its items


class RecommendationFilter(Schema):
    state: Recommendation.State | None = None
    year: Year | None = None


class AnswerIn(Schema):
    answer: text(limits.ANSWER_MAX)  # type: ignore[valid-type]
    answered_on: Date | None = None


def _readable(request: HttpRequest) -> None:
    if not can_read_events(request.user):
        raise Http404


_Event = TypeVar("_Event", bound=EventOut)


def _event_out(event: Event, schema: type[_Event], **extra: Any) -> _Event:
    return schema(
        id=event.pk,
        kind=event.kind,
        status=event.status,
        title=event.title,
        organiser=event.organiser.code,
        plan=event.plan_item.plan.code if event.plan_item is not None else None,
        plan_item=event.plan_item.ref if event.plan_item is not None else None,
        start_on=event.start_on,
        end_on=event.end_on,
        place=event.place,
        participants_total=event.participants_total,
        participants_female=event.participants_female,
        participants_minority=event.participants_minority,
        participants_young=event.participants_young,
        articles=event.articles,
        broadcasts=event.broadcasts,
        **extra,
    )


def _rec_out(rec: Recommendation, on: dt.date) -> DialogueRecommendationOut:
    return DialogueRecommendationOut(
        id=rec.pk,
        event_id=rec.event_id,
        text=rec.text,
        raised_by=rec.raised_by,
        answering_agency=rec.answering_agency.code,
        deadline=rec.deadline,
        state=rec.state(on),
        answer=rec.answer,
        answered_on=rec.answered_on,
    )


@router.get("/", response={200: list[EventOut], **ERRORS}, summary="Sự kiện (theo quyền)")
@paginate(BoundedPagination)
def event_list(request: HttpRequest, filters: Query[EventFilter]) -> list[EventOut]:
    _readable(request)
    agency = None
    if filters.agency:
        agency = Agency.objects.filter(code=filters.agency).first()
        if agency is None:
            return []
    found = selectors.event_list(
        user=request.user,
        filters=selectors.EventFilters(
            kind=filters.kind or "",
            year=filters.year if filters.year and 1900 <= filters.year <= 2100 else None,
            agency=agency.pk if agency else None,
            plan_code=filters.plan or "",
        ),
    )
    return [_event_out(e, EventOut) for e in found]


@router.get(
    "/recommendations",
    response={200: list[DialogueRecommendationOut], **ERRORS},
    summary="Kiến nghị của trí thức tại các cuộc đối thoại",
)
@paginate(BoundedPagination)
def recommendation_list(
    request: HttpRequest, filters: Query[RecommendationFilter]
) -> list[DialogueRecommendationOut]:
    _readable(request)
    today = timezone.localdate()
    rows = selectors.recommendation_list(
        user=request.user,
        filters=selectors.RecommendationFilters(
            state=filters.state or "",
            year=filters.year if filters.year and 1900 <= filters.year <= 2100 else None,
        ),
        on=today,
    )
    return [_rec_out(r, today) for r in rows]


@router.post(
    "/recommendations/{recommendation_id}/answer",
    response={200: DialogueRecommendationOut, **ERRORS},
    summary="Trả lời kiến nghị (cơ quan được giao)",
)
def recommendation_answer(
    request: HttpRequest, recommendation_id: int, payload: AnswerIn
) -> DialogueRecommendationOut:
    rec = get_object_or_404(selectors.recommendation_qs_visible_to(request.user), pk=recommendation_id)
    if not can_answer_recommendation(request.user, rec):
        raise Http404
    rec = services.recommendation_answer(
        actor=request.user, recommendation=rec, answer=payload.answer, answered_on=payload.answered_on
    )
    return _rec_out(rec, timezone.localdate())


@router.get("/{event_id}", response={200: EventDetailOut, **ERRORS}, summary="Một sự kiện")
def event_detail(request: HttpRequest, event_id: int) -> EventDetailOut:
    event = get_object_or_404(selectors.event_qs_visible_to(request.user), pk=event_id)
    return _event_out(
        event,
        EventDetailOut,
        summary=event.summary,
        minutes=event.minutes,
        entries=event.entries,
        prizes=[
            PrizeOut(rank=p.rank, entry_title=p.entry_title, winner_name=p.winner_name)
            for p in event.prizes.all()
        ],
        recommendations=event.recommendations.count(),
    )


@router.get(
    "/{event_id}/recommendations",
    response={200: list[DialogueRecommendationOut], **ERRORS},
    summary="Kiến nghị tại một cuộc đối thoại và kết quả giải quyết",
)
def event_recommendations(request: HttpRequest, event_id: int) -> list[DialogueRecommendationOut]:
    event = get_object_or_404(selectors.event_qs_visible_to(request.user), pk=event_id)
    today = timezone.localdate()
    return [
        _rec_out(r, today) for r in event.recommendations.select_related("answering_agency").order_by("id")
    ]
