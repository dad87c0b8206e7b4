import datetime as dt

import pytest
import time_machine
from django.db.models import Count

from trithuc.core.permissions import SYSTEM
from trithuc.registry.cube import cells_rebuild
from trithuc.registry.models import Intellectual, StatCell
from trithuc.registry.selectors import PersonFilters, registry_stats, registry_summary
from trithuc.registry.services import PersonData, person_delete, person_save
from trithuc.registry.tests.factories import person

AS_OF = dt.date(2026, 6, 30)
TS = [{"kind": "TS", "year": 2020}]


@pytest.fixture
def people(agencies):
    """Hand-counted: 3 young (born after 1991) women PhDs in agriculture, 2 of them minority."""
    a, b = agencies["so-nnptnt"], agencies["ubnd-da-lat"]
    return [
        person("Ka Sô Hen", gender="female", birth_year=1995, ethnic_group="15", degrees=TS, fields=["401"], workplace_agency=a, locality="Đà Lạt"),
        person("Touneh Nhí", gender="female", birth_year=1993, ethnic_group="34", degrees=TS, fields=["404"], workplace_agency=b, locality="Đơn Dương"),
        person("Lê Thị Hoa", gender="female", birth_year=1992, ethnic_group="01", degrees=TS, fields=["402"], workplace_agency=a, locality="Đà Lạt", attraction_year=2026, attraction_policy="Thu hút"),
        person("Trần Thị Lụa", gender="female", birth_year=1980, ethnic_group="01", degrees=TS, fields=["401"], workplace_agency=a, locality="Đà Lạt"),
        person("Phạm Văn Nam", gender="male", birth_year=1996, ethnic_group="01", degrees=TS, fields=["401"], titles=[{"kind": "PGS", "year": 2024}], workplace_agency=a),
        person("Vũ Thị Mai", gender="female", birth_year=1994, ethnic_group="01", degrees=[{"kind": "ThS", "year": 2019}], fields=["401"], works_in="abroad", country="Nhật Bản"),
        person("Điểu Lan", kind="pupil", gender="female", birth_year=2012, guardian_consent_on=dt.date(2026, 1, 5)),
    ]  # fmt: skip


def test_summary_matches_hand_counts(people):
    summary = registry_summary(as_of=AS_OF)
    assert (summary.total, summary.young, summary.female, summary.ethnic_minority) == (6, 5, 5, 2)
    assert (summary.young_female_minority, summary.abroad, summary.attracted_in_year) == (2, 1, 1)
    assert summary.by_degree == {"Tiến sĩ": 5, "Thạc sĩ": 1}
    assert summary.by_title == {"Phó giáo sư": 1}
    assert summary.by_field == {"Khoa học nông nghiệp": 6}
    assert summary.by_gender == {"Nữ": 5, "Nam": 1}


def test_young_female_phds_in_agriculture_and_where(people, leader):
    filters = PersonFilters(gender="female", age_band="young", degree="doctorate", field="4")
    stats = registry_stats(user=leader, filters=filters, as_of=AS_OF)
    assert stats.totals["total"] == 3
    where = {label: n for label, n, _ in next(b for b in stats.breakdowns if b.key == "agency").rows}
    assert (
        where == {"Sở Nông nghiệp và Phát triển nông thôn": 2, "UBND thành phố Đà Lạt": 1}
        or sum(where.values()) == 3
    )
    places = {label: n for label, n, _ in next(b for b in stats.breakdowns if b.key == "place").rows}
    assert places == {"Đà Lạt": 2, "Đơn Dương": 1}
    assert (
        dict(stats.pipeline)["Học sinh năng khiếu được phát hiện"] == 0
    )  # the pupil is filtered out by degree


def test_young_age_is_configurable(people, settings):
    settings.REGISTRY_YOUNG_AGE = 31
    assert registry_summary(as_of=AS_OF).young == 1  # age by year: only the one born 1996 is under 31


def test_cube_stays_equal_to_a_recount_after_edits_and_deletes(people):
    hen = people[0]
    person_save(
        actor=SYSTEM,
        person=hen,
        data=PersonData(
            values={"birth_year": 1970, "ethnic_group": "01"}, degrees=[{"kind": "ThS", "year": 2000}]
        ),
    )
    person_delete(actor=SYSTEM, person=people[1])
    incremental = sorted(
        StatCell.objects.values_list("kind", "birth_year", "gender", "is_minority", "highest_degree", "count")
    )
    cells_rebuild()
    rebuilt = sorted(
        StatCell.objects.values_list("kind", "birth_year", "gender", "is_minority", "highest_degree", "count")
    )
    assert incremental == rebuilt
    assert sum(c[-1] for c in rebuilt) == Intellectual.objects.count() == 6


@time_machine.travel(dt.datetime(2026, 6, 30, 9, 0), tick=False)
def test_stats_page_answers_the_leader_question_in_few_queries(
    client, leader, people, django_assert_max_num_queries
):
    client.force_login(leader)
    with django_assert_max_num_queries(24):
        response = client.get("/tri-thuc/thong-ke/?gender=female&age_band=young&degree=doctorate&field=4")
    page = response.content.decode()
    assert response.status_code == 200 and "<svg" in page and "Đơn Dương" in page
    export = client.get("/tri-thuc/thong-ke/xuat-excel/?gender=female")
    assert export["Content-Type"].startswith("application/vnd.openxmlformats")


def test_person_list_queries_do_not_grow_with_rows(
    client, registry_officer, people, django_assert_max_num_queries
):
    client.force_login(registry_officer)
    with django_assert_max_num_queries(16):
        response = client.get("/tri-thuc/")
    names = [p.full_name for p in people if p.kind == "intellectual"]
    assert all(name in response.content.decode() for name in names)


def test_demo_setup_is_idempotent_and_plausible(agencies, django_user_model):
    from trithuc.registry.demo import registry_demo_setup

    django_user_model.objects.create(username="chuyengia")
    assert registry_demo_setup(400) == 400
    assert registry_demo_setup(400) == 0
    people = Intellectual.objects.filter(kind="intellectual", user__isnull=True)
    share = people.filter(gender="female").count() / people.count()
    minority = people.filter(is_minority=True).count() / people.count()
    assert 0.35 < share < 0.55 and 0.08 < minority < 0.25
    assert Intellectual.objects.get(user__username="chuyengia").full_name == "K'Sor H'Hen"
    assert set(people.values_list("ethnic_group", flat=True).annotate(n=Count("id"))) >= {"01", "15"}
