"""The proposal workflow: nháp → đã gửi → đã tổng hợp → đã trình UBND → chấp thuận / không chấp thuận.

An accepted set becomes plan version N+1 through plans.services.plan_version, in the same transaction as the
decision, so a decision never exists without its version.
"""

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.agencies.selectors import province_profile
from trithuc.amendments.exports import (
    ProposalLine,
    SubmissionData,
    render_submission_docx,
    submission_date_line,
)
from trithuc.amendments.models import AmendmentProposal, AmendmentSet, DocumentRelation, ItemAnchor
from trithuc.amendments.permissions import can_consolidate, can_propose
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, Invalid, ServiceError
from trithuc.core.text import clean_text
from trithuc.documents.services import number_take
from trithuc.plans.models import Document, Plan, PlanItem
from trithuc.plans.services.documents import document_get_or_create
from trithuc.plans.services.plan_version import ItemChange, parent_ref_of, plan_version_create
from trithuc.plans.services.superseded import plan_writable_check

Status = AmendmentProposal.Status
Kind = AmendmentProposal.Kind


def _check_target(
    plan: Plan, kind: str, ref: str, text: str, deadline_text: str, lead: Agency | None
) -> None:
    items = {i.ref: i for i in plan.items.only("ref", "kind", "text")}
    if kind in (Kind.AMEND, Kind.DROP):
        if ref not in items or items[ref].kind != PlanItem.Kind.TASK:
            raise ServiceError(f"Kế hoạch không có nhiệm vụ {ref}.", field="ref")
        if kind == Kind.AMEND and not (text.strip() or deadline_text.strip() or lead):
            raise ServiceError(
                "Hãy ghi nội dung, thời hạn hoặc cơ quan chủ trì đề xuất sửa đổi.", field="text"
            )
    elif kind == Kind.ADD:
        if ref in items:
            raise ServiceError(f"Mục {ref} đã có trong kế hoạch; hãy chọn số hiệu mới.", field="ref")
        if parent_ref_of(ref) not in items:
            raise ServiceError(
                f"Số hiệu mới phải nằm dưới một mục đã có; mục {parent_ref_of(ref) or ref} không có trong Kế hoạch.",
                field="ref",
            )
        if not text.strip():
            raise ServiceError("Hãy ghi nội dung nhiệm vụ đề xuất bổ sung.", field="text")
    else:
        raise ServiceError("Loại đề xuất không hợp lệ.", field="kind")


@transaction.atomic(durable=True)
def proposal_create(
    *,
    actor: Actor,
    agency: Agency,
    plan: Plan,
    kind: str,
    ref: str,
    reasons: str,
    text: str = "",
    deadline_text: str = "",
    deadline: dt.date | None = None,
    lead: Agency | None = None,
) -> AmendmentProposal:
    """A draft, private to `agency` until it is sent."""
    if not can_propose(actor, agency):
        raise Forbidden("Bạn không được gửi đề xuất thay mặt cơ quan này.")
    proposal = AmendmentProposal(plan=plan, agency=agency, created_by=actor_user(actor))
    _fill(proposal, kind, ref, reasons, text, deadline_text, deadline, lead)
    proposal.save()
    audit.record(actor=actor, action="amendment.create", target=proposal, agency=agency)
    return proposal


@transaction.atomic(durable=True)
def proposal_update(
    *,
    actor: Actor,
    proposal: AmendmentProposal,
    kind: str,
    ref: str,
    reasons: str,
    text: str = "",
    deadline_text: str = "",
    deadline: dt.date | None = None,
    lead: Agency | None = None,
) -> AmendmentProposal:
    """Edit a draft; once sent, a proposal is on record and no longer changes."""
    if not can_propose(actor, proposal.agency):
        raise Forbidden("Bạn không được sửa đề xuất của cơ quan này.")
    draft = AmendmentProposal.objects.select_for_update().select_related("plan").get(pk=proposal.pk)
    if draft.status != Status.DRAFT:
        raise Conflict("Đề xuất đã được gửi; không sửa được nữa.")
    before = {"kind": draft.kind, "ref": draft.ref, "text": draft.text, "deadline_text": draft.deadline_text}
    _fill(draft, kind, ref, reasons, text, deadline_text, deadline, lead)
    draft.save()
    audit.record(actor=actor, action="amendment.update", target=draft, agency=draft.agency, before=before)
    return draft


def _fill(
    proposal: AmendmentProposal,
    kind: str,
    ref: str,
    reasons: str,
    text: str,
    deadline_text: str,
    deadline: dt.date | None,
    lead: Agency | None,
) -> None:
    plan_writable_check(proposal.plan)  # only the version in force is amended
    if any("\x00" in value for value in (ref, reasons, text, deadline_text)):
        raise Invalid("Nội dung có ký tự không hợp lệ.")
    ref = ref.strip()
    reasons, text = clean_text(reasons), clean_text(text)
    _check_target(proposal.plan, kind, ref, text, deadline_text, lead)
    if not reasons:
        raise ServiceError("Hãy nêu lý do đề xuất.", field="reasons")
    drop = kind == Kind.DROP
    proposal.kind, proposal.ref, proposal.reasons = kind, ref, reasons
    proposal.text = "" if drop else text.strip()
    proposal.deadline_text = "" if drop else deadline_text.strip()
    proposal.deadline = None if drop else deadline
    proposal.lead = None if drop else lead
    try:
        proposal.full_clean()
    except ValidationError as error:
        raise Invalid.from_validation(error) from None


