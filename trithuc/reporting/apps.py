from django.apps import AppConfig


class ReportingConfig(AppConfig):
    name = "trithuc.reporting"
    label = "reporting"
    verbose_name = "Báo cáo định kỳ"
