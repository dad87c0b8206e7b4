from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "trithuc.reviews"
    label = "reviews"
    verbose_name = "Tư vấn, phản biện và giám định xã hội"
