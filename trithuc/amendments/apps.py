from django.apps import AppConfig


class AmendmentsConfig(AppConfig):
    name = "trithuc.amendments"
    label = "amendments"
    verbose_name = "Đề xuất sửa đổi kế hoạch"
