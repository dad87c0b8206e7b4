"""A plan's code names it across versions and is unique among the plans in force."""

import pytest

from trithuc.core.errors import ServiceError
from trithuc.plans.models import Document, Plan
from trithuc.plans.selectors import plan_by_code, plan_qs_in_force
from trithuc.plans.services.plan_import import plan_code_check, plan_code_propose


def test_seed_plan_has_the_demo_code(seed_plan):
    assert seed_plan.code == "kl52"


@pytest.mark.parametrize(
    ("number", "doc_type", "year", "expected"),
    [
        ("125/KH-UBND", "Kế hoạch", 2023, "kh125-2023"),
        ("3095/QĐ-UBND", "Quyết định", 2024, "qd3095-2024"),
        ("193/UBND-KT", "Công văn", 2026, "ubnd193-2026"),  # the letters as written, not spelled out
        ("", "Kế hoạch", 2021, "kh-2021"),
        ("", "Chương trình hành động", None, "cthd"),
    ],
)
def test_code_proposed_from_the_number(db, number, doc_type, year, expected):
    document = Document(number=number, doc_type=doc_type, year=year, issuer="UBND tỉnh")
    assert plan_code_propose(document) == expected


def test_proposed_code_takes_a_suffix_when_taken(seed_plan):
    document = Document.objects.create(doc_type="Kế hoạch", number="52/KL-X", year=2020, issuer="X")
    Plan.objects.create(code="kl52-2020", document=document)
    assert plan_code_propose(Document(doc_type="Kế hoạch", number="52/KL-Y", year=2020)) == "kl52-2020-2"


@pytest.mark.parametrize("bad", ["KL 52", "kế-hoạch", "-x", "a" * 33, "kl52/1"])
def test_a_chosen_code_must_be_a_short_slug(db, bad):
    with pytest.raises(ServiceError, match="Mã kế hoạch chỉ gồm"):
        plan_code_check(bad)


def test_a_chosen_code_in_use_is_refused(seed_plan):
    with pytest.raises(ServiceError, match="đã được dùng"):
        plan_code_check("KL52")
    assert plan_code_check(" nq57 ") == "nq57"


def test_a_closed_plan_is_not_in_force_but_stays_readable(seed_plan, coordinator):
    assert list(plan_qs_in_force(coordinator)) == [seed_plan]
    Plan.objects.filter(pk=seed_plan.pk).update(closed_on="2025-12-31")
    assert list(plan_qs_in_force(coordinator)) == []
    assert plan_by_code(coordinator, "kl52") == seed_plan


@pytest.mark.parametrize("word", ["nhiem-vu", "theo-doi", "dot", "canh-bao", "chi-tieu"])
def test_a_code_equal_to_a_word_of_an_address_is_refused(db, word):
    """/ke-hoach/<code>/, /bao-cao/<code>/ and /sua-doi/<code>/ share their place with fixed words of several apps."""
    with pytest.raises(ServiceError, match="trùng với một địa chỉ"):
        plan_code_check(word)
