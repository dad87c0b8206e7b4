"""The review from request to the agency's answer, through the services, with the rules each step keeps."""

import datetime as dt
import io

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from docx import Document

from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.core.permissions import SYSTEM
from trithuc.plans.models import PlanItem
from trithuc.plans.selectors import PlanSnapshot
from trithuc.reviews import services
from trithuc.reviews.models import Conclusion, PanelMember, ReminderLog, ReviewRequest
from trithuc.reviews.selectors import panel_candidates
from trithuc.reviews.tests.factories import docx_upload, expert_person, panel, review_request, submit

pytestmark = pytest.mark.django_db


def _docx_text(field) -> str:
    with field.open("rb") as f:
        doc = Document(io.BytesIO(f.read()))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def _conclude(request, members, *, form="report", lines=("Bổ sung đánh giá tác động môi trường.",)):
    submit(members["chair"])
    return services.conclusion_issue(
        actor=SYSTEM,
        request=request,
        form=form,
        summary="Hội đồng tán thành đề án.\nĐề nghị chỉnh sửa, bổ sung trước khi trình.",
        recommendations=list(lines),
        signer_name="Nguyễn Văn Chủ Tịch",
        dated=dt.date(2026, 3, 5),
    )


def test_reporter_creates_a_request_for_own_agency_only(reference, reporter_a, agencies):
    today = timezone.localdate()
    kwargs = dict(
        kind="critique", title="Dự án thủy lợi", opinion_due=today, deadline=today, field_codes=["401"]
    )
    request = services.request_create(actor=reporter_a, requesting_agency=agencies["so-noi-vu"], **kwargs)
    assert request.status == ReviewRequest.Status.NEW
    assert AuditEvent.objects.filter(action="review.create", target_id=str(request.pk)).exists()
    with pytest.raises(ServiceError):
        services.request_create(actor=reporter_a, requesting_agency=agencies["so-gddt"], **kwargs)


@pytest.mark.parametrize("role", ["coordinator", "leader", "registry_officer", "expert", "administrator"])
def test_other_roles_cannot_create_requests(reference, request, agencies, role):
    today = timezone.localdate()
    with pytest.raises(ServiceError):
        services.request_create(
            actor=request.getfixturevalue(role),
            kind="consult",
            title="Chính sách",
            requesting_agency=agencies["so-khcn"],
            opinion_due=today,
            deadline=today,
            field_codes=["401"],
        )


def test_request_needs_fields_and_opinions_before_the_deadline(reference, union_officer, agencies):
    today = timezone.localdate()
    base = dict(
        actor=union_officer, kind="consult", title="Chính sách", requesting_agency=agencies["so-gddt"]
    )
    with pytest.raises(ServiceError, match="lĩnh vực"):
        services.request_create(**base, opinion_due=today, deadline=today, field_codes=[])
    with pytest.raises(ServiceError, match="Hạn gửi ý kiến"):
        services.request_create(
            **base, opinion_due=today + dt.timedelta(days=2), deadline=today, field_codes=["401"]
        )


def test_candidates_rank_field_fit_first_and_flag_conflicts(reference, agencies):
    request = review_request(owner_agency=agencies["so-nnptnt"])
    fit = expert_person(name="Nguyễn Văn Trồng", degrees=[{"kind": "ThS"}])
    professor_elsewhere = expert_person(
        name="Trần Văn Giáo", fields=["503"], degrees=[{"kind": "TS"}], titles=[{"kind": "GS"}]
    )
    insider = expert_person(
        name="Lê Thị Nội", workplace_agency=agencies["so-noi-vu"], degrees=[{"kind": "TSKH"}]
    )
    owner_staff = expert_person(name="Phạm Văn Chủ", workplace_agency=agencies["so-nnptnt"])
    ranked = panel_candidates(request=request)
    names = [c.person.full_name for c in ranked]
    assert names.index("Nguyễn Văn Trồng") < names.index("Lê Thị Nội")  # conflicted people come last
    assert "Trần Văn Giáo" not in names  # another field group entirely
    flagged = {c.person.pk: [x.code for x in c.conflicts] for c in ranked}
    assert flagged[insider.pk] == ["requester"]
    assert flagged[owner_staff.pk] == ["owner"]
    assert flagged[fit.pk] == []
    assert professor_elsewhere.pk in {
        c.person.pk for c in panel_candidates(request=request, q="tran van giao")
    }


