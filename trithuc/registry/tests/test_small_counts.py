"""Issue 16, High 1: the statistics must not reveal one person's ethnicity to anyone but the registry officer,
on the page, in its .xlsx download and over the API (the rule: docs/architecture.md, "Small counts")."""

import datetime as dt
from io import BytesIO

import pytest
from openpyxl import load_workbook

from trithuc.registry.selectors import PersonFilters, registry_stats
from trithuc.registry.tests.factories import person

AS_OF = dt.date(2026, 6, 30)
PHD = [{"kind": "TS", "year": 2020}]


@pytest.fixture(params=["01", "15"], ids=["kinh", "k-ho"])
def one_of_a_kind(request, agencies):
    """Four colleagues, and one young woman with a doctorate in agriculture whose ethnicity is the secret."""
    agency = agencies["so-noi-vu"]
    for name in ("Lê Văn Hùng", "Trần Văn Minh", "Vũ Văn Nam", "Đỗ Thị Hằng"):
        person(
            name,
            gender="male" if "Văn" in name else "female",
            birth_year=1970,
            ethnic_group="01",
            fields=["101"],
            workplace_agency=agency,
        )
    person(
        "Ka Brêl",
        gender="female",
        birth_year=1995,
        ethnic_group=request.param,
        fields=["401"],
        degrees=PHD,
        workplace_agency=agency,
    )
    return {"agency": agency.pk, "degree": "doctorate", "gender": "female", "field": "4", "age_band": "young"}


def _numbers_about_ethnicity(stats) -> list:
    """Every figure of an answer that counts people by ethnicity, and the minority table's rows."""
    rows = next(b for b in stats.breakdowns if b.key == "minority").rows
    return [stats.totals["ethnic_minority"], stats.totals["young_female_minority"], *rows]


@pytest.mark.parametrize("viewer", ["reporter_a", "leader", "coordinator"])
def test_a_filter_down_to_one_person_tells_nothing_of_her_ethnicity(client, request, viewer, one_of_a_kind):
    user = request.getfixturevalue(viewer)
    filters = PersonFilters(
        agency=request.getfixturevalue("agencies")["so-noi-vu"],
        degree="doctorate",
        gender="female",
        field="4",
        age_band="young",
    )
    stats = registry_stats(user=user, filters=filters, as_of=AS_OF)
    assert stats.totals["total"] == 1
    assert not any(isinstance(n, int) for n in _numbers_about_ethnicity(stats)[:2])
    assert _numbers_about_ethnicity(stats)[2:] == []  # no minority table: no row, no zero, no dropped row

    client.force_login(user)
    page = client.get("/tri-thuc/thong-ke/", one_of_a_kind).content.decode()
    section = page.split('id="chart-minority"')[1].split("</section>")[0]
    assert "Dân tộc Kinh" not in section and "&lt;3" not in section and "dưới 10 trí thức" in section

    data = client.get("/tri-thuc/thong-ke/xuat-excel/", one_of_a_kind).content
    book = load_workbook(BytesIO(data))
    summary = {row[0]: row[1] for row in book["Tổng hợp"].values if len(row) > 1}
    assert summary["total"] == 1
    assert not isinstance(summary["ethnic_minority"], int)
    assert not isinstance(summary["young_female_minority"], int)
    assert [row for row in book["Dân tộc thiểu số"].values if isinstance(row[-1], int)] == []


@pytest.mark.parametrize("viewer", ["reporter_a", "leader", "coordinator"])
def test_the_api_summary_of_a_small_registry_tells_no_ethnicity(client, request, viewer, one_of_a_kind):
    client.force_login(request.getfixturevalue(viewer))
    body = client.get("/api/v1/registry/summary").json()
    assert body["total"] == 5
    assert body["ethnic_minority"] is None and body["young_female_minority"] is None
    assert "dưới 10 trí thức" in body["ethnicity_note"]


def test_the_registry_officer_sees_the_exact_figures(client, registry_officer, one_of_a_kind, agencies):
    filters = PersonFilters(
        agency=agencies["so-noi-vu"], degree="doctorate", gender="female", field="4", age_band="young"
    )
    stats = registry_stats(user=registry_officer, filters=filters, as_of=AS_OF)
    minority = 1 if person_is_minority(one_of_a_kind) else 0
    assert stats.totals["ethnic_minority"] == minority
    client.force_login(registry_officer)
    body = client.get("/api/v1/registry/summary").json()
    assert body["ethnic_minority"] == minority and body["total"] == 5


def person_is_minority(_filters) -> bool:
    from trithuc.registry.models import Intellectual

    return Intellectual.objects.get(full_name="Ka Brêl").is_minority


