"""Issue 16.5: a role filters and sorts the registry only by what it may see of every person listed."""

import io

import pytest
from openpyxl import load_workbook

from trithuc.registry.permissions import registry_access
from trithuc.registry.tests.factories import person

HIDDEN_FROM_BASIC = [
    "planning=any",
    "attracted=1",
    "attraction_year=2020",
    "excellent_graduate=1",
    "locality=Thôn+Ka+Đơn",
]


@pytest.fixture
def two_people(agencies):
    planned = person(
        "Lê Thị Quy Hoạch",
        workplace_agency=agencies["so-noi-vu"],
        planning="planned",
        locality="Thôn Ka Đơn",
        attraction_policy="Thu hút 2020",
        attraction_year=2020,
        is_excellent_graduate=True,
    )
    plain = person("Trần Văn Thường", workplace_agency=agencies["so-noi-vu"])
    return planned, plain


def _names(client, url: str) -> set[str]:
    page = client.get(url).content.decode()
    return {name for name in ("Lê Thị Quy Hoạch", "Trần Văn Thường") if name in page}


@pytest.mark.parametrize("query", HIDDEN_FROM_BASIC)
def test_a_filter_on_an_attribute_hidden_at_basic_level_is_ignored(client, coordinator, two_people, query):
    client.force_login(coordinator)
    assert _names(client, f"/tri-thuc/?{query}") == {"Lê Thị Quy Hoạch", "Trần Văn Thường"}
    sheet = load_workbook(io.BytesIO(client.get(f"/tri-thuc/xuat-excel/?{query}").content)).active
    assert sheet.max_row == 3  # the header and both people


@pytest.mark.parametrize("query", HIDDEN_FROM_BASIC)
def test_the_agency_that_sees_the_attribute_may_filter_on_it(client, reporter_a, two_people, query):
    client.force_login(reporter_a)
    assert _names(client, f"/tri-thuc/?{query}") == {"Lê Thị Quy Hoạch"}


def test_the_basic_list_neither_offers_nor_shows_hidden_attributes(client, coordinator, two_people):
    client.force_login(coordinator)
    page = client.get("/tri-thuc/").content.decode()
    for name in ("planning", "attracted", "attraction_year", "excellent_graduate", "locality", "works_in"):
        assert f'name="{name}"' not in page
    assert "Nơi làm việc" not in page and "Thôn Ka Đơn" not in page


def test_one_rule_for_the_page_and_the_filters(coordinator, reporter_a, registry_officer, two_people):
    """What the person page shows at a level is what a list at that level may be filtered on."""
    planned, _ = two_people
    assert registry_access(coordinator).level(planned) == "basic"
    assert registry_access(coordinator).filterable() == {"q", "degree", "title", "field", "agency"}
    agency = registry_access(reporter_a).filterable()
    assert {"planning", "locality", "gender"} <= agency and not agency & {"minority", "ethnic_group"}
    assert {"minority", "ethnic_group", "planning"} <= registry_access(registry_officer).filterable()


def test_the_export_logs_the_filters_it_applied_not_the_ignored_ones(coordinator, two_people):
    """The page's form never hands these over; a caller of the export (API, command) may."""
    import datetime as dt

    from trithuc.core.models import AuditEvent
    from trithuc.registry.exports import person_export_xlsx
    from trithuc.registry.selectors import PersonFilters

    filters = PersonFilters(q="le thi", planning="any", locality="Thôn Ka Đơn")
    person_export_xlsx(user=coordinator, filters=filters, as_of=dt.date.today())
    event = AuditEvent.objects.get(action="registry.export")
    assert event.data["filters"] == {"q": "le thi"} and event.data["rows"] == 1
