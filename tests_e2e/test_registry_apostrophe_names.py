"""In a real browser (issue 15.1): the registry officer finds K'Sor H'Hen typing "ksor" or "k sor"."""

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.registry.tests.factories import person

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    from trithuc.registry.reference import reference_data_load

    reference_data_load()
    for name in ("K'Sor H'Hen", "Bon Jốc K’Bròl", "Nguyễn Văn Sơn"):
        person(name)
    return {"officer": membership_user("registry_officer", "so-noi-vu")}


@pytest.mark.parametrize("typed", ["ksor", "k sor", "hhen", "K’SOR H’HEN"])
def test_officer_finds_a_kho_name_typed_without_its_apostrophe(page, live_server, world, typed):
    base = live_server.url
    login(page, base, world["officer"].username)
    page.goto(f"{base}/tri-thuc/")
    page.get_by_label("Họ tên").fill(typed)
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**/tri-thuc/?*")
    rows = page.locator("#people tbody tr")
    assert rows.count() == 1 and rows.inner_text().startswith("K'Sor H'Hen")