def _move(proposal_ids: list[int], source: str, target: str, **fields: Any) -> int:
    return AmendmentProposal.objects.filter(pk__in=proposal_ids, status=source).update(
        status=target, **fields
    )


@transaction.atomic(durable=True)
def proposal_submit(*, actor: Actor, proposal: AmendmentProposal) -> AmendmentProposal:
    """Send the draft to the coordinator; a double click sends once (the conditional update claims it)."""
    if not can_propose(actor, proposal.agency):
        raise Forbidden("Bạn không được gửi đề xuất của cơ quan này.")
    plan_writable_check(
        proposal.plan
    )  # a draft on a superseded version would wait for a set that never comes
    if not _move([proposal.pk], Status.DRAFT, Status.SENT, sent_at=timezone.now()):
        raise Conflict("Đề xuất đã được gửi.")
    audit.record(actor=actor, action="amendment.send", target=proposal, agency=proposal.agency)
    return AmendmentProposal.objects.get(pk=proposal.pk)


@transaction.atomic(durable=True)
def proposal_delete(*, actor: Actor, proposal: AmendmentProposal) -> None:
    """Only a draft can be withdrawn; a sent proposal is on record."""
    if not can_propose(actor, proposal.agency):
        raise Forbidden("Bạn không được xóa đề xuất của cơ quan này.")
    deleted, _ = AmendmentProposal.objects.filter(pk=proposal.pk, status=Status.DRAFT).delete()
    if not deleted:
        raise Conflict("Chỉ xóa được đề xuất còn ở dạng nháp.")
    audit.record(actor=actor, action="amendment.delete", agency=proposal.agency, extra={"ref": proposal.ref})


