from django.apps import AppConfig


class ReviewsConfig(AppConfig):
    name = "trithuc.reviews"
    label = "reviews"
    verbose_name = "Tư vấn, phản biện và giám định xã hội"

    def ready(self) -> None:
        from trithuc.core.slots import slot_register
        from trithuc.reviews import slots

        slot_register(
            "plans.task_detail",
            name="reviews.origin",
            template="reviews/_item_origin.html",
            context=slots.item_review_origin,
            order=20,
        )
