"""Authentication hardening, headers and the audit page (TCVN 11930:2017 level 3 controls)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from trithuc.core.models import AuditEvent
from trithuc.core.tests.factories import membership_user

ROOT = Path(__file__).resolve().parents[3]


def _login(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR="10.1.2.3")


def test_login_and_failures_are_audited_with_the_address(client, agencies):
    user = membership_user("reporter", "so-noi-vu")
    _login(client, user.username, "sai-mat-khau")
    response = _login(client, user.username, "mat-khau-thu-nghiem")
    assert response.status_code == 302
    failed = AuditEvent.objects.get(action="auth.login_failed")
    assert (failed.data["username"], failed.ip) == (user.username, "10.1.2.3")
    assert AuditEvent.objects.filter(action="auth.login", actor=user).exists()


def test_repeated_failures_lock_the_account_out(client, agencies):
    user = membership_user("reporter", "so-noi-vu")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, user.username, "sai-mat-khau")
    locked = _login(client, user.username, "mat-khau-thu-nghiem")  # even the right password is refused now
    assert locked.status_code == 429
    assert "Tạm khóa đăng nhập" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_failures_from_one_address_do_not_lock_the_user_out_from_another(client, agencies):
    """#16.7: the lockout is per user and address; an attacker cannot lock a colleague out everywhere."""
    user = membership_user("reporter", "so-noi-vu")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, user.username, "sai-mat-khau")
    assert _login(client, user.username, "mat-khau-thu-nghiem").status_code == 429
    elsewhere = client.post(
        reverse("login"),
        {"username": user.username, "password": "mat-khau-thu-nghiem"},
        REMOTE_ADDR="10.9.9.9",
    )
    assert elsewhere.status_code == 302 and client.session["_auth_user_id"] == str(user.pk)


def _documented_proxy(monkeypatch) -> tuple[dict, str]:
    """The settings the deployment guide's environment file gives, and the address its nginx connects from;
    the nginx block must replace X-Forwarded-For with the client's address (never pass a client's own)."""
    import re
    import runpy

    guide = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
    env_block = re.search(r"```ini\n(.*?)```", guide, re.S)
    nginx_block = re.search(r"```nginx\n(.*?)```", guide, re.S)
    assert env_block and nginx_block
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx_block.group(1)
    upstream = re.search(r"proxy_pass http://([0-9.]+):\d+;", nginx_block.group(1))
    assert upstream
    for line in env_block.group(1).splitlines():
        name, _, value = line.partition("=")
        if name in {"PROXY_COUNT", "TRUSTED_PROXIES"}:
            monkeypatch.setenv(name, value.split("#")[0].strip())
    computed = runpy.run_path(str(ROOT / "config" / "settings.py"))
    return {
        "PROXY_COUNT": computed["PROXY_COUNT"],
        "TRUSTED_PROXIES": computed["TRUSTED_PROXIES"],
    }, upstream.group(1)


def test_behind_the_documented_proxy_the_lockout_and_audit_use_the_client_address(
    client, agencies, monkeypatch, settings
):
    """#16.7: behind docs/deploy.md's nginx every request comes from 127.0.0.1; the client's address, from the
    header nginx writes, is what the lockout counts and the audit row records."""
    proxy_settings, proxy = _documented_proxy(monkeypatch)
    assert proxy_settings["PROXY_COUNT"] == 1 and proxy in proxy_settings["TRUSTED_PROXIES"]
    for name, value in proxy_settings.items():
        setattr(settings, name, value)
    user = membership_user("reporter", "so-noi-vu")

    def login(password, client_address):
        return client.post(
            reverse("login"),
            {"username": user.username, "password": password},
            REMOTE_ADDR=proxy,
            HTTP_X_FORWARDED_FOR=client_address,
        )

    for _ in range(settings.AXES_FAILURE_LIMIT):
        login("sai-mat-khau", "203.0.113.7")
    assert (
        AuditEvent.objects.filter(action="auth.login_failed", ip="203.0.113.7").count()
        == settings.AXES_FAILURE_LIMIT
    )
    assert login("mat-khau-thu-nghiem", "203.0.113.7").status_code == 429
    assert login("mat-khau-thu-nghiem", "198.51.100.20").status_code == 302


