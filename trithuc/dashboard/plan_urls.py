"""A plan's overview, mounted by config/urls.py under `ke-hoach/<code>/` with the `plans:` names, after the plans'
own addresses (so the plans app imports nothing of the dashboard)."""

from django.urls import path

from trithuc.dashboard import views

urlpatterns = [path("<slug:code>/", views.plan_overview, name="plan_overview")]
