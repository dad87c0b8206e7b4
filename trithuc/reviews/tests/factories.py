"""Review requests and panels built through the real services (the status flow and audit stay exact)."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from trithuc.agencies.models import Agency
from trithuc.core.permissions import SYSTEM
from trithuc.registry.models import Intellectual
from trithuc.registry.tests.factories import person
from trithuc.reviews import services
from trithuc.reviews.models import PanelMember, ReviewRequest


def review_request(title: str = "Đề án phát triển cây cà phê chất lượng cao", **values) -> ReviewRequest:
    today = timezone.localdate()
    values.setdefault("kind", ReviewRequest.Kind.CRITIQUE)
    values.setdefault("requesting_agency", Agency.objects.get(code="so-noi-vu"))
    values.setdefault("opinion_due", today + dt.timedelta(days=10))
    values.setdefault("deadline", today + dt.timedelta(days=20))
    values.setdefault("field_codes", ["401"])
    return services.request_create(actor=SYSTEM, title=title, **values)


def expert_person(user=None, name: str = "Lê Văn Chuyên", **values) -> Intellectual:
    """A registry person with a TS in crop science, working at the Union, linked to `user` if given."""
    values.setdefault("workplace_agency", Agency.objects.get(code="lhh"))
    values.setdefault("degrees", [{"kind": "TS", "year": 2015}])
    values.setdefault("fields", ["401"])
    return person(name, user=user, **values)


def panel(request: ReviewRequest, *, chair_user=None, reviewer_user=None) -> dict[str, PanelMember]:
    """Chair, reviewer and secretary invited, all accepted, and the request gathering opinions. The chair is
    `chair_user`'s registry record (made once per user)."""
    chair_person = (
        Intellectual.objects.filter(user=chair_user).first() if chair_user is not None else None
    ) or expert_person(chair_user, "Lê Văn Chủ")
    chair = services.member_add(actor=SYSTEM, request=request, person=chair_person, role="chair")
    reviewer_user = reviewer_user or _extra_expert(request.pk)
    reviewer = services.member_add(
        actor=SYSTEM, request=request, person=expert_person(reviewer_user, "Trần Thị Phản"), role="reviewer"
    )
    secretary = services.member_add(
        actor=SYSTEM, request=request, person=expert_person(None, "Phạm Văn Thư"), role="secretary"
    )
    for member in (chair, reviewer, secretary):
        services.member_answer(actor=SYSTEM, member=member, accept=True)
    services.consulting_start(actor=SYSTEM, request=request)
    request.refresh_from_db()
    return {"chair": chair, "reviewer": reviewer, "secretary": secretary}


def _extra_expert(n: int):
    from trithuc.agencies.models import Agency
    from trithuc.core.models import Membership
    from trithuc.core.tests.factories import UserFactory

    user = UserFactory(username=f"chuyengia{n}")
    Membership.objects.create(user=user, agency=Agency.objects.get(code="lhh"), role="expert")
    return user


def submit(
    member: PanelMember, text: str = "Đề án phù hợp quy hoạch; cần bổ sung đánh giá tác động môi trường."
):
    return services.opinion_save(
        actor=member.intellectual.user,
        member=member,
        verdict="changes",
        assessment=text,
        recommendations="Bổ sung đánh giá tác động môi trường.",
        submit=True,
    )


def docx_upload(name: str = "du-thao.docx") -> SimpleUploadedFile:
    import io

    from docx import Document

    out = io.BytesIO()
    doc = Document()
    doc.add_paragraph("Dự thảo đề án")
    doc.save(out)
    return SimpleUploadedFile(name, out.getvalue())