def test_conflicted_expert_needs_a_written_reason(reference, union_officer, agencies):
    request = review_request()
    insider = expert_person(name="Lê Thị Nội", workplace_agency=agencies["so-noi-vu"])
    with pytest.raises(ServiceError, match="Xung đột lợi ích") as error:
        services.member_add(actor=union_officer, request=request, person=insider, role="reviewer")
    assert error.value.field == "override_reason"
    member = services.member_add(
        actor=union_officer,
        request=request,
        person=insider,
        role="reviewer",
        override_reason="Chuyên gia duy nhất",
    )
    assert member.conflicts == ["Công tác tại cơ quan đề nghị tư vấn, phản biện."]
    request.refresh_from_db()
    assert request.status == ReviewRequest.Status.FORMING


def test_second_request_on_the_same_project_flags_earlier_panel_members(reference, union_officer):
    first = review_request(project_code="DA-07")
    veteran = expert_person(name="Võ Văn Cựu")
    services.member_add(actor=union_officer, request=first, person=veteran, role="reviewer")
    second = review_request("Đề án cà phê (bản sửa đổi)", project_code="da-07")
    flagged = {c.person.pk: [x.code for x in c.conflicts] for c in panel_candidates(request=second)}
    assert flagged[veteran.pk] == ["reviewed"]


def test_only_union_officers_build_panels(reference, coordinator, reporter_a):
    request = review_request()
    for actor in (coordinator, reporter_a):
        with pytest.raises(ServiceError):
            services.member_add(actor=actor, request=request, person=expert_person(), role="chair")


def test_one_chair_per_panel(reference, union_officer):
    request = review_request()
    services.member_add(
        actor=union_officer, request=request, person=expert_person(name="A Một"), role="chair"
    )
    with pytest.raises(ServiceError, match="chủ tịch"):
        services.member_add(
            actor=union_officer, request=request, person=expert_person(name="B Hai"), role="chair"
        )


def test_panel_needs_chair_secretary_and_reviewer_to_start(reference, union_officer):
    request = review_request()
    services.member_add(
        actor=union_officer, request=request, person=expert_person(name="A Một"), role="chair"
    )
    with pytest.raises(ServiceError, match="thư ký"):
        services.consulting_start(actor=union_officer, request=request)


def test_expert_accepts_or_declines_own_invitation_once(reference, union_officer, expert, reporter_a):
    request = review_request()
    member = services.member_add(
        actor=union_officer, request=request, person=expert_person(expert), role="reviewer"
    )
    with pytest.raises(ServiceError):
        services.member_answer(actor=reporter_a, member=member, accept=True)
    with pytest.raises(ServiceError, match="lý do"):
        services.member_answer(actor=expert, member=member, accept=False)
    services.member_answer(actor=expert, member=member, accept=False, reason="Bận công tác nước ngoài")
    member.refresh_from_db()
    assert member.status == PanelMember.Status.DECLINED
    with pytest.raises(ServiceError, match="đã được trả lời"):
        services.member_answer(actor=expert, member=member, accept=True)


def test_only_the_member_writes_their_opinion_and_only_once(running, union_officer):
    request, members = running
    chair = members["chair"]
    with pytest.raises(ServiceError):
        services.opinion_save(
            actor=union_officer, member=chair, verdict="agree", assessment="Tốt", submit=True
        )
    with pytest.raises(ServiceError):
        services.opinion_save(
            actor=members["reviewer"].intellectual.user, member=chair, verdict="agree", assessment="Tốt"
        )
    draft = services.opinion_save(
        actor=chair.intellectual.user, member=chair, verdict="agree", assessment="Nháp"
    )
    assert not draft.is_submitted
    opinion = services.opinion_save(
        actor=chair.intellectual.user,
        member=chair,
        verdict="agree",
        assessment="",
        upload=docx_upload("y-kien.docx"),
        submit=True,
    )
    assert opinion.is_submitted and opinion.file
    with pytest.raises(ServiceError, match="đã gửi"):
        services.opinion_save(actor=chair.intellectual.user, member=chair, verdict="agree", assessment="Sửa")