def test_a_forged_forwarded_header_from_outside_the_proxy_is_ignored(client, agencies, monkeypatch, settings):
    """Only the trusted proxy's header is believed: a client talking to gunicorn directly (or none trusted,
    the default) cannot pick a fresh address for each guess."""
    proxy_settings, _proxy = _documented_proxy(monkeypatch)
    for name, value in proxy_settings.items():
        setattr(settings, name, value)
    user = membership_user("reporter", "so-noi-vu")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        client.post(
            reverse("login"),
            {"username": user.username, "password": "sai-mat-khau"},
            REMOTE_ADDR="192.0.2.50",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{attempt}",
        )
    assert set(AuditEvent.objects.filter(action="auth.login_failed").values_list("ip", flat=True)) == {
        "192.0.2.50"
    }
    again = client.post(
        reverse("login"),
        {"username": user.username, "password": "mat-khau-thu-nghiem"},
        REMOTE_ADDR="192.0.2.50",
        HTTP_X_FORWARDED_FOR="10.0.0.99",
    )
    assert again.status_code == 429


def test_pages_carry_a_strict_content_security_policy(client, coordinator, seed_plan):
    client.force_login(coordinator)
    response = client.get(reverse("dashboard:overview"))
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "<script>" not in response.content.decode() and "onclick=" not in response.content.decode()
    assert response["X-Frame-Options"] == "DENY"


def test_session_slides_while_active_and_ends_after_thirty_idle_minutes(client, coordinator, seed_plan):
    import datetime as dt

    import time_machine
    from django.contrib.sessions.models import Session

    start = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
    with time_machine.travel(start, tick=False):
        client.force_login(coordinator)
        client.get(reverse("dashboard:overview"))
        first = Session.objects.get().expire_date
    with time_machine.travel(start + dt.timedelta(minutes=20), tick=False):
        assert client.get(reverse("dashboard:overview")).status_code == 200
        assert Session.objects.get().expire_date == first + dt.timedelta(minutes=20)
    with time_machine.travel(start + dt.timedelta(minutes=51), tick=False):  # 31 minutes without a request
        assert client.get(reverse("dashboard:overview")).status_code == 302


def test_passwords_are_hashed_with_argon2_outside_tests():
    from config import settings as production_like

    assert production_like.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
    assert any("MinimumLength" in v["NAME"] for v in production_like.AUTH_PASSWORD_VALIDATORS)


