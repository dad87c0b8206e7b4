"""In a real browser (#13): the coordinator imports the Nghệ An plan as a new plan; the Kết luận 52 overview, tree,
search and Sở Nội vụ's Kết luận 52 tasks are as before, the new plan's tasks appear under its own name, and both
plans are listed."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from tests_e2e.helpers import follow, login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.plans.models import Plan
from trithuc.plans.seed import seed_plan_ensure

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
SECOND = Path(settings.BASE_DIR).parent / "shared" / "corpus" / "raw" / "nghean-1026-2025-bao-ve-bmnn.txt"


def _kl52(page, base: str, reporter: str, coordinator: str) -> dict:
    """What readers see of the Kết luận 52 plan: headline, tree, a search, Sở Nội vụ's tasks in it."""
    login(page, base, coordinator)
    page.goto(f"{base}/ke-hoach/kl52/")
    overview = page.locator("section.cards").inner_text()
    page.goto(f"{base}/ke-hoach/kl52/cay/")
    tree = page.locator("section.tree").inner_text()
    page.goto(f"{base}/ke-hoach/kl52/nhiem-vu/?q=tri+th%E1%BB%A9c")
    search = page.locator("table.tasks").inner_text()
    login(page, base, reporter)
    page.locator("nav summary", has_text="Kế hoạch").click()
    follow(page, page.get_by_role("link", name="Việc của đơn vị tôi"))
    mine = page.locator('section.plan-work[data-plan="kl52"]').inner_text()
    return {"overview": overview, "tree": tree, "search": search, "mine": mine}


def test_a_second_plan_imported_as_new_changes_nothing_of_the_first(page, live_server):
    agencies_seed()
    seed_plan_ensure()
    coordinator = membership_user("coordinator", "so-khcn").username
    reporter = membership_user("reporter", "so-noi-vu").username
    base = live_server.url
    before = _kl52(page, base, reporter, coordinator)

    login(page, base, coordinator)
    page.locator("nav summary", has_text="Kế hoạch").click()
    page.get_by_role("link", name="Nhập kế hoạch").click()
    page.locator("input[type=file]").set_input_files(str(SECOND))
    page.get_by_role("button", name="Đọc và xem trước").click()
    page.get_by_role("heading", name="Các mục theo phần").wait_for()
    page.locator("#document summary").click()
    code = page.get_by_label("Mã kế hoạch")
    assert code.input_value() == "kh1026-2025"  # proposed from the document's number and year
    code.fill("kl52")
    page.locator("#document").get_by_role("button", name="Lưu chỉnh sửa").click()
    page.get_by_text("Mã kế hoạch “kl52” đã được dùng cho một kế hoạch khác.").wait_for()
    page.locator("#document summary").click()
    page.get_by_label("Mã kế hoạch").fill("bmnn")
    page.locator("#document").get_by_role("button", name="Lưu chỉnh sửa").click()
    page.get_by_text("Đã lưu chỉnh sửa bản nháp.").wait_for()
    page.get_by_role("button", name="Xác nhận nhập").click()
    page.get_by_text(re.compile(r"Đã nhập kế hoạch bmnn: \d+ nhiệm vụ\.")).wait_for()
    assert page.url == f"{base}/ke-hoach/bmnn/cay/"
    assert Plan.objects.filter(is_current=True).count() == 2

    page.goto(f"{base}/ke-hoach/")
    listed = page.locator("#plans-in-force")
    assert (
        listed.locator('tr[data-plan="kl52"]').count() == 1
        and listed.locator('tr[data-plan="bmnn"]').count() == 1
    )
    page.goto(f"{base}/")
    page.locator("#plans-overview").get_by_role("link", name="bmnn", exact=True).click()
    page.wait_for_url(f"{base}/ke-hoach/bmnn/")

    after = _kl52(page, base, reporter, coordinator)
    assert after == before
    other = page.locator('section.plan-work[data-plan="bmnn"]')
    assert other.get_by_role("heading").inner_text().startswith("bmnn")
    assert other.get_by_role("link", name="Cập nhật").count() >= 1  # Sở Nội vụ's task of the new plan
