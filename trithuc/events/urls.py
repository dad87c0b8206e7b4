from django.urls import path

from trithuc.events import views

app_name = "events"
urlpatterns = [
    path("", views.event_list, name="event_list"),
]
