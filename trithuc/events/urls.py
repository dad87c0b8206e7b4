from django.urls import path

from trithuc.events import views

app_name = "events"
urlpatterns = [
    path("", views.event_list, name="event_list"),
    path("moi/", views.event_create, name="event_create"),
    path("so-lieu/", views.figures, name="figures"),
    path("kien-nghi/", views.recommendation_list, name="recommendation_list"),
    path("kien-nghi/<int:pk>/tra-loi/", views.recommendation_answer, name="recommendation_answer"),
    path("kien-nghi/<int:pk>/xoa/", views.recommendation_delete, name="recommendation_delete"),
    path("<int:pk>/", views.event_detail, name="event_detail"),
    path("<int:pk>/sua/", views.event_edit, name="event_edit"),
    path("<int:pk>/cong-bo/", views.event_publish, name="event_publish"),
    path("<int:pk>/xoa/", views.event_delete, name="event_delete"),
    path("<int:pk>/nguoi-du/", views.participant_manage, name="participant_manage"),
    path("nguoi-du/<int:pk>/xoa/", views.participant_remove, name="participant_remove"),
    path("<int:pk>/tep/", views.file_upload, name="file_upload"),
    path("tep/<int:pk>/", views.file_download, name="file_download"),
    path("tep/<int:pk>/xoa/", views.file_delete, name="file_delete"),
    path("<int:pk>/giai/", views.prize_add, name="prize_add"),
    path("giai/<int:pk>/xoa/", views.prize_delete, name="prize_delete"),
    path("<int:pk>/kien-nghi/", views.recommendation_add, name="recommendation_add"),
    path("<int:pk>/ket-qua-kien-nghi/", views.dialogue_followup, name="dialogue_followup"),
]
