"""The seed plan imported from its text agrees with the hand-made gold on every task, owner and deadline."""

import datetime as dt
import json
from pathlib import Path

import pytest

from trithuc.agencies.selectors import AgencyMatcher
from trithuc.core.models import AuditEvent
from trithuc.plans.models import Assignment, PlanItem

GOLD = (
    Path(__file__).resolve().parents[3]
    / "trithuc"
    / "plans"
    / "tests"
    / "data"
    / "lamdong-kl52-2020-tri-thuc.json"
)


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD.read_text(encoding="utf-8"))


def _target(assignment_or_match):
    return (
        ("agency", assignment_or_match.agency.pk)
        if assignment_or_match.agency
        else (
            "group",
            assignment_or_match.group.pk if assignment_or_match.group else assignment_or_match.phrase,
        )
    )


def test_seed_has_exactly_the_gold_tasks(seed_plan, gold):
    refs = set(seed_plan.items.filter(kind=PlanItem.Kind.TASK).values_list("ref", flat=True))
    assert refs == {t["ref"] for t in gold["tasks"]}
    assert len(refs) == 25


def test_seed_deadlines_and_recurrences_match_gold(seed_plan, gold):
    items = {i.ref: i for i in seed_plan.items.all()}
    for task in gold["tasks"]:
        item = items[task["ref"]]
        expected = dt.date.fromisoformat(task["deadline"]) if task["deadline"] else None
        assert item.deadline == expected, task["ref"]
        assert (item.recurrence or None) == task["recurrence"], task["ref"]
        if task["deadline_text"]:
            assert task["deadline_text"].lower() in item.deadline_text.lower(), task["ref"]


def test_seed_owners_match_gold_where_gold_is_certain(seed_plan, gold):
    matcher = AgencyMatcher.load()
    items = {i.ref: i for i in seed_plan.items.prefetch_related("assignments__agency", "assignments__group")}
    certain = [t for t in gold["tasks"] if t["lead_source"] in ("explicit", "section_III")]
    assert len(certain) == 21
    for task in certain:
        leads = [a for a in items[task["ref"]].assignments.all() if a.role == Assignment.Role.LEAD]
        assert all(a.agency or a.group for a in leads), (task["ref"], [a.phrase for a in leads])
        assert {_target(a) for a in leads} == {_target(matcher.match(p)) for p in task["lead"]}, task["ref"]
        source = {a.source for a in leads}
        assert source == {task["lead_source"]}, task["ref"]


def test_section_two_tasks_link_to_the_section_three_items_that_carry_them_out(seed_plan, gold):
    items = {i.ref: i for i in seed_plan.items.prefetch_related("implements")}
    found = {(ref, t.ref) for ref, i in items.items() for t in i.implements.all()}
    expected = {(src, dst) for src, dsts in gold["links"].items() for dst in dsts}
    # Every section II task whose owner comes from section III must be reached by a link.
    owned_by_three = {t["ref"] for t in gold["tasks"] if t["lead_source"] == "section_III"}
    assert owned_by_three <= {dst for _, dst in found}
    assert len(found & expected) >= 0.75 * len(expected), sorted(expected - found)


def test_every_item_keeps_its_source_sentence(seed_plan):
    text = seed_plan.source_text
    for item in seed_plan.items.all():
        assert item.text[:40] in text[item.span_start : item.span_end], item.ref


def test_seed_document_metadata_and_legal_bases(seed_plan):
    doc = seed_plan.document
    assert (doc.doc_type, doc.issuer, doc.year) == ("Kế hoạch", "Ủy ban nhân dân tỉnh Lâm Đồng", 2020)
    numbers = set(doc.based_on.values_list("number", flat=True))
    assert {"52-KL/TW", "142/QĐ-TTg", "09-NQ/TU", "582/QĐ-UBND"} <= numbers
    assert seed_plan.coordinator.code == "so-khcn"


def test_import_is_audited(seed_plan):
    event = AuditEvent.objects.get(action="plan.import")
    assert event.target_id == str(seed_plan.pk) and event.data["after"]["tasks"] == 25
