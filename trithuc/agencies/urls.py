from django.urls import path

from trithuc.agencies import views

app_name = "agencies"
urlpatterns = [
    path("", views.agency_list, name="agency_list"),
    path("cua-toi/", views.my_agency, name="my_agency"),
]
