"""Events workflow and permissions: drafts are private, kinds follow roles, the dialogue-to-task loop, participants
within the registry's rules, files through the upload checks."""

import datetime as dt

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from trithuc.agencies.models import Agency
from trithuc.core.errors import ServiceError
from trithuc.core.models import AuditEvent
from trithuc.events import selectors, services
from trithuc.events.models import Event, Recommendation
from trithuc.events.services import EventData
from trithuc.events.tests.factories import event, recommendation
from trithuc.registry.tests.factories import person

pytestmark = pytest.mark.django_db
NOON = dt.datetime(2026, 11, 20, 5, 0, tzinfo=dt.UTC)


def data(code="so-noi-vu", **values):
    values.setdefault("kind", Event.Kind.DISSEMINATION)
    values.setdefault("title", "Hội nghị quán triệt Kết luận 52")
    values.setdefault("start_on", dt.date(2026, 3, 10))
    values.setdefault("participants_total", 80)
    return EventData(organiser=Agency.objects.get(code=code), **values)


def test_reporter_records_a_draft_that_only_its_agency_sees_then_publishes(
    client, reporter_a, head_a, reporter_b, coordinator, agencies
):
    draft = services.event_save(actor=reporter_a, event=None, data=data(participants_female=50))
    assert draft.status == Event.Status.DRAFT and draft.created_by == reporter_a
    url = reverse("events:event_detail", args=[draft.pk])
    for outsider in (reporter_b, coordinator):
        client.force_login(outsider)
        assert client.get(url).status_code == 404
    client.force_login(head_a)
    assert client.get(url).status_code == 200
    client.force_login(reporter_a)
    assert client.post(reverse("events:event_publish", args=[draft.pk])).status_code == 302
    client.force_login(coordinator)
    page = client.get(url)
    assert page.status_code == 200 and "Đã công bố" in page.content.decode()
    assert AuditEvent.objects.filter(action="event.publish", target_id=str(draft.pk)).exists()


def test_reporter_cannot_record_a_dialogue_nor_for_another_agency(reporter_a, agencies):
    with pytest.raises(ServiceError, match="Liên hiệp các Hội"):
        services.event_save(actor=reporter_a, event=None, data=data(kind=Event.Kind.DIALOGUE))
    with pytest.raises(ServiceError, match="không ghi nhận sự kiện cho đơn vị này"):
        services.event_save(actor=reporter_a, event=None, data=data("so-gddt"))


def test_union_officer_records_a_contest_and_reporter_b_cannot_edit_it(union_officer, reporter_b, agencies):
    contest = services.event_save(
        actor=union_officer,
        event=None,
        data=data("lhh", kind=Event.Kind.CONTEST, title="Hội thi sáng tạo kỹ thuật", participants_total=None),
    )
    with pytest.raises(ServiceError):
        services.event_save(actor=reporter_b, event=contest, data=data("lhh", kind=Event.Kind.CONTEST))


def test_counts_must_fit_within_the_total_and_dates_in_order(reporter_a, agencies):
    with pytest.raises(ServiceError, match="Số nữ không được lớn hơn"):
        services.event_save(actor=reporter_a, event=None, data=data(participants_female=81))
    with pytest.raises(ServiceError, match="Ngày kết thúc"):
        services.event_save(actor=reporter_a, event=None, data=data(end_on=dt.date(2026, 3, 1)))


@time_machine.travel(NOON, tick=False)
def test_an_event_is_published_only_after_it_is_held_and_with_its_counts(reporter_a, agencies):
    future = services.event_save(actor=reporter_a, event=None, data=data(start_on=dt.date(2026, 12, 1)))
    with pytest.raises(ServiceError, match="chưa diễn ra"):
        services.event_publish(actor=reporter_a, event=future)
    uncounted = services.event_save(actor=reporter_a, event=None, data=data(participants_total=None))
    with pytest.raises(ServiceError, match="số người tham dự"):
        services.event_publish(actor=reporter_a, event=uncounted)


def test_a_published_event_cannot_be_deleted_but_a_draft_can(client, reporter_a, agencies):
    published = event("so-noi-vu")
    with pytest.raises(ServiceError, match="không xóa được"):
        services.event_delete(actor=reporter_a, event=published)
    draft = event("so-noi-vu", publish=False)
    client.force_login(reporter_a)
    assert "Bạn có chắc" in client.get(reverse("events:event_delete", args=[draft.pk])).content.decode()
    client.post(reverse("events:event_delete", args=[draft.pk]))
    assert not Event.objects.filter(pk=draft.pk).exists()


def test_expert_sees_no_events(client, expert, agencies):
    event("so-noi-vu")
    client.force_login(expert)
    assert client.get(reverse("events:event_list")).status_code == 404
    assert selectors.event_qs_visible_to(expert).count() == 0


