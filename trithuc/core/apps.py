from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "trithuc.core"
    label = "core"
    verbose_name = "Hệ thống"

    def ready(self) -> None:
        from trithuc.core import checks  # noqa: F401  (registers system checks)
