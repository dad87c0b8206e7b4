"""Every change of a review: permission check, state claim, save, audit row, in one durable transaction.

Status flow: mới → đang lập hội đồng → đang lấy ý kiến → đã kết luận → đã gửi → đã phản hồi. Each step claims the
row with a conditional update, so a double click cannot run a step twice.
"""

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.agencies.selectors import province_profile
from trithuc.core import audit
from trithuc.core.actors import Actor, actor_user
from trithuc.core.errors import Conflict, Forbidden, ServiceError
from trithuc.core.text import shorten
from trithuc.core.uploads import upload_check
from trithuc.documents.services import number_take
from trithuc.registry.models import Intellectual, StField
from trithuc.reviews import rules
from trithuc.reviews.exports import ConclusionData, render_conclusion_docx
from trithuc.reviews.models import (
    Conclusion,
    Opinion,
    PanelMember,
    Recommendation,
    ReviewDocument,
    ReviewRequest,
)
from trithuc.reviews.permissions import (
    can_add_document,
    can_answer_invitation,
    can_create_request,
    can_manage,
    can_respond_recommendation,
    can_write_opinion,
    is_union_officer,
    requester_agency_ids,
)
from trithuc.reviews.selectors import expert_facts, request_facts

Status = ReviewRequest.Status
FILE_EXTENSIONS = {".pdf", ".doc", ".docx", ".odt", ".xls", ".xlsx", ".zip"}
SYMBOLS = {Conclusion.Form.REPORT: "BC-LHH", Conclusion.Form.LETTER: "LHH-TVPB"}


def _claim(request: ReviewRequest, to: str) -> None:
    """Move the status forward only from where the caller saw it; refuse anything else."""
    if to not in ReviewRequest.ALLOWED_TRANSITIONS.get(Status(request.status), set()):
        raise ServiceError(f"Đề nghị đang ở bước “{request.get_status_display()}”, không chuyển được.")
    if not ReviewRequest.objects.filter(pk=request.pk, status=request.status).update(
        status=to, updated_at=timezone.now()
    ):
        raise Conflict("Đề nghị vừa được người khác thay đổi; hãy tải lại trang.")
    request.status = to


def _check_file(upload: UploadedFile[bytes], field: str, label: str) -> None:
    upload_check(
        upload, allowed=FILE_EXTENSIONS, max_bytes=settings.EVIDENCE_MAX_BYTES, field=field, label=label
    )


@transaction.atomic(durable=True)
def request_create(
    *,
    actor: Actor,
    kind: str,
    title: str,
    requesting_agency: Agency,
    opinion_due: dt.date,
    deadline: dt.date,
    subject: str = ReviewRequest.Subject.PROJECT,
    project_code: str = "",
    description: str = "",
    owner_agency: Agency | None = None,
    owner_name: str = "",
    field_codes: list[str] | None = None,
    plan: Any = None,
) -> ReviewRequest:
    """The Union registers a request from any agency; an agency's reporter or head asks for their own agency.
    `plan`, when given, is the plan in force that tasks made from the accepted recommendations join."""
    if not can_create_request(actor) or not (
        is_union_officer(actor) or requesting_agency.pk in requester_agency_ids(actor)
    ):
        raise Forbidden("Bạn chỉ gửi được đề nghị của đơn vị mình.", field="requesting_agency")
    if not title.strip():
        raise ServiceError("Hãy nêu tên chính sách, chương trình hoặc dự án.", field="title")
    if opinion_due > deadline:
        raise ServiceError("Hạn gửi ý kiến phải trước hạn trả lời cơ quan đề nghị.", field="opinion_due")
    if deadline < timezone.localdate() and actor is not None and getattr(actor, "is_authenticated", False):
        raise ServiceError("Hạn trả lời đã qua.", field="deadline")
    if plan is not None and not plan.in_force:
        raise ServiceError(
            "Kế hoạch đã chọn không còn hiệu lực; hãy chọn kế hoạch đang hiệu lực.", field="plan"
        )
    fields = list(StField.objects.filter(code__in=field_codes or []))
    if not fields:
        raise ServiceError("Hãy chọn ít nhất một lĩnh vực KH&CN để đề xuất chuyên gia.", field="fields")
    request = ReviewRequest(
        kind=kind,
        subject=subject,
        title=title.strip(),
        project_code=project_code.strip(),
        description=description.strip(),
        requesting_agency=requesting_agency,
        owner_agency=owner_agency,
        owner_name=owner_name.strip(),
        plan=plan,
        opinion_due=opinion_due,
        deadline=deadline,
        created_by=actor_user(actor),
    )
    request.full_clean()
    request.save()
    request.fields.set(fields)
    audit.record(
        actor=actor,
        action="review.create",
        target=request,
        agency=requesting_agency,
        after={
            "kind": kind,
            "title": request.title,
            "deadline": deadline.isoformat(),
            "fields": field_codes,
            "plan": plan.code if plan is not None else None,
        },
    )
    return request


