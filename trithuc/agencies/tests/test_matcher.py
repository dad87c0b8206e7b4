import datetime as dt
from difflib import SequenceMatcher

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trithuc.agencies.models import Agency
from trithuc.agencies.selectors import AgencyMatcher, _closest, agency_successors


@pytest.fixture
def matcher(agencies):
    return AgencyMatcher.load()


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Sở Khoa học và Công nghệ", "so-khcn"),
        ("Sở KH&CN", "so-khcn"),
        ("sở  khoa học  và công nghệ", "so-khcn"),
        ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "so-khcn"),
        ("Sở KH&ĐT", "so-khdt"),
        ("Sở GD&ĐT", "so-gddt"),
        ("Sở TT&TT", "so-tttt"),
        ("UBND tỉnh", "ubnd-tinh"),
        ("Ủy ban nhân dân tỉnh", "ubnd-tinh"),
        ("Uỷ ban nhân dân tỉnh", "ubnd-tinh"),
        ("Liên hiệp các Hội khoa học và kỹ thuật tỉnh", "lhh"),
        ("Liên hiệp các Hội khoa học và kỹ thuật tỉnh Lâm Đồng", "lhh"),
        ("Sở Văn hoá, Thể thao và Du lịch", "so-vhttdl"),
        ("Giao Sở Nội vụ", "so-noi-vu"),
        # a central document names every province's body at once: for this province, its own
        ("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương", "ubnd-tinh"),
        ("UBND các tỉnh, thành phố", "ubnd-tinh"),
        ("Ủy ban nhân dân cấp tỉnh", "ubnd-tinh"),
        ("Sở Nội vụ các tỉnh, thành phố trực thuộc Trung ương", "so-noi-vu"),
        # the head answers for the body
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "ubnd-tinh"),
        ("Chủ tịch UBND tỉnh", "ubnd-tinh"),
        ("Giám đốc Sở Tư pháp", "so-tu-phap"),
        # the honorific before the title, in the forms letters write it
        ("đồng chí Giám đốc Sở Tư pháp", "so-tu-phap"),
        ("các đồng chí Chủ tịch Ủy ban nhân dân các tỉnh, thành phố", "ubnd-tinh"),
        ("đ/c Giám đốc Sở Tư pháp", "so-tu-phap"),
    ],
)
def test_phrase_matches_agency_whatever_case_spacing_tone_or_abbreviation(matcher, phrase, code):
    found = matcher.match(phrase)
    assert (found.agency.code if found.agency else None) == code


@pytest.mark.parametrize(
    ("phrase", "group_code"),
    [
        ("Các sở, ban, ngành, địa phương", "so-ban-nganh-dia-phuong"),
        ("các sở, ngành, địa phương", "so-ban-nganh-dia-phuong"),
        ("Các sở, ban, ngành, đoàn thể, địa phương", "so-ban-nganh-doan-the-dia-phuong"),
        ("Các cơ quan truyền thông, báo chí", "co-quan-bao-chi"),
        ("các cơ quan thông tấn báo chí", "co-quan-bao-chi"),
    ],
)
def test_group_phrase_matches_group(matcher, phrase, group_code):
    found = matcher.match(phrase)
    assert found.group is not None and found.group.code == group_code


def test_unknown_phrase_stays_unmatched(matcher):
    assert not matcher.match("Bộ Quốc phòng").matched
    # a title over a body that is not this province's stays unmatched: only the title is dropped
    assert not matcher.match("Chủ tịch Ủy ban nhân dân tỉnh Nghệ An").matched
    assert not matcher.match("Chủ tịch Hội Nông dân tỉnh").matched


def test_group_expands_to_member_agencies_of_its_kinds(agencies):
    from trithuc.agencies.models import AgencyGroup

    press = AgencyGroup.objects.get(code="co-quan-bao-chi")
    assert set(press.members(on=dt.date(2020, 6, 1)).values_list("code", flat=True)) == {
        "bao-lam-dong",
        "dai-ptth",
    }
    assert set(press.members(on=dt.date(2025, 8, 1)).values_list("code", flat=True)) == {"bao-ptth"}


def test_reorganised_department_has_successors_from_the_effective_date(agencies):
    tttt = Agency.objects.get(code="so-tttt")
    assert agency_successors(tttt, on=dt.date(2025, 2, 28)) == []
    after = {s.successor.code: s.is_primary for s in agency_successors(tttt, on=dt.date(2025, 3, 1))}
    assert after == {"so-khcn": True, "so-vhttdl": False}


def test_planning_department_passes_to_finance(agencies):
    steps = agency_successors(Agency.objects.get(code="so-khdt"), on=dt.date(2026, 1, 1))
    assert [s.successor.code for s in steps] == ["so-tai-chinh"]


def test_district_tasks_pass_to_communes_after_1_july_2025(agencies):
    da_lat = Agency.objects.get(code="ubnd-da-lat")
    assert agency_successors(da_lat, on=dt.date(2025, 6, 30)) == []
    assert [s.successor.code for s in agency_successors(da_lat, on=dt.date(2025, 7, 1))] == ["ubnd-cap-xa"]
    assert not da_lat.is_active_on(dt.date(2025, 7, 1))


def test_seeding_twice_changes_nothing(agencies):
    from trithuc.agencies.models import AgencyAlias, AgencySuccession
    from trithuc.agencies.services import agencies_seed

    before = (Agency.objects.count(), AgencyAlias.objects.count(), AgencySuccession.objects.count())
    result = agencies_seed()
    assert result["created"] == 0
    assert (Agency.objects.count(), AgencyAlias.objects.count(), AgencySuccession.objects.count()) == before


@settings(max_examples=150, deadline=None)
@given(
    key=st.text(alphabet="sở khoa học và công nghệ nội vụ tỉnh ubnd ", max_size=40),
    candidates=st.lists(st.text(alphabet="sở khoa học và công nghệ nội vụ tỉnh", max_size=40), max_size=12),
)
def test_the_closest_candidate_is_the_first_with_the_best_ratio_as_a_full_scan_finds(key, candidates):
    """The bounds that skip candidates change nothing: same score, same candidate (the first on a tie)."""
    best, best_index = 0.0, -1
    for index, candidate in enumerate(candidates):
        ratio = SequenceMatcher(None, key, candidate).ratio()
        if ratio > best:
            best, best_index = ratio, index
    assert _closest(key, tuple(candidates)) == (best, best_index)
