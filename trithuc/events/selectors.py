"""Reads on events: what a user may see, the participant list within the registry's rules, recommendations and
what became of the previous dialogue's recommendations."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from trithuc.core import audit
from trithuc.core.permissions import SYSTEM
from trithuc.events.models import Event, EventParticipant, Recommendation
from trithuc.events.permissions import can_read_events, editor_agency_ids


def event_qs_visible_to(user: Any) -> QuerySet[Event]:
    """Published events for every plan reader; drafts only for their agency's editors; experts nothing."""
    base = Event.objects.select_related("organiser", "plan_item__plan").defer("plan_item__plan__source_text")
    if user is SYSTEM:
        return base
    if not can_read_events(user):
        return base.none()
    return base.filter(Q(status=Event.Status.PUBLISHED) | Q(organiser_id__in=editor_agency_ids(user)))


@dataclass(frozen=True)
class EventFilters:
    kind: str = ""
    year: int | None = None
    agency: int | None = None
    status: str = ""
    plan_ref: str = ""  # "III.7.b": the events serving one item (of the plan `plan_code`, or of any plan)
    plan_code: str = ""  # "kl52": the events serving the items of one plan, every version


def event_list(*, user: Any, filters: EventFilters) -> QuerySet[Event]:
    events = event_qs_visible_to(user)
    if filters.kind:
        events = events.filter(kind=filters.kind)
    if filters.year:
        events = events.filter(start_on__year=filters.year)
    if filters.agency:
        events = events.filter(organiser_id=filters.agency)
    if filters.status:
        events = events.filter(status=filters.status)
    if filters.plan_code:
        events = events.filter(plan_item__plan__code=filters.plan_code.strip())
    if filters.plan_ref:
        events = events.filter(plan_item__ref=filters.plan_ref.strip())
    return events.annotate(recommendation_count=Count("recommendations")).order_by("-start_on", "-id")


def participants_visible(*, user: Any, event: Event) -> tuple[list[EventParticipant], int]:
    """The registered participants the user may see by the registry's rules, and how many are hidden.

    Showing names is a view of personal data (Law 91/2025), so it is logged like a person's page.
    """
    from trithuc.registry.selectors import person_qs_visible_to  # noqa: PLC0415

    rows = list(
        event.participants.select_related("person", "person__workplace_agency").order_by("person__sort_key")
    )
    if not rows:
        return [], 0
    visible_ids = set(
        person_qs_visible_to(user).filter(pk__in=[r.person_id for r in rows]).values_list("pk", flat=True)
    )
    shown = [r for r in rows if r.person_id in visible_ids]
    if shown:
        audit.record(
            actor=user,
            action="events.participants.view",
            target=event,
            agency=event.organiser,
            extra={"people": len(shown)},
        )
    return shown, len(rows) - len(shown)


def linkable_people(*, user: Any, query: str, limit: int = 20) -> list[Any]:
    """People an editor may link to an event: those whose record the editor may open, found by name."""
    from trithuc.registry.selectors import PersonFilters, person_list  # noqa: PLC0415

    if len(query.strip()) < 2:
        return []
    return list(person_list(user=user, filters=PersonFilters(q=query.strip()))[:limit])


def visible_person_ids(user: Any, ids: list[int]) -> set[int]:
    from trithuc.registry.selectors import person_qs_visible_to  # noqa: PLC0415

    if not ids:
        return set()
    return set(person_qs_visible_to(user).filter(pk__in=ids).values_list("pk", flat=True))


def recommendation_qs_visible_to(user: Any) -> QuerySet[Recommendation]:
    """Recommendations are read with their dialogue."""
    return Recommendation.objects.select_related("event", "event__organiser", "answering_agency").filter(
        event__in=event_qs_visible_to(user)
    )


@dataclass(frozen=True)
class RecommendationFilters:
    state: str = ""
    agency: int | None = None
    year: int | None = None


def recommendation_list(
    *, user: Any, filters: RecommendationFilters, on: dt.date | None = None
) -> list[Recommendation]:
    on = on or timezone.localdate()
    rows = recommendation_qs_visible_to(user).order_by("-event__start_on", "event_id", "id")
    if filters.agency:
        rows = rows.filter(answering_agency_id=filters.agency)
    if filters.year:
        rows = rows.filter(event__start_on__year=filters.year)
    if filters.state == Recommendation.State.OVERDUE:
        rows = rows.filter(answer="", deadline__lt=on)
    elif filters.state == Recommendation.State.WAITING:
        rows = rows.filter(answer="", deadline__gte=on)
    elif filters.state in (Recommendation.State.ANSWERED, Recommendation.State.ANSWERED_LATE):
        rows = rows.exclude(answer="")
    out = list(rows[:500])
    if filters.state in (Recommendation.State.ANSWERED, Recommendation.State.ANSWERED_LATE):
        out = [r for r in out if r.state(on) == filters.state]
    return out


def previous_dialogue(event: Event, user: Any) -> Event | None:
    """The same organiser's latest dialogue before this one, as the user may see it."""
    return (
        event_qs_visible_to(user)
        .filter(kind=Event.Kind.DIALOGUE, organiser_id=event.organiser_id, start_on__lt=event.start_on)
        .order_by("-start_on", "-id")
        .first()
    )


@dataclass(frozen=True)
class Followup:
    """What became of a dialogue's recommendations, counted by state, for the next dialogue."""

    event: Event
    rows: list[tuple[Recommendation, str, str]]  # (recommendation, state, label)
    counts: dict[str, int]
    on: dt.date

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def answered(self) -> int:
        return self.counts.get(Recommendation.State.ANSWERED, 0) + self.counts.get(
            Recommendation.State.ANSWERED_LATE, 0
        )


def dialogue_followup(event: Event, on: dt.date | None = None) -> Followup:
    on = on or timezone.localdate()
    rows = []
    counts: dict[str, int] = {}
    for rec in event.recommendations.select_related("answering_agency").order_by("id"):
        state = rec.state(on)
        counts[state] = counts.get(state, 0) + 1
        rows.append((rec, state, rec.state_label(on)))
    return Followup(event, rows, counts, on)
