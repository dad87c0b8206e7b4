"""The conflict-of-interest and ranking rules on their own: plain facts in, no database."""

from trithuc.reviews.rules import (
    ExpertFacts,
    RequestFacts,
    conflicts_of,
    field_points,
    fit_score,
    project_key,
)

REQUEST = RequestFacts(
    requesting_agency_id=1,
    owner_agency_id=2,
    owner_name="",
    project=project_key("", "Dự án hồ chứa nước Ka Zam"),
    field_codes=frozenset({"401"}),
)


def expert(**values) -> ExpertFacts:
    base = {
        "workplace_agency_id": 9,
        "workplace_name": "",
        "field_codes": frozenset({"401"}),
        "highest_degree": "TS",
        "title": "",
    }
    return ExpertFacts(**{**base, **values})


def codes(found):
    return [c.code for c in found]


def test_independent_expert_has_no_conflict():
    assert conflicts_of(expert(), REQUEST) == []


def test_expert_of_the_requesting_agency_is_in_conflict():
    assert codes(conflicts_of(expert(workplace_agency_id=1), REQUEST)) == ["requester"]


def test_expert_of_the_project_owner_is_in_conflict():
    assert codes(conflicts_of(expert(workplace_agency_id=2), REQUEST)) == ["owner"]


def test_owner_outside_the_catalogue_matches_by_name_regardless_of_accents_and_case():
    request = RequestFacts(1, None, "Công ty cổ phần chè Cầu Đất", REQUEST.project, frozenset({"401"}))
    found = conflicts_of(
        expert(workplace_agency_id=None, workplace_name="CONG TY CO PHAN CHE CAU DAT"), request
    )
    assert codes(found) == ["owner"]
    assert conflicts_of(expert(workplace_agency_id=None, workplace_name="Công ty chè khác"), request) == []


def test_expert_who_reviewed_the_same_project_is_in_conflict():
    same = project_key("", "dự án Hồ chứa nước  Ka Zam")
    assert codes(conflicts_of(expert(reviewed_projects=frozenset({same})), REQUEST)) == ["reviewed"]
    other = project_key("", "Dự án hồ chứa nước Đạ Lây")
    assert conflicts_of(expert(reviewed_projects=frozenset({other})), REQUEST) == []


def test_project_code_identifies_a_project_whatever_its_title():
    assert project_key("DA-01/2025", "Tên cũ") == project_key("da-01/2025", "Tên mới")
    assert project_key("DA-01/2025", "Tên") != project_key("", "Tên")


def test_all_conflicts_are_reported_together():
    found = conflicts_of(
        expert(workplace_agency_id=1, reviewed_projects=frozenset({REQUEST.project})), REQUEST
    )
    assert codes(found) == ["requester", "reviewed"]


def test_field_match_weighs_more_than_degree_and_title():
    exact = fit_score(expert(field_codes=frozenset({"401"}), highest_degree="ThS"), REQUEST)
    same_group = fit_score(expert(field_codes=frozenset({"404"}), highest_degree="TS", title="GS"), REQUEST)
    unrelated = fit_score(expert(field_codes=frozenset({"503"}), highest_degree="TSKH", title="GS"), REQUEST)
    assert exact > same_group > unrelated


def test_degree_then_title_break_ties_between_equal_fields():
    professor = fit_score(expert(title="GS"), REQUEST)
    doctor = fit_score(expert(), REQUEST)
    master = fit_score(expert(highest_degree="ThS"), REQUEST)
    assert professor > doctor > master


def test_field_points_count_a_field_group_as_a_sector_match():
    assert field_points({"4"}, {"401"}) == 3
    assert field_points({"401"}, {"4"}) == 3
    assert field_points({"402"}, {"401"}) == 1
    assert field_points({"501"}, {"401"}) == 0
