from django.apps import AppConfig


class AlertsConfig(AppConfig):
    name = "trithuc.alerts"
    label = "alerts"
    verbose_name = "Cảnh báo sớm"

    def ready(self) -> None:
        from trithuc.alerts.digest import alert_digest_lines
        from trithuc.reporting.digest import digest_section_register

        digest_section_register("alerts", alert_digest_lines)
