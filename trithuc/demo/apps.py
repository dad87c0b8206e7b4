from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo database (`manage.py demo`): it uses every app, so it sits above them all and nothing imports it."""

    name = "trithuc.demo"
    label = "demo"
    verbose_name = "Dữ liệu demo"
