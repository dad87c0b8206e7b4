from django.urls import path

from trithuc.kpis import views

app_name = "kpis"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("<slug:code>/", views.plan_kpis, name="plan_kpis"),
    path("<slug:code>/de-xuat/", views.propose, name="propose"),
    path("<slug:code>/<int:pk>/xac-nhan/", views.confirm, name="confirm"),
    path("<slug:code>/<int:pk>/bo/", views.discard, name="discard"),
]
