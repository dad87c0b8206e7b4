from django.apps import AppConfig


class AgenciesConfig(AppConfig):
    name = "trithuc.agencies"
    label = "agencies"
    verbose_name = "Cơ quan, đơn vị"
