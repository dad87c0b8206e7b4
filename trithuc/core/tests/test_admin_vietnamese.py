"""The admin speaks Vietnamese, third-party apps included (issue 15, 10), and /favicon.ico answers."""

import pytest
from django.urls import reverse

ENGLISH = [
    "Trang quản trị cho Django",
    "AXES",
    "Axes",
    "Access attempts",
    "Access failures",
    "OTP_TOTP",
    "Otp_Totp",
    "Task Results",
    "Tasks Database Backend",
]


def test_the_admin_index_names_every_app_and_model_in_vietnamese(client, administrator):
    client.force_login(administrator)
    html = client.get(reverse("admin:index")).content.decode()
    assert "TriThuc — Trang quản trị" in html
    assert "Chống dò mật khẩu" in html and "Lượt đăng nhập sai" in html and "Tác vụ nền" in html
    left = [word for word in ENGLISH if word in html]
    assert not left, left


@pytest.mark.parametrize("name", ["axes_accessattempt", "django_tasks_database_dbtaskresult"])
def test_third_party_lists_are_in_vietnamese(client, administrator, name):
    client.force_login(administrator)
    response = client.get(reverse(f"admin:{name}_changelist"))
    assert response.status_code == 200
    assert (
        "Access attempts" not in response.content.decode() and "Task Results" not in response.content.decode()
    )


def test_favicon_ico_points_at_the_icon(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 and response["Location"].endswith(".svg")
