"""The second factor holds on every path (issue 16, High 2): a session that has not given its code gets the
code page and logout only, pages, exports, the admin and the API alike; a session opened before the device
was confirmed is asked too; API tokens are not sessions and keep working."""

import pytest
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from trithuc.api.services import api_token_create
from trithuc.core.permissions import SYSTEM
from trithuc.reporting.models import AgencyReport
from trithuc.reporting.services.reports import report_open, report_save, report_submit
from trithuc.reporting.tests.factories import annual_period, filled_input

VERIFY = "/tai-khoan/xac-minh/"
API_GETS = [
    "/api/v1/plans",
    "/api/v1/reports",
    "/api/v1/registry/people",
    "/api/v1/registry/summary",
    "/api/v1/amendments/proposals",
]


def _code(device):
    return f"{totp(device.bin_key):06d}"


def _confirmed_device(user):
    return TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=True)


@pytest.fixture
def sent_report(seed_plan, agencies):
    report = report_open(actor=SYSTEM, period=annual_period(2025), agency=agencies["so-noi-vu"])
    return report_submit(
        actor=SYSTEM, report=report_save(actor=SYSTEM, report=report, data=filled_input(report))
    )


@pytest.fixture
def half_logged_in(coordinator, seed_plan):
    """A coordinator with a confirmed device whose session has the password but not the code."""
    _confirmed_device(coordinator)
    client = Client(enforce_csrf_checks=True)
    client.force_login(coordinator)
    return client


def _assert_sent_to_code_page(response):
    assert response.status_code == 302, response.status_code
    assert response["Location"].startswith(VERIFY)


def _assert_api_refused(response):
    assert response.status_code == 401, (response.status_code, response.content[:200])
    assert response["Content-Type"].startswith("application/json")
    assert "mã xác thực hai lớp" in response.json()["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/ke-hoach/",
        "/bao-cao/",
        "/tri-thuc/thong-ke/",
        "/tri-thuc/thong-ke/xuat-excel/",
        "/tai-khoan/hai-lop/",
    ],
)
def test_pages_and_exports_send_a_half_logged_in_session_to_the_code_page(half_logged_in, url):
    _assert_sent_to_code_page(half_logged_in.get(url))


def test_the_admin_sends_a_half_logged_in_administrator_to_the_code_page(administrator):
    _confirmed_device(administrator)
    client = Client()
    client.force_login(administrator)
    _assert_sent_to_code_page(client.get("/quan-tri/"))
    _assert_sent_to_code_page(client.get("/quan-tri/auth/user/"))


def test_the_code_page_keeps_the_full_address_to_return_to(half_logged_in):
    response = half_logged_in.get("/ke-hoach/", {"q": "a b", "trang": "2"})
    assert response["Location"] == f"{VERIFY}?next=%2Fke-hoach%2F%3Fq%3Da%2Bb%26trang%3D2"


@pytest.mark.parametrize("url", API_GETS)
def test_api_answers_401_in_vietnamese_to_a_half_logged_in_session(half_logged_in, url):
    _assert_api_refused(half_logged_in.get(url))


def test_api_write_with_the_code_pages_csrf_token_is_refused(half_logged_in, sent_report):
    page = half_logged_in.get(VERIFY)
    assert page.status_code == 200
    csrf = half_logged_in.cookies["csrftoken"].value
    response = half_logged_in.post(
        f"/api/v1/reports/{sent_report.pk}/return",
        {"reason": "Thiếu số liệu"},
        content_type="application/json",
        HTTP_X_CSRFTOKEN=csrf,
    )
    _assert_api_refused(response)
    assert AgencyReport.objects.get(pk=sent_report.pk).status == sent_report.status == "submitted"


def test_only_the_code_page_logout_and_health_stay_open(half_logged_in):
    assert half_logged_in.get(VERIFY).status_code == 200
    assert half_logged_in.get("/healthz").status_code == 200
    assert half_logged_in.get("/readyz").status_code == 200
    _assert_sent_to_code_page(half_logged_in.get("/healthz-khac"))
    _assert_sent_to_code_page(half_logged_in.get("/tai-khoan/xac-minh-khac/"))
    csrf = half_logged_in.cookies["csrftoken"].value
    assert half_logged_in.post("/dang-xuat/", HTTP_X_CSRFTOKEN=csrf).status_code == 302
    assert "_auth_user_id" not in half_logged_in.session


