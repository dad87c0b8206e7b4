"""Issue 15.1: the panel's expert search finds K'Ho names however the apostrophe is typed."""

import pytest

from trithuc.reviews.selectors import panel_candidates
from trithuc.reviews.tests.factories import expert_person, review_request

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("query", ["hhen", "ksor", "k sor", "K’Sor", "h'hen", "K'SOR H'HEN"])
def test_expert_search_finds_names_with_an_apostrophe_every_way(reference, query):
    request = review_request()
    hen = expert_person(name="K'Sor H'Hen")
    expert_person(name="Nguyễn Văn Sơn")
    assert [c.person.pk for c in panel_candidates(request=request, q=query)] == [hen.pk]


def test_the_expert_search_page_is_audited_once_with_the_query_and_count(client, union_officer, reference):
    from django.urls import reverse

    from trithuc.core.models import AuditEvent

    request = review_request()
    expert_person(name="K'Sor H'Hen")
    expert_person(name="Nguyễn Văn Sơn")
    client.force_login(union_officer)
    page = client.get(reverse("reviews:panel_candidates", args=[request.pk]), {"q": "ksor"})
    assert page.status_code == 200 and "K&#x27;Sor H&#x27;Hen" in page.content.decode()
    event = AuditEvent.objects.get(action="registry.list")
    assert (event.actor, event.target_id) == (union_officer, str(request.pk))
    assert event.data == {"rows": 1, "via": "panel", "filters": {"q": "ksor"}}
