"""In a real browser (issue 17.1): Sở Nội vụ's reporter opens a task of a superseded plan version, is told so and
sent to the same task in the version in force, updates it there, and sees it on "Việc của đơn vị tôi"."""

import re

import pytest
from django.utils import timezone

from tests_e2e.helpers import login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.plans.models import ProgressUpdate
from trithuc.plans.seed import seed_plan_ensure
from trithuc.plans.services.plan_version import AMEND, ItemChange, plan_version_create

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

REF = "II.1.a"  # Sở Nội vụ leads it (with the other departments), due 30/6/2020: overdue until done
RESULT = "Đã ban hành quy định thu hút trí thức trẻ về công tác tại tỉnh."


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    old = seed_plan_ensure()
    coordinator = membership_user("coordinator", "so-khcn")
    change = ItemChange(AMEND, "II.2.b", text="Nội dung mới của nhiệm vụ II.2.b.")
    current = plan_version_create(actor=coordinator, previous=old, changes=[change], reason="Quyết định 1024")
    return {
        "old": old.items.get(ref=REF),
        "current": current.items.get(ref=REF),
        "reporter": membership_user("reporter", "so-noi-vu"),
    }


def test_reporter_is_sent_from_a_superseded_task_to_the_current_one_and_updates_there(
    page, live_server, world
):
    base = live_server.url
    login(page, base, world["reporter"].username)

    page.goto(f"{base}/ke-hoach/nhiem-vu/{world['old'].pk}/")
    banner = page.locator("#superseded")
    assert "Phiên bản này đã được thay thế" in banner.inner_text()
    assert page.get_by_role("button", name=re.compile("Cập nhật tiến độ")).count() == 0

    banner.get_by_role("link", name=f"Mở {REF} trong phiên bản 2 (đang hiệu lực)").click()
    page.wait_for_url(f"{base}{world['current'].get_absolute_url()}")
    assert page.locator("#superseded").count() == 0

    page.get_by_role("button", name=re.compile("Cập nhật tiến độ")).click()
    page.get_by_label("Tình trạng").select_option("completed")
    page.get_by_label("Kết quả thực hiện").fill(RESULT)
    page.get_by_label("Ngày hoàn thành").fill(timezone.localdate().isoformat())
    page.get_by_role("button", name="Lưu cập nhật").click()
    page.get_by_text("Đã ghi nhận cập nhật tiến độ.").wait_for()
    assert RESULT in page.content()
    assert ProgressUpdate.objects.get(result=RESULT).item_id == world["current"].pk

    page.locator("nav summary", has_text="Kế hoạch").click()  # the menu groups plan pages
    page.get_by_role("link", name="Việc của đơn vị tôi").click()
    row = page.locator("tr", has=page.get_by_role("link", name=REF, exact=True))
    assert row.get_by_role("link", name=REF, exact=True).get_attribute("href") == (
        world["current"].get_absolute_url()
    )
    assert row.locator(".badge").inner_text().startswith("Hoàn thành")
