"""What every browser test does: log in through the form, as a person would."""

from trithuc.core.tests.factories import TEST_PASSWORD


def login(page, base: str, username: str, *, lands_on: str = "/") -> None:
    """Waits for the page the role lands on (an expert is sent to their panels), so a failed login fails here."""
    page.context.clear_cookies()
    page.goto(f"{base}/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(TEST_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url(f"{base}{lands_on}")


def follow(page, link) -> None:
    """Clicks a link and waits for the page it opens: a click returns before the next page loads, so a check made
    straight after it may read the page being left (CI failed once on exactly that)."""
    with page.expect_navigation():
        link.click()
