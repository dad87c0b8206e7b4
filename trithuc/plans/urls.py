from django.urls import path

from trithuc.plans import import_views, views

app_name = "plans"
urlpatterns = [
    path("", views.plan_current, name="plan_current"),
    path("<int:pk>/", views.plan_detail, name="plan_detail"),
    path("muc/<int:pk>/", views.item_meta, name="item_meta"),
    path("muc/<int:pk>/nhanh/", views.item_children, name="item_children"),
    path("nhiem-vu/", views.task_list, name="task_list"),
    path("nhiem-vu/<int:pk>/", views.task_detail, name="task_detail"),
    path("nhiem-vu/<int:pk>/cap-nhat/<slug:agency_code>/", views.progress_create, name="progress_create"),
    path("minh-chung/<int:pk>/", views.evidence_download, name="evidence_download"),
    path("nhap/", import_views.import_new, name="import_new"),
    path("nhap/<int:pk>/", import_views.import_detail, name="import_detail"),
    path("nhap/<int:pk>/tien-do/", import_views.import_status, name="import_status"),
    path("nhap/<int:pk>/sua/", import_views.import_correct, name="import_correct"),
    path("nhap/<int:pk>/sua-mot/", import_views.import_fix, name="import_fix"),
    path("nhap/<int:pk>/hoan-tac/<int:correction_id>/", import_views.import_undo, name="import_undo"),
    path("nhap/<int:pk>/xac-nhan/", import_views.import_confirm, name="import_confirm"),
    path("nhap/<int:pk>/huy/", import_views.import_discard, name="import_discard"),
    path("nhap/<int:pk>/thu-lai/", import_views.import_retry, name="import_retry"),
]
