from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

urlpatterns = [
    path("", include("trithuc.dashboard.urls")),
    path("dang-nhap/", auth_views.LoginView.as_view(), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("co-quan/", include("trithuc.agencies.urls")),
    path("ke-hoach/", include("trithuc.plans.urls")),
    path("bao-cao/", include("trithuc.reporting.urls")),
    path("tri-thuc/", include("trithuc.registry.urls")),
    path("quan-tri/", admin.site.urls),
]
