"""In a real browser (#15.5): the report form shows what needs the officer's action on its first screen and folds
the rest; a folded part opens by its summary and by a link of the top box; the form still saves without
JavaScript."""

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.plans.seed import seed_plan_ensure
from trithuc.reporting.services.periods import reporting_seed
from trithuc.reporting.services.reports import report_open, report_save
from trithuc.reporting.tests.factories import annual_period, filled_input

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    seed_plan_ensure()
    reporting_seed()  # the flush of a transactional test removes what the data migration seeded
    reporter = membership_user("reporter", "so-noi-vu")
    membership_user("head", "so-noi-vu")
    report = report_open(actor=reporter, period=annual_period(2025), agency=reporter.memberships.get().agency)
    report_save(actor=reporter, report=report, data=filled_input(report))  # the lead tasks reported
    return {"reporter": reporter, "url": f"/bao-cao/{report.pk}/sua/"}


def test_the_top_shows_the_action_and_the_folded_parts_open(page, live_server, world):
    base = live_server.url
    csp_errors = []
    page.on("console", lambda m: csp_errors.append(m.text) if "Content Security Policy" in m.text else None)
    page.set_viewport_size({"width": 1280, "height": 900})
    login(page, base, world["reporter"].username)
    page.goto(f"{base}{world['url']}")

    todo = page.locator("#report-todo")
    assert todo.bounding_box()["y"] + todo.bounding_box()["height"] < 900  # all of it on the first screen
    text = todo.inner_text()
    assert "hạn gửi" in text and "Còn thiếu trong báo cáo này" in text and "chưa có số liệu" in text
    assert "Báo cáo do lãnh đạo đơn vị gửi" in text  # who sends it
    assert todo.get_by_role("button", name="Lưu báo cáo").is_visible()

    closed = page.locator("details.form-part:not([open])")
    assert closed.count() >= 1, "a part whose tasks are all reported should start folded"
    folded = page.locator(f"details#{closed.first.get_attribute('id')}")
    status = folded.locator("select").first
    assert not status.is_visible()
    folded.locator("> summary").click()
    assert status.is_visible()

    # a link of the top box leads into a part the officer folded: the part opens (trithuc.js)
    indicators = page.locator("details#chi-tieu")
    page.locator("details#chi-tieu > summary").click()
    assert indicators.get_attribute("open") is None
    link = todo.locator('#report-missing a[href^="#id_i_"]').first
    target = page.locator(link.get_attribute("href"))
    link.click()
    assert indicators.get_attribute("open") is not None and target.is_visible()

    height = page.evaluate("document.documentElement.scrollHeight")
    print(f"report form height: {height} px")
    assert not csp_errors, csp_errors


def test_the_folded_form_saves_without_javascript(browser, live_server, world):
    context = browser.new_context(locale="vi-VN", java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        login(page, live_server.url, world["reporter"].username)
        page.goto(f"{live_server.url}{world['url']}")
        assert page.locator("details#trien-khai").get_attribute("open") is None  # written: folded
        page.locator("details#trien-khai > summary").click()  # a fold opens without any script
        page.get_by_label("Khó khăn, vướng mắc").fill("Thiếu kinh phí tổ chức hội nghị.")
        page.get_by_role("button", name="Lưu báo cáo").first.click()
        page.get_by_text("Đã lưu báo cáo.").wait_for()
        assert "Thiếu kinh phí tổ chức hội nghị." in page.content()
    finally:
        context.close()
