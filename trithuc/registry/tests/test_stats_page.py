"""The statistics page: cheap when nothing changed (cached per data stamp), right after any change, and small
ethnicity figures withheld from viewers who may not see ethnicity person by person (test_small_counts.py)."""

import datetime as dt

import pytest

from trithuc.registry.selectors import PersonFilters, registry_stats
from trithuc.registry.services import person_delete
from trithuc.registry.tests.factories import person

AS_OF = dt.date(2026, 6, 30)


@pytest.fixture
def staff(agencies):
    """In one agency: 4 Kinh women and 1 minority woman (K'Ho); one minority man elsewhere."""
    a, b = agencies["so-nnptnt"], agencies["ubnd-da-lat"]
    for i, name in enumerate(["Lê Thị Hoa", "Trần Thị Lụa", "Vũ Thị Mai", "Đỗ Thị Hằng"]):
        person(
            name, gender="female", birth_year=1990 + i, ethnic_group="01", fields=["401"], workplace_agency=a
        )
    return [
        person(
            "Ka Sô Hen",
            gender="female",
            birth_year=1995,
            ethnic_group="15",
            fields=["401"],
            workplace_agency=a,
        ),
        person(
            "K'Brêl", gender="male", birth_year=1988, ethnic_group="15", fields=["402"], workplace_agency=b
        ),
    ]


def _rows(stats, key):
    return {label: n for label, n, _ in next(b for b in stats.breakdowns if b.key == key).rows}


def test_the_page_stays_within_its_query_budget_and_reads_the_cache_when_nothing_changed(
    client, leader, staff, django_assert_max_num_queries
):
    client.force_login(leader)
    with django_assert_max_num_queries(20):
        first = client.get("/tri-thuc/thong-ke/")
    assert first.status_code == 200 and "Ka Sô Hen" not in first.content.decode()
    with django_assert_max_num_queries(8):  # session, user, roles, the stamp, the form's lists
        again = client.get("/tri-thuc/thong-ke/")
    assert again.status_code == 200
    with django_assert_max_num_queries(20):
        filtered = client.get("/tri-thuc/thong-ke/", {"gender": "female", "field": "4", "age_band": "young"})
    assert filtered.status_code == 200


def test_a_change_is_seen_at_once(leader, registry_officer, staff):
    before = registry_stats(user=leader, filters=PersonFilters(), as_of=AS_OF)
    assert before.totals["total"] == 6
    person_delete(actor=registry_officer, person=staff[1])
    after = registry_stats(user=leader, filters=PersonFilters(), as_of=AS_OF)
    assert after.totals["total"] == 5
    person("Nguyễn Văn Mới", gender="male", birth_year=2000, ethnic_group="01")
    assert registry_stats(user=leader, filters=PersonFilters(), as_of=AS_OF).totals["total"] == 6


def test_ethnicity_figures_of_a_small_registry_are_withheld_from_aggregate_only_roles(
    leader, coordinator, staff
):
    one_agency = PersonFilters(agency=staff[0].workplace_agency)
    for viewer in (leader, coordinator):
        stats = registry_stats(user=viewer, filters=one_agency, as_of=AS_OF)
        assert stats.totals["total"] == 5  # not about ethnicity: shown
        assert stats.totals["ethnic_minority"] == "ẩn"
        assert stats.totals["young_female_minority"] == "ẩn"
        # one minority woman among five: no row at all, or the missing one would say which is zero
        assert _rows(stats, "minority") == {}
        assert "dưới 10 trí thức" in next(b for b in stats.breakdowns if b.key == "minority").note
        assert _rows(stats, "gender") == {"Nữ": 5}
    # a filter on ethnicity would make every figure an ethnicity figure: ignored for all but the registry officer
    minority = registry_stats(user=leader, filters=PersonFilters(minority=True), as_of=AS_OF)
    assert minority.totals["total"] == 6 and minority.totals["female"] == 5
    everyone = registry_stats(user=leader, filters=PersonFilters(), as_of=AS_OF)
    assert everyone.totals["ethnic_minority"] == "ẩn"  # six people in the whole registry


