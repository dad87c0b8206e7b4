"""In a real browser: the registry officer filters the registry (accent-insensitive) and exports the list."""

import pytest
from openpyxl import load_workbook

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.models import AuditEvent
from trithuc.core.tests.factories import membership_user
from trithuc.registry.tests.factories import person

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
TS = [{"kind": "TS", "year": 2021, "institution": "Trường Đại học Đà Lạt", "country": "Việt Nam"}]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    from trithuc.registry.reference import reference_data_load

    reference_data_load()
    person("Ka Sô Hen", gender="female", birth_year=1996, ethnic_group="15", degrees=TS, fields=["401"])
    person("Nguyễn Văn Hen", gender="male", birth_year=1970, ethnic_group="01", degrees=TS, fields=["401"])
    person("Lê Thị Hoa", gender="female", birth_year=1995, ethnic_group="01", fields=["602"])
    return {"officer": membership_user("registry_officer", "so-noi-vu")}


def test_officer_filters_accent_insensitively_and_exports(page, live_server, world):
    base = live_server.url
    login(page, base, world["officer"].username)
    page.goto(f"{base}/tri-thuc/")
    assert page.locator("#people tbody tr").count() == 3
    page.get_by_label("Họ tên").fill("ka so hen")
    page.get_by_label("Giới tính").select_option("female")
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url("**/tri-thuc/?*")
    rows = page.locator("#people tbody tr")
    assert rows.count() == 1 and "Ka Sô Hen" in rows.inner_text()
    with page.expect_download() as info:
        page.locator("#export-link").click()
    with open(info.value.path(), "rb") as handle:  # a download has no .xlsx suffix: open it as a file object
        sheet = load_workbook(handle).active
    assert [c.value for c in sheet[2]][0] == "Ka Sô Hen" and sheet.max_row == 2
    assert AuditEvent.objects.filter(action="registry.export", data__rows=1).count() == 1