@transaction.atomic(durable=True)
def document_add(
    *, actor: Actor, request: ReviewRequest, name: str, upload: UploadedFile[bytes]
) -> ReviewDocument:
    if not can_add_document(actor, request):
        raise Forbidden("Bạn không được thêm tài liệu vào đề nghị này.")
    _check_file(upload, "upload", "Tài liệu")
    document = ReviewDocument(request=request, name=(name or upload.name or "").strip()[:255])
    document.uploaded_by = actor_user(actor)
    document.file = upload
    document.save()
    audit.record(actor=actor, action="review.document", target=request, extra={"name": document.name})
    return document


@transaction.atomic(durable=True)
def member_add(
    *, actor: Actor, request: ReviewRequest, person: Intellectual, role: str, override_reason: str = ""
) -> PanelMember:
    """Invite a registry person. A conflict of interest stops the choice unless the officer writes why anyway."""
    if not can_manage(actor, request):
        raise Forbidden("Chỉ cán bộ Liên hiệp các Hội mới lập hội đồng.")
    if request.status not in (Status.NEW, Status.FORMING, Status.CONSULTING):
        raise ServiceError("Hội đồng đã kết luận, không thêm thành viên được.")
    if person.kind != Intellectual.Kind.INTELLECTUAL or person.is_restricted:
        raise ServiceError("Người này không thể được mời vào hội đồng.")
    if request.members.filter(intellectual=person).exists():
        raise ServiceError("Người này đã có trong hội đồng.")
    if (
        role in (PanelMember.Role.CHAIR, PanelMember.Role.SECRETARY)
        and request.members.filter(role=role).exists()
    ):
        raise ServiceError(f"Hội đồng đã có {PanelMember.Role(role).label.lower()}.", field="role")
    found = rules.conflicts_of(
        expert_facts([person], exclude_request=request.pk)[person.pk], request_facts(request)
    )
    if found and not override_reason.strip():
        raise ServiceError(
            "Xung đột lợi ích: " + " ".join(c.message for c in found) + " Nêu lý do nếu vẫn mời.",
            field="override_reason",
        )
    if request.status == Status.NEW:
        _claim(request, Status.FORMING)
    member = PanelMember.objects.create(
        request=request,
        intellectual=person,
        name=person.display_name,
        workplace=person.workplace[:255],
        role=role,
        conflicts=[c.message for c in found],
        conflict_override=override_reason.strip() if found else "",
    )
    audit.record(
        actor=actor,
        action="review.member_add",
        target=request,
        extra={"person": person.pk, "role": role, "conflicts": member.conflicts, "override": override_reason},
    )
    return member


@transaction.atomic(durable=True)
def member_remove(*, actor: Actor, member: PanelMember) -> None:
    """Only before the member has written anything: a submitted opinion stays part of the record."""
    if not can_manage(actor, member.request):
        raise Forbidden("Chỉ cán bộ Liên hiệp các Hội mới sửa hội đồng.")
    if member.request.status not in (Status.NEW, Status.FORMING, Status.CONSULTING):
        raise ServiceError("Hội đồng đã kết luận, không bớt thành viên được.")
    if Opinion.objects.filter(member=member).exists():
        raise ServiceError("Thành viên đã viết ý kiến, không bớt được.")
    audit.record(
        actor=actor,
        action="review.member_remove",
        target=member.request,
        extra={"person": member.intellectual_id, "role": member.role},
    )
    member.delete()


