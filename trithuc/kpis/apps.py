from django.apps import AppConfig


class KpisConfig(AppConfig):
    name = "trithuc.kpis"
    label = "kpis"
    verbose_name = "Chỉ tiêu của kế hoạch"
