"""The dialogue follow-up (#15.5): what still waits for an answer first, the answered recommendations folded."""

import datetime as dt
import re

import pytest
import time_machine
from django.urls import reverse

from trithuc.events import services
from trithuc.events.models import Event
from trithuc.events.tests.factories import event, recommendation

pytestmark = pytest.mark.django_db


@time_machine.travel(dt.datetime(2026, 11, 20, 5, tzinfo=dt.UTC), tick=False)
def test_open_recommendations_come_first_and_the_answered_are_folded(client, reporter_a, leader, agencies):
    dialogue = event("lhh", kind=Event.Kind.DIALOGUE, title="Đối thoại 2025", start_on=dt.date(2025, 10, 18))
    answered = recommendation(dialogue, "so-noi-vu", deadline=dt.date(2026, 3, 31), text="Nhà ở công vụ")
    recommendation(dialogue, "so-gddt", deadline=dt.date(2026, 6, 30), text="Học bổng")
    recommendation(dialogue, "so-gddt", deadline=dt.date(2027, 1, 31), text="Phòng thí nghiệm")
    services.recommendation_answer(
        actor=reporter_a,
        recommendation=answered,
        answer="Đã trình UBND tỉnh",
        answered_on=dt.date(2026, 3, 20),
    )
    client.force_login(leader)
    page = client.get(reverse("events:dialogue_followup", args=[dialogue.pk])).content.decode()
    open_table = re.search(r'<table id="followup-list">.*?</table>', page, re.S).group(0)
    assert "Học bổng" in open_table and "Phòng thí nghiệm" in open_table and "Nhà ở công vụ" not in open_table
    folded = re.search(r'<details id="followup-answered">.*?</details>', page, re.S).group(0)
    assert "Đã được trả lời: 1 kiến nghị" in folded and "Đã trình UBND tỉnh" in folded
    assert page.index('id="followup-list"') < page.index('id="followup-answered"')
