import pytest

from trithuc.registry.reference import reference_data_ensure
from trithuc.reviews.tests.factories import panel, review_request


@pytest.fixture
def reference(agencies):
    reference_data_ensure()


@pytest.fixture
def running(reference, expert):
    """A request of Sở Nội vụ gathering opinions; the `expert` fixture's user chairs its panel."""
    request = review_request()
    return request, panel(request, chair_user=expert)
