"""The agency pages drawn from the plan, mounted under `co-quan/` with the `agencies:` names (config/urls.py)."""

from django.urls import path

from trithuc.plans import agency_views

urlpatterns = [
    path("<slug:code>/", agency_views.agency_detail, name="agency_detail"),
    path("<slug:code>/chuyen-giao/", agency_views.agency_transfer, name="agency_transfer"),
]
