from django.urls import path

from trithuc.alerts import views

app_name = "alerts"
urlpatterns = [
    path("", views.alert_list, name="alert_list"),
    path("<slug:code>/", views.plan_alerts, name="plan_alerts"),
]
