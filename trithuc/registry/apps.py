from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "trithuc.registry"
    label = "registry"
    verbose_name = "Cơ sở dữ liệu trí thức"
