from django.urls import path

from trithuc.reviews import views

app_name = "reviews"
urlpatterns = [
    path("", views.request_list, name="request_list"),
    path("moi/", views.request_create, name="request_create"),
    path("<int:pk>/", views.request_detail, name="request_detail"),
    path("<int:pk>/tai-lieu/", views.document_add, name="document_add"),
    path("<int:pk>/tai-lieu/<int:document_pk>/", views.document_download, name="document_download"),
    path("<int:pk>/hoi-dong/", views.panel_candidates, name="panel_candidates"),
    path("<int:pk>/hoi-dong/moi/", views.member_add, name="member_add"),
    path("<int:pk>/lay-y-kien/", views.consulting_start, name="consulting_start"),
    path("<int:pk>/ket-luan/", views.conclusion_issue, name="conclusion_issue"),
    path("<int:pk>/ket-luan/gui/", views.conclusion_send, name="conclusion_send"),
    path("<int:pk>/ket-luan/tai-ve/", views.conclusion_download, name="conclusion_download"),
    path("thanh-vien/<int:pk>/bot/", views.member_remove, name="member_remove"),
    path("thanh-vien/<int:pk>/tra-loi/", views.member_answer, name="member_answer"),
    path("thanh-vien/<int:pk>/y-kien/", views.opinion_edit, name="opinion_edit"),
    path("thanh-vien/<int:pk>/y-kien/tep/", views.opinion_file, name="opinion_file"),
    path("kien-nghi/<int:pk>/phan-hoi/", views.recommendation_respond, name="recommendation_respond"),
    path("kien-nghi/<int:pk>/giao-nhiem-vu/", views.recommendation_task, name="recommendation_task"),
]
