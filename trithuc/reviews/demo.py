"""Demo reviews: one finished (conclusion issued and sent, the agency's answers, one recommendation made a task)
and one running (panel partly accepted, some opinions in) on which the demo expert `chuyengia` sits.

Idempotent: each request is made once, found again by its title. Panel members are the best-fitting registry
people without a conflict of interest. Their opinions are written here directly (the generated people have no
accounts to write them); every other step goes through the services, with the system as actor.
"""

import datetime as dt

from django.contrib.auth import get_user_model
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.plans.seed import seed_plan_in_force
from trithuc.registry.models import Intellectual
from trithuc.reviews import services
from trithuc.reviews.models import Conclusion, Opinion, PanelMember, ReviewRequest
from trithuc.reviews.selectors import panel_candidates

FINISHED = (
    "Đề án thu hút, trọng dụng nhân tài và phát triển đội ngũ trí thức tỉnh Lâm Đồng giai đoạn 2026-2030"
)
RUNNING = "Dự án ứng dụng công nghệ cao trong sản xuất rau, hoa tại Đà Lạt và vùng phụ cận"
FINISHED_OPINIONS = [
    ("agree", "Đề án được xây dựng công phu, bám sát Kết luận số 52-KL/TW và Nghị quyết số 45-NQ/TW; các nhóm "
     "giải pháp phù hợp với thực tiễn của tỉnh sau hợp nhất.",
     "Bổ sung cơ chế đánh giá hiệu quả sử dụng nhân tài sau thu hút.\nLàm rõ nguồn kinh phí thực hiện hằng năm."),
    ("changes", "Chính sách hỗ trợ một lần chưa đủ hấp dẫn so với các tỉnh lân cận; cần gắn với nhà ở, môi trường "
     "làm việc và cơ hội phát triển nghề nghiệp.",
     "Bổ sung chính sách hỗ trợ nhà ở công vụ cho trí thức trẻ về công tác tại vùng sâu, vùng xa."),
    ("changes", "Đề nghị bổ sung số liệu về trí thức người dân tộc thiểu số và chỉ tiêu riêng cho nhóm này.",
     "Đặt chỉ tiêu thu hút trí thức người dân tộc thiểu số đến năm 2030."),
]  # fmt: skip
FINISHED_RECOMMENDATIONS = [
    "Bổ sung cơ chế đánh giá hiệu quả sử dụng nhân tài sau thu hút, định kỳ hằng năm.",
    "Bổ sung chính sách hỗ trợ nhà ở công vụ cho trí thức trẻ về công tác tại vùng sâu, vùng xa.",
    "Đặt chỉ tiêu thu hút trí thức người dân tộc thiểu số đến năm 2030.",
    "Làm rõ nguồn kinh phí thực hiện hằng năm trong dự toán ngân sách tỉnh.",
]
ANSWERS = [
    ("accepted", "Đã bổ sung tại Mục IV của Đề án."),
    (
        "partial",
        "Tiếp thu đối với các xã vùng đặc biệt khó khăn; các địa bàn khác áp dụng chính sách hiện hành.",
    ),
    ("accepted", "Đã bổ sung chỉ tiêu 15% trong tổng số trí thức được thu hút."),
    (
        "rejected",
        "Kinh phí đã được bố trí trong kế hoạch tài chính 5 năm, không cần quy định riêng trong Đề án.",
    ),
]


def reviews_demo_setup() -> int:
    """Returns how many requests were created this run (0 on a second run)."""
    created = 0
    for title, build in ((FINISHED, _finished), (RUNNING, _running)):
        if not ReviewRequest.objects.filter(title=title).exists():
            try:
                build()
            except Exception:
                # Each step is its own durable transaction: remove a half-built request so a rerun starts again.
                ReviewRequest.objects.filter(title=title).delete()
                raise
            created += 1
    return created


def _pick(request: ReviewRequest, count: int, exclude: set[int]) -> list[Intellectual]:
    people = [
        c.person for c in panel_candidates(request=request, limit=count + len(exclude) + 5) if not c.conflicts
    ]
    return [p for p in people if p.pk not in exclude][:count]


def _at(day: dt.date, hour: int) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, 0)))


def _write_opinion(
    member: PanelMember, verdict: str, assessment: str, recommendations: str, on: dt.date
) -> None:
    services.member_answer(actor=SYSTEM, member=member, accept=True)
    stamp = timezone.make_aware(dt.datetime.combine(on, dt.time(15, 30)))
    Opinion.objects.create(
        member=member,
        verdict=verdict,
        assessment=assessment,
        recommendations=recommendations,
        submitted_at=stamp,
    )


