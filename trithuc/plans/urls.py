"""The plans' pages. A plan's pages live under its code (/ke-hoach/kl52/…), which its versions share, so a
bookmark stays right when an amendment makes a new version; the addresses of before the code (by id) answer
with a redirect. config/urls.py adds the plan's overview (/ke-hoach/<code>/, drawn by the dashboard) after
these: fixed words come first, and plan_code_check refuses a code that is one of
them (services.plan_import.reserved_codes, read from the URL configuration) or a number (an old address by id)."""

from django.urls import path

from trithuc.plans import import_views, views

app_name = "plans"
urlpatterns = [
    path("", views.plan_list, name="plan_list"),
    path("nhiem-vu/", views.task_list, name="task_list"),  # the search across all plans in force
    path("muc/<int:pk>/", views.item_meta, name="item_meta"),
    path("muc/<int:pk>/nhanh/", views.item_children, name="item_children"),
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
    # Before plans had codes: redirects to the same page under the plan's code.
    path("<int:pk>/", views.plan_moved, name="plan_detail"),
    path("nhiem-vu/<int:pk>/", views.task_moved, name="task_detail"),
    path("nhiem-vu/<int:pk>/cap-nhat/<slug:agency_code>/", views.progress_moved, name="progress_create"),
    # One plan, by its code.
    path("<slug:code>/cay/", views.plan_tree, name="plan_tree"),
    path("<slug:code>/phien-ban/<int:version>/", views.plan_version, name="plan_version"),
    path("<slug:code>/nhiem-vu/", views.plan_tasks, name="plan_tasks"),
    path("<slug:code>/nhiem-vu/<int:pk>/", views.task_detail, name="task"),
    path(
        "<slug:code>/nhiem-vu/<int:pk>/cap-nhat/<slug:agency_code>/",
        views.progress_create,
        name="task_progress",
    ),
]
