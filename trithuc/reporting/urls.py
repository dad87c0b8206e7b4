from django.urls import path

from trithuc.reporting import views

app_name = "reporting"
urlpatterns = [
    path("", views.period_list, name="period_list"),
    path("ky/<int:period_pk>/don-vi/<slug:agency_code>/", views.report_open, name="report_open"),
    path("<int:pk>/", views.report_detail, name="report_detail"),
    path("<int:pk>/sua/", views.report_edit, name="report_edit"),
    path("<int:pk>/gui/", views.report_submit, name="report_submit"),
    path("<int:pk>/tra-lai/", views.report_return, name="report_return"),
    path("<int:pk>/tiep-nhan/", views.report_accept, name="report_accept"),
    path("<int:pk>/so-sanh/", views.report_compare, name="report_compare"),
    path("<int:pk>/excel/", views.report_xlsx_download, name="report_xlsx_download"),
    path("<int:pk>/excel/tai-len/", views.report_xlsx_upload, name="report_xlsx_upload"),
    path("theo-doi/", views.followup, name="followup"),
    path("tong-hop/<int:period_pk>/", views.consolidated_detail, name="consolidated_detail"),
    path("tong-hop/<int:period_pk>/tao/", views.consolidated_generate, name="consolidated_generate"),
    path("tong-hop/tep/<int:pk>/<str:kind>/", views.consolidated_download, name="consolidated_download"),
    # A plan's own pages, by its code (after every fixed path above, so a code never hides one of them).
    path("<slug:code>/", views.plan_periods, name="plan_periods"),
    path("<slug:code>/theo-doi/", views.plan_followup, name="plan_followup"),
]