def test_the_registry_officer_sees_every_count(registry_officer, staff):
    stats = registry_stats(
        user=registry_officer, filters=PersonFilters(agency=staff[0].workplace_agency), as_of=AS_OF
    )
    assert stats.totals["ethnic_minority"] == 1
    assert _rows(stats, "minority") == {"Dân tộc thiểu số": 1, "Dân tộc Kinh, khác": 4}


def test_hidden_counts_on_the_page_chart_and_download(client, leader, staff):
    from io import BytesIO

    from openpyxl import load_workbook

    client.force_login(leader)
    agency = staff[0].workplace_agency_id
    page = client.get("/tri-thuc/thong-ke/", {"agency": agency}).content.decode()
    assert "ẩn" in page and "dưới 10 trí thức" in page
    data = client.get("/tri-thuc/thong-ke/xuat-excel/", {"agency": agency}).content
    summary = {row[0]: row[-1] for row in load_workbook(BytesIO(data))["Tổng hợp"].values}
    assert summary["ethnic_minority"] == "ẩn" and "dưới 10 trí thức" in summary["Ghi chú"]


def test_the_page_still_answers_when_the_shared_cache_is_down(client, leader, staff, monkeypatch):
    from django.core.cache import cache

    def down(*args, **kwargs):
        raise ConnectionError("redis: connection refused")

    monkeypatch.setattr(cache, "get", down)
    monkeypatch.setattr(cache, "set", down)
    client.force_login(leader)
    response = client.get("/tri-thuc/thong-ke/")
    assert response.status_code == 200 and "Theo giới tính" in response.content.decode()


def test_the_drawn_page_is_reused_until_the_data_changes_and_never_crosses_access_scopes(
    client, settings, leader, registry_officer, staff, django_assert_max_num_queries
):
    from django.core.cache import cache

    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "s"}
    }
    cache.clear()
    agency = {"agency": staff[0].workplace_agency_id}
    client.force_login(leader)
    first = client.get("/tri-thuc/thong-ke/", agency).content.decode()
    with django_assert_max_num_queries(5):  # session, user, roles, the stamp: no form lists, no counts
        again = client.get("/tri-thuc/thong-ke/", agency).content.decode()
    assert _without_csrf(again) == _without_csrf(first) and '<span class="figure">ẩn</span>' in first

    client.force_login(registry_officer)  # the same query, another access scope: every count shown
    officer_page = client.get("/tri-thuc/thong-ke/", agency).content.decode()
    assert "ẩn</span>" not in officer_page and '<span class="figure">1</span>' in officer_page

    client.force_login(leader)  # and back: the officer's exact figure does not reach the leader
    assert _without_csrf(client.get("/tri-thuc/thong-ke/", agency).content.decode()) == _without_csrf(first)

    person(
        "Hà Thị Mới",
        gender="female",
        birth_year=1999,
        ethnic_group="01",
        workplace_agency=staff[0].workplace_agency,
    )
    client.force_login(leader)
    after = client.get("/tri-thuc/thong-ke/", agency).content.decode()
    assert '<span class="figure">6</span>' in after and '<span class="figure">5</span>' in first


def _without_csrf(html: str) -> str:
    import re

    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def test_an_agency_renamed_is_seen_at_once_and_the_stamp_does_not_scan_the_agency_table(
    leader, staff, agencies, django_assert_num_queries
):
    from trithuc.agencies.services import agencies_changed
    from trithuc.registry.selectors import registry_data_stamp

    before = registry_data_stamp()
    assert registry_data_stamp() == before
    with django_assert_num_queries(1) as captured:
        registry_data_stamp()
    assert "MAX(" not in captured.captured_queries[0]["sql"].upper()  # single rows, not a scan of agencies
    agencies["so-nnptnt"].__class__.objects.filter(pk=agencies["so-nnptnt"].pk).update(
        name="Sở Nông nghiệp mới"
    )
    agencies_changed()  # what the agencies' services and admin do on every write
    assert registry_data_stamp() != before
