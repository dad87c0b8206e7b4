from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """What every app that issues documents shares: the Decree 30/2020 layout and the outgoing-number register.
    It sits below those apps (reporting, reviews, amendments) and imports none of them."""

    name = "trithuc.documents"
    label = "documents"
    verbose_name = "Văn bản đi"