def test_renamed_executable_is_refused_as_an_opinion_file(running):
    from django.core.files.uploadedfile import SimpleUploadedFile

    _, members = running
    chair = members["chair"]
    with pytest.raises(ServiceError, match="chương trình"):
        services.opinion_save(
            actor=chair.intellectual.user,
            member=chair,
            verdict="agree",
            assessment="x",
            upload=SimpleUploadedFile("y-kien.pdf", b"MZ\x90\x00rest"),
        )


def test_conclusion_needs_an_opinion(running, union_officer):
    request, _ = running
    with pytest.raises(ServiceError, match="Chưa có ý kiến"):
        services.conclusion_issue(
            actor=union_officer,
            request=request,
            form="report",
            summary="x",
            recommendations=[],
            signer_name="A",
        )


def test_conclusion_report_docx_in_decree_30_layout(running):
    request, members = running
    conclusion = _conclude(request, members)
    assert conclusion.number_text == "1/BC-LHH"
    text = _docx_text(conclusion.docx)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH",
        "Số: 1/BC-LHH",
        "Lâm Đồng, ngày 05 tháng 3 năm 2026",
        "BÁO CÁO",
        "Kết quả phản biện đối với Đề án phát triển cây cà phê chất lượng cao",
        "TS. Lê Văn Chủ, chủ tịch hội đồng",
        "1. Bổ sung đánh giá tác động môi trường.",
        "Đề nghị chỉnh sửa, bổ sung trước khi trình.",
        "Nguyễn Văn Chủ Tịch",
        "Sở Nội vụ",
    ):
        assert expected in text, expected
    request.refresh_from_db()
    assert request.status == ReviewRequest.Status.CONCLUDED
    assert request.recommendations.count() == 1


def test_letter_takes_its_own_number_series_and_a_subject_line(running, reference):
    request, members = running
    conclusion = _conclude(request, members, form="letter")
    assert conclusion.symbol == "LHH-TVPB" and conclusion.number == 1
    text = _docx_text(conclusion.docx)
    assert "V/v kết quả phản biện" in text and "Kính gửi: Sở Nội vụ." in text
    assert "BÁO CÁO" not in text


def test_numbers_follow_the_register(running, expert):
    request, members = running
    _conclude(request, members)
    other = review_request("Chính sách hỗ trợ nông nghiệp công nghệ cao")
    other_panel = panel(other)
    assert _conclude(other, {"chair": other_panel["reviewer"]}).number == 2


def test_agency_answers_each_recommendation_then_request_is_answered(
    running, union_officer, reporter_a, reporter_b, django_capture_on_commit_callbacks
):
    request, members = running
    _conclude(request, members, lines=("Bổ sung đánh giá môi trường.", "Làm rõ nguồn vốn."))
    first, second = request.recommendations.order_by("position")
    with pytest.raises(ServiceError):  # not sent yet
        services.recommendation_respond(actor=reporter_a, recommendation=first, response="accepted")
    reporter_a.email = "noivu@example.com"
    reporter_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        services.conclusion_send(actor=union_officer, request=request)
    assert mail.outbox and "noivu@example.com" in mail.outbox[-1].to
    with pytest.raises(ServiceError):
        services.recommendation_respond(actor=reporter_b, recommendation=first, response="accepted")
    with pytest.raises(ServiceError, match="giải trình"):
        services.recommendation_respond(actor=reporter_a, recommendation=second, response="rejected")
    services.recommendation_respond(actor=reporter_a, recommendation=first, response="accepted")
    request.refresh_from_db()
    assert request.status == ReviewRequest.Status.SENT
    services.recommendation_respond(
        actor=reporter_a, recommendation=second, response="rejected", note="Nguồn vốn đã được phê duyệt."
    )
    request.refresh_from_db()
    assert request.status == ReviewRequest.Status.ANSWERED