@time_machine.travel(NOON, tick=False)
def test_dialogue_to_task_loop_answers_states_and_next_years_followup(
    client, union_officer, reporter_a, reporter_b, leader, agencies
):
    last = event("lhh", kind=Event.Kind.DIALOGUE, title="Đối thoại 2025", start_on=dt.date(2025, 10, 18))
    on_time = recommendation(last, "so-noi-vu", deadline=dt.date(2026, 3, 31), text="Nhà ở công vụ")
    late = recommendation(last, "so-noi-vu", deadline=dt.date(2026, 3, 31), text="Đặt hàng nhiệm vụ")
    overdue = recommendation(last, "so-gddt", deadline=dt.date(2026, 6, 30), text="Học bổng")
    waiting = recommendation(last, "so-gddt", deadline=dt.date(2027, 1, 31), text="Phòng thí nghiệm")
    with pytest.raises(ServiceError, match="Chỉ cơ quan được giao"):
        services.recommendation_answer(
            actor=reporter_b, recommendation=on_time, answer="Không phải việc của tôi"
        )
    services.recommendation_answer(
        actor=reporter_a,
        recommendation=on_time,
        answer="Đã trình UBND tỉnh",
        answered_on=dt.date(2026, 3, 20),
    )
    client.force_login(reporter_a)
    response = client.post(
        reverse("events:recommendation_answer", args=[late.pk]),
        {"answer": "Đã đặt hàng 4 nhiệm vụ", "answered_on": "2026-04-15"},
    )
    assert response.status_code == 302
    on = dt.date(2026, 11, 20)
    states = {r.pk: r.state(on) for r in Recommendation.objects.all()}
    assert states == {
        on_time.pk: "answered",
        late.pk: "answered_late",
        overdue.pk: "overdue",
        waiting.pk: "waiting",
    }
    this_year = event("lhh", kind=Event.Kind.DIALOGUE, title="Đối thoại 2026", start_on=dt.date(2026, 10, 17))
    assert selectors.previous_dialogue(this_year, leader) == last
    client.force_login(leader)
    detail = client.get(reverse("events:event_detail", args=[this_year.pk])).content.decode()
    assert reverse("events:dialogue_followup", args=[last.pk]) in detail
    page = client.get(reverse("events:dialogue_followup", args=[last.pk])).content.decode()
    assert "Đã trả lời (quá hạn)" in page and "Quá hạn, chưa trả lời" in page and "Đã trình UBND tỉnh" in page
    followup = selectors.dialogue_followup(last, on)
    assert (followup.total, followup.answered, followup.counts["overdue"]) == (4, 2, 1)


def test_recommendation_list_filters_overdue_for_the_answering_agency(client, reporter_b, agencies):
    dialogue = event("lhh", kind=Event.Kind.DIALOGUE, title="Đối thoại", start_on=dt.date(2025, 10, 18))
    recommendation(dialogue, "so-gddt", deadline=dt.date(2025, 12, 31), text="Học bổng cho sinh viên")
    recommendation(dialogue, "so-noi-vu", deadline=dt.date(2025, 12, 31), text="Nhà ở công vụ")
    client.force_login(reporter_b)
    gddt = agencies["so-gddt"].pk
    page = client.get(
        reverse("events:recommendation_list"), {"state": "overdue", "agency": gddt}
    ).content.decode()
    assert "Học bổng cho sinh viên" in page and "Nhà ở công vụ" not in page
    assert (
        reverse("events:recommendation_answer", args=[Recommendation.objects.get(text__startswith="Học").pk])
        in page
    )


def test_recommendations_only_at_dialogues_and_not_before_them(union_officer, agencies):
    contest = event("lhh", kind=Event.Kind.CONTEST, title="Hội thi")
    with pytest.raises(ServiceError, match="gặp mặt, đối thoại"):
        recommendation(contest)
    dialogue = event("lhh", kind=Event.Kind.DIALOGUE, title="Đối thoại", start_on=dt.date(2025, 10, 18))
    with pytest.raises(ServiceError, match="Hạn trả lời"):
        recommendation(dialogue, deadline=dt.date(2025, 1, 1))


def test_participants_follow_the_registry_rules_and_their_view_is_logged(
    client, reporter_a, union_officer, leader, agencies
):
    own = person("Trần Thị Mai", workplace_agency=agencies["so-noi-vu"])
    other = person("Lê Văn Hùng", workplace_agency=agencies["so-gddt"])
    conference = event("so-noi-vu")
    services.participant_add(actor=reporter_a, event=conference, person_id=own.pk)
    with pytest.raises(ServiceError, match="phạm vi bạn được xem"):
        services.participant_add(actor=reporter_a, event=conference, person_id=other.pk)
    with pytest.raises(ServiceError, match="đã có trong danh sách"):
        services.participant_add(actor=reporter_a, event=conference, person_id=own.pk)
    dialogue = event("lhh", kind=Event.Kind.DIALOGUE, title="Đối thoại")
    services.participant_add(actor=union_officer, event=dialogue, person_id=other.pk)

    client.force_login(leader)  # leaders read aggregates only (DESIGN §2)
    page = client.get(reverse("events:event_detail", args=[conference.pk])).content.decode()
    assert "Trần Thị Mai" not in page and "và 1 người khác" in page
    client.force_login(union_officer)
    page = client.get(reverse("events:event_detail", args=[conference.pk])).content.decode()
    assert "Trần Thị Mai" in page
    assert AuditEvent.objects.filter(
        action="events.participants.view", actor=union_officer, target_id=str(conference.pk)
    ).exists()


