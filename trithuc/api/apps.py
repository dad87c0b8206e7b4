from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "trithuc.api"
    label = "api"
    verbose_name = "API"
