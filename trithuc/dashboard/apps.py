from django.apps import AppConfig


class DashboardConfig(AppConfig):
    name = "trithuc.dashboard"
    label = "dashboard"
    verbose_name = "Tổng quan"
