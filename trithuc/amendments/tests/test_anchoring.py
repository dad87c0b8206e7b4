import datetime as dt

import pytest

from trithuc.amendments.selectors import plan_anchors
from trithuc.amendments.services.anchoring import document_relation_add, item_anchors_set
from trithuc.core.errors import ServiceError
from trithuc.plans.models import Document

pytestmark = pytest.mark.django_db


def _nq45(plan, actor):
    return document_relation_add(
        actor=actor,
        source=plan.document,
        kind="continues_under",
        doc_type="Nghị quyết",
        number="45-NQ/TW",
        issuer="Ban Chấp hành Trung ương",
        issued_on=dt.date(2023, 11, 24),
    )


def test_items_continue_under_a_newer_document(seed_plan, coordinator):
    relation = _nq45(seed_plan, coordinator)
    assert (
        item_anchors_set(
            actor=coordinator, plan=seed_plan, document=relation.target, refs=["II.2.a", "II.2.b"]
        )
        == 2
    )
    anchors = plan_anchors(seed_plan)
    assert [d.number for d in anchors.continues_under] == ["45-NQ/TW"]
    assert [a.item.ref for a in anchors.groups[0].items] == ["II.2.a", "II.2.b"]
    # Setting the list again replaces it.
    item_anchors_set(actor=coordinator, plan=seed_plan, document=relation.target, refs=["II.2.b"])
    assert [a.item.ref for a in plan_anchors(seed_plan).groups[0].items] == ["II.2.b"]


def test_a_known_document_is_reused_and_a_relation_recorded_once(seed_plan, coordinator):
    relation = _nq45(seed_plan, coordinator)
    with pytest.raises(ServiceError, match="đã được ghi nhận"):
        _nq45(seed_plan, coordinator)
    assert Document.objects.filter(number="45-NQ/TW").count() == 1
    assert relation.target.year == 2023


def test_only_the_coordinator_re_anchors(seed_plan, coordinator, reporter_a, leader):
    relation = _nq45(seed_plan, coordinator)
    for user in (reporter_a, leader):
        with pytest.raises(ServiceError):
            item_anchors_set(actor=user, plan=seed_plan, document=relation.target, refs=["II.2.a"])
        with pytest.raises(ServiceError):
            _nq45(seed_plan, user)
