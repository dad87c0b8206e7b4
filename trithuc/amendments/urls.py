from django.urls import path

from trithuc.amendments import views

app_name = "amendments"
urlpatterns = [
    path("", views.proposal_list, name="proposal_list"),
]
