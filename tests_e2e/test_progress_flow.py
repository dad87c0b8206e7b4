"""In a real browser: Sở Nội vụ reports progress with a file; the coordinator sees it; other agencies' forms 404."""

import pytest

from tests_e2e.helpers import follow, login
from trithuc.agencies.services import agencies_seed
from trithuc.core.tests.factories import membership_user
from trithuc.plans.seed import seed_plan_ensure

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def world(transactional_db):
    agencies_seed()
    plan = seed_plan_ensure()
    return {
        "plan": plan,
        "reporter": membership_user("reporter", "so-noi-vu"),
        "coordinator": membership_user("coordinator", "so-khcn"),
    }


def test_reporter_posts_update_with_file_and_coordinator_sees_it(page, live_server, world, tmp_path):
    base = live_server.url
    login(page, base, world["reporter"].username)
    page.locator("nav summary", has_text="Kế hoạch").click()  # the menu groups plan pages
    follow(page, page.get_by_role("link", name="Việc của đơn vị tôi"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("Việc của đơn vị tôi")
    row = page.locator("tr", has=page.get_by_role("link", name="III.2.a", exact=True))
    row.get_by_role("link", name="Cập nhật").click()

    evidence = tmp_path / "bien-ban-ra-soat.pdf"
    evidence.write_bytes(b"%PDF-1.4\n% bien ban\n")
    page.get_by_label("Tình trạng").select_option("in_progress")
    page.get_by_label("Kết quả thực hiện").fill(
        "Đã rà soát 14 chính sách thu hút trí thức trẻ, nữ, dân tộc thiểu số."
    )
    page.get_by_label("Tài liệu minh chứng").set_input_files(str(evidence))
    page.get_by_role("button", name="Lưu cập nhật").click()
    page.get_by_text("Đã ghi nhận cập nhật tiến độ.").wait_for()
    assert page.get_by_role("link", name="Tải minh chứng").count() == 1

    forbidden = world["plan"].items.get(ref="III.3")
    response = page.goto(f"{base}/ke-hoach/nhiem-vu/{forbidden.pk}/cap-nhat/so-gddt/")
    assert response.status == 404

    page.context.clear_cookies()
    login(page, base, world["coordinator"].username)
    page.locator("#plans-overview").get_by_role("link", name=world["plan"].code, exact=True).click()
    recent = page.locator("#recent-updates")
    assert "Đã rà soát 14 chính sách" in recent.inner_text()
    assert "Sở Nội vụ" in recent.inner_text()
