"""Permission rules seen through the pages and the API: who reads which opinions, and a request made by a form."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from trithuc.api.services import api_token_create
from trithuc.core.permissions import SYSTEM
from trithuc.reviews import services
from trithuc.reviews.models import ReviewRequest
from trithuc.reviews.tests.factories import _extra_expert, expert_person, panel, review_request, submit

pytestmark = pytest.mark.django_db
SECRET = "Nhận xét mật của hội đồng khác"


@pytest.fixture
def other_panel(reference):
    """A request of Sở GD&ĐT whose panel the `expert` fixture does not sit on, with a submitted opinion."""
    from trithuc.agencies.models import Agency

    request = review_request("Đề án giáo dục STEM", requesting_agency=Agency.objects.get(code="so-gddt"))
    seats = panel(request, chair_user=_extra_expert(900))
    submit(seats["chair"], SECRET)
    return request, seats


def _api(client, user, path):
    raw = api_token_create(actor=user, name="kiểm thử")[1]
    return client.get(path, HTTP_AUTHORIZATION=f"Bearer {raw}")


def test_expert_cannot_read_another_panels_request_or_opinions(client, running, other_panel, expert):
    other, seats = other_panel
    client.force_login(expert)
    assert client.get(reverse("reviews:request_detail", args=[other.pk])).status_code == 404
    assert client.get(reverse("reviews:opinion_file", args=[seats["chair"].pk])).status_code == 404
    assert client.get(reverse("reviews:opinion_edit", args=[seats["chair"].pk])).status_code == 404
    listing = client.get(reverse("reviews:request_list")).content.decode()
    assert running[0].title in listing and other.title not in listing
    assert _api(client, expert, f"/api/v1/reviews/requests/{other.pk}").status_code == 404
    ids = [r["id"] for r in _api(client, expert, "/api/v1/reviews/requests").json()["items"]]
    assert ids == [running[0].pk]


def test_reviewer_reads_only_own_opinion_while_chair_reads_the_panels(client, running, expert):
    request, seats = running
    submit(seats["chair"], "Ý kiến của chủ tịch hội đồng")
    submit(seats["reviewer"], "Ý kiến của ủy viên phản biện")
    client.force_login(seats["reviewer"].intellectual.user)
    page = client.get(reverse("reviews:request_detail", args=[request.pk])).content.decode()
    assert "Ý kiến của ủy viên phản biện" in page and "Ý kiến của chủ tịch hội đồng" not in page
    client.force_login(expert)  # the chair
    page = client.get(reverse("reviews:request_detail", args=[request.pk])).content.decode()
    assert "Ý kiến của ủy viên phản biện" in page and "Ý kiến của chủ tịch hội đồng" in page
    panel_json = _api(
        client, seats["reviewer"].intellectual.user, f"/api/v1/reviews/requests/{request.pk}"
    ).json()
    assessments = {m["role"]: m["assessment"] for m in panel_json["panel"]}
    assert assessments == {"chair": None, "reviewer": "Ý kiến của ủy viên phản biện", "secretary": None}


def test_agency_reads_opinions_and_conclusion_only_once_sent(client, running, reporter_a, union_officer):
    request, seats = running
    submit(seats["chair"], "Ý kiến của chủ tịch hội đồng")
    client.force_login(reporter_a)
    url = reverse("reviews:request_detail", args=[request.pk])
    assert "Ý kiến của chủ tịch hội đồng" not in client.get(url).content.decode()
    services.conclusion_issue(
        actor=union_officer,
        request=request,
        form="report",
        summary="Tán thành có điều kiện.",
        recommendations=["Bổ sung số liệu."],
        signer_name="Nguyễn Văn A",
    )
    assert client.get(reverse("reviews:conclusion_download", args=[request.pk])).status_code == 404
    request.refresh_from_db()
    services.conclusion_send(actor=union_officer, request=request)
    page = client.get(url).content.decode()
    assert "Ý kiến của chủ tịch hội đồng" in page and "Tán thành có điều kiện." in page
    response = client.get(reverse("reviews:conclusion_download", args=[request.pk]))
    assert response.status_code == 200 and response["Content-Disposition"].endswith('.docx"')


def test_leader_reads_conclusions_but_no_opinions(client, running, leader, union_officer):
    request, seats = running
    client.force_login(leader)
    assert client.get(reverse("reviews:request_detail", args=[request.pk])).status_code == 404
    submit(seats["chair"], "Ý kiến của chủ tịch hội đồng")
    services.conclusion_issue(
        actor=union_officer,
        request=request,
        form="letter",
        summary="Kết luận của Liên hiệp.",
        recommendations=[],
        signer_name="Nguyễn Văn A",
    )
    page = client.get(reverse("reviews:request_detail", args=[request.pk])).content.decode()
    assert "Kết luận của Liên hiệp." in page and "Ý kiến của chủ tịch hội đồng" not in page


def test_union_officer_creates_a_request_and_sees_ranked_candidates(
    client, reference, union_officer, agencies
):
    expert_person(name="Nguyễn Thị Lúa", degrees=[{"kind": "TS"}], titles=[{"kind": "PGS"}])
    expert_person(name="Trần Văn Nội", workplace_agency=agencies["so-gddt"])
    client.force_login(union_officer)
    today = timezone.localdate()
    response = client.post(
        reverse("reviews:request_create"),
        {
            "kind": "critique",
            "subject": "project",
            "title": "Dự án trường phổ thông dân tộc nội trú",
            "requesting_agency": agencies["so-gddt"].pk,
            "fields": ["401"],
            "opinion_due": (today + dt.timedelta(days=7)).isoformat(),
            "deadline": (today + dt.timedelta(days=14)).isoformat(),
        },
    )
    request = ReviewRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "reviews:request_detail", args=[request.pk]
    )
    page = client.get(reverse("reviews:panel_candidates", args=[request.pk])).content.decode()
    assert page.index("PGS.TS. Nguyễn Thị Lúa") < page.index("Trần Văn Nội")
    assert "Công tác tại cơ quan đề nghị" in page


def test_reporter_can_only_ask_for_own_agency(client, reference, reporter_a, agencies):
    client.force_login(reporter_a)
    form = client.get(reverse("reviews:request_create")).context["form"]
    assert list(form.fields["requesting_agency"].queryset) == [agencies["so-noi-vu"]]


def test_expert_answers_the_invitation_and_writes_an_opinion_in_the_browser_forms(client, reference, expert):
    request = review_request()
    member = services.member_add(actor=SYSTEM, request=request, person=expert_person(expert), role="reviewer")
    client.force_login(expert)
    client.post(reverse("reviews:member_answer", args=[member.pk]), {"accept": "1"})
    member.refresh_from_db()
    assert member.status == "accepted"
    services.member_add(actor=SYSTEM, request=request, person=expert_person(name="A Chủ"), role="chair")
    services.member_add(actor=SYSTEM, request=request, person=expert_person(name="B Thư"), role="secretary")
    services.consulting_start(actor=SYSTEM, request=request)
    response = client.post(
        reverse("reviews:opinion_edit", args=[member.pk]),
        {"verdict": "agree", "assessment": "Đề án khả thi.", "recommendations": "", "submit": "1"},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.opinion.is_submitted and member.opinion.assessment == "Đề án khả thi."


def test_registry_officer_has_no_review_pages(client, running, registry_officer):
    client.force_login(registry_officer)
    assert client.get(reverse("reviews:request_list")).status_code == 404
    assert client.get(reverse("reviews:request_detail", args=[running[0].pk])).status_code == 404


def test_administrator_reads_reviews_in_the_admin_but_cannot_change_them(client, running, administrator):
    client.force_login(administrator)
    assert client.get(reverse("admin:reviews_reviewrequest_changelist")).status_code == 200
    assert client.get(reverse("admin:reviews_reviewrequest_add")).status_code == 403


def test_what_the_user_acts_on_comes_first(client, running, expert, union_officer):
    """#15.5: the panel member's own part (write the opinion) and the Union's steps sit above the request's
    particulars, documents and the panel's table."""
    request, _seats = running
    url = reverse("reviews:request_detail", args=[request.pk])
    client.force_login(expert)  # the chair, seat accepted, the panel consulting
    page = client.get(url).content.decode()
    mine = page.split('id="my-review-actions"')[1].split("</section>")[0]
    assert "Viết ý kiến" in mine and page.index('id="my-review-actions"') < page.index("<dl>")
    client.force_login(union_officer)
    page = client.get(url).content.decode()
    union = page.split('id="union-review-actions"')[1].split("</section>")[0]
    assert "Viết kết luận" in union and page.index('id="union-review-actions"') < page.index("<dl>")


