from django.urls import path

from trithuc.registry import import_views, views

app_name = "registry"
urlpatterns = [
    path("", views.person_list, name="person_list"),
    path("xuat-excel/", views.person_export, name="person_export"),
    path("thong-ke/", views.stats, name="stats"),
    path("thong-ke/xuat-excel/", views.stats_export, name="stats_export"),
    path("them/", views.person_create, name="person_create"),
    path("cua-toi/", views.my_record, name="my_record"),
    path("<int:pk>/", views.person_detail, name="person_detail"),
    path("<int:pk>/sua/", views.person_edit, name="person_edit"),
    path("<int:pk>/dong-y/", views.person_consent, name="person_consent"),
    path("<int:pk>/xoa/", views.person_delete_view, name="person_delete"),
    path("nhat-ky-truy-cap/", views.access_log, name="access_log"),
    path("nhap/", import_views.import_new, name="import_new"),
    path("nhap/<int:pk>/", import_views.import_detail, name="import_detail"),
    path("nhap/<int:pk>/tien-do/", import_views.import_status, name="import_status"),
    path("nhap/<int:pk>/anh-xa/", import_views.import_remap, name="import_remap"),
    path("nhap/<int:pk>/xac-nhan/", import_views.import_confirm, name="import_confirm"),
    path("nhap/<int:pk>/huy/", import_views.import_discard, name="import_discard"),
    path("nhap/<int:pk>/thu-lai/", import_views.import_retry, name="import_retry"),
    path("nhap/<int:pk>/loi.xlsx", import_views.import_errors, name="import_errors"),
]
