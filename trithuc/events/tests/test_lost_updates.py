"""Two people editing the same event (#16.10): the second save, made from the version both opened, is refused
with 409 and a Vietnamese message naming who saved first; nothing of the first save is lost."""

import pytest
from django.test import Client
from django.urls import reverse

from trithuc.agencies.models import Agency
from trithuc.core.errors import StaleVersion
from trithuc.core.models import Membership
from trithuc.core.tests.factories import UserFactory
from trithuc.core.tests.forms_data import posted
from trithuc.core.text import user_name
from trithuc.events import services
from trithuc.events.forms import EventForm
from trithuc.events.models import Event
from trithuc.events.tests.factories import event

pytestmark = pytest.mark.django_db


def _second_user(role, code, **fields):
    user = UserFactory(username=f"{role}.{code}.2", **fields)
    Membership.objects.create(user=user, agency=Agency.objects.get(code=code), role=role)
    return user


def test_the_second_save_of_the_same_event_is_refused_naming_the_first(client, reporter_a, agencies):
    conference = event("so-noi-vu", publish=False)
    colleague = _second_user("reporter", "so-noi-vu", first_name="Bình", last_name="Trần Thị")
    other = Client()
    other.force_login(colleague)
    client.force_login(reporter_a)
    url = reverse("events:event_edit", args=[conference.pk])
    assert client.get(url).status_code == 200 and other.get(url).status_code == 200
    opened = posted(EventForm(instance=conference, user=reporter_a))  # what both pages hold

    first = other.post(
        url, {**opened, "title": "Hội nghị quán triệt (đã sửa địa điểm)", "place": "Hội trường A"}
    )
    assert first.status_code == 302
    second = client.post(
        url, {**opened, "title": "Hội nghị quán triệt (sửa số người)", "participants_total": 90}
    )
    assert second.status_code == 409
    page = second.content.decode()
    assert user_name(colleague) in page and "chưa được lưu" in page
    conference.refresh_from_db()
    assert conference.title == "Hội nghị quán triệt (đã sửa địa điểm)" and conference.place == "Hội trường A"
    assert conference.participants_total == 100 and conference.version == 2  # created, then one edit


def test_the_service_refuses_an_older_version_and_takes_the_current_one(reporter_a, agencies):
    conference = event("so-noi-vu", publish=False)
    data = EventForm(instance=conference, user=reporter_a)
    assert data.initial["version"] == conference.version == 1
    from trithuc.events.tests.test_workflow import data as event_data

    saved = services.event_save(actor=reporter_a, event=conference, data=event_data(), version=1)
    assert saved.version == 2
    with pytest.raises(StaleVersion, match="Sự kiện đã được sửa"):
        services.event_save(
            actor=reporter_a, event=Event.objects.get(pk=conference.pk), data=event_data(), version=1
        )
