import pytest
from django.contrib.auth import get_user_model

from trithuc.core.models import Membership
from trithuc.reviews.demo import FINISHED, RUNNING, reviews_demo_setup
from trithuc.reviews.models import Opinion, PanelMember, ReviewRequest
from trithuc.reviews.tests.factories import expert_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry_people(reference, agencies):
    user = get_user_model().objects.create(username="chuyengia")
    Membership.objects.create(user=user, agency=agencies["lhh"], role="expert")
    expert_person(user, "K'Sor H'Hen")
    for n, (name, fields) in enumerate(
        [
            ("Nguyễn Văn An", ["502"]),
            ("Trần Thị Bình", ["503"]),
            ("Lê Văn Cường", ["504"]),
            ("Phạm Thị Dung", ["502"]),
            ("Hoàng Văn Em", ["401"]),
            ("Vũ Thị Giang", ["406"]),
            ("Đặng Văn Hải", ["401"]),
            ("Bùi Thị Hoa", ["401"]),
        ]
    ):
        expert_person(name=name, fields=fields, degrees=[{"kind": "TS" if n % 2 else "ThS"}])
    return user


def test_demo_holds_a_finished_and_a_running_review_and_is_idempotent(registry_people, seed_plan):
    assert reviews_demo_setup() == 2
    finished = ReviewRequest.objects.get(title=FINISHED)
    assert finished.status == ReviewRequest.Status.ANSWERED
    assert finished.conclusion.docx and finished.conclusion.sent_at
    assert finished.recommendations.exclude(response="").count() == 4
    task = finished.recommendations.get(position=1).task
    assert task is not None and task.plan == seed_plan and task.ref == "TVPB.1"
    running = ReviewRequest.objects.get(title=RUNNING)
    assert running.status == ReviewRequest.Status.CONSULTING
    chair = running.members.get(role="chair")
    assert chair.intellectual.user == registry_people
    statuses = set(running.members.values_list("status", flat=True))
    assert statuses == {PanelMember.Status.ACCEPTED, PanelMember.Status.INVITED}
    assert Opinion.objects.filter(member__request=running, submitted_at__isnull=False).count() == 1
    counts = (ReviewRequest.objects.count(), PanelMember.objects.count(), Opinion.objects.count())
    assert reviews_demo_setup() == 0
    assert (ReviewRequest.objects.count(), PanelMember.objects.count(), Opinion.objects.count()) == counts