@pytest.fixture
def two_large_agencies(agencies):
    """Two agencies of ten (four of an ethnic minority each) and one of a single person."""
    for code in ("so-gddt", "so-khcn"):
        for i in range(10):
            person(
                f"Người {code} {i}",
                gender="female" if i % 2 else "male",
                birth_year=1980 + i,
                ethnic_group="15" if i < 4 else "01",
                workplace_agency=agencies[code],
            )
    person(
        "Một Mình", gender="male", birth_year=1970, ethnic_group="01", workplace_agency=agencies["so-noi-vu"]
    )
    return agencies


def test_the_province_and_an_agency_that_is_a_block_show_their_figures_and_nothing_finer(
    client, leader, registry_officer, two_large_agencies
):
    agencies = two_large_agencies
    # The lone person's agency cannot stand alone, so the smaller-id agency of ten joins it in one block:
    # the other agency of ten is a block of its own, the province is the union of both.
    alone, joined = sorted([agencies["so-gddt"], agencies["so-khcn"]], key=lambda a: a.pk)
    shown = {
        "province": PersonFilters(),
        "block": PersonFilters(agency=joined),
    }
    hidden = {
        "agency joined to the residual block": PersonFilters(agency=alone),
        "the lone person's agency": PersonFilters(agency=agencies["so-noi-vu"]),
        "a block cut by gender": PersonFilters(agency=joined, gender="female"),
        "the province cut by age": PersonFilters(age_band="young"),
    }
    expected = {"province": 8, "block": 4}
    for name, filters in shown.items():
        stats = registry_stats(user=leader, filters=filters, as_of=AS_OF)
        assert stats.totals["ethnic_minority"] == expected[name], name
        rows = next(b for b in stats.breakdowns if b.key == "minority").rows
        assert [n for _, n, _ in rows] == [expected[name], stats.totals["total"] - expected[name]], name
    for name, filters in hidden.items():
        stats = registry_stats(user=leader, filters=filters, as_of=AS_OF)
        assert stats.totals["ethnic_minority"] == "ẩn", name
        assert next(b for b in stats.breakdowns if b.key == "minority").rows == [], name
        exact = registry_stats(user=registry_officer, filters=filters, as_of=AS_OF)
        assert isinstance(exact.totals["ethnic_minority"], int), name

    client.force_login(leader)
    body = client.get("/api/v1/registry/summary").json()
    assert body["ethnic_minority"] == 8 and body["young_female_minority"] is None
    assert "nữ và độ tuổi trẻ" in body["ethnicity_note"]


def test_only_the_registry_officer_may_filter_the_statistics_on_ethnicity(
    client, leader, registry_officer, two_large_agencies
):
    client.force_login(leader)
    page = client.get("/tri-thuc/thong-ke/", {"minority": "1"}).content.decode()
    assert 'name="minority"' not in page and '<span class="figure">21</span>' in page  # the filter is ignored
    client.force_login(registry_officer)
    page = client.get("/tri-thuc/thong-ke/", {"minority": "1"}).content.decode()
    assert 'name="minority"' in page and '<span class="figure">21</span>' not in page
    assert page.count('<span class="figure">8</span>') == 2  # eight people, all eight of a minority


def test_blocks_merge_the_smallest_agencies_into_the_residual_until_it_is_safe(settings):
    from trithuc.registry.disclosure import RESIDUAL, ethnic_blocks, ethnicity_note

    settings.REGISTRY_ETHNICITY_MIN_POPULATION = 10
    # agency: (minority, others). 1 and 2 are safe alone; 3 is all Kinh; None is outside the catalogue (2 people).
    counts = {1: (3, 7), 2: (5, 20), 3: (0, 12), None: (1, 1)}
    blocks = ethnic_blocks(
        [(a, m, n) for a, (mi, ot) in counts.items() for m, n in ((True, mi), (False, ot))]
    )
    # the residual {3, None} has 1 minority: agency 1 (the smallest block) joins it, agency 2 stays alone
    assert blocks.block_of == {1: RESIDUAL, 2: 2, 3: RESIDUAL, None: RESIDUAL}
    assert blocks.safe == {2, RESIDUAL}
    everyone = [(a, sum(mo)) for a, mo in counts.items()]
    assert ethnicity_note(60, everyone, blocks) == ""  # the province
    assert ethnicity_note(25, [(2, 25)], blocks) == ""  # agency 2
    assert ethnicity_note(10, [(1, 10)], blocks) != ""  # agency 1 is only part of the residual block
    assert ethnicity_note(20, [(2, 20)], blocks) != ""  # part of agency 2
    assert "dưới 10" in ethnicity_note(9, [(2, 9)], blocks)
    # nothing can be shown when even the whole registry is too uniform
    uniform = ethnic_blocks([(1, True, 2), (1, False, 30), (2, False, 40)])
    assert uniform.safe == frozenset() and ethnicity_note(72, [(1, 32), (2, 40)], uniform) != ""
