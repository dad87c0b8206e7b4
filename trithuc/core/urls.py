from django.urls import path

from trithuc.core import views

app_name = "core"
urlpatterns = [
    path("nhat-ky/", views.audit_list, name="audit_list"),
    path("tai-khoan/hai-lop/", views.two_factor_setup, name="two_factor_setup"),
    path("tai-khoan/xac-minh/", views.two_factor_verify, name="two_factor_verify"),
    # Browsers ask for /favicon.ico on their own; the icon lives with the static files.
    path("favicon.ico", views.favicon, name="favicon"),
    path("tai-khoan/mat-khau/", views.PasswordChange.as_view(), name="password_change"),
    path("tai-khoan/mat-khau/da-doi/", views.PasswordChangeDone.as_view(), name="password_change_done"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
]
