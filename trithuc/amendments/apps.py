from django.apps import AppConfig


class AmendmentsConfig(AppConfig):
    name = "trithuc.amendments"
    label = "amendments"
    verbose_name = "Đề xuất sửa đổi kế hoạch"

    def ready(self) -> None:
        from trithuc.amendments import slots
        from trithuc.core.slots import slot_register

        slot_register(
            "plans.plan_detail",
            name="amendments.note",
            template="amendments/_plan_note.html",
            context=slots.plan_amendment_note,
            order=10,
        )
        slot_register(
            "plans.task_detail",
            name="amendments.note",
            template="amendments/_item_note.html",
            context=slots.item_amendment_note,
            order=10,
        )
