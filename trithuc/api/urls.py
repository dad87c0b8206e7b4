from django.urls import path

from trithuc.api import views
from trithuc.api.api import api

app_name = "apitokens"
urlpatterns = [
    path("ma-truy-cap/", views.token_list, name="token_list"),
    path("ma-truy-cap/<int:pk>/thu-hoi/", views.token_revoke, name="token_revoke"),
]
api_urls = api.urls