def test_accepted_recommendation_becomes_a_plan_task_in_one_step(
    running, union_officer, reporter_a, seed_plan, agencies
):
    request, members = running
    _conclude(request, members)
    services.conclusion_send(actor=union_officer, request=request)
    rec = request.recommendations.get()
    deadline = timezone.localdate() + dt.timedelta(days=90)
    with pytest.raises(ServiceError, match="tiếp thu"):
        services.recommendation_task_create(
            actor=union_officer, recommendation=rec, agency=agencies["so-noi-vu"], deadline=deadline
        )
    services.recommendation_respond(actor=reporter_a, recommendation=rec, response="accepted")
    with pytest.raises(ServiceError):
        services.recommendation_task_create(
            actor=reporter_a, recommendation=rec, agency=agencies["so-noi-vu"], deadline=deadline
        )
    item = services.recommendation_task_create(
        actor=union_officer,
        recommendation=rec,
        agency=agencies["so-noi-vu"],
        deadline=deadline,
        plan=seed_plan,
    )
    assert item.plan == seed_plan and item.ref == "TVPB.1" and item.parent.ref == "TVPB"
    assert "kiến nghị số 1 tại văn bản số 1/BC-LHH" in item.text
    rec.refresh_from_db()
    assert rec.task == item
    snapshot = PlanSnapshot.load(seed_plan)
    assert snapshot.responsible(item)(deadline) == {agencies["so-noi-vu"].pk}
    assert AuditEvent.objects.filter(action="review.task_create", target_id=str(item.pk)).exists()
    with pytest.raises(ServiceError):  # one task per recommendation
        services.recommendation_task_create(
            actor=union_officer, recommendation=rec, agency=agencies["so-noi-vu"], deadline=deadline
        )
    assert PlanItem.objects.filter(plan=seed_plan, ref__startswith="TVPB").count() == 2


@pytest.mark.parametrize("query", ["bo sung danh gia", "Bổ sung đánh giá", "TVPB"])
def test_task_from_a_recommendation_is_found_by_the_task_search_with_or_without_tones(
    client, running, union_officer, reporter_a, coordinator, seed_plan, agencies, query
):
    request, members = running
    _conclude(request, members)
    services.conclusion_send(actor=union_officer, request=request)
    rec = request.recommendations.get()
    services.recommendation_respond(actor=reporter_a, recommendation=rec, response="accepted")
    item = services.recommendation_task_create(
        actor=union_officer,
        recommendation=rec,
        agency=agencies["so-noi-vu"],
        deadline=timezone.localdate() + dt.timedelta(days=90),
        plan=seed_plan,
    )
    client.force_login(coordinator)
    page = client.get(reverse("plans:task_list"), {"q": query})
    assert page.status_code == 200
    assert item.get_absolute_url() in page.content.decode()


def test_a_step_cannot_run_twice(running, union_officer):
    request, members = running
    stale = ReviewRequest.objects.get(pk=request.pk)
    _conclude(request, members)
    with pytest.raises(ServiceError):
        services.conclusion_issue(
            actor=union_officer,
            request=stale,
            form="report",
            summary="x",
            recommendations=[],
            signer_name="A",
        )
    assert Conclusion.objects.filter(request=request).count() == 1


def test_reminders_go_to_members_without_an_opinion_once_a_day(running, expert):
    request, members = running
    expert.email = "chutich@example.com"
    expert.save()
    submit(members["reviewer"])
    day = request.opinion_due - dt.timedelta(days=2)
    assert services.reminders_send(on=day - dt.timedelta(days=5)) == 0  # not due soon yet
    assert (
        services.reminders_send(on=day) == 1
    )  # the chair; the secretary has no address, the reviewer is done
    assert "còn 2 ngày" in mail.outbox[-1].body and mail.outbox[-1].to == ["chutich@example.com"]
    assert services.reminders_send(on=day) == 0
    assert services.reminders_send(on=request.opinion_due + dt.timedelta(days=3)) == 1
    assert "quá hạn 3 ngày" in mail.outbox[-1].body
    assert ReminderLog.objects.count() == 2