def test_after_the_code_everything_opens(half_logged_in, coordinator):
    device = TOTPDevice.objects.get(user=coordinator)
    half_logged_in.get(VERIFY)
    csrf = half_logged_in.cookies["csrftoken"].value
    verified = half_logged_in.post(
        f"{VERIFY}?next=/bao-cao/", {"token": _code(device)}, HTTP_X_CSRFTOKEN=csrf
    )
    assert verified.status_code == 302 and verified["Location"] == "/bao-cao/"
    assert half_logged_in.get("/").status_code == 200
    assert half_logged_in.get("/api/v1/reports").status_code == 200


def test_a_session_opened_before_the_device_was_confirmed_is_asked_for_the_code(coordinator, seed_plan):
    earlier = Client()
    earlier.force_login(coordinator)
    assert earlier.get("/").status_code == 200
    assert earlier.get("/api/v1/reports").status_code == 200

    setup = Client()  # the coordinator turns the second factor on from another browser
    setup.force_login(coordinator)
    setup.get(reverse("core:two_factor_setup"))
    device = TOTPDevice.objects.get(user=coordinator)
    assert setup.post(reverse("core:two_factor_setup"), {"token": _code(device)}).status_code == 302
    assert setup.get("/").status_code == 200  # the session that gave the code is verified

    _assert_sent_to_code_page(earlier.get("/"))
    _assert_api_refused(earlier.get("/api/v1/reports"))


def test_a_device_confirmed_by_the_administrator_applies_to_open_sessions(coordinator, seed_plan):
    open_session = Client()
    open_session.force_login(coordinator)
    assert open_session.get("/bao-cao/").status_code == 200
    _confirmed_device(coordinator)
    _assert_sent_to_code_page(open_session.get("/bao-cao/"))
    _assert_api_refused(open_session.get("/api/v1/plans"))


def test_api_tokens_are_not_sessions_and_keep_working(coordinator, seed_plan):
    _confirmed_device(coordinator)
    raw = api_token_create(actor=coordinator, name="Kết nối")[1]
    assert Client().get("/api/v1/reports", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    # A token beside a half-logged-in session: the token decides, the session adds nothing.
    client = Client()
    client.force_login(coordinator)
    assert client.get("/api/v1/reports", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    refused = client.get("/api/v1/reports", HTTP_AUTHORIZATION="Bearer tt_sai")
    assert refused.status_code == 401


def test_users_without_a_device_are_not_asked(client, reporter_a, seed_plan):
    client.force_login(reporter_a)
    assert client.get("/").status_code == 200
    assert client.get("/api/v1/reports").status_code == 200


def test_a_code_used_twice_is_called_used_not_wrong(coordinator, seed_plan):
    """Issue 15, 10: typing the same code again within its 30 seconds says so."""
    device = _confirmed_device(coordinator)
    first, second = Client(), Client()
    for client in (first, second):
        client.force_login(coordinator)
    code = _code(device)
    assert first.post(VERIFY, {"token": code}).status_code == 302
    again = second.post(VERIFY, {"token": code})
    assert again.status_code == 200
    html = again.content.decode()
    assert "Mã này vừa được dùng" in html and "Mã xác thực không đúng" not in html
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_count=0, throttling_failure_timestamp=None
    )
    wrong = second.post(VERIFY, {"token": f"{(int(code) + 1) % 1_000_000:06d}"})
    assert "Mã xác thực không đúng" in wrong.content.decode()


def test_the_set_up_page_draws_a_qr_code_inline(client, coordinator, seed_plan):
    client.force_login(coordinator)
    html = client.get("/tai-khoan/hai-lop/").content.decode()
    figure = html.split('id="totp-qr"', 1)[1].split("</figure>", 1)[0]
    assert "<svg" in figure and "<path" in figure and "<script" not in figure
    assert "<img" not in figure  # drawn in the page: no request the CSP could block
