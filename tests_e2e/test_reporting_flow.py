"""In a real browser: Sở Nội vụ's head fills and sends the annual report; the coordinator accepts it."""

import pytest

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.permissions import SYSTEM
from trithuc.core.tests.factories import membership_user
from trithuc.plans.seed import seed_plan_ensure
from trithuc.plans.selectors import PlanSnapshot, agency_tasks
from trithuc.reporting.services.periods import periods_generate, reporting_seed, seed_regime

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    plan = seed_plan_ensure()
    reporting_seed()  # the flush of a transactional test removes what the data migration seeded
    period = periods_generate(actor=SYSTEM, regime=seed_regime(), years=[2025])[0]
    head = membership_user("head", "so-noi-vu")
    task = next(
        t for t in agency_tasks(PlanSnapshot.load(plan), head.memberships.get().agency) if t.role == "lead"
    )
    return {
        "period": period,
        "head": head,
        "coordinator": membership_user("coordinator", "so-khcn"),
        "ref": task.row.item.ref,
    }


def test_head_submits_and_coordinator_accepts(page, live_server, world):
    base = live_server.url
    login(page, base, world["head"].username)
    page.goto(f"{base}/bao-cao/")
    page.get_by_role("button", name="Lập báo cáo").click()
    page.get_by_role("button", name="Sửa báo cáo").click()
    ref = world["ref"]
    page.get_by_label(f"Tình trạng ({ref})").select_option("in_progress")
    page.get_by_label(f"Kết quả ({ref})").fill("Đã quán triệt cho 120 cán bộ, công chức.")
    page.get_by_label("Tổng số: Số lượt cán bộ, công chức, viên chức được quán triệt").fill("120")
    page.get_by_label("Khó khăn, vướng mắc").fill("Thiếu kinh phí tổ chức hội nghị.")
    page.get_by_role("button", name="Lưu báo cáo").first.click()
    page.get_by_text("Đã lưu báo cáo.").wait_for()
    page.get_by_role("button", name="Gửi báo cáo").click()
    page.get_by_text("Đã gửi báo cáo tới Sở Khoa học và Công nghệ.").wait_for()
    report_url = page.url

    page.context.clear_cookies()
    login(page, base, world["coordinator"].username)
    page.goto(f"{base}/bao-cao/theo-doi/")
    assert "Đã gửi, chờ tiếp nhận" in page.locator("#followup-grid").inner_text()  # sent, not yet accepted
    page.goto(report_url)
    assert "Thiếu kinh phí tổ chức hội nghị." in page.content()
    page.get_by_role("button", name="Tiếp nhận báo cáo").click()
    page.get_by_text("Đã tiếp nhận báo cáo.").wait_for()
    assert "Đã tiếp nhận" in page.locator("#report-status").inner_text()