@transaction.atomic(durable=True)
def amendment_set_create(*, actor: Actor, plan: Plan, proposal_ids: list[int], title: str) -> AmendmentSet:
    """Consolidate sent proposals on the current version into one set to forward to the Province."""
    if not can_consolidate(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới tổng hợp đề xuất.")
    if not proposal_ids:
        raise ServiceError("Hãy chọn ít nhất một đề xuất để tổng hợp.")
    if not title.strip():
        raise ServiceError("Hãy đặt tên cho đợt tổng hợp.", field="title")
    plan_writable_check(plan)
    wanted = AmendmentProposal.objects.filter(pk__in=proposal_ids, plan=plan, status=Status.SENT)
    if wanted.count() != len(set(proposal_ids)):
        raise Conflict("Có đề xuất đã được tổng hợp hoặc không thuộc phiên bản này; hãy tải lại trang.")
    amendment_set = AmendmentSet.objects.create(
        plan=plan, title=title.strip()[:255], created_by=actor_user(actor)
    )
    _move(proposal_ids, Status.SENT, Status.CONSOLIDATED, amendment_set=amendment_set)
    audit.record(
        actor=actor, action="amendment_set.create", target=amendment_set, extra={"proposals": proposal_ids}
    )
    return amendment_set


def submission_data(amendment_set: AmendmentSet) -> SubmissionData:
    items = {i.ref: i for i in amendment_set.plan.items.all()}
    lines = tuple(
        ProposalLine(
            ref=p.ref,
            kind=p.get_kind_display(),
            agency=p.agency.name,
            current_text=items[p.ref].text if p.ref in items else "",
            proposed_text=p.text,
            deadline_text=p.deadline_text,
            lead=p.lead.name if p.lead else "",
            reasons=p.reasons,
        )
        for p in amendment_set.proposals.select_related("agency", "lead").order_by("ref", "id")
    )
    province = province_profile()
    return SubmissionData(
        kind_label=str(AmendmentSet.DocKind(amendment_set.doc_kind or "to_trinh").label),
        number_text=amendment_set.number_text,
        date_line=submission_date_line(amendment_set.dated or timezone.localdate(), province),
        plan_title=str(amendment_set.plan.document.title or amendment_set.plan.document),
        set_title=amendment_set.title,
        proposals=lines,
        province=province,
    )


@transaction.atomic(durable=True)
def amendment_set_submit(
    *, actor: Actor, amendment_set: AmendmentSet, doc_kind: str, dated: dt.date | None = None
) -> AmendmentSet:
    """Number the Tờ trình (or Báo cáo) from the register, render it and forward the set to the Province."""
    if not can_consolidate(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới trình UBND tỉnh.")
    if doc_kind not in AmendmentSet.DocKind.values:
        raise ServiceError("Loại văn bản trình không hợp lệ.", field="doc_kind")
    dated = dated or timezone.localdate()
    number = number_take(year=dated.year, symbol=AmendmentSet.SYMBOLS[AmendmentSet.DocKind(doc_kind)])
    claimed = AmendmentSet.objects.filter(
        pk=amendment_set.pk, status=AmendmentSet.Status.CONSOLIDATED
    ).update(
        status=AmendmentSet.Status.SUBMITTED,
        doc_kind=doc_kind,
        number=number,
        number_year=dated.year,
        dated=dated,
    )
    if not claimed:
        raise Conflict("Đợt đề xuất này đã được trình.")
    amendment_set = AmendmentSet.objects.select_related("plan__document").get(pk=amendment_set.pk)
    content = render_submission_docx(submission_data(amendment_set))
    stem = f"{'to-trinh' if doc_kind == 'to_trinh' else 'bao-cao'}-{number:03d}-{dated.year}"
    amendment_set.docx.save(f"{stem}-sua-doi-ke-hoach.docx", ContentFile(content), save=True)
    _move(list(amendment_set.proposals.values_list("pk", flat=True)), Status.CONSOLIDATED, Status.SUBMITTED)
    audit.record(
        actor=actor,
        action="amendment_set.submit",
        target=amendment_set,
        extra={"number": amendment_set.number_text},
    )
    return amendment_set


@transaction.atomic(durable=True)
def amendment_set_decide(
    *,
    actor: Actor,
    amendment_set: AmendmentSet,
    accepted_ids: set[int],
    decision_number: str,
    decision_date: dt.date,
    note: str = "",
) -> AmendmentSet:
    """Record the Province's decision; the accepted proposals make the next plan version at once."""
    if not can_consolidate(actor):
        raise Forbidden("Chỉ cán bộ điều phối mới ghi nhận quyết định của UBND tỉnh.")
    if not decision_number.strip():
        raise ServiceError("Hãy ghi số văn bản quyết định của UBND tỉnh.", field="decision_number")
    claimed = AmendmentSet.objects.filter(pk=amendment_set.pk, status=AmendmentSet.Status.SUBMITTED).update(
        status=AmendmentSet.Status.DECIDED,
        decision_number=decision_number.strip()[:64],
        decision_date=decision_date,
        decision_note=note.strip(),
    )
    if not claimed:
        raise Conflict("Đợt đề xuất này chưa được trình hoặc đã có quyết định.")
    amendment_set = AmendmentSet.objects.select_related("plan__document").get(pk=amendment_set.pk)
    proposals = list(amendment_set.proposals.select_related("lead").order_by("ref", "id"))
    if not accepted_ids <= {p.pk for p in proposals}:
        raise Conflict("Có đề xuất không thuộc đợt này; hãy tải lại trang.")
    accepted = [p for p in proposals if p.pk in accepted_ids]
    _move([p.pk for p in accepted], Status.SUBMITTED, Status.ACCEPTED)
    _move([p.pk for p in proposals if p.pk not in accepted_ids], Status.SUBMITTED, Status.REJECTED)
    if accepted:
        amendment_set.result_plan = _apply(actor, amendment_set, accepted)
        amendment_set.save(update_fields=["result_plan", "updated_at"])
    audit.record(
        actor=actor,
        action="amendment_set.decide",
        target=amendment_set,
        extra={
            "decision": decision_number.strip(),
            "accepted": [p.ref for p in accepted],
            "rejected": [p.ref for p in proposals if p.pk not in accepted_ids],
            "new_version": amendment_set.result_plan.version if amendment_set.result_plan else None,
        },
    )
    return amendment_set


def _apply(actor: Actor, amendment_set: AmendmentSet, accepted: list[AmendmentProposal]) -> Plan:
    previous = Plan.objects.select_related("document").get(pk=amendment_set.plan_id)
    plan_writable_check(previous)  # a set made on a version since superseded cannot become the next one
    changes = [
        ItemChange(
            action=p.kind,
            ref=p.ref,
            text=p.text,
            deadline_text=p.deadline_text,
            deadline=p.deadline,
            lead=p.lead,
        )
        for p in accepted
    ]
    plan = plan_version_create(
        actor=actor,
        previous=previous,
        changes=changes,
        reason=f"{amendment_set.title} ({amendment_set.decision_number})",
    )
    _carry_anchors(previous, plan)
    decision = _decision_document(amendment_set)
    DocumentRelation.objects.get_or_create(
        source=decision, target=previous.document, kind=DocumentRelation.Kind.AMENDS
    )
    return plan


def _carry_anchors(previous: Plan, plan: Plan) -> None:
    """Items keep the newer document they continue under in the new version."""
    new_items = {i.ref: i for i in plan.items.only("ref")}
    ItemAnchor.objects.bulk_create(
        [
            ItemAnchor(item=new_items[a.item.ref], document_id=a.document_id, note=a.note)
            for a in ItemAnchor.objects.filter(item__plan=previous).select_related("item")
            if a.item.ref in new_items
        ]
    )


def _decision_document(amendment_set: AmendmentSet) -> Document:
    issuer = amendment_set.plan.document.issuer or province_profile().committee
    document = document_get_or_create(
        doc_type="Quyết định",
        number=amendment_set.decision_number,
        issuer=issuer,
        issued_on=amendment_set.decision_date,
        title=f"Điều chỉnh, bổ sung {amendment_set.plan.document.title}"[:1000],
    )
    return document