def test_reminder_task_runs_the_service(running, expert):
    from trithuc.reviews.tasks import reminders_send_task

    request, _ = running
    expert.email = "chutich@example.com"
    expert.save()
    result = reminders_send_task.enqueue(day=request.opinion_due.isoformat())
    assert result.return_value == 1


def test_agency_adds_documents_until_the_panel_works(reference, reporter_a, reporter_b):
    request = review_request()
    services.document_add(actor=reporter_a, request=request, name="Dự thảo", upload=docx_upload())
    with pytest.raises(ServiceError):
        services.document_add(actor=reporter_b, request=request, name="Dự thảo", upload=docx_upload())
    assert request.documents.count() == 1


def test_member_with_an_opinion_cannot_be_removed(running, union_officer):
    _, members = running
    submit(members["chair"])
    with pytest.raises(ServiceError):
        services.member_remove(actor=union_officer, member=members["chair"])
    services.member_remove(actor=union_officer, member=members["secretary"])
    assert not PanelMember.objects.filter(pk=members["secretary"].pk).exists()


def test_page_links_the_task_in_the_plans_current_version(
    running, union_officer, reporter_a, seed_plan, agencies
):
    from trithuc.plans.models import Plan
    from trithuc.reviews.selectors import request_recommendations

    request, members = running
    _conclude(request, members)
    services.conclusion_send(actor=union_officer, request=request)
    rec = request.recommendations.get()
    services.recommendation_respond(actor=reporter_a, recommendation=rec, response="accepted")
    old = services.recommendation_task_create(
        actor=union_officer,
        recommendation=rec,
        agency=agencies["so-noi-vu"],
        deadline=timezone.localdate() + dt.timedelta(days=30),
        plan=seed_plan,
    )
    # An amendment makes version 2 and copies the items (done by hand here: only the copy matters).
    Plan.objects.filter(pk=seed_plan.pk).update(is_current=False)
    newer = Plan.objects.create(
        code=seed_plan.code, document=seed_plan.document, version=2, previous=seed_plan, is_current=True
    )
    copy = PlanItem.objects.create(plan=newer, ref=old.ref, position=1, kind=old.kind, text=old.text)
    assert [r.current_task for r in request_recommendations(request)] == [copy]


def test_reminder_command_enqueues_the_days_reminders(running, expert):
    from django.core.management import call_command

    request, _ = running
    expert.email = "chutich@example.com"
    expert.save()
    call_command("review_reminders", day=request.opinion_due.isoformat())
    assert [m.to for m in mail.outbox] == [["chutich@example.com"]]


def test_person_erased_from_the_registry_keeps_the_seat_by_name(running, union_officer):
    from trithuc.registry.services import person_delete

    request, members = running
    _conclude(request, members)
    person_delete(actor=SYSTEM, person=members["secretary"].intellectual)
    seat = PanelMember.objects.get(pk=members["secretary"].pk)
    assert seat.intellectual is None and seat.name == "TS. Phạm Văn Thư"
    assert seat.account_id is None


def test_task_page_names_the_review_it_came_from(
    client, running, union_officer, reporter_a, reporter_b, seed_plan, agencies
):
    request, members = running
    _conclude(request, members)
    services.conclusion_send(actor=union_officer, request=request)
    rec = request.recommendations.get()
    services.recommendation_respond(actor=reporter_a, recommendation=rec, response="accepted")
    item = services.recommendation_task_create(
        actor=union_officer,
        recommendation=rec,
        agency=agencies["so-noi-vu"],
        deadline=timezone.localdate() + dt.timedelta(days=30),
        plan=seed_plan,
    )
    review_url = reverse("reviews:request_detail", args=[request.pk])
    client.force_login(reporter_a)  # the requesting agency may open the review
    page = client.get(item.get_absolute_url()).content.decode()
    assert "Giao từ kiến nghị 1 của hồ sơ phản biện" in page and review_url in page
    client.force_login(reporter_b)  # another agency reads the task, but the review is not theirs
    page = client.get(item.get_absolute_url()).content.decode()
    assert request.title in page and review_url not in page
    other = seed_plan.items.get(ref="III.2.a")
    assert "hồ sơ phản biện" not in client.get(other.get_absolute_url()).content.decode()