@transaction.atomic(durable=True)
def member_answer(*, actor: Actor, member: PanelMember, accept: bool, reason: str = "") -> PanelMember:
    if not can_answer_invitation(actor, member):
        raise Forbidden("Bạn không trả lời thay được thành viên này.")
    if member.request.status not in (Status.FORMING, Status.CONSULTING):
        raise ServiceError("Đề nghị không còn nhận trả lời lời mời.")
    if not accept and not reason.strip():
        raise ServiceError("Hãy nêu lý do từ chối.", field="reason")
    status = PanelMember.Status.ACCEPTED if accept else PanelMember.Status.DECLINED
    claimed = PanelMember.objects.filter(pk=member.pk, status=PanelMember.Status.INVITED).update(
        status=status, responded_at=timezone.now(), decline_reason="" if accept else reason.strip()[:500]
    )
    if not claimed:
        raise Conflict("Lời mời này đã được trả lời.")
    member.refresh_from_db()
    audit.record(
        actor=actor,
        action="review.member_answer",
        target=member.request,
        extra={"member": member.pk, "answer": status},
    )
    return member


@transaction.atomic(durable=True)
def consulting_start(*, actor: Actor, request: ReviewRequest) -> ReviewRequest:
    """The panel is complete enough to work: a chair, a secretary and at least one reviewer who have not declined."""
    if not can_manage(actor, request):
        raise Forbidden("Chỉ cán bộ Liên hiệp các Hội mới bắt đầu lấy ý kiến.")
    roles = set(request.members.exclude(status=PanelMember.Status.DECLINED).values_list("role", flat=True))
    if roles != {PanelMember.Role.CHAIR, PanelMember.Role.REVIEWER, PanelMember.Role.SECRETARY}:
        raise ServiceError("Hội đồng cần có chủ tịch, thư ký và ít nhất một ủy viên phản biện chưa từ chối.")
    _claim(request, Status.CONSULTING)
    audit.record(actor=actor, action="review.consulting", target=request)
    return request


@transaction.atomic(durable=True)
def opinion_save(
    *,
    actor: Actor,
    member: PanelMember,
    verdict: str,
    assessment: str,
    recommendations: str = "",
    upload: UploadedFile[bytes] | None = None,
    submit: bool = False,
) -> Opinion:
    """The member's own opinion: saved as a draft, or submitted (then fixed). Late opinions are accepted and shown
    as late: the Union decides whether to wait."""
    if not can_write_opinion(actor, member):
        raise Forbidden("Chỉ thành viên hội đồng mới viết ý kiến của mình.")
    member.refresh_from_db()
    if member.status != PanelMember.Status.ACCEPTED:
        raise Conflict("Hãy nhận lời tham gia hội đồng trước khi gửi ý kiến.")
    if member.request.status != Status.CONSULTING:
        raise Conflict("Hội đồng không ở bước lấy ý kiến.")
    opinion = Opinion.objects.select_for_update().filter(member=member).first() or Opinion(member=member)
    if opinion.is_submitted:
        raise Conflict("Ý kiến đã gửi, không sửa được.")
    if verdict not in Opinion.Verdict.values:
        raise ServiceError("Hãy chọn đánh giá chung.", field="verdict")
    if submit and not assessment.strip() and upload is None and not opinion.file:
        raise ServiceError("Hãy viết nhận xét hoặc tải lên tệp ý kiến.", field="assessment")
    if upload is not None:
        _check_file(upload, "upload", "Tệp ý kiến")
        opinion.file = upload
    opinion.verdict, opinion.assessment = verdict, assessment.strip()
    opinion.recommendations = recommendations.strip()
    if submit:
        opinion.submitted_at = timezone.now()
    opinion.save()
    audit.record(
        actor=actor,
        action="review.opinion_submit" if submit else "review.opinion_draft",
        target=member.request,
        extra={"member": member.pk, "verdict": verdict},
    )
    return opinion


def conclusion_data(
    *,
    request: ReviewRequest,
    form: str,
    number_text: str,
    dated: dt.date,
    summary: str,
    recommendations: list[str],
    signer_name: str,
) -> ConclusionData:
    members = request.members.exclude(status=PanelMember.Status.DECLINED)
    province = province_profile()
    order = {PanelMember.Role.CHAIR: 0, PanelMember.Role.REVIEWER: 1, PanelMember.Role.SECRETARY: 2}
    panel = tuple(
        (m.name, m.get_role_display().lower(), m.workplace)
        for m in sorted(members, key=lambda m: (order[PanelMember.Role(m.role)], m.pk))
    )
    return ConclusionData(
        form=form,
        number_text=number_text,
        dated=dated,
        kind_label=request.get_kind_display(),
        title=request.title,
        requesting_agency=request.requesting_agency.name,
        owner=request.owner,
        panel=panel,
        opinions_in=Opinion.objects.filter(member__request=request, submitted_at__isnull=False).count(),
        summary=summary,
        recommendations=tuple(recommendations),
        signer_name=signer_name,
        place=province.date_place,
        issuer_parent=province.committee_letterhead,
        department=province.department_name,
    )