def test_the_panel_page_says_what_the_panel_lacks_first_and_folds_the_weaker_candidates(
    client, reference, union_officer
):
    """#15.5: the Union sees first which roles are missing (or the next step once the panel is whole); the ten
    best-fitting candidates stand open, the others are folded; a search by name shows all it found."""
    request = review_request()
    people = [expert_person(None, f"Nguyễn Văn Ứng Viên {n:02d}") for n in range(12)]
    services.member_add(actor=SYSTEM, request=request, person=people[0], role="chair")
    client.force_login(union_officer)
    url = reverse("reviews:panel_candidates", args=[request.pk])
    page = client.get(url).content.decode()
    todo = page.split('id="panel-actions"')[1].split("</section>")[0]
    assert "Còn thiếu" in todo and "Ủy viên phản biện, Thư ký" in todo and "Chủ tịch" not in todo
    assert page.index('id="panel-actions"') < page.index('id="candidates"')
    shown = page.split('id="candidates"')[1].split("</table>")[0]
    folded = page.split('id="candidates-more"')[1].split("</details>")[0]
    assert shown.count("<tr>") == 1 + 10 and folded.count("<tr>") == 1 + 1  # header + rows
    searched = client.get(url, {"q": "ung vien"}).content.decode()
    assert 'id="candidates-more"' not in searched
    assert searched.split('id="candidates"')[1].split("</table>")[0].count("<tr>") == 1 + 11
    services.member_add(actor=SYSTEM, request=request, person=people[1], role="reviewer")
    services.member_add(actor=SYSTEM, request=request, person=people[2], role="secretary")
    request.refresh_from_db()
    todo = client.get(url).content.decode().split('id="panel-actions"')[1].split("</section>")[0]
    assert "Hội đồng đã đủ." in todo
    assert request.status == "forming" and "Bắt đầu lấy ý kiến" in todo
