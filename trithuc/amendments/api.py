"""Amendment proposals over the API, with the pages' rules: drafts are the proposing agency's alone."""

import datetime as dt
from typing import Annotated, Any, TypeVar

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.pagination import paginate
from pydantic import Field

from trithuc.agencies.models import Agency
from trithuc.amendments.models import AmendmentProposal
from trithuc.amendments.permissions import proposal_qs_visible_to, proposer_agencies
from trithuc.amendments.services.proposals import proposal_create
from trithuc.api.pagination import BoundedPagination
from trithuc.api.schemas import ERRORS, NO_NUL, Code, Date, ShortText, Text
from trithuc.core import limits
from trithuc.core.actors import Actor
from trithuc.core.errors import NotFound, ServiceError
from trithuc.plans.models import Plan
from trithuc.plans.selectors import plan_qs_in_force

router = Router()


class ProposalOut(Schema):
    id: int
    plan: str
    plan_id: int
    plan_version: int
    agency: str
    kind: str
    ref: str
    status: str
    created_at: dt.datetime
    sent_at: dt.datetime | None


class ProposalDetailOut(ProposalOut):
    text: str
    deadline_text: str
    deadline: dt.date | None
    lead: str | None
    reasons: str
    amendment_set: int | None


class ProposalIn(Schema):
    plan: Code = ""  # the plan's code (kl52); required, checked with a Vietnamese message rather than a 422
    agency: Code
    kind: Code
    ref: Annotated[
        str,
        Field(
            min_length=1,
            max_length=limits.CODE_MAX,
            pattern=NO_NUL,
            description="Số hiệu mục của kế hoạch đang có hiệu lực (ví dụ II.2.b); nhiệm vụ bổ sung: số hiệu mới.",
            examples=["II.2.b"],
        ),
    ]
    reasons: Text
    text: Text = ""
    deadline_text: ShortText = ""
    deadline: Date | None = None
    lead: Code | None = None


_Proposal = TypeVar("_Proposal", bound=ProposalOut)


def _out(p: AmendmentProposal, schema: type[_Proposal], **extra: Any) -> _Proposal:
    return schema(
        id=p.pk,
        plan=p.plan.code,
        plan_id=p.plan_id,
        plan_version=p.plan.version,
        agency=p.agency.code,
        kind=p.kind,
        ref=p.ref,
        status=p.status,
        created_at=p.created_at,
        sent_at=p.sent_at,
        **extra,
    )


def _detail(p: AmendmentProposal) -> ProposalDetailOut:
    return _out(
        p,
        ProposalDetailOut,
        text=p.text,
        deadline_text=p.deadline_text,
        deadline=p.deadline,
        lead=p.lead.code if p.lead else None,
        reasons=p.reasons,
        amendment_set=p.amendment_set_id,
    )


def _plan_in_force(user: Actor, code: str) -> Plan:
    """The plan a proposal is about, named by its code: no default plan (many are in force at once)."""
    code = code.strip()
    if not code:
        raise ServiceError("Hãy ghi mã kế hoạch của đề xuất (trường plan, ví dụ kl52).", field="plan")
    plan = plan_qs_in_force(user).filter(code=code).first()
    if plan is None:
        raise NotFound(f"Không có kế hoạch đang hiệu lực với mã “{code}”.", field="plan")
    return plan


@router.get("/proposals", response={200: list[ProposalOut], **ERRORS}, summary="Đề xuất sửa đổi (theo quyền)")
@paginate(BoundedPagination)
def proposal_list(request: HttpRequest, plan: str = "") -> list[ProposalOut]:
    """Every plan's proposals, or those of the plan `plan` names (all its versions)."""
    proposals = proposal_qs_visible_to(request.user)
    if plan:
        proposals = proposals.filter(plan__code=plan)
    return [_out(p, ProposalOut) for p in proposals.order_by("-created_at", "-id")]


@router.get("/proposals/{proposal_id}", response={200: ProposalDetailOut, **ERRORS}, summary="Một đề xuất")
def proposal_detail(request: HttpRequest, proposal_id: int) -> ProposalDetailOut:
    return _detail(get_object_or_404(proposal_qs_visible_to(request.user), pk=proposal_id))


@router.post(
    "/proposals",
    response={201: ProposalDetailOut, **ERRORS},
    summary="Tạo đề xuất nháp trên một kế hoạch (mã kế hoạch, cơ quan của người dùng)",
)
def proposal_post(request: HttpRequest, payload: ProposalIn) -> Status[ProposalDetailOut]:
    agency = get_object_or_404(
        Agency.objects.filter(pk__in=[a.pk for a in proposer_agencies(request.user)]), code=payload.agency
    )
    plan = _plan_in_force(request.user, payload.plan)
    lead = get_object_or_404(Agency, code=payload.lead) if payload.lead else None
    proposal = proposal_create(
        actor=request.user,
        agency=agency,
        plan=plan,
        kind=payload.kind,
        ref=payload.ref,
        reasons=payload.reasons,
        text=payload.text,
        deadline_text=payload.deadline_text,
        deadline=payload.deadline,
        lead=lead,
    )
    return Status(201, _detail(proposal))
