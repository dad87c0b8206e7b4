from django.urls import path

from trithuc.reviews import views

app_name = "reviews"
urlpatterns = [
    path("", views.request_list, name="request_list"),
]
