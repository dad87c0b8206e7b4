from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "trithuc.core"
    label = "core"
    verbose_name = "Hệ thống"

    def ready(self) -> None:
        from trithuc.core import auth_events, checks  # noqa: F401  (registers receivers and system checks)
