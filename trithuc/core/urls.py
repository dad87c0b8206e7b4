from django.urls import path

from trithuc.core import views

app_name = "core"
urlpatterns = [
    path("nhat-ky/", views.audit_list, name="audit_list"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
]
