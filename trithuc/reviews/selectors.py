"""Reads of the reviews app, each scoped to what the user may see (permissions.py holds the table)."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Case, Prefetch, Q, QuerySet, Value, When

from trithuc.core import permissions
from trithuc.core.permissions import Role
from trithuc.registry.duplicates import name_search_q
from trithuc.registry.models import DEGREE_RANK, Intellectual
from trithuc.reviews import rules
from trithuc.reviews.models import Opinion, PanelMember, Recommendation, ReviewRequest
from trithuc.reviews.permissions import CONCLUDED, can_read_opinion, reads_all, requester_agency_ids, seat_of

CANDIDATE_POOL = 3000  # best-qualified people of the requested fields looked at; enough for a panel of 3-9


def request_qs_visible_to(user: Any) -> QuerySet[ReviewRequest]:
    """Everything a list, a detail page or the API shows starts here."""
    qs = ReviewRequest.objects.select_related("requesting_agency", "owner_agency", "plan__document").defer(
        "plan__source_text"
    )
    if reads_all(user):
        return qs
    roles = permissions.user_roles(user)
    rule = Q(requesting_agency_id__in=requester_agency_ids(user))
    if Role.LEADER in roles:
        rule |= Q(status__in=CONCLUDED)
    if Role.EXPERT in roles and getattr(user, "is_authenticated", False):
        rule |= Q(members__intellectual__user=user)
    return qs.filter(rule).distinct()


def request_members(request: ReviewRequest) -> list[PanelMember]:
    return list(
        request.members.select_related("intellectual__workplace_agency").prefetch_related(
            Prefetch("opinion", queryset=Opinion.objects.all())
        )
    )


def member_opinion(member: PanelMember) -> Opinion | None:
    try:
        return member.opinion
    except Opinion.DoesNotExist:
        return None


@dataclass(frozen=True)
class OpinionView:
    member: PanelMember
    opinion: Opinion | None
    readable: bool


def request_opinions(*, user: Any, request: ReviewRequest) -> list[OpinionView]:
    """Every seat with its opinion where the user may read it; a leader sees none (conclusions only)."""
    if not (
        reads_all(user)
        or request.requesting_agency_id in requester_agency_ids(user)
        or seat_of(user, request)
    ):
        return []
    return [
        OpinionView(m, member_opinion(m), can_read_opinion(user, request, m))
        for m in request_members(request)
    ]


def request_facts(request: ReviewRequest) -> rules.RequestFacts:
    return rules.RequestFacts(
        requesting_agency_id=request.requesting_agency_id,
        owner_agency_id=request.owner_agency_id,
        owner_name=request.owner_name,
        project=rules.project_key(request.project_code, request.title),
        field_codes=frozenset(request.fields.values_list("code", flat=True)),
    )


def _reviewed_projects(person_ids: list[int], exclude: int | None) -> dict[int, set[str]]:
    """Projects each person sat on a panel for (accepted or still invited), other than this request."""
    seats = PanelMember.objects.filter(intellectual_id__in=person_ids).exclude(
        status=PanelMember.Status.DECLINED
    )
    if exclude is not None:
        seats = seats.exclude(request_id=exclude)
    out: dict[int, set[str]] = {}
    for pid, code, title in seats.values_list("intellectual_id", "request__project_code", "request__title"):
        out.setdefault(pid, set()).add(rules.project_key(code, title))
    return out


def expert_facts(
    people: list[Intellectual], *, exclude_request: int | None = None
) -> dict[int, rules.ExpertFacts]:
    reviewed = _reviewed_projects([p.pk for p in people], exclude_request)
    return {
        p.pk: rules.ExpertFacts(
            workplace_agency_id=p.workplace_agency_id,
            workplace_name=p.workplace_name,
            field_codes=frozenset(f.code for f in p.fields.all()),
            highest_degree=p.highest_degree,
            title=p.title,
            reviewed_projects=frozenset(reviewed.get(p.pk, set())),
        )
        for p in people
    }


@dataclass(frozen=True)
class Candidate:
    person: Intellectual
    score: int
    conflicts: list[rules.Conflict]


def panel_candidates_viewed(*, user: Any, request: ReviewRequest, q: str, rows: int) -> None:
    """The expert search is a search of the registry (Law 91/2025): one audit row per page shown, with the
    query and the count, as the registry's own list pages (registry.list); the officer's access log lists it."""
    from trithuc.core import audit

    audit.record(
        actor=user,
        action="registry.list",
        target=request,
        extra={"rows": rows, "via": "panel", "filters": {"q": q.strip()} if q.strip() else {}},
    )


def panel_candidates(*, request: ReviewRequest, q: str = "", limit: int = 30) -> list[Candidate]:
    """Registry people ranked by fit to the request; conflicted people stay in the list, flagged.

    Only adult intellectuals that are not restricted (the union officer's view of the registry, DESIGN §2).
    """
    facts = request_facts(request)
    people = Intellectual.objects.filter(kind=Intellectual.Kind.INTELLECTUAL, is_restricted=False).exclude(
        review_seats__request=request
    )
    if q.strip():
        people = people.filter(name_search_q(q))
    elif facts.field_codes:
        groups = {c[:1] for c in facts.field_codes}
        with_field = Intellectual.fields.through.objects.filter(stfield_id__in=facts.field_codes)
        people = people.filter(Q(pk__in=with_field.values("intellectual_id")) | Q(field_group__in=groups))
    rank = Case(*(When(highest_degree=d, then=Value(r)) for d, r in DEGREE_RANK.items()), default=Value(99))
    ids = list(
        people.annotate(rank=rank).order_by("rank", "id").values_list("id", flat=True)[:CANDIDATE_POOL]
    )
    pool = list(
        Intellectual.objects.filter(pk__in=ids).select_related("workplace_agency").prefetch_related("fields")
    )
    by_person = expert_facts(pool, exclude_request=request.pk)
    ranked = [
        Candidate(p, rules.fit_score(by_person[p.pk], facts), rules.conflicts_of(by_person[p.pk], facts))
        for p in pool
    ]
    ranked.sort(key=lambda c: (bool(c.conflicts), -c.score, c.person.sort_key))
    return ranked[:limit]


@dataclass(frozen=True)
class DueSeat:
    member: PanelMember
    days_left: int  # negative: overdue


def seats_due(*, on: dt.date, before_days: int) -> list[DueSeat]:
    """Accepted members of panels still gathering opinions whose opinion is not in and due within `before_days`."""
    members = (
        PanelMember.objects.filter(
            status=PanelMember.Status.ACCEPTED,
            request__status=ReviewRequest.Status.CONSULTING,
            request__opinion_due__lte=on + dt.timedelta(days=before_days),
        )
        .exclude(opinion__submitted_at__isnull=False)
        .select_related("request", "intellectual__user")
    )
    return [DueSeat(m, (m.request.opinion_due - on).days) for m in members]


def request_recommendations(request: ReviewRequest) -> list[Recommendation]:
    """The recommendations with `current_task`: the task in the plan's current version (an amendment copies the
    plan's items into a new version, so the row linked at creation may belong to an older one)."""
    from trithuc.plans.models import PlanItem

    recs = list(request.recommendations.select_related("task__plan"))
    for rec in recs:
        task = rec.task
        if task is not None and not task.plan.is_current:
            task = (
                PlanItem.objects.select_related("plan")
                .filter(plan__document_id=task.plan.document_id, plan__is_current=True, ref=task.ref)
                .first()
                or task
            )
        rec.current_task = task
    return recs