def test_participant_search_finds_only_people_the_editor_may_see(client, reporter_a, agencies):
    person("Nguyễn Văn Thành", workplace_agency=agencies["so-noi-vu"])
    person("Nguyễn Văn Thắng", workplace_agency=agencies["so-gddt"])
    conference = event("so-noi-vu")
    client.force_login(reporter_a)
    page = client.get(
        reverse("events:participant_manage", args=[conference.pk]), {"q": "nguyen van"}
    ).content.decode()
    assert "Nguyễn Văn Thành" in page and "Nguyễn Văn Thắng" not in page
    thanh = selectors.linkable_people(user=reporter_a, query="thanh")[0]
    client.post(reverse("events:participant_manage", args=[conference.pk]), {"person": thanh.pk})
    assert conference.participants.filter(person=thanh).exists()


def test_contest_winner_linked_to_the_registry(client, union_officer, agencies):
    winner = person("Phạm Quốc Bảo", workplace_agency=agencies["so-khcn"])
    contest = event("lhh", kind=Event.Kind.CONTEST, title="Hội thi sáng tạo kỹ thuật")
    services.participant_add(actor=union_officer, event=contest, person_id=winner.pk)
    client.force_login(union_officer)
    form = client.get(reverse("events:prize_add", args=[contest.pk])).content.decode()
    assert "Phạm Quốc Bảo" in form
    client.post(
        reverse("events:prize_add", args=[contest.pk]),
        {
            "rank": "Giải Nhất",
            "entry_title": "Máy sấy cà phê",
            "winner_name": "Phạm Quốc Bảo",
            "person": winner.pk,
        },
    )
    prize = contest.prizes.get()
    assert prize.person == winner
    page = client.get(reverse("events:event_detail", args=[contest.pk])).content.decode()
    assert "Máy sấy cà phê" in page and reverse("registry:person_detail", args=[winner.pk]) in page


def test_files_go_through_the_upload_checks_and_are_served_to_readers(client, reporter_a, leader, agencies):
    conference = event("so-noi-vu")
    renamed = SimpleUploadedFile("bien-ban.pdf", b"MZ\x90\x00 executable", content_type="application/pdf")
    with pytest.raises(ServiceError, match="chương trình đổi tên"):
        services.file_add(actor=reporter_a, event=conference, upload=renamed, kind="minutes")
    client.force_login(reporter_a)
    good = SimpleUploadedFile("bien-ban.pdf", b"%PDF-1.4 bien ban", content_type="application/pdf")
    client.post(
        reverse("events:file_upload", args=[conference.pk]), {"kind": "minutes", "title": "", "upload": good}
    )
    stored = conference.files.get()
    client.force_login(leader)
    response = client.get(reverse("events:file_download", args=[stored.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")


def test_event_list_filters_by_kind_year_and_plan_item(client, coordinator, seed_plan):
    event("so-noi-vu", title="Quán triệt 2020", start_on=dt.date(2020, 5, 12))
    event("so-vhttdl", kind=Event.Kind.MEDIA, title="Tuyên truyền 2026", start_on=dt.date(2026, 1, 5))
    client.force_login(coordinator)
    page = client.get(reverse("events:event_list"), {"kind": "media", "year": 2026}).content.decode()
    assert "Tuyên truyền 2026" in page and "Quán triệt 2020" not in page
    item = seed_plan.items.get(ref="III.7.b")
    event("lhh", kind=Event.Kind.DIALOGUE, title="Đối thoại hằng năm", plan_item=item)
    page = client.get(reverse("events:event_list"), {"muc": "III.7.b"}).content.decode()
    assert "Đối thoại hằng năm" in page and "Tuyên truyền 2026" not in page


@pytest.mark.parametrize("figure", ["1e20", "2147483648", "100000000000000000000", "-1"])
def test_a_count_too_large_for_the_database_is_refused_on_the_page(client, reporter_a, agencies, figure):
    """#16 low: 1e20 or 2^31 participants gave a 500 on /su-kien/moi/."""
    client.force_login(reporter_a)
    form = {
        "kind": Event.Kind.DISSEMINATION,
        "title": "Hội nghị quán triệt",
        "organiser": Agency.objects.get(code="so-noi-vu").pk,
        "start_on": "10/03/2026",
        "participants_total": figure,
        "articles": 0,
        "broadcasts": 0,
    }
    page = client.post(reverse("events:event_create"), form)
    assert page.status_code == 200 and not Event.objects.exists()
    assert "số nguyên" in page.content.decode().lower()


def test_the_service_refuses_a_count_beyond_its_bound(reporter_a, agencies):
    with pytest.raises(ServiceError, match="từ 0 đến 10.000.000"):
        services.event_save(actor=reporter_a, event=None, data=data(participants_total=2**31))
