from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from trithuc.agencies import urls as agency_urls
from trithuc.api.urls import api_urls
from trithuc.dashboard import plan_urls as dashboard_plan_urls
from trithuc.plans import agency_urls as agency_plan_urls
from trithuc.plans import urls as plan_urls

# An agency's page is drawn from the plan by the plans app, under the agencies' names and path.
agency_patterns = (agency_urls.urlpatterns + agency_plan_urls.urlpatterns, agency_urls.app_name)
# A plan's overview (/ke-hoach/<code>/) is drawn by the dashboard, under the plans' names and path.
plan_patterns = (plan_urls.urlpatterns + dashboard_plan_urls.urlpatterns, plan_urls.app_name)

urlpatterns = [
    path("", include("trithuc.dashboard.urls")),
    path("", include("trithuc.core.urls")),
    path("dang-nhap/", auth_views.LoginView.as_view(), name="login"),
    path("dang-xuat/", auth_views.LogoutView.as_view(), name="logout"),
    path("co-quan/", include(agency_patterns)),
    path("ke-hoach/", include(plan_patterns)),
    path("bao-cao/", include("trithuc.reporting.urls")),
    path("tri-thuc/", include("trithuc.registry.urls")),
    path("phan-bien/", include("trithuc.reviews.urls")),
    path("su-kien/", include("trithuc.events.urls")),
    path("sua-doi/", include("trithuc.amendments.urls")),
    path("chi-tieu/", include("trithuc.kpis.urls")),
    path("canh-bao/", include("trithuc.alerts.urls")),
    path("quan-tri/", admin.site.urls),
    path("api/v1/", api_urls),
    path("tai-khoan/", include("trithuc.api.urls")),
]

handler400 = "trithuc.core.error_views.bad_request"
handler403 = "trithuc.core.error_views.permission_denied"
