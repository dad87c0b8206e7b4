from django.urls import path

from trithuc.amendments import views

app_name = "amendments"
urlpatterns = [
    path("", views.proposal_list, name="proposal_list"),
    # Addresses from before plans had codes: on to the one plan in force, or a choice of plans.
    path("moi/", views.proposal_create_old, name="proposal_create_old"),
    path("dot/moi/", views.set_create_old, name="set_create_old"),
    path("can-cu/", views.anchors_old, name="anchors_old"),
    path("sap-xep/<str:day>/", views.reorganisation_detail_old, name="reorganisation_detail_old"),
    path("<int:pk>/", views.proposal_detail, name="proposal_detail"),
    path("<int:pk>/sua/", views.proposal_edit, name="proposal_edit"),
    path("<int:pk>/gui/", views.proposal_submit, name="proposal_submit"),
    path("<int:pk>/xoa/", views.proposal_delete, name="proposal_delete"),
    path("dot/<int:pk>/", views.set_detail, name="set_detail"),
    path("dot/<int:pk>/trinh/", views.set_submit, name="set_submit"),
    path("dot/<int:pk>/van-ban/", views.set_download, name="set_download"),
    path("dot/<int:pk>/quyet-dinh/", views.set_decide, name="set_decide"),
    path("phien-ban/<int:pk>/", views.version_diff, name="version_diff"),
    path("sap-xep/", views.reorganisation_list, name="reorganisation_list"),
    path("tinh-hop-nhat/", views.merged_province, name="merged_province"),
    # One plan, named by its code.
    path("<slug:code>/moi/", views.proposal_create, name="proposal_create"),
    path("<slug:code>/tong-hop/", views.set_create, name="set_create"),
    path("<slug:code>/can-cu/", views.anchors, name="anchors"),
    path("<slug:code>/can-cu/quan-he/", views.relation_add, name="relation_add"),
    path("<slug:code>/can-cu/van-ban/<int:document_pk>/", views.anchors_save, name="anchors_save"),
    path("<slug:code>/sap-xep/<str:day>/", views.reorganisation_detail, name="reorganisation_detail"),
]
