"""In a real browser (#15.3, #15.4): a wrong report form shows every error at the top, each naming what was
expected and linking to its field; a task reported for years shows a summary per agency first, why it is late,
and its history folded by year."""

import pytest
from django.utils import timezone

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.plans.models import Assignment
from trithuc.plans.seed import seed_plan_ensure
from trithuc.plans.selectors import PlanSnapshot
from trithuc.plans.services.progress import progress_update_create
from trithuc.reporting.services.periods import reporting_seed
from trithuc.reporting.services.reports import report_open
from trithuc.reporting.tests.factories import annual_period

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    plan = seed_plan_ensure()
    reporting_seed()  # the flush of a transactional test removes what the data migration seeded
    reporter = membership_user("reporter", "so-noi-vu")
    membership_user("head", "so-noi-vu")
    agency = reporter.memberships.get().agency
    report = report_open(actor=reporter, period=annual_period(2025), agency=agency)
    return {"reporter": reporter, "agency": agency, "plan": plan, "report": report}


def test_every_error_of_the_report_form_is_at_the_top_and_leads_to_its_field(page, live_server, world):
    base = live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, base, world["reporter"].username)
    page.goto(f"{base}/bao-cao/{world['report'].pk}/sua/")
    figures = page.locator("input[id^='id_i_']:not([type=hidden])")
    first, second = figures.nth(0), figures.nth(1)
    first_id, second_id = first.get_attribute("id"), second.get_attribute("id")
    page.evaluate(  # open every fold so the fields can be typed in, as an officer would
        "document.querySelectorAll('#report-form details').forEach(d => d.open = true)"
    )
    first.fill("ba")
    second.fill("-5")
    page.locator("#report-todo").get_by_role("button", name="Lưu báo cáo").click()

    errors = page.locator("#form-errors")
    box = errors.bounding_box()
    assert box is not None and box["y"] < 900, "the errors are on the first screen"
    links = errors.locator("ul.error-summary a")
    hrefs = {links.nth(i).get_attribute("href") for i in range(links.count())}
    assert {f"#{first_id}", f"#{second_id}"} <= hrefs, "each wrong field is listed, not only the first"
    text = errors.inner_text()
    assert "“”" not in text  # never an empty quotation
    links.filter(has=page.locator(f"xpath=self::a[@href='#{first_id}']")).first.click()
    assert page.locator(f"#{first_id}").is_visible()
    assert page.locator(f"#{first_id}").input_value() == "ba"  # what was typed is kept


def test_a_task_page_shows_each_agency_first_and_folds_the_years(page, live_server, world):
    plan, agency = world["plan"], world["agency"]
    snapshot = PlanSnapshot.load(plan)
    item = next(
        t
        for t in snapshot.tasks()
        if any(
            a.agency_id == agency.pk and a.role == Assignment.Role.LEAD
            for a in snapshot.assignments.get(t.pk, [])
        )
        and not snapshot.is_rolled_up(t)
    )
    this_year = timezone.localdate().year
    for year in range(this_year - 3, this_year + 1):
        for n in range(3):
            progress_update_create(
                actor=world["reporter"],
                item=item,
                agency=agency,
                status="in_progress",
                result=f"Năm {year}: đợt {n + 1} đã triển khai.",
                period_year=year,
            )
    base = live_server.url
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, base, world["reporter"].username)
    page.goto(f"{base}{item.get_absolute_url()}")

    summary = page.locator("#agency-summary")
    assert summary.is_visible() and agency.name in summary.inner_text()
    history = page.locator("details.history-year")
    assert history.count() == 4
    assert history.first.get_attribute("open") is not None  # the latest year open
    older = history.nth(3)
    assert older.get_attribute("open") is None
    assert not older.get_by_text(f"Năm {this_year - 3}: đợt 1 đã triển khai.").is_visible()
    older.locator("> summary").click()
    assert older.get_by_text(f"Năm {this_year - 3}: đợt 1 đã triển khai.").is_visible()
    summary_box, history_box = summary.bounding_box(), history.first.bounding_box()
    assert summary_box is not None and history_box is not None and summary_box["y"] < history_box["y"]