def test_production_settings_pass_the_deploy_check():
    env = {
        **{
            k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"
        },  # set for the browser tests
        "TRITHUC_ENV": "production",
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "SECRET_KEY": "k" * 20 + "-Zx9!q2@Lm#7pQ$w4^Rt&8yUe*3iO(p)a_s+d=f",
        "DATABASE_URL": "postgres://trithuc@127.0.0.1:5432/trithuc",
        "ALLOWED_HOSTS": "trithuc.lamdong.gov.vn",
        "DEMO_ALLOWED": "0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("role", ["coordinator", "leader", "administrator"])
def test_audit_page_searches_by_request_id(client, request, role, agencies):
    AuditEvent.objects.create(
        action="plan.import", target_type="plans.plan", target_repr="Kế hoạch A", request_id="abc"
    )
    AuditEvent.objects.create(
        action="plan.import", target_type="plans.plan", target_repr="Kế hoạch B", request_id="xyz"
    )
    client.force_login(request.getfixturevalue(role))
    page = client.get(reverse("core:audit_list"), {"request_id": "abc"})
    assert [e.target_repr for e in page.context["page"]] == ["Kế hoạch A"]


def test_registry_officer_sees_only_registry_access_rows(client, registry_officer):
    AuditEvent.objects.create(
        action="registry.person.view", target_type="registry.person", target_repr="Người A"
    )
    AuditEvent.objects.create(action="plan.import", target_type="plans.plan", target_repr="Kế hoạch B")
    client.force_login(registry_officer)
    page = client.get(reverse("core:audit_list"))
    assert [e.action for e in page.context["page"]] == ["registry.person.view"]


def test_audit_log_cannot_be_changed_in_the_admin(client, administrator):
    event = AuditEvent.objects.create(action="plan.import", target_type="plans.plan", target_repr="X")
    client.force_login(administrator)
    change = client.post(reverse("admin:core_auditevent_change", args=[event.pk]), {"action": "sua"})
    delete = client.post(reverse("admin:core_auditevent_delete", args=[event.pk]), {"post": "yes"})
    assert change.status_code == 403 and delete.status_code == 403
    event.refresh_from_db()
    assert event.action == "plan.import"


def test_health_and_readiness(client, db):
    assert client.get(reverse("core:healthz")).json() == {"status": "ok"}
    assert client.get(reverse("core:readyz")).json() == {"status": "ready"}


def _code(device):
    from django_otp.oath import totp

    return f"{totp(device.bin_key):06d}"


def test_coordinator_turns_on_two_factor_and_is_asked_for_the_code_next_time(client, coordinator, seed_plan):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(coordinator)
    page = client.get(reverse("core:two_factor_setup"))
    secret = page.context["secret"]
    assert secret and secret in page.content.decode()
    device = TOTPDevice.objects.get(user=coordinator)
    wrong = client.post(
        reverse("core:two_factor_setup"), {"token": "000000" if _code(device) != "000000" else "111111"}
    )
    assert "Mã xác thực không đúng" in wrong.content.decode()
    assert client.post(reverse("core:two_factor_setup"), {"token": _code(device)}).status_code == 302
    assert AuditEvent.objects.filter(action="auth.two_factor.enable", actor=coordinator).exists()

    client.logout()
    client.force_login(coordinator)  # password accepted, code not yet given
    blocked = client.get(reverse("dashboard:overview"))
    assert blocked.status_code == 302 and blocked["Location"].startswith(reverse("core:two_factor_verify"))
    device.refresh_from_db()
    device.last_t = -1  # allow the same 30-second code again in this test
    device.save()
    verified = client.post(f"{reverse('core:two_factor_verify')}?next=/ke-hoach/", {"token": _code(device)})
    assert verified.status_code == 302 and verified["Location"] == "/ke-hoach/"
    assert client.get(reverse("dashboard:overview")).status_code == 200


def test_reporters_are_not_offered_two_factor(client, reporter_a):
    client.force_login(reporter_a)
    assert client.get(reverse("core:two_factor_setup")).status_code == 404


def test_structured_logs_carry_the_request_id():
    import json
    import logging

    from trithuc.core.logs import JsonFormatter
    from trithuc.core.middleware import current_request_id

    token = current_request_id.set("req-9")
    try:
        record = logging.LogRecord("trithuc", logging.ERROR, __file__, 1, "Không đọc được %s", ("tệp",), None)
        line = json.loads(JsonFormatter().format(record))
    finally:
        current_request_id.reset(token)
    assert (line["message"], line["request_id"], line["level"]) == ("Không đọc được tệp", "req-9", "ERROR")


def test_a_refused_csrf_check_answers_in_vietnamese_page_and_json(agencies, coordinator):
    """#16 low: Django's English "CSRF verification failed" page; the API answers JSON."""
    from django.test import Client  # noqa: PLC0415

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(coordinator)
    page = browser.post("/ke-hoach/nhap/", {})
    assert page.status_code == 403 and "tải lại trang" in page.content.decode()
    assert "CSRF verification failed" not in page.content.decode()
    answer = browser.post("/api/v1/reports/1/return", {})
    assert answer.status_code == 403 and answer["Content-Type"].startswith("application/json")


def test_a_bad_request_answers_in_vietnamese_page_and_json(client, agencies):
    page = client.get("/dang-nhap/", HTTP_HOST="may chu sai")
    assert page.status_code == 400 and "Yêu cầu không hợp lệ" in page.content.decode()
    answer = client.get("/api/v1/agencies/", HTTP_HOST="may chu sai")
    assert answer.status_code == 400 and answer.json() == {"detail": "Yêu cầu không hợp lệ."}


@pytest.mark.parametrize("url", ["/api/v1/agencies/so%00", "/api/v1/agencies/?q=a%00b", "/tri-thuc/?q=a%00"])
def test_a_nul_in_the_address_is_a_400_not_a_500(client, coordinator, url):
    client.force_login(coordinator)
    assert client.get(url).status_code == 400


def test_a_non_staff_user_changes_their_own_password_in_vietnamese(client, agencies):
    """#16 Low: a reporter had no way to change their password (only the admin, for staff)."""
    user = membership_user("reporter", "so-noi-vu")
    assert not user.is_staff
    client.force_login(user)
    assert reverse("core:password_change") in client.get(reverse("dashboard:overview")).content.decode()
    page = client.get(reverse("core:password_change")).content.decode()
    assert "Mật khẩu hiện tại" in page and "Nhập lại mật khẩu mới" in page
    wrong = client.post(
        reverse("core:password_change"),
        {"old_password": "sai", "new_password1": "Dong-Nai-2026!x", "new_password2": "Dong-Nai-2026!x"},
    )
    assert wrong.status_code == 200 and "Mật khẩu cũ không chính xác" in wrong.content.decode()
    done = client.post(
        reverse("core:password_change"),
        {
            "old_password": "mat-khau-thu-nghiem",
            "new_password1": "Dong-Nai-2026!x",
            "new_password2": "Dong-Nai-2026!x",
        },
    )
    assert done.status_code == 302 and done["Location"] == reverse("core:password_change_done")
    user.refresh_from_db()
    assert user.check_password("Dong-Nai-2026!x")
    assert AuditEvent.objects.filter(action="auth.password_change", actor=user).exists()
    assert client.get(reverse("core:password_change_done")).status_code == 200  # the session stayed open
