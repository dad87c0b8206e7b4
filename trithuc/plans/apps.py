from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "trithuc.plans"
    label = "plans"
    verbose_name = "Kế hoạch và nhiệm vụ"