@transaction.atomic(durable=True)
def conclusion_issue(
    *,
    actor: Actor,
    request: ReviewRequest,
    form: str,
    summary: str,
    recommendations: list[str],
    signer_name: str,
    dated: dt.date | None = None,
) -> Conclusion:
    """Numbered from the Union's outgoing register (one counter per year and symbol), rendered and stored."""
    if not can_manage(actor, request):
        raise Forbidden("Chỉ cán bộ Liên hiệp các Hội mới ban hành kết luận.")
    if not Opinion.objects.filter(member__request=request, submitted_at__isnull=False).exists():
        raise ServiceError("Chưa có ý kiến nào của thành viên hội đồng.")
    if not summary.strip():
        raise ServiceError("Hãy viết ý kiến kết luận.", field="summary")
    if not signer_name.strip():
        raise ServiceError("Hãy ghi người ký.", field="signer_name")
    if form not in Conclusion.Form.values:
        raise ServiceError("Hãy chọn hình thức văn bản.", field="form")
    lines = [line.strip() for line in recommendations if line.strip()]
    _claim(request, Status.CONCLUDED)
    dated = dated or timezone.localdate()
    symbol = SYMBOLS[Conclusion.Form(form)]
    number = number_take(year=dated.year, symbol=symbol)
    data = conclusion_data(
        request=request,
        form=form,
        number_text=f"{number}/{symbol}",
        dated=dated,
        summary=summary.strip(),
        recommendations=lines,
        signer_name=signer_name.strip(),
    )
    conclusion = Conclusion(
        request=request,
        form=form,
        summary=summary.strip(),
        signer_name=signer_name.strip(),
        number=number,
        symbol=symbol,
        dated=dated,
        issued_by=actor_user(actor),
    )
    prefix = "bao-cao" if form == Conclusion.Form.REPORT else "cong-van"
    conclusion.docx.save(
        f"{prefix}-{number:03d}-{symbol}-{dated.year}.docx",
        ContentFile(render_conclusion_docx(data)),
        save=False,
    )
    conclusion.save()
    Recommendation.objects.bulk_create(
        Recommendation(request=request, position=n, text=text) for n, text in enumerate(lines, start=1)
    )
    audit.record(
        actor=actor,
        action="review.conclude",
        target=request,
        agency=request.requesting_agency,
        extra={"number": conclusion.number_text, "recommendations": len(lines)},
    )
    return conclusion


@transaction.atomic(durable=True)
def conclusion_send(*, actor: Actor, request: ReviewRequest) -> ReviewRequest:
    """Recorded as sent; the requesting agency's reporters and head get an e-mail after the commit."""
    if not can_manage(actor, request):
        raise Forbidden("Chỉ cán bộ Liên hiệp các Hội mới gửi kết luận.")
    _claim(request, Status.SENT)
    Conclusion.objects.filter(request=request).update(sent_at=timezone.now())
    audit.record(actor=actor, action="review.send", target=request, agency=request.requesting_agency)
    transaction.on_commit(lambda: _mail_agency(request))
    return request


