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
