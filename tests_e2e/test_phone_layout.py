"""Issue 17.6, in a real browser at 390×844: no page of any demo role scrolls sideways; the menu folds behind
a button and opens; the agency's tasks become cards with "Cập nhật" on screen; the registry statistics show
their first figure before the folded filters."""

import pytest

from tests_e2e.helpers import follow
from trithuc.demo.setup import DEMO_ACCOUNTS, DEMO_PASSWORD, demo_setup
from trithuc.reporting.models import AgencyReport
from trithuc.reviews.models import ReviewRequest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}
# Each role's main pages besides the one it lands on; {report} and {review} are filled from the demo data.
PAGES = {
    "dieuphoi": ["/bao-cao/theo-doi/", "/ke-hoach/nhiem-vu/", "/bao-cao/{report}/", "/sua-doi/"],
    "noivu": ["/co-quan/cua-toi/", "/bao-cao/", "/su-kien/"],
    "lanhdao": ["/tri-thuc/thong-ke/"],
    "lienhiep": ["/phan-bien/", "/phan-bien/{review}/", "/phan-bien/{review}/hoi-dong/", "/su-kien/"],
    "csdl": ["/tri-thuc/", "/tri-thuc/thong-ke/"],
    "chuyengia": ["/tri-thuc/cua-toi/"],
    "quantri": ["/nhat-ky/"],
}


@pytest.fixture
def demo(transactional_db):
    demo_setup(people=150)
    return {
        "report": AgencyReport.objects.filter(first_submitted_at__isnull=False).values_list("pk", flat=True)[
            0
        ],
        "review": ReviewRequest.objects.order_by("pk").values_list("pk", flat=True)[0],
    }


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="vi-VN", viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def _login(page, base: str, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base}/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(lambda url: "/dang-nhap/" not in url)


def _overflow(page) -> int:
    """How many pixels the page is wider than the screen (0 when nothing scrolls sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def test_no_page_of_any_demo_role_scrolls_sideways_on_a_phone(phone, live_server, demo):
    base = live_server.url
    wide = []
    visited = 0
    for account in DEMO_ACCOUNTS:
        if account.username not in PAGES:
            continue
        _login(phone, base, account.username)
        for path in [None, *PAGES[account.username]]:
            if path:
                response = phone.goto(base + path.format(**demo))
                assert response.status == 200, (account.username, path)
            visited += 1
            if _overflow(phone) > 0:
                wide.append((account.username, phone.url, _overflow(phone)))
    assert visited >= 20
    assert wide == []


def test_on_a_phone_the_menu_folds_the_tasks_are_cards_and_the_filters_fold(
    browser, phone, live_server, demo
):
    """One demo for several checks: making it is most of the time of these tests."""
    base = live_server.url
    _login(phone, base, "dieuphoi")
    events = phone.get_by_role("link", name="Sự kiện")
    assert not events.is_visible()
    toggle = phone.get_by_role("button", name="Menu")
    assert toggle.get_attribute("aria-expanded") == "false"
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert events.is_visible()
    box = events.bounding_box()
    assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    phone.locator("nav summary", has_text="Kế hoạch").click()
    follow(phone, phone.get_by_role("link", name="Việc của đơn vị tôi"))
    assert phone.get_by_role("heading", level=1).inner_text().startswith("Việc của đơn vị tôi")

    _login(phone, base, "noivu")  # the agency's tasks: one card per task, "Cập nhật" on screen
    phone.goto(f"{base}/co-quan/cua-toi/")
    update = phone.get_by_role("link", name="Cập nhật").first
    box = update.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert phone.locator("td[data-label]").first.is_visible()

    _login(phone, base, "lanhdao")  # the statistics: the first figure on the first screen, filters folded
    phone.goto(f"{base}/tri-thuc/thong-ke/")
    assert phone.locator("details.fold-narrow").get_attribute("open") is None
    first_figure = phone.locator("#totals .figure").first.bounding_box()
    assert first_figure is not None and first_figure["y"] + first_figure["height"] <= PHONE["height"]
    phone.get_by_text("Bộ lọc", exact=True).click()
    assert phone.get_by_role("button", name="Xem").is_visible()
    phone.reload()  # folded again; turned sideways past the breakpoint, the filters show
    assert not phone.get_by_role("button", name="Xem").is_visible()
    phone.set_viewport_size({"width": 900, "height": 390})
    phone.get_by_role("button", name="Xem").wait_for(state="visible")

    wide = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 900}).new_page()
    try:  # on a wide screen the menu and the filters stay open
        _login(wide, base, "lanhdao")
        wide.goto(f"{base}/tri-thuc/thong-ke/")
        assert not wide.get_by_role("button", name="Menu").is_visible()
        assert wide.get_by_role("link", name="Thống kê trí thức").is_visible()
        assert wide.get_by_role("button", name="Xem").is_visible()
    finally:
        wide.context.close()