def _mail_agency(request: ReviewRequest) -> None:
    from django.contrib.auth import get_user_model
    from django.core.mail import send_mail

    from trithuc.reviews.permissions import AGENCY_ROLES

    users = (
        get_user_model()
        .objects.filter(
            memberships__agency=request.requesting_agency, memberships__role__in=AGENCY_ROLES, is_active=True
        )
        .exclude(email="")
    )
    emails = sorted({u.email for u in users})
    if emails:
        send_mail(
            subject=f"[TriThuc] Kết quả {request.get_kind_display().lower()}: {shorten(request.title, 80)}",
            message=(
                f"Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh đã gửi kết quả {request.get_kind_display().lower()} "
                f"đối với {request.title}. Đề nghị đơn vị phản hồi việc tiếp thu từng kiến nghị trên hệ thống "
                "TriThuc.\n\nTrân trọng,\nHệ thống TriThuc\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=emails,
        )


@transaction.atomic(durable=True)
def recommendation_respond(
    *, actor: Actor, recommendation: Recommendation, response: str, note: str = ""
) -> Recommendation:
    """The agency's answer to one recommendation; once every one is answered the request is answered."""
    request = recommendation.request
    if not can_respond_recommendation(actor, request):
        raise Forbidden("Chỉ cơ quan đề nghị (hoặc Liên hiệp các Hội ghi thay) mới phản hồi kiến nghị.")
    if response not in (
        Recommendation.Response.ACCEPTED,
        Recommendation.Response.PARTIAL,
        Recommendation.Response.REJECTED,
    ):
        raise ServiceError("Hãy chọn tiếp thu, tiếp thu một phần hoặc không tiếp thu.", field="response")
    if response != Recommendation.Response.ACCEPTED and not note.strip():
        raise ServiceError("Hãy giải trình khi không tiếp thu đầy đủ.", field="note")
    if recommendation.task_id and response == Recommendation.Response.REJECTED:
        raise ServiceError(
            "Kiến nghị đã thành nhiệm vụ, không đổi thành không tiếp thu được.", field="response"
        )
    before = {"response": recommendation.response, "note": recommendation.response_note}
    recommendation.response, recommendation.response_note = response, note.strip()
    recommendation.responded_at = timezone.now()
    recommendation.responded_by = actor_user(actor)
    recommendation.save()
    audit.record(
        actor=actor,
        action="review.respond",
        target=request,
        agency=request.requesting_agency,
        before=before,
        after={
            "recommendation": recommendation.position,
            "response": response,
            "note": recommendation.response_note,
        },
    )
    pending = request.recommendations.filter(response=Recommendation.Response.PENDING).exists()
    if request.status == Status.SENT and not pending:
        _claim(request, Status.ANSWERED)
    return recommendation


TASK_SECTION_REF = "TVPB"
TASK_SECTION_TEXT = "Nhiệm vụ từ kiến nghị tư vấn, phản biện và giám định xã hội đã được tiếp thu"


def can_make_task(user: Any) -> bool:
    """The Union, which tracks the follow-up, and the coordinating department, which owns the plan."""
    from trithuc.reporting.permissions import is_plan_coordinator

    return is_union_officer(user) or (getattr(user, "is_authenticated", False) and is_plan_coordinator(user))


def task_plan(request: ReviewRequest) -> Any:
    """The version in force of the plan the request names, or None when it names none or that plan is no longer
    in force (then the coordinator chooses one)."""
    from trithuc.plans.selectors import plan_in_force

    if request.plan is None:
        return None
    plan = plan_in_force(request.plan)
    return plan if plan.in_force else None


@transaction.atomic(durable=True)
def recommendation_task_create(
    *, actor: Actor, recommendation: Recommendation, agency: Agency, deadline: dt.date, plan: Any = None
) -> Any:
    """An accepted recommendation becomes a task, led by `agency`, under a section of its own (ref TVPB.n) so the
    plan shows where it came from; the recommendation keeps a link to it.

    The task joins the plan the review's request names; when it names none (or that plan is no longer in force),
    the plan the coordinator chose (`plan`), which the request then names for its other recommendations. Never a
    plan picked by default: many are in force at once."""
    from trithuc.plans.models import PlanItem
    from trithuc.plans.selectors import plan_in_force
    from trithuc.plans.services.items import plan_item_create

    if not can_make_task(actor):
        raise Forbidden("Chỉ cán bộ Liên hiệp các Hội hoặc cán bộ điều phối mới giao nhiệm vụ.")
    recommendation = Recommendation.objects.select_for_update().get(pk=recommendation.pk)
    if not recommendation.can_become_task:
        raise Conflict("Chỉ kiến nghị đã được tiếp thu và chưa thành nhiệm vụ mới giao được.")
    if deadline < timezone.localdate():
        raise ServiceError("Hạn hoàn thành đã qua.", field="deadline")
    request = ReviewRequest.objects.select_related("plan").get(pk=recommendation.request_id)
    named = task_plan(request)
    if named is not None:
        if plan is not None and plan.document_id != named.document_id:
            raise ServiceError(
                f"Đề nghị này gắn với kế hoạch {named.code}; nhiệm vụ từ kiến nghị được giao vào kế hoạch đó.",
                field="plan",
            )
        plan = named
    elif plan is None:
        raise ServiceError(
            "Hãy chọn kế hoạch nhận nhiệm vụ: đề nghị này chưa gắn với kế hoạch đang hiệu lực.", field="plan"
        )
    else:
        plan = plan_in_force(plan)
        if not plan.in_force:
            raise ServiceError(
                "Kế hoạch đã chọn không còn hiệu lực; hãy chọn kế hoạch đang hiệu lực.", field="plan"
            )
        before = request.plan.code if request.plan else None
        ReviewRequest.objects.filter(pk=request.pk).update(plan=plan, updated_at=timezone.now())
        audit.record(
            actor=actor,
            action="review.plan",
            target=request,
            agency=request.requesting_agency,
            before={"plan": before},
            after={"plan": plan.code},
        )
    section = plan.items.filter(ref=TASK_SECTION_REF).first() or plan_item_create(
        actor=actor, plan=plan, ref=TASK_SECTION_REF, kind=PlanItem.Kind.SECTION, text=TASK_SECTION_TEXT
    )
    count = plan.items.filter(parent=section).count()
    number = request.conclusion.number_text
    item = plan_item_create(
        actor=actor,
        plan=plan,
        parent=section,
        ref=f"{TASK_SECTION_REF}.{count + 1}",
        text=f"{recommendation.text} (theo kiến nghị số {recommendation.position} tại văn bản số {number} của "
        f"Liên hiệp các Hội KH&KT tỉnh về {request.get_kind_display().lower()} {request.title})",
        deadline=deadline,
        deadline_text=f"trước ngày {deadline:%d/%m/%Y}",
        leads=[agency],
    )
    recommendation.task = item
    recommendation.save(update_fields=["task", "updated_at"])
    audit.record(
        actor=actor,
        action="review.task_create",
        target=item,
        agency=agency,
        after={
            "ref": item.ref,
            "plan": plan.code,
            "deadline": deadline.isoformat(),
            "review": request.pk,
            "recommendation": recommendation.pk,
        },
    )
    return item


REMIND_BEFORE_DAYS = 3


def reminder_lines(*, on: dt.date) -> list[tuple[PanelMember, str]]:
    """Members whose opinion is due within REMIND_BEFORE_DAYS or overdue (pure read; sending is separate)."""
    from trithuc.reviews.selectors import seats_due

    out = []
    for seat in seats_due(on=on, before_days=REMIND_BEFORE_DAYS):
        request = seat.member.request
        due = f"{request.opinion_due:%d/%m/%Y}"
        if seat.days_left >= 0:
            text = f"Ý kiến của ông/bà về “{request.title}” cần gửi trước ngày {due} (còn {seat.days_left} ngày)."
        else:
            text = f"Ý kiến của ông/bà về “{request.title}” đã quá hạn {-seat.days_left} ngày (hạn {due}); đề nghị gửi sớm."
        out.append((seat.member, text))
    return out


def reminders_send(*, on: dt.date | None = None) -> int:
    """One e-mail per member per day (a ReminderLog row claims it, so a rerun sends nothing twice), as the
    reporting reminders do."""
    from django.core.mail import send_mail
    from django.db import IntegrityError

    from trithuc.reviews.models import ReminderLog

    on = on or timezone.localdate()
    sent = 0
    for member, text in reminder_lines(on=on):
        person = member.intellectual
        if person is None:
            continue  # erased from the registry: no address to write to
        email = (person.user.email if person.user else "") or person.email
        if not email:
            continue
        try:
            with transaction.atomic():
                ReminderLog.objects.create(member=member, day=on, text=text)
                send_mail(
                    subject=f"[TriThuc] Nhắc gửi ý kiến {member.request.get_kind_display().lower()}",
                    message=f"Kính gửi {member.name},\n\n{text}\n\nTrân trọng,\nLiên hiệp các Hội KH&KT tỉnh\n",
                    from_email=settings.DEFAULT_FROM_EMAIL,
                    recipient_list=[email],
                )
        except IntegrityError:
            continue
        sent += 1
    return sent
