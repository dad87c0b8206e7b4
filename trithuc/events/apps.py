from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "trithuc.events"
    label = "events"
    verbose_name = "Sự kiện, đối thoại và tuyên truyền"

    def ready(self) -> None:
        from trithuc.events.indicators import register

        register()  # events measure some of reporting's indicators
