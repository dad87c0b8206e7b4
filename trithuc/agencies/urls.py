from django.urls import path

from trithuc.agencies import views

app_name = "agencies"
urlpatterns = [
    path("", views.agency_list, name="agency_list"),
    path("cua-toi/", views.my_agency, name="my_agency"),
    path("<slug:code>/", views.agency_detail, name="agency_detail"),
    path("<slug:code>/chuyen-giao/", views.agency_transfer, name="agency_transfer"),
]