def _finished() -> None:
    today = timezone.localdate()
    noi_vu = Agency.objects.get(code="so-noi-vu")
    request = services.request_create(
        actor=SYSTEM,
        kind=ReviewRequest.Kind.CRITIQUE,
        subject=ReviewRequest.Subject.PROGRAMME,
        title=FINISHED,
        project_code="DA-NT-2026",
        description="Sở Nội vụ đề nghị Liên hiệp các Hội phản biện dự thảo Đề án trước khi trình UBND tỉnh.",
        requesting_agency=noi_vu,
        owner_agency=noi_vu,
        plan=seed_plan_in_force(),  # its accepted recommendations become tasks of the Kết luận 52 plan
        opinion_due=today - dt.timedelta(days=50),
        deadline=today - dt.timedelta(days=40),
        field_codes=["502", "503", "504"],
    )
    people = _pick(request, 4, set())
    roles = ["chair", "reviewer", "reviewer", "secretary"]
    members = [
        services.member_add(actor=SYSTEM, request=request, person=p, role=r)
        for p, r in zip(people, roles, strict=False)
    ]
    services.member_answer(actor=SYSTEM, member=members[-1], accept=True)
    services.consulting_start(actor=SYSTEM, request=request)
    for member, opinion in zip(members[:3], FINISHED_OPINIONS, strict=False):
        _write_opinion(member, *opinion, on=today - dt.timedelta(days=52))
    request.refresh_from_db()
    services.conclusion_issue(
        actor=SYSTEM,
        request=request,
        form="report",
        summary="Hội đồng phản biện tán thành sự cần thiết và mục tiêu của Đề án.\n"
        "Đề nghị Sở Nội vụ tiếp thu các kiến nghị dưới đây, hoàn thiện Đề án trước khi trình UBND tỉnh.",
        recommendations=FINISHED_RECOMMENDATIONS,
        signer_name="Nguyễn Văn Khoa",
        dated=today - dt.timedelta(days=45),
    )
    request.refresh_from_db()
    services.conclusion_send(actor=SYSTEM, request=request)
    for rec, (response, note) in zip(request.recommendations.order_by("position"), ANSWERS, strict=True):
        services.recommendation_respond(actor=SYSTEM, recommendation=rec, response=response, note=note)
    # A believable history: sent the day after signing, answered three weeks later.
    signed = today - dt.timedelta(days=45)
    Conclusion.objects.filter(request=request).update(sent_at=_at(signed + dt.timedelta(days=1), 9))
    request.recommendations.update(responded_at=_at(signed + dt.timedelta(days=21), 14))
    first = request.recommendations.get(position=1)
    services.recommendation_task_create(
        actor=SYSTEM, recommendation=first, agency=noi_vu, deadline=dt.date(today.year, 12, 31)
    )


def _running() -> None:
    today = timezone.localdate()
    request = services.request_create(
        actor=SYSTEM,
        kind=ReviewRequest.Kind.CONSULT,
        subject=ReviewRequest.Subject.PROJECT,
        title=RUNNING,
        description="Tư vấn về công nghệ nhà kính, quy trình canh tác và tác động môi trường của dự án.",
        requesting_agency=Agency.objects.get(code="so-nnmt"),
        owner_name="Công ty cổ phần Nông nghiệp công nghệ cao Langbiang",
        opinion_due=today + dt.timedelta(days=2),
        deadline=today + dt.timedelta(days=15),
        field_codes=["401", "406"],
    )
    user = get_user_model().objects.filter(username="chuyengia").first()
    expert = Intellectual.objects.filter(user=user).first() if user else None
    exclude = {expert.pk} if expert else set()
    people = _pick(request, 4 if expert is None else 3, exclude)
    chair, reviewers, secretary = (expert or people.pop(0)), people[:-1], people[-1]
    chair_seat = services.member_add(actor=SYSTEM, request=request, person=chair, role="chair")
    services.member_answer(actor=SYSTEM, member=chair_seat, accept=True)
    seats = [services.member_add(actor=SYSTEM, request=request, person=p, role="reviewer") for p in reviewers]
    secretary_seat = services.member_add(actor=SYSTEM, request=request, person=secretary, role="secretary")
    services.member_answer(actor=SYSTEM, member=secretary_seat, accept=True)
    services.consulting_start(actor=SYSTEM, request=request)
    _write_opinion(
        seats[0],
        "changes",
        "Giải pháp nhà kính phù hợp khí hậu Đà Lạt; cần đánh giá kỹ lượng nước tưới và xử lý bao bì thuốc bảo vệ "
        "thực vật.",
        "Bổ sung phương án thu gom, xử lý bao bì thuốc bảo vệ thực vật.",
        on=today - dt.timedelta(days=1),
    )
    # the other reviewers have not answered yet: the panel is partly accepted
