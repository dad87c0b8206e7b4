"""A plan's whole text is not read with the plan on every page, only where it is shown."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape

from trithuc.core.permissions import SYSTEM
from trithuc.plans import selectors
from trithuc.plans.models import Plan
from trithuc.reporting.selectors import regime_plan
from trithuc.reporting.services.periods import seed_regime

pytestmark = pytest.mark.django_db


def test_pages_load_a_plan_without_its_text_and_read_it_where_shown(seed_plan, client, coordinator):
    with CaptureQueriesContext(connection) as queries:
        plans = [
            selectors.plan_by_code(SYSTEM, seed_plan.code),
            *selectors.plan_qs_in_force(SYSTEM),
            regime_plan(seed_regime()),
        ]
    assert all(p is not None and "source_text" in p.get_deferred_fields() for p in plans)
    assert not any("source_text" in q["sql"] for q in queries.captured_queries)
    assert plans[0].source_text == Plan._base_manager.get(pk=seed_plan.pk).source_text != ""
    item = selectors.PlanSnapshot.load(seed_plan).tasks()[0]
    client.force_login(coordinator)
    page = client.get(item.get_absolute_url()).content.decode()
    excerpt = seed_plan.source_text[item.span_start : item.span_end]
    assert item.span_start is not None and escape(excerpt[:60]) in page  # the source sentence is still shown
