from django.urls import path

from trithuc.plans import views

app_name = "plans"
urlpatterns = [
    path("", views.plan_current, name="plan_current"),
    path("<int:pk>/", views.plan_detail, name="plan_detail"),
    path("nhiem-vu/", views.task_list, name="task_list"),
    path("nhiem-vu/<int:pk>/", views.task_detail, name="task_detail"),
    path("nhiem-vu/<int:pk>/cap-nhat/<slug:agency_code>/", views.progress_create, name="progress_create"),
    path("minh-chung/<int:pk>/", views.evidence_download, name="evidence_download"),
]
