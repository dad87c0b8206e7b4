"""In a real browser (#15.2): the follow-up grid tells a sent report from an accepted one, in words and colour;
"chờ tôi xử lý" leaves the coordinator the report to decide on; past years with nothing left are folded."""

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.plans.seed import seed_plan_ensure
from trithuc.reporting.demo import reporting_demo_setup
from trithuc.reporting.services.periods import reporting_seed

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    seed_plan_ensure()
    reporting_seed()  # the flush of a transactional test removes what the data migration seeded
    reporting_demo_setup()  # 2025: accepted, late, sent and waiting, a draft; earlier years long past
    return {"coordinator": membership_user("coordinator", "so-khcn")}


def _background(locator) -> str:
    return locator.evaluate("el => getComputedStyle(el).backgroundColor")


def test_the_coordinator_filters_what_waits_and_unfolds_past_years(page, live_server, world):
    base = live_server.url
    login(page, base, world["coordinator"].username)
    page.goto(f"{base}/bao-cao/theo-doi/")
    grid = page.locator("#followup-grid")
    waiting = grid.locator("td.cell-submitted")
    accepted = grid.locator("td.cell-accepted").first
    assert waiting.count() == 1 and waiting.inner_text().startswith("Đã gửi, chờ tiếp nhận")
    assert accepted.inner_text().startswith("Đã tiếp nhận")
    assert _background(waiting) != _background(accepted)  # coloured apart, and the words differ too

    folded = page.locator("#followup-folded")
    assert "2021" in folded.locator("summary").inner_text()
    assert not page.locator("#followup-grid-folded").is_visible()
    folded.locator("summary").click()
    assert page.locator("#followup-grid-folded").is_visible()
    assert "Năm 2021" in page.locator("#followup-grid-folded thead").inner_text()

    page.get_by_role("link", name="Chờ tôi xử lý (1)").click()
    page.wait_for_url("**loc=cho-xu-ly")
    rows = page.locator("#followup-grid tbody tr")
    assert rows.count() == 1 and rows.first.locator("td").first.inner_text().startswith("Sở Tài chính")
    rows.first.get_by_role("link", name="Đã gửi, chờ tiếp nhận").click()
    page.get_by_role("button", name="Tiếp nhận báo cáo").click()
    page.get_by_text("Đã tiếp nhận báo cáo.").wait_for()
    page.goto(f"{base}/bao-cao/theo-doi/?loc=cho-xu-ly")
    assert page.get_by_text("Không có báo cáo nào đang chờ tiếp nhận.").is_visible()
