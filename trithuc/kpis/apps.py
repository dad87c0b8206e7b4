from django.apps import AppConfig


class KpisConfig(AppConfig):
    name = "trithuc.kpis"
    label = "kpis"
    verbose_name = "Chỉ tiêu của kế hoạch"

    def ready(self) -> None:
        from trithuc.kpis.receivers import connect

        connect()  # an imported plan's targets are proposed as soon as it is stored
